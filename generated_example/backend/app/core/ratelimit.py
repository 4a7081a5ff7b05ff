"""Login rate limit with the `limits` library (Redis counters when configured, memory otherwise).

Keyed on the client address and the email tried. The address is the socket peer as the ASGI
server reports it: X-Forwarded-For is NOT read here (run uvicorn with --proxy-headers and
--forwarded-allow-ips set to your proxies' addresses when behind a trusted proxy).
"""

import math
import time
from functools import lru_cache

from limits import RateLimitItem, parse
from limits.aio.storage import Storage
from limits.aio.strategies import MovingWindowRateLimiter
from limits.storage import storage_from_string

from app.core.config import settings


class RateLimitedError(Exception):
    def __init__(self, retry_after: int) -> None:
        super().__init__(f"rate limited; retry after {retry_after}s")
        self.retry_after = retry_after


@lru_cache(maxsize=1)
def _storage() -> Storage:
    url = settings.cache_url
    if url:
        storage = storage_from_string(f"async+{url}", implementation="redispy")
    else:
        storage = storage_from_string("async+memory://")
    if not isinstance(storage, Storage):
        raise TypeError(f"expected an asyncio storage, got {type(storage).__name__}")
    return storage


def login_limit() -> RateLimitItem:
    return parse(settings.LOGIN_RATE_LIMIT)


async def hit_login(client_address: str, email: str) -> None:
    """Count one login attempt; raise RateLimitedError when the window is full."""
    limiter = MovingWindowRateLimiter(_storage())
    item = login_limit()
    key = ("login", settings.PROJECT_SLUG, client_address, email.lower())
    if await limiter.hit(item, *key):
        return
    stats = await limiter.get_window_stats(item, *key)
    raise RateLimitedError(max(1, math.ceil(stats.reset_time - time.time())))
