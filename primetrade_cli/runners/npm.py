"""`npm run gen:api` after a feature changed the API, so `src/api/schema.d.ts` follows it.

It runs only when it can succeed: `frontend/node_modules` is installed, npm is on PATH, and a
backend Python is known (BACKEND_PYTHON, else `backend/.venv/bin/python`). Otherwise the exact
command is printed as a next step; that is not an error.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from primetrade_cli.console import Status, console, status
from primetrade_cli.errors import ToolError

GEN_API = ("npm", "run", "gen:api")
TIMEOUT_SECONDS = 300


@dataclass(frozen=True)
class Readiness:
    """Whether `npm run gen:api` can run here, and the command a user would type otherwise."""

    npm: str | None
    python: Path | None
    missing: tuple[str, ...]
    command: str


def backend_python(root: Path) -> Path | None:
    configured = os.environ.get("BACKEND_PYTHON")
    if configured:
        return Path(configured)
    venv = root / "backend" / ".venv" / "bin" / "python"
    return venv if venv.is_file() else None


def readiness(root: Path) -> Readiness:
    frontend = root / "frontend"
    npm = shutil.which("npm")
    python = backend_python(root)
    missing = []
    if not (frontend / "node_modules").is_dir():
        missing.append("frontend/node_modules (run `npm ci` in frontend/)")
    if npm is None:
        missing.append("npm on PATH")
    if python is None:
        missing.append("a backend Python (backend/.venv or BACKEND_PYTHON)")
    command = f"cd {shlex.quote(str(frontend))} && {' '.join(GEN_API)}"
    return Readiness(npm, python, tuple(missing), command)


def refresh_api_types(root: Path, *, quiet: bool = False) -> bool:
    """Regenerate the frontend's API types; True when it ran. Raises ToolError when npm fails."""
    ready = readiness(root)
    if ready.missing or ready.npm is None or ready.python is None:
        if not quiet:
            console().print(
                f"[dim]next step: refresh the frontend's API types: {ready.command}[/dim]\n"
                f"[dim](not run here: missing {', '.join(ready.missing)})[/dim]"
            )
        return False
    if not quiet:
        status(Status.RUN, " ".join(GEN_API))
    env = {**os.environ, "BACKEND_PYTHON": str(ready.python)}
    try:
        done = subprocess.run(
            [ready.npm, *GEN_API[1:]],
            cwd=root / "frontend",
            env=env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise ToolError(f"`npm run gen:api` took longer than {TIMEOUT_SECONDS} s") from error
    if done.returncode != 0:
        raise ToolError(
            "the feature's files were written, but `npm run gen:api` failed, so "
            f"frontend/src/api/schema.d.ts is stale; fix the error, then run: {ready.command}",
            done.stdout + done.stderr,
        )
    return True
