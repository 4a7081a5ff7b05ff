"""Done-when: a fresh project plus features using every type, modifier and option passes its gates
(ruff, format, mypy, pytest) embedded and on PostgreSQL + Redis, and its migrations upgrade, show no
drift and downgrade on PostgreSQL. Slow: builds (once) a venv with the generated backend's pins."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.feature.catalog import apply
from tests.integration.harness import (
    Backend,
    backend_venv,
    failures,
    fresh_database,
    new_project,
    redis_url,
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def backend(tmp_path_factory: pytest.TempPathFactory) -> Backend:
    root = tmp_path_factory.mktemp("features") / "demo"
    new_project(root, "--no-example")
    apply(root)
    return Backend(root / "backend", backend_venv(root / "backend" / "pyproject.toml"))


def test_gates_pass_on_the_embedded_default(backend: Backend) -> None:
    results = backend.gates()
    assert all(r.ok() for r in results) and len(results) == 4, failures(results)


def test_gates_pass_on_postgres_and_redis(backend: Backend) -> None:
    with fresh_database() as url:
        results = backend.gates({"DATABASE_URL": url, "REDIS_URL": redis_url(10)})
    assert all(r.ok() for r in results) and len(results) == 4, failures(results)


def test_migrations_upgrade_check_downgrade_on_postgres(backend: Backend) -> None:
    with fresh_database() as url:
        env = {"DATABASE_URL": url}
        steps = (("upgrade", "head"), ("check",), ("downgrade", "base"), ("upgrade", "head"))
        results = [backend.run("alembic", *argv, extra=env) for argv in steps]
    assert all(r.ok() for r in results), failures(results)
    assert "No new upgrade operations detected" in results[1].output


def test_migrations_upgrade_check_downgrade_on_sqlite(backend: Backend, tmp_path: Path) -> None:
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'app.db'}"}
    steps = (("upgrade", "head"), ("check",), ("downgrade", "base"))
    results = [backend.run("alembic", *argv, extra=env) for argv in steps]
    assert all(r.ok() for r in results), failures(results)


def test_remove_feature_leaves_a_green_project(backend: Backend) -> None:
    root = backend.root.parent
    removed = subprocess.run(
        [sys.executable, "-m", "primetrade_cli", "remove-feature", "label"],
        cwd=root,
        capture_output=True,
        text=True,
    )
    assert removed.returncode == 0, removed.stderr
    results = [backend.run("ruff", "check", "."), backend.run("mypy")]
    with fresh_database() as url:
        env = {"DATABASE_URL": url}
        results += [
            backend.run("alembic", *argv, extra=env) for argv in (("upgrade", "head"), ("check",))
        ]
        results.append(backend.run("alembic", "downgrade", "base", extra=env))
    assert all(r.ok() for r in results), failures(results)
