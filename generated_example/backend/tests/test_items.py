"""API tests of items (made by `primetrade add-feature item`)."""

import itertools
import secrets
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from httpx import AsyncClient
from prometheus_client import REGISTRY

URL = "/api/v1/items"
ROLES = ("member",)
UserHeaders = Callable[..., Awaitable[dict[str, str]]]
Headers = dict[str, str]
SEQUENCE = itertools.count(secrets.randbelow(10**6) * 100)
EXACT_KEYS: tuple[(str, Ellipsis)] = ("title", "description")


def text_value(i: int, prefix: str, suffix: str, low: int, high: int) -> str:
    """A string of `low`..`high` characters carrying the digits of `i`."""
    if len(prefix) + len(suffix) >= high:
        prefix = ""
    room = high - len(prefix) - len(suffix)
    core = str(i)[-room:].rjust(low - len(prefix) - len(suffix), "0")
    return prefix + core + suffix


async def payload_for(client: AsyncClient, headers: Headers) -> dict[str, Any]:
    """A valid create payload; rows it references are created first through their own APIs."""
    i = next(SEQUENCE)
    return {
        "title": text_value(i, "titl-", "", 1, 64),
        "description": text_value(i, "desc-", "", 1, 64),
    }


def assert_matches(body: dict[str, Any], sent: dict[str, Any]) -> None:
    for key in EXACT_KEYS:
        assert body[key] == sent[key], key


def writes(action: str) -> float:
    value = REGISTRY.get_sample_value("items_writes_total", {"action": action})
    return value or 0.0


async def create(client: AsyncClient, headers: Headers) -> dict[str, Any]:
    sent = await payload_for(client, headers)
    response = await client.post(URL, json=sent, headers=headers)
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    assert_matches(body, sent)
    return body


async def walk(client: AsyncClient, headers: Headers, **params: Any) -> list[dict[str, Any]]:
    """Every row of the list, page by page (3 per page) through the cursors."""
    rows: list[dict[str, Any]] = []
    cursor: str | None = None
    while True:
        query = {**params, "limit": 3} | ({"cursor": cursor} if cursor else {})
        response = await client.get(URL, params=query, headers=headers)
        assert response.status_code == 200, response.text
        page = response.json()
        assert len(page["items"]) <= 3
        rows += page["items"]
        cursor = page["next_cursor"]
        if cursor is None:
            return rows


async def test_create_read_update_delete(client: AsyncClient, user_headers: UserHeaders) -> None:
    headers = await user_headers(roles=ROLES)
    before = writes("create"), writes("update"), writes("delete")
    row = await create(client, headers)
    url = f"{URL}/{row['id']}"
    read = await client.get(url, headers=headers)
    assert read.status_code == 200
    assert read.json() == row
    i = next(SEQUENCE)
    change = {"title": text_value(i + 1, "titl-", "", 1, 64)}
    updated = await client.patch(url, json=change, headers=headers)
    assert updated.status_code == 200, updated.text
    reread = await client.get(url, headers=headers)
    assert reread.json() == updated.json()
    deleted = await client.delete(url, headers=headers)
    assert deleted.status_code == 204
    assert (await client.get(url, headers=headers)).status_code == 404
    after = writes("create"), writes("update"), writes("delete")
    assert after[0] == before[0] + 1
    assert after[2] == before[2] + 1


async def test_requires_a_token(client: AsyncClient) -> None:
    assert (await client.get(URL)).status_code == 401
    assert (await client.post(URL, json={})).status_code == 401
    assert (await client.get(f"{URL}/1")).status_code == 401


async def test_unknown_rows_are_404(client: AsyncClient, user_headers: UserHeaders) -> None:
    headers = await user_headers(roles=ROLES)
    url = f"{URL}/2147483000"
    assert (await client.get(url, headers=headers)).status_code == 404
    assert (await client.patch(url, json={}, headers=headers)).status_code == 404
    assert (await client.delete(url, headers=headers)).status_code == 404


@pytest.mark.parametrize("extra", ["id", "owner_id", "created_at", "not_a_field"])
async def test_unknown_and_server_fields_are_rejected(
    client: AsyncClient, user_headers: UserHeaders, extra: str
) -> None:
    headers = await user_headers(roles=ROLES)
    sent = await payload_for(client, headers) | {extra: 1}
    assert (await client.post(URL, json=sent, headers=headers)).status_code == 422


@pytest.mark.parametrize(
    ("key", "bad"),
    [("title", 12345), ("description", 12345)],
)
async def test_invalid_values_are_rejected(
    client: AsyncClient, user_headers: UserHeaders, key: str, bad: Any
) -> None:
    headers = await user_headers(roles=ROLES)
    sent = await payload_for(client, headers) | {key: bad}
    assert (await client.post(URL, json=sent, headers=headers)).status_code == 422


@pytest.mark.parametrize("key", ["title"])
async def test_required_fields_are_required(
    client: AsyncClient, user_headers: UserHeaders, key: str
) -> None:
    headers = await user_headers(roles=ROLES)
    sent = await payload_for(client, headers)
    del sent[key]
    assert (await client.post(URL, json=sent, headers=headers)).status_code == 422


@pytest.mark.parametrize("key", ["title"])
async def test_update_cannot_null_required_fields(
    client: AsyncClient, user_headers: UserHeaders, key: str
) -> None:
    headers = await user_headers(roles=ROLES)
    row = await create(client, headers)
    response = await client.patch(f"{URL}/{row['id']}", json={key: None}, headers=headers)
    assert response.status_code == 422


@pytest.mark.parametrize(
    "query",
    [{"limit": 101}, {"limit": 0}, {"cursor": "not-a-cursor"}, {"sort": "nope"}, {"bogus": 1}],
)
async def test_bad_list_queries_are_rejected(
    client: AsyncClient, user_headers: UserHeaders, query: dict[str, Any]
) -> None:
    headers = await user_headers(roles=ROLES)
    assert (await client.get(URL, params=query, headers=headers)).status_code == 422


async def test_pages_walk_every_row_exactly_once(
    client: AsyncClient, user_headers: UserHeaders
) -> None:
    headers = await user_headers(roles=ROLES)
    created = {(await create(client, headers))["id"] for _ in range(7)}
    seen = [row["id"] for row in await walk(client, headers)]
    assert len(seen) == len(set(seen))
    assert created <= set(seen)


@pytest.mark.parametrize("sort", ["id", "created_at", "title"])
async def test_sorts_are_stable_both_ways(
    client: AsyncClient, user_headers: UserHeaders, sort: str
) -> None:
    headers = await user_headers(roles=ROLES)
    for _ in range(4):
        await create(client, headers)
    ascending = [row["id"] for row in await walk(client, headers, sort=sort)]
    descending = [row["id"] for row in await walk(client, headers, sort=f"-{sort}")]
    assert len(ascending) == len(set(ascending))
    assert ascending == descending[::-1]


async def test_rows_are_private_to_their_owner(
    client: AsyncClient, user_headers: UserHeaders
) -> None:
    alice = await user_headers(roles=ROLES)
    bob = await user_headers(roles=ROLES)
    row = await create(client, alice)
    url = f"{URL}/{row['id']}"
    assert (await client.get(url, headers=bob)).status_code == 404
    assert (await client.patch(url, json={}, headers=bob)).status_code == 404
    assert (await client.delete(url, headers=bob)).status_code == 404
    assert row["id"] not in {r["id"] for r in await walk(client, bob)}
    admin = await user_headers(roles=("admin",))
    assert (await client.get(url, headers=admin)).status_code == 200
    assert row["id"] in {r["id"] for r in await walk(client, admin)}
