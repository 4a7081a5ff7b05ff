#!/usr/bin/env node
/**
 * Browser tests: `npm run test:e2e`.
 *
 * Starts the real backend for each scenario (BACKEND_PYTHON, default ../backend/.venv/bin/python; a new SQLite file,
 * `alembic upgrade head`), builds the frontend and serves it with `vite preview` (proxying /api),
 * then drives headless Chromium (CHROMIUM_PATH, default /usr/bin/chromium) through every scenario
 * (`e2e/*.e2e.mjs`). Screenshots and server logs land in e2e/artifacts/. Every process started
 * here is stopped by PID, also on failure, Ctrl-C, or when the whole run exceeds E2E_TIMEOUT_MS.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

import { openBrowser } from "./support/browser.mjs";
import { freePort, stop, stopAll } from "./support/processes.mjs";
import { buildFrontend, startBackend, startPreview } from "./support/stack.mjs";

const E2E_DIR = dirname(fileURLToPath(import.meta.url));
const FRONTEND = resolve(E2E_DIR, "..");
const BACKEND = resolve(FRONTEND, "../backend");
const ARTIFACTS = join(E2E_DIR, "artifacts");
const TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS ?? 300_000);

async function loadScenarios() {
  const files = readdirSync(E2E_DIR).filter((file) => file.endsWith(".e2e.mjs")).sort();
  return Promise.all(files.map((file) => import(pathToFileURL(join(E2E_DIR, file)).href)));
}

/** Each scenario gets its own backend and database (same port, so the preview proxy still reaches it):
 * rows one scenario creates can never collide with another's unique values. */
async function runScenarios(baseUrl, workDir, freshBackend) {
  let failures = 0;
  const scenarios = await loadScenarios();
  for (const [index, scenario] of scenarios.entries()) {
    const backend = await freshBackend(index);
    const { context, page, problems } = await openBrowser(workDir);
    const shot = (label) => page.screenshot({ path: join(ARTIFACTS, `${label}.png`), fullPage: true });
    const started = Date.now();
    try {
      await scenario.run({ page, baseUrl, shot });
      if (problems.length > 0) throw new Error(`the browser reported:\n  ${problems.join("\n  ")}`);
      console.log(`PASS ${scenario.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      failures += 1;
      await page.screenshot({ path: join(ARTIFACTS, "failure.png"), fullPage: true }).catch(() => undefined);
      console.error(`FAIL ${scenario.name}: ${error instanceof Error ? error.stack : String(error)}`);
    } finally {
      await context.close();
      await stop(backend.handle);
    }
  }
  return failures;
}

async function main() {
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  const workDir = mkdtempSync(join(tmpdir(), "e2e-"));
  try {
    const port = await freePort();
    const backendUrl = `http://127.0.0.1:${port}`;
    const freshBackend = (index) =>
      startBackend({ backendDir: BACKEND, workDir, artifacts: ARTIFACTS, port, database: `e2e-${index}.db` });
    await buildFrontend(FRONTEND);
    const baseUrl = await startPreview({ frontendDir: FRONTEND, backendUrl, artifacts: ARTIFACTS });
    console.log(`backend ${backendUrl}, frontend ${baseUrl}`);
    return await runScenarios(baseUrl, workDir, freshBackend);
  } finally {
    await stopAll();
    rmSync(workDir, { recursive: true, force: true });
  }
}

function abort(reason) {
  console.error(`e2e: ${reason}; stopping started processes`);
  void stopAll().finally(() => process.exit(1));
}

const watchdog = setTimeout(() => abort(`no result after ${TIMEOUT_MS} ms`), TIMEOUT_MS);
process.once("SIGINT", () => abort("interrupted"));
process.once("SIGTERM", () => abort("terminated"));

main().then(
  (failures) => {
    clearTimeout(watchdog);
    console.log(failures === 0 ? `e2e passed; screenshots in ${ARTIFACTS}` : `e2e: ${failures} scenario(s) failed`);
    process.exit(failures === 0 ? 0 : 1);
  },
  (error) => {
    clearTimeout(watchdog);
    console.error(`e2e: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
