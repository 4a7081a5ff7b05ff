from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from app.core.roles import DEFAULT_ROLES
from app.core.security import hash_password
from app.crud.base import KeysetPage, keyset_page, resolve_sort
from app.models import User, UserRole

USER_SORTS: dict[str, InstrumentedAttribute[Any]] = {
    "created_at": User.created_at,
    "email": User.email,
    "id": User.id,
}


class EmailTakenError(Exception):
    pass


async def get_user(session: AsyncSession, user_id: int) -> User | None:
    return await session.get(User, user_id)


async def get_user_by_email(session: AsyncSession, email: str) -> User | None:
    return await session.scalar(select(User).where(User.email == email.lower()))


async def create_user(
    session: AsyncSession,
    *,
    email: str,
    password: str,
    full_name: str | None = None,
    roles: Iterable[str] = DEFAULT_ROLES,
) -> User:
    """Insert and commit a user; raises EmailTakenError on a duplicate email."""
    hashed = await hash_password(password)
    user = User(email=email.lower(), hashed_password=hashed, full_name=full_name)
    user.role_rows = [UserRole(role=role) for role in sorted(set(roles))]
    session.add(user)
    try:
        await session.commit()
    except IntegrityError as exc:
        await session.rollback()
        raise EmailTakenError(email) from exc
    await session.refresh(user)
    return user


async def set_roles(session: AsyncSession, user: User, roles: Iterable[str]) -> None:
    wanted = set(roles)
    user.role_rows = [row for row in user.role_rows if row.role in wanted]
    have = {row.role for row in user.role_rows}
    user.role_rows.extend(UserRole(role=role) for role in sorted(wanted - have))
    await session.flush()


async def list_users(
    session: AsyncSession, *, sort: str, limit: int, cursor: str | None, email: str | None
) -> KeysetPage[User]:
    stmt = select(User)
    if email:
        stmt = stmt.where(User.email == email.lower())
    spec = resolve_sort(sort, USER_SORTS)
    return await keyset_page(
        session, stmt, sort=spec, id_column=User.id, limit=limit, cursor=cursor
    )
