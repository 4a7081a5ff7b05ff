"""Refresh-token rotation with reuse detection.

Each login starts a family. Refreshing uses up the presented token and issues the next one in the
same family. Presenting a used token again means it was stolen (or replayed): the whole family is
revoked, so both the thief and the victim must log in again.
"""

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import settings
from app.core.security import as_utc, hash_refresh_token, new_family_id, new_refresh_token, utcnow
from app.models import RefreshToken


class RefreshRejectedError(Exception):
    """Unknown, expired, revoked or reused refresh token."""


@dataclass(frozen=True, slots=True)
class IssuedRefresh:
    token: str
    user_id: int


async def issue(session: AsyncSession, user_id: int, family_id: str | None = None) -> str:
    """Add a new refresh token (caller commits); returns the plain token."""
    token = new_refresh_token()
    session.add(
        RefreshToken(
            user_id=user_id,
            token_hash=hash_refresh_token(token),
            family_id=family_id or new_family_id(),
            expires_at=utcnow() + timedelta(days=settings.REFRESH_TOKEN_EXPIRE_DAYS),
        )
    )
    await session.flush()
    return token


async def revoke_family(session: AsyncSession, family_id: str) -> None:
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.family_id == family_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )


async def revoke_all_for_user(session: AsyncSession, user_id: int) -> None:
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.user_id == user_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )


async def find(session: AsyncSession, token: str) -> RefreshToken | None:
    digest = hash_refresh_token(token)
    return await session.scalar(select(RefreshToken).where(RefreshToken.token_hash == digest))


async def rotate(session: AsyncSession, token: str) -> IssuedRefresh:
    """Use up `token` and return its successor; commits. Raises RefreshRejectedError."""
    row = await find(session, token)
    if row is None or row.revoked_at is not None or as_utc(row.expires_at) <= utcnow():
        raise RefreshRejectedError("refresh token is not valid")
    claimed = await session.execute(
        update(RefreshToken)
        .where(RefreshToken.id == row.id, RefreshToken.used_at.is_(None))
        .values(used_at=utcnow())
    )
    if getattr(claimed, "rowcount", 0) != 1:
        await revoke_family(session, row.family_id)
        await session.commit()
        raise RefreshRejectedError("refresh token reuse detected; the session was ended")
    successor = await issue(session, row.user_id, row.family_id)
    await session.commit()
    return IssuedRefresh(token=successor, user_id=row.user_id)
