from collections.abc import Awaitable, Callable
from typing import Any
from uuid import uuid4

import jwt
from httpx import AsyncClient

PASSWORD = "correct-horse-battery"


def _email() -> str:
    return f"auth-{uuid4().hex[:12]}@example.com"


async def _register_and_login(client: AsyncClient, email: str | None = None) -> dict[str, Any]:
    email = email or _email()
    created = await client.post(
        "/api/v1/auth/register", json={"email": email, "password": PASSWORD, "full_name": "Ada"}
    )
    assert created.status_code == 201, created.text
    response = await client.post("/api/v1/auth/login", json={"email": email, "password": PASSWORD})
    assert response.status_code == 200, response.text
    return dict(response.json())


async def test_register_returns_member_without_secrets(client: AsyncClient) -> None:
    email = _email()
    response = await client.post(
        "/api/v1/auth/register", json={"email": email.upper(), "password": PASSWORD}
    )
    assert response.status_code == 201
    body = response.json()
    assert body["email"] == email
    assert body["roles"] == ["member"]
    assert body["is_active"] is True
    assert "hashed_password" not in body
    assert "password" not in body


async def test_register_twice_is_a_conflict(client: AsyncClient) -> None:
    email = _email()
    payload = {"email": email, "password": PASSWORD}
    assert (await client.post("/api/v1/auth/register", json=payload)).status_code == 201
    assert (await client.post("/api/v1/auth/register", json=payload)).status_code == 409


async def test_login_and_me(client: AsyncClient) -> None:
    email = _email()
    tokens = await _register_and_login(client, email)
    assert tokens["token_type"] == "bearer"
    assert tokens["expires_in"] == 15 * 60
    me = await client.get(
        "/api/v1/auth/me", headers={"Authorization": f"Bearer {tokens['access_token']}"}
    )
    assert me.status_code == 200
    assert me.json() == {
        "id": me.json()["id"],
        "email": email,
        "full_name": "Ada",
        "roles": ["member"],
        "is_active": True,
    }


async def test_login_with_wrong_password_or_unknown_email(client: AsyncClient) -> None:
    email = _email()
    await client.post("/api/v1/auth/register", json={"email": email, "password": PASSWORD})
    wrong = await client.post("/api/v1/auth/login", json={"email": email, "password": "nope-nope"})
    unknown = await client.post(
        "/api/v1/auth/login", json={"email": _email(), "password": PASSWORD}
    )
    assert wrong.status_code == 401
    assert unknown.status_code == 401


async def test_me_rejects_missing_forged_and_none_alg_tokens(client: AsyncClient) -> None:
    assert (await client.get("/api/v1/auth/me")).status_code == 401
    forged = jwt.encode({"sub": "1", "roles": ["admin"], "type": "access"}, "x" * 32, "HS256")
    unsigned = jwt.encode({"sub": "1", "roles": ["admin"], "type": "access"}, None, "none")
    for token in (forged, unsigned, "not-a-jwt"):
        response = await client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 401


async def test_refresh_rotates_and_reuse_revokes_the_family(client: AsyncClient) -> None:
    first = await _register_and_login(client)
    second = await client.post(
        "/api/v1/auth/refresh", json={"refresh_token": first["refresh_token"]}
    )
    assert second.status_code == 200
    rotated = second.json()
    assert rotated["refresh_token"] != first["refresh_token"]
    replay = await client.post(
        "/api/v1/auth/refresh", json={"refresh_token": first["refresh_token"]}
    )
    assert replay.status_code == 401
    # The replay ended the whole family: the legitimate successor is dead too.
    after = await client.post(
        "/api/v1/auth/refresh", json={"refresh_token": rotated["refresh_token"]}
    )
    assert after.status_code == 401


async def test_refresh_rejects_unknown_token(client: AsyncClient) -> None:
    response = await client.post("/api/v1/auth/refresh", json={"refresh_token": "made-up"})
    assert response.status_code == 401


async def test_logout_ends_only_that_session(client: AsyncClient) -> None:
    email = _email()
    first = await _register_and_login(client, email)
    other = await client.post("/api/v1/auth/login", json={"email": email, "password": PASSWORD})
    out = await client.post("/api/v1/auth/logout", json={"refresh_token": first["refresh_token"]})
    assert out.status_code == 204
    dead = await client.post("/api/v1/auth/refresh", json={"refresh_token": first["refresh_token"]})
    assert dead.status_code == 401
    alive = await client.post(
        "/api/v1/auth/refresh", json={"refresh_token": other.json()["refresh_token"]}
    )
    assert alive.status_code == 200


async def test_change_password_ends_all_sessions(client: AsyncClient) -> None:
    email = _email()
    tokens = await _register_and_login(client, email)
    headers = {"Authorization": f"Bearer {tokens['access_token']}"}
    bad = await client.post(
        "/api/v1/auth/change-password",
        json={"current_password": "wrong-one", "new_password": "new-password-1"},
        headers=headers,
    )
    assert bad.status_code == 400
    changed = await client.post(
        "/api/v1/auth/change-password",
        json={"current_password": PASSWORD, "new_password": "new-password-1"},
        headers=headers,
    )
    assert changed.status_code == 204
    old = await client.post("/api/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
    assert old.status_code == 401
    relogin_old = await client.post(
        "/api/v1/auth/login", json={"email": email, "password": PASSWORD}
    )
    assert relogin_old.status_code == 401
    relogin = await client.post(
        "/api/v1/auth/login", json={"email": email, "password": "new-password-1"}
    )
    assert relogin.status_code == 200


async def test_login_rate_limit_returns_429_with_retry_after(
    client: AsyncClient, make_user: Callable[..., Awaitable[tuple[int, str]]]
) -> None:
    _user_id, email = await make_user(password=PASSWORD)
    payload = {"email": email, "password": "wrong-password"}
    statuses = [
        (await client.post("/api/v1/auth/login", json=payload)).status_code for _ in range(5)
    ]
    assert statuses == [401] * 5
    limited = await client.post("/api/v1/auth/login", json={"email": email, "password": PASSWORD})
    assert limited.status_code == 429
    assert 1 <= int(limited.headers["Retry-After"]) <= 60
    # Another email from the same address is not affected.
    _other_id, other = await make_user(password=PASSWORD)
    ok = await client.post("/api/v1/auth/login", json={"email": other, "password": PASSWORD})
    assert ok.status_code == 200


async def test_forwarded_for_is_not_trusted(
    client: AsyncClient, make_user: Callable[..., Awaitable[tuple[int, str]]]
) -> None:
    _user_id, email = await make_user(password=PASSWORD)
    payload = {"email": email, "password": "wrong-password"}
    for attempt in range(6):
        response = await client.post(
            "/api/v1/auth/login", json=payload, headers={"X-Forwarded-For": f"10.0.0.{attempt}"}
        )
    assert response.status_code == 429
