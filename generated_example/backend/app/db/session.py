"""The async engine and session factory, built lazily from settings.

PostgreSQL (asyncpg) gets a sized pool with `pool_pre_ping`; with DB_PGBOUNCER=true the
statement caches are switched off (PgBouncer in transaction mode). SQLite (aiosqlite) is the
embedded default.
"""

import uuid
from collections.abc import AsyncIterator
from functools import lru_cache
from typing import Any

from sqlalchemy import event
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.pool import NullPool

from app.core.config import Settings, settings


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _unique_statement_name() -> str:
    """PgBouncer (transaction mode) may hand a statement name to another server connection."""
    return f"__asyncpg_{uuid.uuid4().hex}__"


def engine_options(conf: Settings, *, pooled: bool = True) -> dict[str, Any]:
    """Keyword arguments for `create_async_engine` for this database and deployment."""
    options: dict[str, Any] = {"echo": conf.DB_ECHO, "pool_pre_ping": True}
    if conf.is_sqlite:
        conf.data_dir.mkdir(parents=True, exist_ok=True)
        options["connect_args"] = {"timeout": conf.DB_CONNECT_TIMEOUT}
        return options
    connect_args: dict[str, Any] = {"timeout": conf.DB_CONNECT_TIMEOUT}
    if conf.DB_PGBOUNCER:
        connect_args |= {
            "statement_cache_size": 0,
            "prepared_statement_cache_size": 0,
            "prepared_statement_name_func": _unique_statement_name,
        }
    options["connect_args"] = connect_args
    if pooled:
        options |= {
            "pool_size": conf.DB_POOL_SIZE,
            "max_overflow": conf.DB_MAX_OVERFLOW,
            "pool_timeout": conf.DB_POOL_TIMEOUT,
            "pool_recycle": conf.DB_POOL_RECYCLE,
        }
    else:
        options["poolclass"] = NullPool
    return options


def make_engine(
    conf: Settings = settings, *, url: str | None = None, pooled: bool = True
) -> AsyncEngine:
    engine = create_async_engine(url or conf.database_url, **engine_options(conf, pooled=pooled))
    if engine.dialect.name == "sqlite":
        event.listen(engine.sync_engine, "connect", _on_sqlite_connect)
    return engine


@lru_cache(maxsize=1)
def get_engine() -> AsyncEngine:
    return make_engine()


@lru_cache(maxsize=1)
def get_sessionmaker() -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(get_engine(), expire_on_commit=False)


async def get_session() -> AsyncIterator[AsyncSession]:
    async with get_sessionmaker()() as session:
        yield session


@lru_cache(maxsize=1)
def get_read_engine() -> AsyncEngine:
    """The read replica (DATABASE_READ_URL), or the primary engine when none is set."""
    if not settings.DATABASE_READ_URL:
        return get_engine()
    return make_engine(url=settings.DATABASE_READ_URL)


@lru_cache(maxsize=1)
def get_read_sessionmaker() -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(get_read_engine(), expire_on_commit=False)


async def get_read_session() -> AsyncIterator[AsyncSession]:
    async with get_read_sessionmaker()() as session:
        yield session


async def dispose_engine() -> None:
    if get_read_engine.cache_info().currsize and get_read_engine() is not get_engine():
        await get_read_engine().dispose()
    if get_engine.cache_info().currsize:
        await get_engine().dispose()
