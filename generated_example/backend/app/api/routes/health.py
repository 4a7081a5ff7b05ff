"""Probes: `/livez` (the process answers; never touches dependencies) and `/readyz`."""

import asyncio
import os
from collections.abc import Coroutine
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Response, status
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from app.core import redis as redis_clients
from app.core.config import settings
from app.db.session import get_engine

router = APIRouter(tags=["health"])
CHECK_TIMEOUT_SECONDS = 3.0


def health_engine() -> AsyncEngine:
    return get_engine()


async def _check_database(engine: AsyncEngine) -> None:
    async with engine.connect() as connection:
        await connection.execute(text("SELECT 1"))


async def _check_broker() -> None:
    if settings.broker_url.startswith("filesystem://"):
        queue = settings.broker_folders["queue"]
        if not os.access(queue, os.W_OK):
            raise OSError(f"broker folder {queue} is not writable")
        return
    if settings.broker_url.startswith(("redis://", "rediss://")):
        await redis_clients.ping(settings.broker_url)


async def _check_cache() -> None:
    if settings.cache_url:
        await redis_clients.ping(settings.cache_url)


async def _run(check: Coroutine[Any, Any, None]) -> str:
    try:
        await asyncio.wait_for(check, CHECK_TIMEOUT_SECONDS)
    except Exception as exc:
        return f"error: {type(exc).__name__}"
    return "ok"


@router.get("/livez")
async def livez() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/readyz")
async def readyz(
    response: Response, engine: Annotated[AsyncEngine, Depends(health_engine)]
) -> dict[str, Any]:
    checks = {
        "database": await _run(_check_database(engine)),
        "broker": await _run(_check_broker()),
        "cache": await _run(_check_cache()),
    }
    ready = all(value == "ok" for value in checks.values())
    if not ready:
        response.status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    return {"status": "ok" if ready else "unavailable", "checks": checks}
