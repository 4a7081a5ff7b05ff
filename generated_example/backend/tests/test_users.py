from collections.abc import Awaitable, Callable

from httpx import AsyncClient

UserHeaders = Callable[..., Awaitable[dict[str, str]]]


async def test_users_admin_requires_admin_role(
    client: AsyncClient, user_headers: UserHeaders
) -> None:
    assert (await client.get("/api/v1/users")).status_code == 401
    member = await user_headers(roles=("member",))
    assert (await client.get("/api/v1/users", headers=member)).status_code == 403
    admin = await user_headers(roles=("admin",))
    assert (await client.get("/api/v1/users", headers=admin)).status_code == 200


async def test_users_keyset_pages_cover_everyone_once(
    client: AsyncClient, user_headers: UserHeaders
) -> None:
    admin = await user_headers(roles=("admin",))
    for _ in range(3):
        await user_headers()
    seen: list[int] = []
    cursor: str | None = None
    while True:
        params: dict[str, str | int] = {"limit": 2, "sort": "-id"}
        if cursor:
            params["cursor"] = cursor
        page = (await client.get("/api/v1/users", params=params, headers=admin)).json()
        assert len(page["items"]) <= 2
        seen.extend(item["id"] for item in page["items"])
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert len(seen) >= 4
    assert seen == sorted(set(seen), reverse=True)


async def test_users_list_rejects_bad_limit_sort_and_cursor(
    client: AsyncClient, user_headers: UserHeaders
) -> None:
    admin = await user_headers(roles=("admin",))
    for params in ({"limit": 101}, {"sort": "hashed_password"}, {"cursor": "garbage!"}):
        response = await client.get("/api/v1/users", params=params, headers=admin)
        assert response.status_code == 422, params


async def test_admin_updates_roles_and_cached_read_follows(
    client: AsyncClient, user_headers: UserHeaders
) -> None:
    admin = await user_headers(roles=("admin",))
    member = await user_headers()
    me = (await client.get("/api/v1/auth/me", headers=member)).json()
    url = f"/api/v1/users/{me['id']}"
    assert (await client.get(url, headers=admin)).json()["roles"] == ["member"]
    patched = await client.patch(url, json={"roles": ["admin", "member"]}, headers=admin)
    assert patched.status_code == 200
    assert (await client.get(url, headers=admin)).json()["roles"] == ["admin", "member"]
    unknown = await client.patch(url, json={"roles": ["root"]}, headers=admin)
    assert unknown.status_code == 422
