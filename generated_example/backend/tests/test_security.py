import jwt
import pytest
from httpx import AsyncClient

from app.core.config import JWT_ALGORITHM, settings
from app.core.security import InvalidTokenError, create_access_token, decode_access_token

EXPECTED = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
}


@pytest.mark.parametrize("path", ["/livez", "/api/v1/auth/me", "/no-such-page"])
async def test_security_headers_on_every_response(client: AsyncClient, path: str) -> None:
    response = await client.get(path)
    for name, value in EXPECTED.items():
        assert response.headers[name] == value
    assert "default-src 'none'" in response.headers["content-security-policy"]


async def test_request_id_is_echoed_or_generated(client: AsyncClient) -> None:
    given = "0f8fad5b-d9cb-469f-a165-70867728950e"
    echoed = await client.get("/livez", headers={"X-Request-ID": given})
    assert echoed.headers["x-request-id"] == given
    generated = await client.get("/livez")
    assert len(generated.headers["x-request-id"]) == 32


async def test_cors_allows_listed_origin_only(client: AsyncClient) -> None:
    preflight = {"Access-Control-Request-Method": "POST"}
    allowed = await client.options(
        "/api/v1/auth/login", headers={**preflight, "Origin": "http://localhost:5173"}
    )
    assert allowed.status_code == 200
    assert allowed.headers["access-control-allow-origin"] == "http://localhost:5173"
    denied = await client.options(
        "/api/v1/auth/login", headers={**preflight, "Origin": "https://evil.example"}
    )
    assert "access-control-allow-origin" not in denied.headers


def test_access_tokens_are_bound_to_this_issuer() -> None:
    token, _ = create_access_token(7, {"member"})
    assert decode_access_token(token).id == 7
    claims = jwt.decode(
        token, settings.secret_key, algorithms=[JWT_ALGORITHM], issuer=settings.PROJECT_SLUG
    )
    foreign = jwt.encode({**claims, "iss": "another-service"}, settings.secret_key, JWT_ALGORITHM)
    with pytest.raises(InvalidTokenError):
        decode_access_token(foreign)
