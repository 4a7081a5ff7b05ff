"""FeatureSpec: a feature's name, fields and options, parsed once; saved as TOML in the project."""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from pathlib import Path

from primetrade_cli.errors import SpecError
from primetrade_cli.spec.fields import FieldSpec, Kind, parse_field
from primetrade_cli.spec.names import FeatureName, check_role

MAX_FIELDS = 60
PG_IDENTIFIER = 63
OPTION_KEYS = ("owned", "read_role", "write_role", "background", "cache", "frontend")


@dataclass(frozen=True)
class FeatureSpec:
    name: FeatureName
    fields: tuple[FieldSpec, ...]
    owned: bool = False
    read_role: str | None = None
    write_role: str | None = None
    background: bool = False
    cache: bool = False
    frontend: bool = True

    @property
    def refs(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if f.kind is Kind.REF)

    @property
    def enums(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if f.kind is Kind.ENUM)

    @property
    def filters(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if f.filterable)

    @property
    def sortable(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if f.sortable)

    @property
    def uniques(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if f.unique)

    def enum_type_name(self, field: FieldSpec) -> str:
        """The PostgreSQL enum type of an enum field."""
        return f"{self.name.snake}_{field.name.snake}"

    def enum_class(self, field: FieldSpec) -> str:
        return f"{self.name.class_name}{field.name.snake.title().replace('_', '')}"

    def to_toml(self) -> str:
        lines = ["# Saved by `primetrade add-feature`; `--spec` reads this format.", "[feature]"]
        lines.append(f"name = {json.dumps(self.name.snake)}")
        for key in OPTION_KEYS:
            value = getattr(self, key)
            if isinstance(value, bool):
                lines.append(f"{key} = {'true' if value else 'false'}")
            elif value is not None:
                lines.append(f"{key} = {json.dumps(value)}")
        lines.append("fields = [")
        lines += [f"  {json.dumps(f.spelled)}," for f in self.fields]
        lines.append("]")
        return "\n".join(lines) + "\n"


def build_feature(
    name: str,
    fields: list[str] | tuple[str, ...],
    *,
    owned: bool = False,
    read_role: str | None = None,
    write_role: str | None = None,
    background: bool = False,
    cache: bool = False,
    frontend: bool = True,
) -> FeatureSpec:
    """Turn command-line words into a checked FeatureSpec (SpecError on anything invalid)."""
    feature_name = FeatureName.parse(name)
    if not fields:
        raise SpecError(
            f"feature {name!r} needs at least one field",
            f"e.g. `primetrade add-feature {name} title:str`",
        )
    if len(fields) > MAX_FIELDS:
        raise SpecError(f"feature {name!r} has more than {MAX_FIELDS} fields", None)
    parsed = tuple(parse_field(text) for text in fields)
    spec = FeatureSpec(
        name=feature_name,
        fields=parsed,
        owned=owned,
        read_role=check_role(read_role) if read_role is not None else None,
        write_role=check_role(write_role) if write_role is not None else None,
        background=background,
        cache=cache,
        frontend=frontend,
    )
    _check_columns(spec)
    return spec


def _spellings(field: FieldSpec) -> set[str]:
    """Names a field takes in the generated code: attribute, column, and range-filter parameters."""
    names = {field.name.snake, field.column}
    if field.kind in (Kind.DATE, Kind.DATETIME):
        names |= {f"{field.column}_from", f"{field.column}_to"}
    return names


def _check_columns(spec: FeatureSpec) -> None:
    seen: dict[str, str] = {}
    reserved = {"id", "owner_id", "created_at", "updated_at"}
    for field in spec.fields:
        for spelling in _spellings(field):
            if spelling in reserved:
                raise SpecError(
                    f"field {field.spelled!r}: {spelling!r} is a column every feature has", None
                )
            if spelling in seen:
                raise SpecError(
                    f"feature {spec.name.snake!r}: field {field.name.snake!r} "
                    f"clashes with {seen[spelling]!r}",
                    "each field (and each ref's `<name>_id` column) needs its own name",
                )
        for spelling in _spellings(field):
            seen[spelling] = field.name.snake
    from primetrade_cli.spec.dbnames import constraint_names

    for constraint in constraint_names(spec):
        if len(constraint) > PG_IDENTIFIER:
            raise SpecError(
                f"feature {spec.name.snake!r}: database name {constraint!r} "
                "is longer than 63 characters",
                "use a shorter feature or field name",
            )


def load_feature(path: Path) -> FeatureSpec:
    """Read a spec file (`--spec task.toml` or `.primetrade/features/task.toml`)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise SpecError(f"cannot read spec file {path}: {error}", None) from None
    except tomllib.TOMLDecodeError as error:
        raise SpecError(f"spec file {path} is not valid TOML: {error}", None) from None
    return feature_from_mapping(data.get("feature"), str(path))


def feature_from_mapping(table: object, source: str) -> FeatureSpec:
    hint = 'a spec file has `[feature]` with `name = "task"` and `fields = ["title:str"]`'
    if not isinstance(table, dict):
        raise SpecError(f"{source}: missing [feature] table", hint)
    unknown = set(table) - {"name", "fields", *OPTION_KEYS}
    if unknown:
        raise SpecError(f"{source}: unknown keys {', '.join(sorted(unknown))}", hint)
    name, fields = table.get("name"), table.get("fields")
    if (
        not isinstance(name, str)
        or not isinstance(fields, list)
        or not all(isinstance(f, str) for f in fields)
    ):
        raise SpecError(f"{source}: `name` must be a string and `fields` a list of strings", hint)
    options = {key: table[key] for key in OPTION_KEYS if key in table}
    for key, value in options.items():
        wanted = str if key.endswith("_role") else bool
        if not isinstance(value, wanted):
            raise SpecError(f"{source}: `{key}` must be a {wanted.__name__}", hint)
    return build_feature(name, fields, **options)
