"""Keyset (cursor) pagination over (sort value, id), with an allow-listed sort and a hard page cap.

A cursor is opaque to clients: URL-safe base64 of JSON `[kind, sort value, id]`. Pages never use
OFFSET, so page N costs the same as page 1.
"""

import base64
import binascii
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

from sqlalchemy import Select, and_, or_
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20

RowT = TypeVar("RowT")


class InvalidCursorError(ValueError):
    """The cursor was not produced by this API (or belongs to another sort)."""


class InvalidSortError(ValueError):
    """The requested sort is not in the allow-list."""


@dataclass(frozen=True, slots=True)
class KeysetPage(Generic[RowT]):
    items: list[RowT]
    next_cursor: str | None


@dataclass(frozen=True, slots=True)
class SortSpec:
    column: InstrumentedAttribute[Any]
    descending: bool
    name: str


def resolve_sort(sort: str, allowed: Mapping[str, InstrumentedAttribute[Any]]) -> SortSpec:
    """`sort` is `name` or `-name` (descending); `name` must be a key of `allowed`."""
    descending = sort.startswith("-")
    name = sort.removeprefix("-")
    if name not in allowed:
        raise InvalidSortError(
            f"sort must be one of: {', '.join(sorted(allowed))} (prefix - for descending)"
        )
    return SortSpec(column=allowed[name], descending=descending, name=sort)


def encode_cursor(sort_name: str, value: Any, row_id: int) -> str:
    if isinstance(value, datetime):
        payload = [sort_name, "dt", value.isoformat(), row_id]
    else:
        payload = [sort_name, "v", value, row_id]
    raw = json.dumps(payload, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(sort_name: str, cursor: str) -> tuple[Any, int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        name, kind, value, row_id = json.loads(raw)
    except (binascii.Error, ValueError, TypeError) as exc:
        raise InvalidCursorError("malformed cursor") from exc
    if name != sort_name or not isinstance(row_id, int) or kind not in ("dt", "v"):
        raise InvalidCursorError("cursor does not belong to this sort")
    if kind == "dt":
        try:
            value = datetime.fromisoformat(value)
        except (TypeError, ValueError) as exc:
            raise InvalidCursorError("malformed cursor") from exc
    return value, row_id


def clamp_limit(limit: int) -> int:
    return max(1, min(limit, MAX_PAGE_SIZE))


async def keyset_page(
    session: AsyncSession,
    stmt: Select[RowT],
    *,
    sort: SortSpec,
    id_column: InstrumentedAttribute[int],
    limit: int = DEFAULT_PAGE_SIZE,
    cursor: str | None = None,
) -> KeysetPage[RowT]:
    """Run `stmt` (already filtered) for one page ordered by (sort column, id)."""
    size = clamp_limit(limit)
    column = sort.column
    if cursor:
        value, last_id = decode_cursor(sort.name, cursor)
        if sort.descending:
            after = or_(column < value, and_(column == value, id_column < last_id))
        else:
            after = or_(column > value, and_(column == value, id_column > last_id))
        stmt = stmt.where(after)
    order = (
        (column.desc(), id_column.desc()) if sort.descending else (column.asc(), id_column.asc())
    )
    rows: Sequence[RowT] = (await session.scalars(stmt.order_by(*order).limit(size + 1))).all()
    items = list(rows[:size])
    next_cursor = None
    if len(rows) > size:
        last = items[-1]
        next_cursor = encode_cursor(
            sort.name, getattr(last, column.key), int(getattr(last, id_column.key))
        )
    return KeysetPage(items=items, next_cursor=next_cursor)
