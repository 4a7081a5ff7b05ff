"""Green on arrival: a fresh `primetrade new` backend passes its own gates, embedded and on
real servers."""

from __future__ import annotations

from pathlib import Path

import pytest

from primetrade_cli.cli.app import run

from .harness import Backend, failures, fresh_database, redis_url

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def backend(tmp_path_factory: pytest.TempPathFactory, backend_env: Path) -> Backend:
    target = tmp_path_factory.mktemp("new") / "demo"
    assert run(["new", str(target), "--defaults", "-q"]) == 0
    return Backend(target / "backend", backend_env)


def test_gates_pass_on_the_embedded_default(backend: Backend) -> None:
    results = backend.gates()
    assert all(r.ok() for r in results) and len(results) == 4, failures(results)


def test_gates_pass_on_postgres_and_redis(backend: Backend) -> None:
    with fresh_database() as url:
        results = backend.gates({"DATABASE_URL": url, "REDIS_URL": redis_url(13)})
    assert all(r.ok() for r in results) and len(results) == 4, failures(results)


def test_migrations_upgrade_check_downgrade_on_postgres(backend: Backend) -> None:
    with fresh_database() as url:
        env = {"DATABASE_URL": url}
        results = [
            backend.run("alembic", *argv, extra=env) for argv in (("upgrade", "head"), ("check",))
        ]
        results.append(backend.run("alembic", "downgrade", "base", extra=env))
    assert all(r.ok() for r in results), failures(results)
    assert "No new upgrade operations detected" in results[1].output
