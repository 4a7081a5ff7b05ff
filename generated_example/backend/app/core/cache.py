"""Cache for hot reads with namespace versioning.

Keys carry their namespace's current version; `cache_invalidate(namespace)` bumps the version,
so every older key of the namespace is dead at once (and expires by its TTL). Redis (CACHE_URL,
a database apart from the broker's) when configured, process memory otherwise.
"""

import asyncio
import time
from typing import Protocol

from app.core.config import settings
from app.core.redis import get_redis


class CacheBackend(Protocol):
    async def get(self, key: str) -> str | None: ...
    async def set(self, key: str, value: str, ttl_seconds: int) -> None: ...
    async def incr(self, key: str) -> int: ...


class MemoryCache:
    def __init__(self) -> None:
        self._data: dict[str, tuple[float | None, str]] = {}
        self._lock = asyncio.Lock()

    async def get(self, key: str) -> str | None:
        entry = self._data.get(key)
        if entry is None:
            return None
        expires, value = entry
        if expires is not None and expires <= time.monotonic():
            self._data.pop(key, None)
            return None
        return value

    async def set(self, key: str, value: str, ttl_seconds: int) -> None:
        self._data[key] = (time.monotonic() + ttl_seconds, value)

    async def incr(self, key: str) -> int:
        async with self._lock:
            current = int(await self.get(key) or "0") + 1
            self._data[key] = (None, str(current))
            return current


class RedisCache:
    def __init__(self, url: str) -> None:
        self._url = url

    async def get(self, key: str) -> str | None:
        value = await get_redis(self._url).get(key)
        return None if value is None else str(value)

    async def set(self, key: str, value: str, ttl_seconds: int) -> None:
        await get_redis(self._url).set(key, value, ex=ttl_seconds)

    async def incr(self, key: str) -> int:
        return int(await get_redis(self._url).incr(key))


_memory = MemoryCache()


def backend() -> CacheBackend:
    url = settings.cache_url
    return RedisCache(url) if url else _memory


def _prefix(namespace: str) -> str:
    return f"{settings.PROJECT_SLUG}:cache:{namespace}"


async def cache_key(namespace: str, *parts: object) -> str:
    version = await backend().get(f"{_prefix(namespace)}:version") or "0"
    return ":".join([_prefix(namespace), f"v{version}", *(str(part) for part in parts)])


async def cache_get(key: str) -> str | None:
    return await backend().get(key)


async def cache_set(key: str, value: str, ttl_seconds: int) -> None:
    await backend().set(key, value, ttl_seconds)


async def cache_invalidate(namespace: str) -> None:
    await backend().incr(f"{_prefix(namespace)}:version")
