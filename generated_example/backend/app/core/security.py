"""Password hashing (argon2id), access tokens (JWT, HS256 pinned) and opaque refresh tokens."""

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache

import anyio.to_thread
import jwt
from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher

from app.core.config import JWT_ALGORITHM, settings
from app.core.roles import ADMIN

_password_hash = PasswordHash(
    (
        Argon2Hasher(
            time_cost=settings.PASSWORD_HASH_TIME_COST,
            memory_cost=settings.PASSWORD_HASH_MEMORY_KIB,
        ),
    )
)


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return _password_hash.hash("dummy password used to equalise timing")


class InvalidTokenError(Exception):
    """The token is missing, malformed, expired or not an access token."""


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is calling, taken from a verified access token (no database query)."""

    id: int
    roles: frozenset[str]

    @property
    def is_admin(self) -> bool:
        return ADMIN in self.roles

    def has_role(self, role: str) -> bool:
        return self.is_admin or role in self.roles


def hash_password_sync(password: str) -> str:
    return _password_hash.hash(password)


def verify_password_sync(password: str, hashed: str | None) -> bool:
    """Check a password; with no stored hash still spend the same time (no user enumeration)."""
    if hashed is None:
        _password_hash.verify(password, _dummy_hash())
        return False
    return _password_hash.verify(password, hashed)


async def hash_password(password: str) -> str:
    """argon2 takes ~100 ms of CPU: run it in a worker thread, never on the event loop."""
    return await anyio.to_thread.run_sync(hash_password_sync, password)


async def verify_password(password: str, hashed: str | None) -> bool:
    return await anyio.to_thread.run_sync(verify_password_sync, password, hashed)


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(moment: datetime) -> datetime:
    """SQLite returns naive datetimes; every stored moment is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def create_access_token(user_id: int, roles: frozenset[str] | set[str]) -> tuple[str, int]:
    """Return (token, lifetime in seconds)."""
    lifetime = timedelta(minutes=settings.ACCESS_TOKEN_EXPIRE_MINUTES)
    now = utcnow()
    claims = {
        "sub": str(user_id),
        "roles": sorted(roles),
        "type": "access",
        "iss": settings.PROJECT_SLUG,
        "iat": now,
        "exp": now + lifetime,
        "jti": uuid.uuid4().hex,
    }
    token = jwt.encode(claims, settings.secret_key, algorithm=JWT_ALGORITHM)
    return token, int(lifetime.total_seconds())


def decode_access_token(token: str) -> Principal:
    try:
        claims = jwt.decode(
            token,
            settings.secret_key,
            algorithms=[JWT_ALGORITHM],
            issuer=settings.PROJECT_SLUG,
            options={"require": ["exp", "iat", "sub", "iss"]},
        )
    except jwt.PyJWTError as exc:
        raise InvalidTokenError(str(exc)) from exc
    roles = claims.get("roles")
    if claims.get("type") != "access" or not isinstance(roles, list):
        raise InvalidTokenError("not an access token")
    try:
        user_id = int(claims["sub"])
    except (TypeError, ValueError) as exc:
        raise InvalidTokenError("bad subject") from exc
    return Principal(id=user_id, roles=frozenset(str(role) for role in roles))


def new_refresh_token() -> str:
    return secrets.token_urlsafe(32)


def hash_refresh_token(token: str) -> str:
    """Refresh tokens are stored only as SHA-256 digests (they are long random strings)."""
    return hashlib.sha256(token.encode()).hexdigest()


def new_family_id() -> str:
    return uuid.uuid4().hex
