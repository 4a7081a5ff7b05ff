import pytest
from pydantic import ValidationError

from app.core.config import DEV_SECRET_KEY, Settings, settings


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


def test_the_test_session_ignores_dotenv_files() -> None:
    assert settings.model_config.get("env_file") is None


@pytest.mark.parametrize("scheme", ["postgres", "postgresql", "postgresql+asyncpg"])
def test_database_urls_use_the_async_driver(scheme: str) -> None:
    conf = Settings(DATABASE_URL=f"{scheme}://app:pw@db:5432/app")
    assert conf.database_url == "postgresql+asyncpg://app:pw@db:5432/app"
