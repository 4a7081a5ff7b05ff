"""Frontend projections of a field: the form's FieldDef literal, table cells, and test input values.

Everything is computed from the FieldSpec's parsed attributes; names come from spec/names.py.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from primetrade_cli.spec.feature import FeatureSpec
from primetrade_cli.spec.fields import INT_RANGE, FieldSpec, Kind

LONG_KINDS = frozenset({Kind.TEXT, Kind.JSON})
TEXT_KINDS = frozenset({Kind.STR, Kind.TEXT, Kind.EMAIL, Kind.URL})
UUID_SAMPLE = "123e4567-e89b-12d3-a456-426614174000"
PAGE_LIMIT = 100


@dataclass(frozen=True)
class RefSource:
    """Where a reference select loads its choices: the target feature's list call."""

    function: str
    module: str
    key: str
    label_expr: str


@dataclass(frozen=True)
class TsField:
    field: FieldSpec
    key: str
    label: str
    kind: str
    definition: str
    source: RefSource | None
    sample: str | None
    """The text a test types into the input (None: a checkbox or a reference select)."""
    edited: str | None
    """A second valid text for edit tests (None when the field cannot take one)."""


def ref_source(field: FieldSpec, specs: Mapping[str, FeatureSpec]) -> RefSource | None:
    target = specs.get(str(field.target))
    if field.target == "user" or target is None or not target.frontend:
        return None
    name = target.name
    label = next((f for f in target.fields if f.kind in (Kind.STR, Kind.EMAIL)), None)
    fallback = "`#${String(row.id)}`"
    if label is None:
        label_expr = fallback
    elif label.optional:
        label_expr = f"row.{label.column} ?? {fallback}"
    else:
        label_expr = f"row.{label.column}"
    return RefSource(f"list{name.plural_class}", name.camel_plural, name.plural, label_expr)


def _number(value: str) -> str:
    number = Decimal(value)
    return str(int(number)) if number == number.to_integral_value() else str(number)


def _limits(field: FieldSpec) -> list[tuple[str, str]]:
    """minLength/maxLength/min/max/precision/scale entries as (key, TS literal)."""
    out: list[tuple[str, str]] = []
    if field.kind in TEXT_KINDS:
        if field.minimum is not None:
            out.append(("minLength", field.minimum))
        top = field.maximum if field.maximum is not None else field.length
        if top is not None:
            out.append(("maxLength", str(top)))
        return out
    if field.kind in INT_RANGE:
        limit = INT_RANGE[field.kind]
        low = field.minimum if field.minimum is not None else str(-limit - 1)
        high = field.maximum if field.maximum is not None else str(limit)
        if field.kind is Kind.BIGINT:  # JavaScript numbers are exact up to 2**53 only
            low, high = str(max(int(low), -(2**53) + 1)), str(min(int(high), 2**53 - 1))
        return [("min", low), ("max", high)]
    if field.kind is Kind.DECIMAL:
        out += [("precision", str(field.precision)), ("scale", str(field.scale))]
    if field.kind is Kind.REF:
        return [("min", "1")]
    if field.minimum is not None:
        out.append(("min", _number(field.minimum)))
    if field.maximum is not None:
        out.append(("max", _number(field.maximum)))
    return out


def _initial(field: FieldSpec) -> str:
    if field.kind is Kind.BOOL:
        return "true" if field.default == "true" else "false"
    return json.dumps(field.default if field.default is not None else "")


def definition(field: FieldSpec, source: RefSource | None) -> str:
    """The TS object literal of the kit's FieldDef for this field."""
    parts = [
        f"key: {json.dumps(field.column)}",
        f"label: {json.dumps(field.name.label)}",
        f"kind: {json.dumps(field.kind.value)}",
        f"optional: {'true' if field.optional else 'false'}",
        f"initial: {_initial(field)}",
    ]
    if field.unique:
        parts.append("unique: true")
    parts += [f"{key}: {value}" for key, value in _limits(field)]
    if field.choices:
        parts.append(f"choices: {json.dumps(list(field.choices))}")
    if source is not None:
        parts.append(f"target: {json.dumps(source.key)}")
        parts.append(f"options: {source.function}Options")
    return "{ " + ", ".join(parts) + " }"


def _text_sample(field: FieldSpec, seed: str) -> str:
    low = int(field.minimum) if field.minimum is not None else 1
    high = int(field.maximum) if field.maximum is not None else (field.length or 64)
    if field.kind is Kind.EMAIL:
        value = f"{seed.lower()}@example.com"
    elif field.kind is Kind.URL:
        value = f"https://example.com/{seed.lower()}"
    else:
        value = f"{seed} {field.name.label.lower()}"
    value = value.ljust(low, "x")
    return value[:high] if field.kind not in (Kind.EMAIL, Kind.URL) else value


def _numeric_sample(field: FieldSpec, bump: int) -> str:
    low = Decimal(field.minimum) if field.minimum is not None else None
    high = Decimal(field.maximum) if field.maximum is not None else None
    if field.kind is Kind.DECIMAL:
        assert field.precision is not None and field.scale is not None
        cap = Decimal(10) ** (field.precision - field.scale) - Decimal(1).scaleb(-field.scale)
        high = cap if high is None else min(high, cap)
    value = (
        Decimal(1 + bump)
        if field.kind is not Kind.DECIMAL or field.precision != field.scale
        else Decimal("0.5")
    )
    if low is not None and value < low:
        value = low + bump
    if high is not None and value > high:
        value = high
    if field.kind is Kind.DECIMAL and field.scale == 0:
        value = value.to_integral_value()
    return _number(str(value))


def sample(field: FieldSpec, edit: bool) -> str | None:
    """A valid text for the field's input (a second, different one when `edit`)."""
    kind = field.kind
    if kind in TEXT_KINDS:
        return _text_sample(field, "Edited" if edit else "Sample")
    if kind in INT_RANGE or kind in (Kind.FLOAT, Kind.DECIMAL):
        return _numeric_sample(field, 1 if edit else 0)
    if kind in (Kind.BOOL, Kind.REF):
        return None
    if kind is Kind.ENUM:
        return field.choices[-1] if edit else field.choices[0]
    values = {
        Kind.DATE: ("2024-05-01", "2024-06-02"),
        Kind.DATETIME: ("2024-05-01T10:30", "2024-06-02T11:45"),
        Kind.UUID: (UUID_SAMPLE, UUID_SAMPLE.replace("4", "5")),
        Kind.JSON: ('{"n": 1}', '{"n": 2}'),
    }
    return values[kind][1 if edit else 0]


def ts_field(field: FieldSpec, specs: Mapping[str, FeatureSpec]) -> TsField:
    source = ref_source(field, specs) if field.is_ref else None
    return TsField(
        field=field,
        key=field.column,
        label=field.name.label,
        kind=field.kind.value,
        definition=definition(field, source),
        source=source,
        sample=sample(field, edit=False),
        edited=sample(field, edit=True),
    )


def row_value(field: FieldSpec, index: int) -> object:
    """A JSON value of the field in a fake API row (tests)."""
    kind = field.kind
    if kind in TEXT_KINDS:
        return _text_sample(field, f"Row{index}")
    if kind in INT_RANGE or kind is Kind.FLOAT or kind is Kind.DECIMAL:
        text = _numeric_sample(field, 0)
        return (
            text
            if kind is Kind.DECIMAL
            else (float(text) if kind is Kind.FLOAT else int(Decimal(text)))
        )
    fixed: dict[Kind, object] = {
        Kind.BOOL: True,
        Kind.DATE: "2024-05-01",
        Kind.DATETIME: "2024-05-01T10:30:00Z",
        Kind.UUID: UUID_SAMPLE,
        Kind.JSON: {"n": index},
        Kind.REF: 7,
    }
    return field.choices[0] if kind is Kind.ENUM else fixed[kind]


def expected_payload(field: FieldSpec) -> object | None:
    """What the form sends once a test filled the field with `sample` (None: not checked)."""
    text = sample(field, edit=False)
    kind = field.kind
    if kind is Kind.BOOL:
        return field.default != "true"
    if kind is Kind.REF:
        return 7
    if text is None or kind is Kind.DATETIME:
        return None
    if kind is Kind.JSON:
        parsed: object = json.loads(text)
        return parsed
    if kind in INT_RANGE:
        return int(text)
    if kind is Kind.FLOAT:
        return float(text)
    return text.strip()
