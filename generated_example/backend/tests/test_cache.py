from uuid import uuid4

from app.core.cache import cache_get, cache_invalidate, cache_key, cache_set


async def test_cache_set_get_and_namespace_invalidation() -> None:
    namespace = f"ns-{uuid4().hex[:8]}"
    key = await cache_key(namespace, 1, "a")
    assert await cache_get(key) is None
    await cache_set(key, "value", 60)
    assert await cache_get(key) == "value"
    await cache_invalidate(namespace)
    fresh = await cache_key(namespace, 1, "a")
    assert fresh != key
    assert await cache_get(fresh) is None
