"""Shared asyncio Redis clients, one per URL and event loop."""

import asyncio

from redis.asyncio import Redis

_clients: dict[tuple[str, int], Redis] = {}


def get_redis(url: str) -> Redis:
    key = (url, id(asyncio.get_running_loop()))
    client = _clients.get(key)
    if client is None:
        client = Redis.from_url(
            url, decode_responses=True, socket_connect_timeout=2, socket_timeout=2
        )
        _clients[key] = client
    return client


async def ping(url: str) -> bool:
    return bool(await get_redis(url).ping())


async def close_all() -> None:
    loop_id = id(asyncio.get_running_loop())
    for key in [key for key in _clients if key[1] == loop_id]:
        await _clients.pop(key).aclose()
