"""Semantic checks of one field: modifiers that fit its type, defaults and bounds in range."""

from __future__ import annotations

from decimal import Decimal

from primetrade_cli.errors import SpecError
from primetrade_cli.spec.fields import (
    INT_RANGE,
    NUMERIC,
    STRINGY,
    WITH_DEFAULT,
    FieldSpec,
    Kind,
    OnDelete,
    parse_number,
)
from primetrade_cli.spec.grammar import HINT


def check_field(field: FieldSpec, text: str) -> None:
    if field.kind is Kind.JSON and (field.unique or field.index):
        raise SpecError(f"field {text!r}: json fields cannot be unique or indexed", HINT)
    if field.on_delete is OnDelete.SETNULL and not field.optional:
        raise SpecError(
            f"field {text!r}: setnull needs the field to be optional",
            f"e.g. `'{field.name.snake}:ref[{field.target}]:optional:setnull'`",
        )
    bounds = _check_bounds(field, text)
    if field.default is not None:
        _check_default(field, text, bounds)


def _check_bounds(field: FieldSpec, text: str) -> tuple[Decimal | None, Decimal | None]:
    if field.minimum is None and field.maximum is None:
        return None, None
    if field.kind not in STRINGY | NUMERIC:
        raise SpecError(f"field {text!r}: min=/max= apply to numbers and strings only", HINT)
    low = _bound(field, field.minimum, text)
    high = _bound(field, field.maximum, text)
    if low is not None and high is not None and low > high:
        raise SpecError(f"field {text!r}: min={field.minimum} is above max={field.maximum}", HINT)
    if (
        field.kind in STRINGY
        and field.length is not None
        and low is not None
        and low > field.length
    ):
        raise SpecError(
            f"field {text!r}: min={field.minimum} exceeds the column length {field.length}", HINT
        )
    shortest = {Kind.EMAIL: 16, Kind.URL: 24}.get(field.kind)
    if shortest is not None and high is not None and high < shortest:
        raise SpecError(
            f"field {text!r}: max={field.maximum} is too short for {field.kind.value}", HINT
        )
    if field.kind is Kind.EMAIL and low is not None and low > 64:
        raise SpecError(f"field {text!r}: min={field.minimum} is too long for an email", HINT)
    return low, high


def _bound(field: FieldSpec, value: str | None, text: str) -> Decimal | None:
    if value is None:
        return None
    integral = field.kind in STRINGY or field.kind in INT_RANGE
    try:
        number = parse_number(value, integral=integral)
    except ValueError:
        what = "a whole number" if integral else "a number"
        raise SpecError(f"field {text!r}: bound {value!r} is not {what}", HINT) from None
    if field.kind in STRINGY:
        limit = field.length if field.length is not None else 10**9
        if not 0 <= number <= limit:
            raise SpecError(
                f"field {text!r}: length bound {value} must be between 0 and {limit}", HINT
            )
    else:
        _check_in_type_range(field, number, text, value)
    return number


def _check_in_type_range(field: FieldSpec, number: Decimal, text: str, value: str) -> None:
    if field.kind in INT_RANGE:
        limit = INT_RANGE[field.kind]
        if not -limit - 1 <= number <= limit:
            raise SpecError(f"field {text!r}: {value} does not fit a {field.kind.value}", HINT)
    elif field.kind is Kind.DECIMAL:
        assert field.precision is not None and field.scale is not None
        exponent = number.as_tuple().exponent
        places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        whole_digits = len(str(abs(int(number)))) if abs(number) >= 1 else 0
        if places > field.scale or whole_digits > field.precision - field.scale:
            raise SpecError(
                f"field {text!r}: {value} does not fit decimal[{field.precision},{field.scale}]",
                HINT,
            )
    elif abs(number) > Decimal("1e15"):
        raise SpecError(f"field {text!r}: {value} is too large for a float bound", HINT)


def _check_default(
    field: FieldSpec, text: str, bounds: tuple[Decimal | None, Decimal | None]
) -> None:
    value = field.default
    assert value is not None
    if field.kind not in WITH_DEFAULT:
        raise SpecError(
            f"field {text!r}: default= is not supported for {field.kind.value} fields",
            "defaults work for str, text, int, bigint, float, decimal, bool and enum",
        )
    if field.kind is Kind.BOOL and value not in ("true", "false"):
        raise SpecError(f"field {text!r}: a bool default is `true` or `false`", HINT)
    if field.kind is Kind.ENUM and value not in field.choices:
        raise SpecError(
            f"field {text!r}: default {value!r} is not one of {', '.join(field.choices)}",
            f"e.g. `default={field.choices[0]}`",
        )
    if field.kind in STRINGY:
        _check_string_default(field, value, text, bounds)
    if field.kind in NUMERIC:
        number = _bound(field, value, text)
        low, high = bounds
        if number is not None and (
            (low is not None and number < low) or (high is not None and number > high)
        ):
            raise SpecError(f"field {text!r}: default {value} is outside min/max", HINT)


def _check_string_default(
    field: FieldSpec, value: str, text: str, bounds: tuple[Decimal | None, Decimal | None]
) -> None:
    if not value.isprintable() or '"' in value or "\\" in value or "`" in value or "$" in value:
        raise SpecError(
            f"field {text!r}: default {value!r} has characters that are not allowed", HINT
        )
    if field.length is not None and len(value) > field.length:
        raise SpecError(f"field {text!r}: default is longer than {field.length} characters", HINT)
    low, high = bounds
    if (low is not None and len(value) < low) or (high is not None and len(value) > high):
        raise SpecError(f"field {text!r}: default length is outside min/max", HINT)
