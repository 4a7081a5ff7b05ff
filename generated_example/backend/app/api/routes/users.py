"""User administration (admin only): list with keyset pages, read (cached), update."""

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, status

from app.api.deps import ReadSessionDep, SessionDep, require_role
from app.core.cache import cache_get, cache_invalidate, cache_key, cache_set
from app.core.roles import ADMIN
from app.crud.base import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, InvalidCursorError, InvalidSortError
from app.crud.user import get_user, list_users, set_roles
from app.models import User
from app.schemas.common import Page
from app.schemas.user import UserRead, UserUpdate

router = APIRouter(prefix="/users", tags=["users"], dependencies=[Depends(require_role(ADMIN))])

CACHE_NAMESPACE = "users"
CACHE_TTL_SECONDS = 60


@router.get("", response_model=Page[UserRead])
async def read_users(
    session: ReadSessionDep,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = DEFAULT_PAGE_SIZE,
    cursor: str | None = None,
    sort: str = "id",
    email: str | None = None,
) -> Page[UserRead]:
    try:
        page = await list_users(session, sort=sort, limit=limit, cursor=cursor, email=email)
    except (InvalidCursorError, InvalidSortError) as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(exc)) from exc
    items = [UserRead.model_validate(user) for user in page.items]
    return Page[UserRead](items=items, next_cursor=page.next_cursor)


@router.get("/{user_id}", response_model=UserRead)
async def read_user(user_id: int, session: SessionDep) -> UserRead:
    key = await cache_key(CACHE_NAMESPACE, user_id)
    cached = await cache_get(key)
    if cached is not None:
        return UserRead.model_validate_json(cached)
    user = await get_user(session, user_id)
    if user is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "User not found")
    result = UserRead.model_validate(user)
    await cache_set(key, result.model_dump_json(), CACHE_TTL_SECONDS)
    return result


@router.patch("/{user_id}", response_model=UserRead)
async def update_user(user_id: int, body: UserUpdate, session: SessionDep) -> User:
    user = await get_user(session, user_id)
    if user is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "User not found")
    changes = body.model_dump(exclude_unset=True)
    if "full_name" in changes:
        user.full_name = body.full_name
    if body.is_active is not None:
        user.is_active = body.is_active
    if body.roles is not None:
        await set_roles(session, user, body.roles)
    await session.commit()
    await session.refresh(user)
    await cache_invalidate(CACHE_NAMESPACE)
    return user
