"""Data access for items: scoped reads, keyset pages and writes.

`owner_id=None` means "no owner scope" (a feature without owners, or an admin caller).
"""

from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from app.crud.base import KeysetPage, keyset_page, resolve_sort
from app.models.item import Item
from app.schemas.item import ItemCreate, ItemListParams, ItemUpdate

SORTS: dict[(str, InstrumentedAttribute[Any])] = {
    "id": Item.id,
    "created_at": Item.created_at,
    "title": Item.title,
}


class ItemConflictError(Exception):
    """A write broke a database constraint (a unique value taken, or a vanished reference)."""


async def get_item(
    session: AsyncSession,
    row_id: int,
    *,
    owner_id: int | None = None,
) -> Item | None:
    stmt = select(Item).where(Item.id == row_id)
    if owner_id is not None:
        stmt = stmt.where(Item.owner_id == owner_id)
    return (await session.scalars(stmt)).first()


async def list_items(
    session: AsyncSession,
    params: ItemListParams,
    *,
    owner_id: int | None = None,
) -> KeysetPage[Item]:
    stmt = select(Item)
    if owner_id is not None:
        stmt = stmt.where(Item.owner_id == owner_id)
    sort = resolve_sort(params.sort.value, SORTS)
    return await keyset_page(
        session,
        stmt,
        sort=sort,
        id_column=Item.id,
        limit=params.limit,
        cursor=params.cursor,
    )


async def create_item(
    session: AsyncSession,
    data: ItemCreate,
    *,
    owner_id: int,
) -> Item:
    row = Item(**data.model_dump(), owner_id=owner_id)
    session.add(row)
    await _commit(session)
    await session.refresh(row)
    return row


async def update_item(
    session: AsyncSession,
    row: Item,
    data: ItemUpdate,
) -> Item:
    for field, value in data.model_dump(exclude_unset=True).items():
        setattr(row, field, value)
    await _commit(session)
    await session.refresh(row)
    return row


async def delete_item(
    session: AsyncSession,
    row: Item,
) -> None:
    await session.delete(row)
    await _commit(session)


async def _commit(session: AsyncSession) -> None:
    try:
        await session.commit()
    except IntegrityError as exc:
        await session.rollback()
        raise ItemConflictError(str(exc.orig)) from exc
