"""Database access from inside a Celery task (tasks are synchronous; the data layer is async)."""

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db.session import make_engine

T = TypeVar("T")


def run_with_session(fn: Callable[[AsyncSession], Awaitable[T]]) -> T:
    """Run `async def fn(session)` on its own event loop with its own engine (no shared pool)."""

    async def _run() -> T:
        engine = make_engine(pooled=False)
        try:
            async with async_sessionmaker(engine, expire_on_commit=False)() as session:
                return await fn(session)
        finally:
            await engine.dispose()

    return asyncio.run(_run())
