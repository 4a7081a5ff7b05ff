import jwt
import pytest
from httpx import AsyncClient
from pydantic import ValidationError

from app.core.config import DEV_SECRET_KEY, JWT_ALGORITHM, Settings, settings
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


def test_wildcard_origin_with_credentials_is_refused() -> None:
    with pytest.raises(ValidationError, match="CORS_ORIGINS"):
        Settings(CORS_ORIGINS=["*"], CORS_ALLOW_CREDENTIALS=True)
    assert Settings(CORS_ORIGINS=["*"], CORS_ALLOW_CREDENTIALS=False).CORS_ORIGINS == ["*"]


def test_cors_origins_accept_comma_separated_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CORS_ORIGINS", "https://a.example, https://b.example")
    assert Settings().CORS_ORIGINS == ["https://a.example", "https://b.example"]


@pytest.mark.parametrize("environment", ["test", "staging", "production"])
def test_only_local_may_run_without_a_secret_key(environment: str) -> None:
    with pytest.raises(ValidationError, match="SECRET_KEY"):
        Settings(ENVIRONMENT=environment, SECRET_KEY=None)
    assert Settings(ENVIRONMENT="local", SECRET_KEY=None).secret_key == DEV_SECRET_KEY


def test_secret_key_is_validated() -> None:
    with pytest.raises(ValidationError, match="32 characters"):
        Settings(ENVIRONMENT="production", SECRET_KEY="short")
    conf = Settings(ENVIRONMENT="production", SECRET_KEY="s" * 40)
    assert conf.secret_key == "s" * 40


def test_redis_derivation_keeps_broker_and_cache_apart() -> None:
    conf = Settings(REDIS_URL="redis://127.0.0.1:6379/4")
    assert conf.broker_url == "redis://127.0.0.1:6379/4"
    assert conf.cache_url == "redis://127.0.0.1:6379/5"
    embedded = Settings(REDIS_URL=None, DATABASE_URL=None)
    assert embedded.broker_url == "filesystem://"
    assert embedded.cache_url is None
    assert embedded.database_url.startswith("sqlite+aiosqlite:///")


def test_access_tokens_are_bound_to_this_issuer() -> None:
    token, _ = create_access_token(7, {"member"})
    assert decode_access_token(token).id == 7
    claims = jwt.decode(
        token, settings.secret_key, algorithms=[JWT_ALGORITHM], issuer=settings.PROJECT_SLUG
    )
    foreign = jwt.encode({**claims, "iss": "another-service"}, settings.secret_key, JWT_ALGORITHM)
    with pytest.raises(InvalidTokenError):
        decode_access_token(foreign)


def test_the_test_session_ignores_dotenv_files() -> None:
    assert settings.model_config.get("env_file") is None
