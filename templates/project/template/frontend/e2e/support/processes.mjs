/** Child processes for the browser tests: started in their own process group, stopped by PID. */
import { spawn } from "node:child_process";
import { openSync } from "node:fs";
import { createServer } from "node:net";

const running = new Set();

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** Start `command` with output appended to `logFile`; it is remembered until stopped. */
export function start(name, command, args, { cwd, env, logFile }) {
  const log = openSync(logFile, "a");
  const child = spawn(command, args, { cwd, env, stdio: ["ignore", log, log], detached: true });
  const exited = new Promise((resolveExit) => child.once("exit", (code, signal) => resolveExit({ code, signal })));
  const handle = { name, pid: child.pid, child, exited, logFile };
  running.add(handle);
  child.once("error", (error) => console.error(`${name}: ${error.message}`));
  return handle;
}

/** Run a command to completion (inherits output); rejects on a non-zero exit or after `timeoutMs`. */
export function run(name, command, args, { cwd, env, timeoutMs }) {
  const child = spawn(command, args, { cwd, env, stdio: "inherit", detached: true });
  const exited = new Promise((resolveExit) => child.once("exit", (code, signal) => resolveExit({ code, signal })));
  const handle = { name, pid: child.pid, child, exited, logFile: "(terminal)" };
  running.add(handle);
  return new Promise((resolveRun, reject) => {
    const timer = setTimeout(() => {
      void stop(handle);
      reject(new Error(`${name} took longer than ${timeoutMs} ms`));
    }, timeoutMs);
    child.once("error", (error) => {
      clearTimeout(timer);
      running.delete(handle);
      reject(error);
    });
    void exited.then(({ code }) => {
      clearTimeout(timer);
      running.delete(handle);
      if (code === 0) resolveRun();
      else reject(new Error(`${name} exited with ${code}`));
    });
  });
}

/** Poll `url` until it answers 2xx; fails early if `handle` exits. */
export async function waitForHttp(url, handle, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let lastError = "no answer";
  while (Date.now() < deadline) {
    if (handle.child.exitCode !== null) {
      throw new Error(`${handle.name} exited with ${handle.child.exitCode} before ${url} answered (see ${handle.logFile})`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
      lastError = `HTTP ${response.status}`;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms (${lastError}; see ${handle.logFile})`);
}

/** Stop one process started here (its whole process group), waiting for it to exit. */
export async function stop(handle) {
  if (handle.pid !== undefined && handle.child.exitCode === null && handle.child.signalCode === null) {
    try {
      process.kill(-handle.pid, "SIGTERM");
    } catch {
      // already gone
    }
    const timeout = new Promise((resolveWait) => setTimeout(() => resolveWait("timeout"), 5_000));
    if ((await Promise.race([handle.exited, timeout])) === "timeout") {
      try {
        process.kill(-handle.pid, "SIGKILL");
      } catch {
        // already gone
      }
      await handle.exited;
    }
  }
  running.delete(handle);
}

/** Stop every process this module started, newest first. */
export async function stopAll() {
  for (const handle of [...running].reverse()) await stop(handle);
}
