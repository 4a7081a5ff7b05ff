"""The orderings ruff applies, so edited files stay clean under `ruff check`.

* isort (rule I001) orders ``from`` statements by module name and the names inside one
  statement by kind (CONSTANT, Class, other), each case-insensitively, in *natural* order
  (``item2`` before ``item10``), ties broken case-sensitively.
* RUF022 orders ``__all__`` by kind (SCREAMING, CamelCase, other) then case-sensitive natural order.

Natural order follows the ``natord`` algorithm ruff uses: runs of digits compare as numbers,
except that a run with a leading zero compares digit by digit (``a01`` before ``a1``).
"""

from __future__ import annotations

from functools import cmp_to_key
from typing import Any


def _digit_run(text: str, start: int) -> str:
    end = start
    while end < len(text) and text[end].isdigit():
        end += 1
    return text[start:end]


def _compare_runs(left: str, right: str) -> int:
    if left.startswith("0") or right.startswith("0"):
        # Left-aligned: digit by digit; a run that ends first is smaller.
        return (left > right) - (left < right)
    if len(left) != len(right):
        return -1 if len(left) < len(right) else 1
    return (left > right) - (left < right)


def natural_compare(left: str, right: str) -> int:
    """Compare two strings as natord does (-1, 0 or 1)."""
    i = j = 0
    while i < len(left) and j < len(right):
        a, b = left[i], right[j]
        if a.isdigit() and b.isdigit():
            run_a, run_b = _digit_run(left, i), _digit_run(right, j)
            order = _compare_runs(run_a, run_b)
            if order:
                return order
            i, j = i + len(run_a), j + len(run_b)
            continue
        if a != b:
            return -1 if a < b else 1
        i, j = i + 1, j + 1
    return (len(left) - i > len(right) - j) - (len(left) - i < len(right) - j)


_natural = cmp_to_key(natural_compare)


def module_key(dotted: str) -> tuple[Any, ...]:
    """Sort key of a ``from <dotted> import ...`` statement among its section (isort)."""
    return (_natural(dotted.lower()), _natural(dotted))


def _member_kind(name: str) -> int:
    if len(name) > 1 and name.isupper():
        return 0
    if name[:1].isupper():
        return 1
    return 2


def member_key(name: str) -> tuple[Any, ...]:
    """Sort key of a name inside one ``from ... import a, b`` statement (isort)."""
    return (_member_kind(name), _natural(name.lower()), _natural(name))


def _dunder_all_kind(name: str) -> int:
    if len(name) > 1 and name.upper() == name and any(c.isalpha() for c in name):
        return 0
    if name[:1].isupper():
        return 1
    return 2


def dunder_all_key(name: str) -> tuple[Any, ...]:
    """Sort key of a name in ``__all__`` (ruff RUF022, isort-style)."""
    return (_dunder_all_kind(name), _natural(name))
