from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID, uuid4

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.crud.base import (
    MAX_PAGE_SIZE,
    InvalidCursorError,
    InvalidSortError,
    clamp_limit,
    decode_cursor,
    encode_cursor,
    keyset_page,
    resolve_sort,
)
from app.models import User

SORTS: dict[str, Any] = {"full_name": User.full_name, "created_at": User.created_at}


@pytest.mark.parametrize(
    "value",
    [
        7,
        "ada@example.com",
        None,
        True,
        Decimal("10.50"),
        date(2024, 5, 1),
        datetime(2024, 5, 1, 12, 30, 0, 123456, tzinfo=UTC),
        UUID("12345678-1234-5678-1234-567812345678"),
    ],
)
def test_cursor_round_trip(value: object) -> None:
    cursor = encode_cursor("-created_at", value, 42)
    decoded, row_id = decode_cursor("-created_at", cursor)
    assert (decoded, row_id) == (value, 42)
    assert type(decoded) is type(value)


def test_cursor_is_bound_to_its_sort_and_rejects_garbage() -> None:
    cursor = encode_cursor("email", "a@example.com", 1)
    with pytest.raises(InvalidCursorError):
        decode_cursor("-email", cursor)
    for garbage in ("%%%", "bm9wZQ", encode_cursor("email", "x", 1)[:-3]):
        with pytest.raises(InvalidCursorError):
            decode_cursor("email", garbage)


def test_page_size_is_capped() -> None:
    assert clamp_limit(10_000) == MAX_PAGE_SIZE
    assert clamp_limit(0) == 1


def test_sort_must_be_allow_listed() -> None:
    spec = resolve_sort("-email", {"email": User.email})
    assert spec.descending
    assert spec.column is User.email
    with pytest.raises(InvalidSortError):
        resolve_sort("hashed_password", {"email": User.email})


async def _walk(session: AsyncSession, prefix: str, sort: str) -> list[int]:
    stmt = select(User).where(User.email.startswith(prefix))
    ids: list[int] = []
    cursor: str | None = None
    for _ in range(20):
        page = await keyset_page(
            session, stmt, sort=resolve_sort(sort, SORTS), id_column=User.id, limit=2, cursor=cursor
        )
        ids += [user.id for user in page.items]
        cursor = page.next_cursor
        if cursor is None:
            return ids
    raise AssertionError("pagination did not terminate")


async def test_keyset_pages_handle_ties_and_nulls_both_ways(db_session: AsyncSession) -> None:
    prefix = f"ks-{uuid4().hex[:8]}-"
    same_moment = datetime(2024, 1, 1, 9, 0, tzinfo=UTC)
    names = ["b", "a", None, "a", None, "c", "b"]
    users = [
        User(email=f"{prefix}{n}@example.com", hashed_password="x", full_name=name)
        for n, name in enumerate(names)
    ]
    for user in users:
        user.created_at = same_moment
    db_session.add_all(users)
    await db_session.commit()
    by_name = sorted(users, key=lambda u: (u.full_name is None, u.full_name or "", u.id))
    expected = [user.id for user in by_name]
    assert await _walk(db_session, prefix, "full_name") == expected
    assert await _walk(db_session, prefix, "-full_name") == expected[::-1]
    by_id = sorted(user.id for user in users)
    assert await _walk(db_session, prefix, "created_at") == by_id
    assert await _walk(db_session, prefix, "-created_at") == by_id[::-1]
