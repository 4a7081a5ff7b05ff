"""`primetrade doctor`: what this machine has and lacks for each way of running the stack.

Targets: `embedded` (no servers: SQLite, file-system broker), `services` (real PostgreSQL and
Redis), `compose` (a Docker engine), `kubernetes` (kubectl and a cluster context). Every gap comes
with its fix.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    fix: str


Probe = Callable[[], Check]


def command_output(argv: list[str]) -> str | None:
    """stdout of `argv`, or None when it is missing, fails or hangs."""
    if shutil.which(argv[0]) is None:
        return None
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def reachable(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1.0):
            return True
    except OSError:
        return False


def _major(version: str | None) -> int:
    match = re.search(r"(\d+)", version or "")
    return int(match.group(1)) if match else 0


def python() -> Check:
    version = ".".join(map(str, sys.version_info[:3]))
    ok = sys.version_info >= (3, 11)
    return Check("python", ok, version, "install Python 3.11 or newer")


def git() -> Check:
    out = command_output(["git", "--version"])
    return Check("git", out is not None, out or "not found", "apt-get install git")


def node() -> Check:
    out = command_output(["node", "--version"])
    ok = _major(out) >= 20
    return Check("node", ok, out or "not found", "install Node.js 20 (the frontend's toolchain)")


def npm() -> Check:
    out = command_output(["npm", "--version"])
    return Check("npm", out is not None, out or "not found", "install npm (comes with Node.js)")


def chromium() -> Check:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    fix = "apt-get install chromium (the frontend's browser tests drive it headless)"
    return Check("chromium", path is not None, path or "not found", fix)


def _server(name: str, env: str, default: str, fix: str) -> Check:
    url = urlsplit(os.environ.get(env) or default)
    host, port = url.hostname or "127.0.0.1", url.port or urlsplit(default).port or 0
    ok = reachable(host, port)
    return Check(name, ok, f"{host}:{port} {'answers' if ok else 'does not answer'} ({env})", fix)


def postgres() -> Check:
    fix = "start PostgreSQL, or set DATABASE_URL=postgresql+asyncpg://USER@HOST:5432/DB"
    return _server("postgresql", "DATABASE_URL", "postgresql://127.0.0.1:5432", fix)


def redis() -> Check:
    fix = "start Redis (redis-server --daemonize yes), or set REDIS_URL=redis://HOST:6379/0"
    return _server("redis", "REDIS_URL", "redis://127.0.0.1:6379", fix)


def docker_engine() -> Check:
    client = command_output(["docker", "--version"])
    if client is None:
        return Check("docker", False, "no docker client", "install Docker (client and engine)")
    engine = command_output(["docker", "info", "--format", "{{.ServerVersion}}"])
    detail = f"engine {engine}" if engine else f"{client}, but no engine answers"
    fix = "start a Docker engine (or use the embedded or services target)"
    return Check("docker engine", engine is not None, detail, fix)


def kubectl() -> Check:
    out = command_output(["kubectl", "version", "--client"])
    first = out.splitlines()[0] if out else "not found"
    return Check("kubectl", out is not None, first, "install kubectl")


def kube_context() -> Check:
    out = command_output(["kubectl", "config", "current-context"])
    fix = "point kubectl at a cluster (kubectl config use-context NAME)"
    return Check("cluster context", bool(out), out or "none", fix)


TARGETS: dict[str, tuple[Probe, ...]] = {
    "embedded": (python, git, node, npm, chromium),
    "services": (postgres, redis),
    "compose": (docker_engine,),
    "kubernetes": (kubectl, kube_context),
}


def diagnose(targets: tuple[str, ...]) -> dict[str, list[Check]]:
    """The checks of each target (every target also needs `embedded`'s tools)."""
    return {target: [probe() for probe in TARGETS[target]] for target in targets}
