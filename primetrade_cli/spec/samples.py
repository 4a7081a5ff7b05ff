"""Test-value projections of a field, for generated tests.

`sample_expr(field, "i")` is a Python expression (over an int variable) giving a valid JSON value
that
differs for different `i` wherever the type allows; `invalid(field)` is a value the API must reject.
The expressions call small helpers (`SAMPLE_HELPERS`) that the test template includes when needed.
"""

from __future__ import annotations

from decimal import Decimal

from primetrade_cli.spec.fields import INT_RANGE, FieldSpec, Kind

INVALID = {
    Kind.STR: "12345",
    Kind.TEXT: "12345",
    Kind.INT: '"many"',
    Kind.BIGINT: '"many"',
    Kind.FLOAT: '"lots"',
    Kind.DECIMAL: '"lots"',
    Kind.BOOL: '"perhaps"',
    Kind.DATE: '"not-a-date"',
    Kind.DATETIME: '"not-a-time"',
    Kind.UUID: '"not-a-uuid"',
    Kind.EMAIL: '"not-an-email"',
    Kind.URL: '"ftp:nothing"',
    Kind.JSON: '"not-an-object"',
    Kind.ENUM: '"zz_not_a_choice"',
    Kind.REF: '"zero"',
}
# helper name -> the kinds whose sample expression calls it
HELPER_OF = {
    Kind.STR: "text_value",
    Kind.TEXT: "text_value",
    Kind.EMAIL: "text_value",
    Kind.URL: "text_value",
    Kind.DECIMAL: "decimal_value",
    Kind.DATE: "date_value",
    Kind.DATETIME: "datetime_value",
}
STRING_SHAPES = {Kind.EMAIL: ("u", "@example.com"), Kind.URL: ("https://example.com/", "")}


def invalid(field: FieldSpec) -> str:
    return INVALID[field.kind]


def helpers(fields: tuple[FieldSpec, ...]) -> list[str]:
    return sorted({HELPER_OF[f.kind] for f in fields if f.kind in HELPER_OF})


def sample_expr(field: FieldSpec, var: str) -> str:
    kind = field.kind
    if kind in (Kind.STR, Kind.TEXT, Kind.EMAIL, Kind.URL):
        low, high = _length_window(field)
        prefix, suffix = STRING_SHAPES.get(kind, (field.name.snake[:4] + "-", ""))
        return f'text_value({var}, "{prefix}", "{suffix}", {low}, {high})'
    if kind in INT_RANGE or kind is Kind.FLOAT:
        start, span = _span(field)
        body = f"{start} + {var} % {span}"
        return f"float({body})" if kind is Kind.FLOAT else f"({body})"
    if kind is Kind.DECIMAL:
        start, span = _span(field)
        return f'decimal_value({var}, "{start}", {span}, {field.scale})'
    return _simple(field, var)


def _simple(field: FieldSpec, var: str) -> str:
    kind = field.kind
    if kind is Kind.BOOL:
        return f"{var} % 2 == 0"
    if kind is Kind.DATE:
        return f"date_value({var})"
    if kind is Kind.DATETIME:
        return f"datetime_value({var})"
    if kind is Kind.UUID:
        return f"str(uuid.UUID(int={var} + 1))"
    if kind is Kind.JSON:
        return f'{{"n": {var}, "tags": ["a", "b"]}}'
    if kind is Kind.ENUM:
        choices = ", ".join(f'"{c}"' for c in field.choices)
        return f"[{choices}][{var} % {len(field.choices)}]"
    raise ValueError(f"no sample for {kind}")


def _length_window(field: FieldSpec) -> tuple[int, int]:
    low = int(field.minimum) if field.minimum is not None else 1
    high = int(field.maximum) if field.maximum is not None else (field.length or 64)
    if field.length is not None:
        high = min(high, field.length)
    return max(low, 1), max(min(high, 64) if low <= 64 else high, 1)


def _span(field: FieldSpec) -> tuple[Decimal, int]:
    """Lowest value and how many whole steps fit between the bounds (capped at a million)."""
    low = Decimal(field.minimum) if field.minimum is not None else Decimal(0)
    high: Decimal | None = Decimal(field.maximum) if field.maximum is not None else None
    if field.kind is Kind.DECIMAL:
        assert field.precision is not None and field.scale is not None
        limit = Decimal(10) ** (field.precision - field.scale) - 1
        high = limit if high is None else min(high, limit)
        low = max(low, -limit)
    elif field.kind in INT_RANGE:
        low = low.to_integral_value(rounding="ROUND_CEILING")
    span = 1_000_000 if high is None else int(min(high - low, Decimal(999_999))) + 1
    return low, max(span, 1)
