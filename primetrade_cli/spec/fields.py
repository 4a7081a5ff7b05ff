"""The field grammar -> frozen FieldSpec. Parse once; projections live in python_types / samples."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from primetrade_cli.errors import SpecError
from primetrade_cli.spec.grammar import HINT, RawField, tokenize
from primetrade_cli.spec.names import MAX_FEATURE, SNAKE, FeatureName, FieldName


class Kind(StrEnum):
    STR = "str"
    TEXT = "text"
    INT = "int"
    BIGINT = "bigint"
    FLOAT = "float"
    DECIMAL = "decimal"
    BOOL = "bool"
    DATE = "date"
    DATETIME = "datetime"
    UUID = "uuid"
    EMAIL = "email"
    URL = "url"
    JSON = "json"
    ENUM = "enum"
    REF = "ref"


class OnDelete(StrEnum):
    CASCADE = "cascade"
    RESTRICT = "restrict"
    SETNULL = "setnull"

    @property
    def sql(self) -> str:
        return {"cascade": "CASCADE", "restrict": "RESTRICT", "setnull": "SET NULL"}[self.value]


STRINGY = frozenset({Kind.STR, Kind.TEXT, Kind.EMAIL, Kind.URL})
NUMERIC = frozenset({Kind.INT, Kind.BIGINT, Kind.FLOAT, Kind.DECIMAL})
WITH_DEFAULT = STRINGY - {Kind.EMAIL, Kind.URL} | NUMERIC | {Kind.BOOL, Kind.ENUM}
FILTERABLE = frozenset({Kind.ENUM, Kind.BOOL, Kind.REF, Kind.DATE, Kind.DATETIME})
UNSORTABLE = frozenset({Kind.JSON, Kind.BOOL, Kind.TEXT})
INT_RANGE = {Kind.INT: 2**31 - 1, Kind.BIGINT: 2**63 - 1}
DEFAULT_STR_LENGTH = 255
FIXED_LENGTH = {Kind.EMAIL: 320, Kind.URL: 2048}
MAX_STR_LENGTH = 10_000
ENUM_VALUE = re.compile(r"^[a-z][a-z0-9_]{0,31}$")
FLAGS = ("optional", "unique", "index")


@dataclass(frozen=True)
class FieldSpec:
    name: FieldName
    kind: Kind
    length: int | None = None
    precision: int | None = None
    scale: int | None = None
    choices: tuple[str, ...] = ()
    target: str | None = None
    optional: bool = False
    unique: bool = False
    index: bool = False
    default: str | None = None
    minimum: str | None = None
    maximum: str | None = None
    on_delete: OnDelete | None = None

    @property
    def column(self) -> str:
        return self.name.column(self.kind is Kind.REF)

    @property
    def is_ref(self) -> bool:
        return self.kind is Kind.REF

    @property
    def target_name(self) -> FeatureName:
        assert self.target is not None
        return FeatureName(self.target)

    @property
    def indexed(self) -> bool:
        """A plain (non-unique) index: asked for, or implied by a foreign key."""
        return (self.index or self.is_ref) and not self.unique

    @property
    def filterable(self) -> bool:
        return self.kind in FILTERABLE

    @property
    def sortable(self) -> bool:
        return (self.index or self.unique) and self.kind not in UNSORTABLE

    @property
    def required(self) -> bool:
        """Must the client send it on create?"""
        return not self.optional and self.default is None

    @property
    def spelled(self) -> str:
        """The canonical grammar string; parse_field(spelled) == self."""
        return spell(self)


def spell(field: FieldSpec) -> str:
    parts = [field.name.snake, _spell_type(field)]
    parts += [flag for flag in FLAGS if getattr(field, flag)]
    if field.on_delete is not None:
        parts.append(field.on_delete.value)
    for key, value in (("default", field.default), ("min", field.minimum), ("max", field.maximum)):
        if value is not None:
            parts.append(f"{key}={value}")
    return ":".join(parts)


def _spell_type(field: FieldSpec) -> str:
    if field.kind is Kind.STR:
        return f"str[{field.length}]"
    if field.kind is Kind.DECIMAL:
        return f"decimal[{field.precision},{field.scale}]"
    if field.kind is Kind.ENUM:
        return f"enum[{','.join(field.choices)}]"
    if field.kind is Kind.REF:
        return f"ref[{field.target}]"
    return field.kind.value


def parse_field(text: str) -> FieldSpec:
    """Parse one field string or raise SpecError with a one-line reason and a hint."""
    raw = tokenize(text)
    name = FieldName.parse(raw.name)
    try:
        kind = Kind(raw.type_name)
    except ValueError:
        known = ", ".join(k.value for k in Kind)
        raise SpecError(
            f"field {text!r}: unknown type {raw.type_name!r}", f"known types: {known}"
        ) from None
    typed = _parse_type_args(FieldSpec(name=name, kind=kind), raw.args, text)
    return _apply_modifiers(typed, raw, text)


def _parse_type_args(field: FieldSpec, args: tuple[str, ...] | None, text: str) -> FieldSpec:
    from dataclasses import replace

    kind = field.kind
    if kind is Kind.STR:
        length = _one_int(args, text, 1, MAX_STR_LENGTH) if args is not None else DEFAULT_STR_LENGTH
        return replace(field, length=length)
    if kind is Kind.DECIMAL:
        precision, scale = _decimal_args(args, text)
        return replace(field, precision=precision, scale=scale)
    if kind is Kind.ENUM:
        return replace(field, choices=_enum_args(args, text))
    if kind is Kind.REF:
        return replace(field, target=_ref_arg(args, text), on_delete=OnDelete.RESTRICT)
    if args is not None:
        raise SpecError(f"field {text!r}: type {kind.value!r} takes no [...]", HINT)
    if kind in FIXED_LENGTH:
        return replace(field, length=FIXED_LENGTH[kind])
    return field


def _one_int(args: tuple[str, ...], text: str, low: int, high: int) -> int:
    if len(args) != 1 or not args[0].isdigit() or not low <= int(args[0]) <= high:
        raise SpecError(
            f"field {text!r}: expected str[N] with {low} <= N <= {high}", "e.g. `title:str[120]`"
        )
    return int(args[0])


def _decimal_args(args: tuple[str, ...] | None, text: str) -> tuple[int, int]:
    if args is None:
        return 12, 2
    hint = "e.g. `price:decimal[10,2]` (precision 1..38, scale 0..precision)"
    if len(args) != 2 or not all(a.isdigit() for a in args):
        raise SpecError(f"field {text!r}: expected decimal[P,S]", hint)
    precision, scale = int(args[0]), int(args[1])
    if not 1 <= precision <= 38 or not 0 <= scale <= precision:
        raise SpecError(f"field {text!r}: decimal[{precision},{scale}] is out of range", hint)
    return precision, scale


def _enum_args(args: tuple[str, ...] | None, text: str) -> tuple[str, ...]:
    hint = "e.g. `'status:enum[todo,doing,done]'` (lower-case words, at least one)"
    if not args:
        raise SpecError(f"field {text!r}: enum needs its values in [...]", hint)
    for value in args:
        if not ENUM_VALUE.match(value):
            raise SpecError(f"field {text!r}: invalid enum value {value!r}", hint)
    if len(set(args)) != len(args):
        raise SpecError(f"field {text!r}: duplicate enum value", hint)
    if len(args) > 64:
        raise SpecError(f"field {text!r}: more than 64 enum values", hint)
    return args


def _ref_arg(args: tuple[str, ...] | None, text: str) -> str:
    hint = "e.g. `'project:ref[project]:cascade'` or `'assignee:ref[user]:optional:setnull'`"
    if args is None or len(args) != 1:
        raise SpecError(f"field {text!r}: ref needs one feature name in [...]", hint)
    target = args[0]
    if target == "user":
        return target
    if not SNAKE.match(target) or len(target) > MAX_FEATURE:
        raise SpecError(f"field {text!r}: invalid feature name {target!r} in ref[...]", hint)
    return target


def _apply_modifiers(field: FieldSpec, raw: RawField, text: str) -> FieldSpec:
    from dataclasses import replace

    seen: set[str] = set()
    values: dict[str, object] = {}
    for modifier in raw.modifiers:
        key, has_value, value = modifier.partition("=")
        if key in seen:
            raise SpecError(f"field {text!r}: modifier {key!r} given twice", HINT)
        seen.add(key)
        values.update(_one_modifier(field, key, has_value == "=", value, text))
    if "on_delete" in values and len([k for k in seen if k in OnDelete.__members__.values()]) > 1:
        raise SpecError(f"field {text!r}: choose one of cascade, restrict, setnull", HINT)
    result = replace(field, **values)  # type: ignore[arg-type]
    from primetrade_cli.spec.checks import check_field

    check_field(result, text)
    return result


def _one_modifier(
    field: FieldSpec, key: str, has_value: bool, value: str, text: str
) -> dict[str, object]:
    if key in FLAGS and not has_value:
        return {key: True}
    if key in OnDelete.__members__.values() and not has_value:
        if not field.is_ref:
            raise SpecError(f"field {text!r}: {key!r} only applies to ref[...] fields", HINT)
        return {"on_delete": OnDelete(key)}
    if key in ("default", "min", "max") and has_value:
        if not value:
            raise SpecError(f"field {text!r}: {key}= needs a value", HINT)
        return {{"default": "default", "min": "minimum", "max": "maximum"}[key]: value}
    known = "optional, unique, index, default=V, min=N, max=N, cascade, restrict, setnull"
    raise SpecError(
        f"field {text!r}: unknown modifier {key + ('=' if has_value else '')!r}",
        f"modifiers: {known}",
    )


def parse_number(value: str, *, integral: bool) -> Decimal:
    """A finite number from a modifier value (plain decimal notation only)."""
    pattern = r"^-?\d+$" if integral else r"^-?\d+(\.\d+)?$"
    if not re.match(pattern, value) or len(value) > 40:
        raise ValueError(value)
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise ValueError(value) from None
    if not math.isfinite(float(number)):
        raise ValueError(value)
    return number
