/**
 * The stack under test: the real backend (uvicorn, embedded mode: temporary SQLite, migrations
 * applied with Alembic) and the built frontend served by `vite preview`, which proxies /api to it.
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

import { freePort, run, start, waitForHttp } from "./processes.mjs";

function backendPython(backendDir) {
  const python = process.env.BACKEND_PYTHON ?? resolve(backendDir, ".venv/bin/python");
  if (python.includes("/") && !existsSync(python)) {
    throw new Error(
      `no backend Python at ${python}\n` +
        'hint: cd ../backend && python3 -m venv .venv && .venv/bin/pip install -e ".[dev]"  (or set BACKEND_PYTHON)',
    );
  }
  return python;
}

function backendEnv(workDir, database) {
  const env = { ...process.env };
  const inherited = ["DATABASE_URL", "REDIS_URL", "CACHE_URL", "CELERY_BROKER_URL", "CELERY_RESULT_BACKEND", "OTEL_EXPORTER_OTLP_ENDPOINT"];
  for (const key of inherited) {
    delete env[key];
  }
  return {
    ...env,
    ENVIRONMENT: "test",
    // A throwaway backend: a fresh signing key per run, never a committed one.
    SECRET_KEY: env.SECRET_KEY ?? randomBytes(32).toString("hex"),
    DATA_DIR: workDir,
    DATABASE_URL: `sqlite+aiosqlite:///${join(workDir, database)}`,
    MAIL_BACKEND: "log",
    LOG_FORMAT: "json",
  };
}

/** A backend on `port` over a new, migrated SQLite `database` in `workDir`: `{ url, handle }`. */
export async function startBackend({ backendDir, workDir, artifacts, port, database }) {
  const python = backendPython(backendDir);
  const env = backendEnv(workDir, database);
  await run("alembic upgrade head", python, ["-m", "alembic", "upgrade", "head"], {
    cwd: backendDir,
    env,
    timeoutMs: 60_000,
  });
  const args = ["-m", "uvicorn", "app.main:app", "--host", "127.0.0.1", "--port", String(port)];
  const handle = start("backend", python, args, { cwd: backendDir, env, logFile: join(artifacts, "backend.log") });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/livez`, handle, 30_000);
  return { url, handle };
}

export async function buildFrontend(frontendDir) {
  if (process.env.E2E_SKIP_BUILD === "1" && existsSync(join(frontendDir, "dist/index.html"))) return;
  const vite = join(frontendDir, "node_modules/vite/bin/vite.js");
  await run("vite build", process.execPath, [vite, "build", "--logLevel", "warn"], {
    cwd: frontendDir,
    env: process.env,
    timeoutMs: 120_000,
  });
}

export async function startPreview({ frontendDir, backendUrl, artifacts }) {
  const port = await freePort();
  const vite = join(frontendDir, "node_modules/vite/bin/vite.js");
  const args = [vite, "preview", "--host", "127.0.0.1", "--port", String(port), "--strictPort"];
  const env = { ...process.env, API_PROXY_TARGET: backendUrl };
  const handle = start("vite preview", process.execPath, args, {
    cwd: frontendDir,
    env,
    logFile: join(artifacts, "preview.log"),
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/`, handle, 30_000);
  return url;
}
