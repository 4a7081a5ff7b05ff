from datetime import UTC, datetime

import pytest

from app.crud.base import (
    MAX_PAGE_SIZE,
    InvalidCursorError,
    InvalidSortError,
    clamp_limit,
    decode_cursor,
    encode_cursor,
    resolve_sort,
)
from app.models import User


@pytest.mark.parametrize("value", [7, "ada@example.com", datetime(2024, 5, 1, 12, 30, tzinfo=UTC)])
def test_cursor_round_trip(value: object) -> None:
    cursor = encode_cursor("-created_at", value, 42)
    assert decode_cursor("-created_at", cursor) == (value, 42)


def test_cursor_is_bound_to_its_sort_and_rejects_garbage() -> None:
    cursor = encode_cursor("email", "a@example.com", 1)
    with pytest.raises(InvalidCursorError):
        decode_cursor("-email", cursor)
    with pytest.raises(InvalidCursorError):
        decode_cursor("email", "%%%")


def test_page_size_is_capped() -> None:
    assert clamp_limit(10_000) == MAX_PAGE_SIZE
    assert clamp_limit(0) == 1


def test_sort_must_be_allow_listed() -> None:
    spec = resolve_sort("-email", {"email": User.email})
    assert spec.descending
    assert spec.column is User.email
    with pytest.raises(InvalidSortError):
        resolve_sort("hashed_password", {"email": User.email})
