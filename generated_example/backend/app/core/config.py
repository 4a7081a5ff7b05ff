"""Settings from environment variables (and an optional `.env` file).

With no environment at all the app runs embedded: SQLite under DATA_DIR, a file-system Celery
broker, in-memory cache and rate-limit counters. Secrets only ever come from the environment;
the one development default (SECRET_KEY) is used only when ENVIRONMENT=local.
"""

import json
import os
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit, urlunsplit

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from app.core.project import PROJECT_NAME, PROJECT_SLUG

DEV_SECRET_KEY = "local-development-only-secret-key-do-not-use-in-production"  # noqa: S105
JWT_ALGORITHM = "HS256"


def redis_db_url(url: str, offset: int) -> str:
    """The same Redis server as `url`, `offset` databases further on (mod 16)."""
    parts = urlsplit(url)
    db_text = parts.path.lstrip("/") or "0"
    if not db_text.isdigit():
        raise ValueError(f"REDIS_URL database must be a number, got {db_text!r}")
    return urlunsplit(parts._replace(path=f"/{(int(db_text) + offset) % 16}"))


# APP_ENV_FILE picks another dotenv file; empty disables it (the test session does, so a
# developer's .env can never point the tests at a real database or Redis).
ENV_FILE = os.environ.get("APP_ENV_FILE", ".env") or None


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=ENV_FILE, extra="ignore", frozen=True)

    PROJECT_NAME: str = PROJECT_NAME
    PROJECT_SLUG: str = PROJECT_SLUG
    ENVIRONMENT: Literal["local", "test", "staging", "production"] = "local"
    API_V1_PREFIX: str = "/api/v1"
    DATA_DIR: Path = Path("var")
    LOG_LEVEL: str = "INFO"
    LOG_FORMAT: Literal["json", "console"] = "json"

    SECRET_KEY: SecretStr | None = None
    ACCESS_TOKEN_EXPIRE_MINUTES: int = 15
    REFRESH_TOKEN_EXPIRE_DAYS: int = 14
    LOGIN_RATE_LIMIT: str = "5/minute"
    # argon2id cost; the defaults are argon2-cffi's (64 MiB, 3 passes). Test runs may lower them.
    PASSWORD_HASH_TIME_COST: int = Field(default=3, ge=1)
    PASSWORD_HASH_MEMORY_KIB: int = Field(default=65536, ge=8192)

    DATABASE_URL: str | None = None
    # Optional read replica for heavy read endpoints (ReadSessionDep); reads may lag writes.
    DATABASE_READ_URL: str | None = None
    DB_POOL_SIZE: int = 5
    DB_MAX_OVERFLOW: int = 10
    DB_POOL_TIMEOUT: float = 30.0
    DB_POOL_RECYCLE: int = 1800
    DB_PGBOUNCER: bool = False
    DB_CONNECT_TIMEOUT: float = 5.0
    DB_ECHO: bool = False

    REDIS_URL: str | None = None
    CELERY_BROKER_URL: str | None = None
    CELERY_RESULT_BACKEND: str | None = None
    CACHE_URL: str | None = None
    WORKER_METRICS_PORT: int | None = None

    CORS_ORIGINS: Annotated[list[str], NoDecode] = ["http://localhost:5173"]
    CORS_ALLOW_CREDENTIALS: bool = True
    HSTS_ENABLED: bool = False

    MAIL_BACKEND: Literal["log", "file", "smtp"] = "log"
    MAIL_FROM: str = "no-reply@example.com"
    MAIL_OUTBOX_DIR: Path | None = None
    SMTP_HOST: str = "localhost"
    SMTP_PORT: int = 25
    SMTP_USERNAME: str | None = None
    SMTP_PASSWORD: SecretStr | None = None
    SMTP_STARTTLS: bool = True

    # Base URL of the model-serving service (model-serving/); unset disables /predictions.
    MODEL_SERVING_URL: str | None = None
    MODEL_SERVING_TIMEOUT: float = Field(default=10.0, gt=0)

    OTEL_EXPORTER_OTLP_ENDPOINT: str | None = None
    OTEL_SERVICE_NAME: str = PROJECT_SLUG

    @field_validator("CORS_ORIGINS", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        if isinstance(value, str):
            text = value.strip()
            if text.startswith("["):
                return json.loads(text)
            return [part.strip() for part in text.split(",") if part.strip()]
        return value

    @field_validator("DATABASE_URL", "DATABASE_READ_URL")
    @classmethod
    def _async_driver(cls, url: str | None) -> str | None:
        """Managed databases hand out postgres:// URLs; the app speaks asyncpg."""
        if url is None:
            return None
        for prefix in ("postgres://", "postgresql://"):
            if url.startswith(prefix):
                return "postgresql+asyncpg://" + url.removeprefix(prefix)
        return url

    @model_validator(mode="after")
    def _check(self) -> "Settings":
        if "*" in self.CORS_ORIGINS and self.CORS_ALLOW_CREDENTIALS:
            raise ValueError(
                "CORS_ORIGINS='*' together with CORS_ALLOW_CREDENTIALS=true is refused: "
                "browsers would send cookies/credentials to any site; list the origins instead"
            )
        if self.SECRET_KEY is None and self.ENVIRONMENT != "local":
            raise ValueError(
                f"SECRET_KEY must be set in the environment when ENVIRONMENT={self.ENVIRONMENT}"
            )
        if self.SECRET_KEY is not None and len(self.SECRET_KEY.get_secret_value()) < 32:
            raise ValueError("SECRET_KEY must be at least 32 characters (HS256 key)")
        return self

    @property
    def secret_key(self) -> str:
        return self.SECRET_KEY.get_secret_value() if self.SECRET_KEY else DEV_SECRET_KEY

    @property
    def data_dir(self) -> Path:
        return self.DATA_DIR.expanduser().resolve()

    @property
    def database_url(self) -> str:
        return self.DATABASE_URL or f"sqlite+aiosqlite:///{self.data_dir / 'app.db'}"

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def broker_url(self) -> str:
        if self.CELERY_BROKER_URL:
            return self.CELERY_BROKER_URL
        return self.REDIS_URL or "filesystem://"

    @property
    def result_backend(self) -> str:
        if self.CELERY_RESULT_BACKEND:
            return self.CELERY_RESULT_BACKEND
        if self.REDIS_URL:
            return self.REDIS_URL
        return f"file://{self.data_dir / 'celery' / 'results'}"

    @property
    def cache_url(self) -> str | None:
        """Redis URL of the cache (and rate-limit counters): never the broker's database."""
        if self.CACHE_URL:
            return self.CACHE_URL
        return redis_db_url(self.REDIS_URL, 1) if self.REDIS_URL else None

    @property
    def broker_folders(self) -> dict[str, Path]:
        base = self.data_dir / "celery"
        return {
            "queue": base / "queue",
            "processed": base / "processed",
            "control": base / "control",
        }


settings = Settings()
