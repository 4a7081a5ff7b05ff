"""The test session's own world: a temp data dir, a fresh database, its own Redis databases.

With no environment: SQLite file + file-system broker under a temp dir. With DATABASE_URL
(PostgreSQL) the session creates a database with a random name on that server, migrates it and
drops it at the end; with REDIS_URL it flushes only its broker and cache databases.
"""

import asyncio
import os
import secrets
import shutil
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

BACKEND_DIR = Path(__file__).resolve().parent.parent


@dataclass
class SessionEnv:
    tmp: Path
    pg_admin_url: str | None = None
    pg_database: str | None = None
    redis_urls: list[str] = field(default_factory=list)


async def _pg_admin(url: str, statement: str) -> None:
    engine = create_async_engine(url, isolation_level="AUTOCOMMIT")
    try:
        async with engine.connect() as connection:
            await connection.execute(text(statement))
    finally:
        await engine.dispose()


def _flush_redis(urls: list[str]) -> None:
    import redis

    for url in urls:
        client = redis.Redis.from_url(url)
        client.flushdb()
        client.close()


def _create_pg_database(env: SessionEnv, given: str) -> None:
    url = make_url(given)
    if not url.drivername.startswith("postgresql"):
        raise pytest.UsageError(
            "DATABASE_URL must be a PostgreSQL URL (postgresql+asyncpg://...) or unset"
        )
    url = url.set(drivername="postgresql+asyncpg")
    env.pg_database = f"test_{uuid.uuid4().hex[:16]}"
    env.pg_admin_url = url.set(database="postgres").render_as_string(hide_password=False)
    asyncio.run(_pg_admin(env.pg_admin_url, f'CREATE DATABASE "{env.pg_database}"'))
    os.environ["DATABASE_URL"] = url.set(database=env.pg_database).render_as_string(
        hide_password=False
    )


def _migrate() -> None:
    from alembic import command
    from alembic.config import Config

    config = Config(str(BACKEND_DIR / "alembic.ini"))
    config.attributes["configure_logger"] = False
    command.upgrade(config, "head")


def set_up() -> SessionEnv:
    env = SessionEnv(tmp=Path(tempfile.mkdtemp(prefix="app-tests-")))
    os.environ.update(
        APP_ENV_FILE="",  # never read backend/.env: only the environment given to pytest counts
        ENVIRONMENT="test",
        SECRET_KEY=secrets.token_urlsafe(48),
        DATA_DIR=str(env.tmp / "data"),
        MAIL_BACKEND="file",
        MAIL_OUTBOX_DIR=str(env.tmp / "outbox"),
        LOG_LEVEL="WARNING",
        # Cheaper argon2 for speed; the production cost is set in app.core.config.
        PASSWORD_HASH_TIME_COST="1",
        PASSWORD_HASH_MEMORY_KIB="8192",
    )
    for name in ("CELERY_BROKER_URL", "CELERY_RESULT_BACKEND", "CACHE_URL"):
        os.environ.pop(name, None)
    given = os.environ.get("DATABASE_URL")
    if given:
        _create_pg_database(env, given)
    if os.environ.get("REDIS_URL"):
        from app.core.config import settings

        env.redis_urls = [
            settings.broker_url,
            *([settings.cache_url] if settings.cache_url else []),
        ]
        _flush_redis(env.redis_urls)
    _migrate()
    return env


def tear_down(env: SessionEnv) -> None:
    try:
        if env.pg_admin_url and env.pg_database:
            asyncio.run(
                _pg_admin(
                    env.pg_admin_url, f'DROP DATABASE IF EXISTS "{env.pg_database}" WITH (FORCE)'
                )
            )
        if env.redis_urls:
            _flush_redis(env.redis_urls)
    finally:
        shutil.rmtree(env.tmp, ignore_errors=True)
