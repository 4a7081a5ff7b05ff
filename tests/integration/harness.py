"""Shared machinery of the slow tier: a venv with the generated backend's dependencies, fresh
PostgreSQL databases, and the generated project's own gates run as a user would run them."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tomllib
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CACHE = REPO / ".cache"
PG_SERVER = "postgresql+asyncpg://postgres@127.0.0.1:5432"


def backend_requirements(pyproject: Path) -> list[str]:
    project = tomllib.loads(pyproject.read_text())["project"]
    return [*project["dependencies"], *project.get("optional-dependencies", {}).get("dev", [])]


def backend_venv(pyproject: Path) -> Path:
    """A venv holding the generated backend's pinned dependencies, built once per dependency set."""
    requirements = backend_requirements(pyproject)
    key = hashlib.sha256("\n".join(sorted(requirements)).encode()).hexdigest()[:12]
    venv = CACHE / f"backend-venv-{key}"
    done = venv / ".primetrade-ready"
    if not done.is_file():
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True)
        pip = [str(venv / "bin/python"), "-m", "pip", "install", "--quiet"]
        subprocess.run([*pip, "--upgrade", "pip"], check=True)
        subprocess.run([*pip, *requirements], check=True)
        done.write_text("\n".join(requirements))
    return venv


@dataclass(frozen=True)
class Result:
    argv: tuple[str, ...]
    code: int
    output: str

    def ok(self) -> bool:
        return self.code == 0


@dataclass(frozen=True)
class Backend:
    """A generated project's backend/, run with the shared venv (PYTHONPATH: this project)."""

    root: Path
    venv: Path

    def env(self, extra: Mapping[str, str] | None = None) -> dict[str, str]:
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("DATABASE_", "REDIS_", "CELERY_", "CACHE_"))
        }
        env.update(
            PATH=f"{self.venv / 'bin'}{os.pathsep}{env.get('PATH', '')}",
            PYTHONPATH=str(self.root),
            VIRTUAL_ENV=str(self.venv),
        )
        env.update(extra or {})
        return env

    def run(
        self, *argv: str, extra: Mapping[str, str] | None = None, timeout: float = 900
    ) -> Result:
        proc = subprocess.run(
            list(argv),
            cwd=self.root,
            env=self.env(extra),
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        return Result(tuple(argv), proc.returncode, proc.stdout + proc.stderr)

    def gates(self, extra: Mapping[str, str] | None = None) -> list[Result]:
        """ruff check, ruff format --check, mypy and pytest: stop at the first failure."""
        results = []
        for argv in (
            ("ruff", "check", "."),
            ("ruff", "format", "--check", "."),
            ("mypy",),
            ("pytest", "-q", "-x"),
        ):
            result = self.run(*argv, extra=extra)
            results.append(result)
            if not result.ok():
                break
        return results


def failures(results: list[Result]) -> str:
    return "\n\n".join(
        f"$ {' '.join(r.argv)} -> {r.code}\n{r.output[-6000:]}" for r in results if not r.ok()
    )


def psql(sql: str) -> None:
    subprocess.run(
        [
            "psql",
            "-h",
            "127.0.0.1",
            "-U",
            "postgres",
            "-d",
            "postgres",
            "-v",
            "ON_ERROR_STOP=1",
            "-qc",
            sql,
        ],
        check=True,
        capture_output=True,
    )


@contextmanager
def fresh_database() -> Iterator[str]:
    """A new, empty PostgreSQL database; dropped afterwards."""
    name = f"primetrade_it_{uuid.uuid4().hex[:10]}"
    psql(f'CREATE DATABASE "{name}"')
    try:
        yield f"{PG_SERVER}/{name}"
    finally:
        psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def redis_url(db: int) -> str:
    return f"redis://127.0.0.1:6379/{db}"


def node_modules(frontend: Path) -> None:
    """`npm ci` once per package-lock; later projects hard-link the cached tree (no network)."""
    import shutil

    lock = hashlib.sha256((frontend / "package-lock.json").read_bytes()).hexdigest()[:12]
    cached = CACHE / f"node-modules-{lock}"
    if not (cached / ".primetrade-ready").is_file():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=frontend, check=True)
        shutil.rmtree(cached, ignore_errors=True)
        subprocess.run(["cp", "-a", str(frontend / "node_modules"), str(cached)], check=True)
        (cached / ".primetrade-ready").write_text(lock)
        return
    subprocess.run(["cp", "-al", str(cached), str(frontend / "node_modules")], check=True)


def npm(frontend: Path, env: Mapping[str, str], *args: str, timeout: float = 900) -> str:
    """Run an npm script; fail with its output."""
    proc = subprocess.run(
        ["npm", *args], cwd=frontend, env=dict(env), capture_output=True, text=True, timeout=timeout
    )
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, f"npm {' '.join(args)} -> {proc.returncode}\n{output[-8000:]}"
    return output


def new_project(root: Path, *flags: str) -> Path:
    """`primetrade new ROOT --defaults --no-git -q FLAGS` in a fresh process, as users run it."""
    argv = [
        sys.executable,
        "-m",
        "primetrade_cli",
        "new",
        str(root),
        "--defaults",
        "--no-git",
        "-q",
    ]
    subprocess.run([*argv, *flags], check=True, capture_output=True, text=True)
    return root
