"""HTTP API at /items: keyset list, read, create, update, delete.

Rows belong to their creator: lists and reads are scoped to the caller; admins see every row.
"""

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, status
from prometheus_client import Counter
from sqlalchemy.ext.asyncio import AsyncSession

from app.api.deps import CurrentPrincipal, SessionDep
from app.core.logging import get_logger
from app.core.security import Principal
from app.crud import item as crud
from app.crud.base import InvalidCursorError, InvalidSortError
from app.models.item import Item
from app.schemas.item import ItemCreate, ItemListParams, ItemPage, ItemRead, ItemUpdate

router = APIRouter(prefix="/items", tags=["items"])
logger = get_logger(__name__)
WRITES = Counter(
    "items_writes_total",
    "Writes to items by action",
    ["action"],
)
ReadPrincipal = CurrentPrincipal
WritePrincipal = CurrentPrincipal
NOT_FOUND = "Item not found"
CONFLICT = "Item conflicts with an existing row (a unique value is taken)"


def _scope(principal: Principal) -> int | None:
    """The owner id reads are limited to; None (every row) for admins."""
    return None if principal.is_admin else principal.id


async def _get_or_404(
    session: AsyncSession,
    row_id: int,
    principal: Principal,
) -> Item:
    row = await crud.get_item(
        session,
        row_id,
        owner_id=_scope(principal),
    )
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, NOT_FOUND)
    return row


async def _written(action: str, row_id: int, principal: Principal) -> None:
    """Every write: one metric sample, one log line."""
    WRITES.labels(action=action).inc()
    logger.info(
        "item.write",
        action=action,
        row_id=row_id,
        user_id=principal.id,
    )


@router.get(
    "",
    response_model=ItemPage,
)
async def list_items(
    session: SessionDep,
    principal: ReadPrincipal,
    params: Annotated[ItemListParams, Query()],
) -> ItemPage:
    try:
        page = await crud.list_items(
            session,
            params,
            owner_id=_scope(principal),
        )
    except (InvalidCursorError, InvalidSortError) as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(exc)) from exc
    items = [ItemRead.model_validate(row) for row in page.items]
    result = ItemPage(items=items, next_cursor=page.next_cursor)
    return result


@router.get(
    "/{row_id}",
    response_model=ItemRead,
)
async def read_item(
    row_id: int,
    session: SessionDep,
    principal: ReadPrincipal,
) -> ItemRead:
    row = await _get_or_404(session, row_id, principal)
    result = ItemRead.model_validate(row)
    return result


@router.post(
    "",
    response_model=ItemRead,
    status_code=status.HTTP_201_CREATED,
)
async def create_item(
    body: ItemCreate,
    session: SessionDep,
    principal: WritePrincipal,
) -> ItemRead:
    try:
        row = await crud.create_item(
            session,
            body,
            owner_id=principal.id,
        )
    except crud.ItemConflictError as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, CONFLICT) from exc
    await _written("create", row.id, principal)
    return ItemRead.model_validate(row)


@router.patch(
    "/{row_id}",
    response_model=ItemRead,
)
async def update_item(
    row_id: int,
    body: ItemUpdate,
    session: SessionDep,
    principal: WritePrincipal,
) -> ItemRead:
    row = await _get_or_404(session, row_id, principal)
    try:
        row = await crud.update_item(session, row, body)
    except crud.ItemConflictError as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, CONFLICT) from exc
    await _written("update", row.id, principal)
    return ItemRead.model_validate(row)


@router.delete(
    "/{row_id}",
    status_code=status.HTTP_204_NO_CONTENT,
)
async def delete_item(
    row_id: int,
    session: SessionDep,
    principal: WritePrincipal,
) -> None:
    row = await _get_or_404(session, row_id, principal)
    try:
        await crud.delete_item(session, row)
    except crud.ItemConflictError as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, CONFLICT) from exc
    await _written("delete", row_id, principal)
