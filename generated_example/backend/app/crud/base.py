"""Keyset (cursor) pagination over (sort value, id), with an allow-listed sort and a hard page cap.

A cursor is opaque to clients: URL-safe base64 of JSON `[sort, kind, sort value, id]`.
NULL sort values come last in ascending order (first in descending), so optional columns page
correctly too. Pages never use
OFFSET, so page N costs the same as page 1.
"""

import base64
import binascii
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Generic, TypeVar
from uuid import UUID

from sqlalchemy import ColumnElement, Select, and_, or_
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


def _tag(value: Any) -> list[Any]:
    """A JSON-safe [kind, value] pair that decodes back to the same Python value."""
    if isinstance(value, datetime):
        return ["dt", value.isoformat()]
    if isinstance(value, date):
        return ["d", value.isoformat()]
    if isinstance(value, Decimal):
        return ["dec", str(value)]
    if isinstance(value, UUID):
        return ["uuid", str(value)]
    if value is None or isinstance(value, str | int | float | bool):
        return ["v", value]
    raise TypeError(f"cannot put a {type(value).__name__} in a cursor; sort on another column")


def _untag(kind: Any, value: Any) -> Any:
    parsers: dict[str, Callable[[Any], Any]] = {
        "dt": datetime.fromisoformat,
        "d": date.fromisoformat,
        "dec": Decimal,
        "uuid": UUID,
        "v": lambda raw: raw,
    }
    if kind not in parsers:
        raise InvalidCursorError("malformed cursor")
    try:
        return parsers[kind](value)
    except (TypeError, ValueError, ArithmeticError) as exc:
        raise InvalidCursorError("malformed cursor") from exc


def encode_cursor(sort_name: str, value: Any, row_id: int) -> str:
    raw = json.dumps([sort_name, *_tag(value), row_id], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(sort_name: str, cursor: str) -> tuple[Any, int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        name, kind, value, row_id = json.loads(raw)
    except (binascii.Error, ValueError, TypeError) as exc:
        raise InvalidCursorError("malformed cursor") from exc
    if name != sort_name or not isinstance(row_id, int) or isinstance(row_id, bool):
        raise InvalidCursorError("cursor does not belong to this sort")
    return _untag(kind, value), row_id


def clamp_limit(limit: int) -> int:
    return max(1, min(limit, MAX_PAGE_SIZE))


def _after(
    column: InstrumentedAttribute[Any],
    id_column: InstrumentedAttribute[int],
    value: Any,
    last_id: int,
    *,
    descending: bool,
) -> ColumnElement[bool]:
    """Rows strictly after (value, last_id) in the page order; NULLs sort after every value."""
    if descending:  # order: NULLs first, then values high to low
        if value is None:
            return or_(and_(column.is_(None), id_column < last_id), column.is_not(None))
        return or_(column < value, and_(column == value, id_column < last_id))
    if value is None:  # order: values low to high, then NULLs
        return and_(column.is_(None), id_column > last_id)
    return or_(column > value, and_(column == value, id_column > last_id), column.is_(None))


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
        stmt = stmt.where(_after(column, id_column, value, last_id, descending=sort.descending))
    if sort.descending:
        order = (column.desc().nulls_first(), id_column.desc())
    else:
        order = (column.asc().nulls_last(), id_column.asc())
    rows: Sequence[RowT] = (await session.scalars(stmt.order_by(*order).limit(size + 1))).all()
    items = list(rows[:size])
    next_cursor = None
    if len(rows) > size:
        last = items[-1]
        next_cursor = encode_cursor(
            sort.name, getattr(last, column.key), int(getattr(last, id_column.key))
        )
    return KeysetPage(items=items, next_cursor=next_cursor)
