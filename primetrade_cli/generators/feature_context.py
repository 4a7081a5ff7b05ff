"""What the backend templates print, precomputed from a FeatureSpec (templates only read it)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from primetrade_cli.generators.pyformat import statement
from primetrade_cli.generators.pyimports import Import, render_imports
from primetrade_cli.spec.feature import FeatureSpec
from primetrade_cli.spec.fields import UNSORTABLE, FieldSpec, Kind
from primetrade_cli.spec.pytypes import FieldCode, code_for

SORT_KINDS = frozenset(Kind) - UNSORTABLE
RANGE_KINDS = frozenset({Kind.DATE, Kind.DATETIME})


@dataclass(frozen=True)
class EnumCode:
    cls: str
    type_name: str
    members: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class FilterCode:
    param: str
    annotation: str
    clause: str  # SQLAlchemy where-clause source, comparing the column with params.<param>


def field_codes(spec: FeatureSpec) -> list[FieldCode]:
    out = []
    for field in spec.fields:
        is_enum = field.kind is Kind.ENUM
        out.append(
            code_for(
                field,
                spec.enum_class(field) if is_enum else None,
                spec.enum_type_name(field) if is_enum else None,
            )
        )
    return out


def sort_fields(spec: FeatureSpec) -> list[FieldSpec]:
    """Allow-listed sorts: indexed, non-null fields whose values the keyset cursor can carry."""
    return [f for f in spec.sortable if f.kind in SORT_KINDS]


def filters(spec: FeatureSpec, codes: list[FieldCode]) -> list[FilterCode]:
    cls = spec.name.class_name
    out = []
    for code in codes:
        field = code.field
        if not field.filterable:
            continue
        column = f"{cls}.{code.attr}"
        pairs = [("_from", ">="), ("_to", "<=")] if field.kind in RANGE_KINDS else [("", "==")]
        for suffix, operator in pairs:
            param = code.attr + suffix
            clause = statement(f"stmt = stmt.where({column} {operator} params.{param})", 2)
            out.append(FilterCode(param, code.base_type, clause))
    return out


def _type_imports(
    codes: list[FieldCode], *, enums_from: str | None, cls_names: list[str]
) -> set[Import]:
    imports: set[Import] = set()
    for code in codes:
        imports.update(code.imports)
    if enums_from is not None:
        imports.update((enums_from, c) for c in cls_names)
    return imports


def model_context(spec: FeatureSpec, codes: list[FieldCode]) -> dict[str, object]:
    enums = [
        EnumCode(
            spec.enum_class(f), spec.enum_type_name(f), tuple((v.upper(), v) for v in f.choices)
        )
        for f in spec.enums
    ]
    imports: set[Import] = _type_imports(codes, enums_from=None, cls_names=[])
    imports |= {("sqlalchemy.orm", "Mapped"), ("sqlalchemy.orm", "mapped_column")}
    imports |= {("app.db.base", n) for n in ("Base", "IdMixin", "TimestampMixin")}
    imports |= {("sqlalchemy", name) for code in codes for name in code.sa_imports}
    if enums:
        imports.add(("enum", None))
    lines = [statement(code.model_line, 1) for code in codes]
    if spec.owned:
        imports.add(("sqlalchemy", "ForeignKey"))
        fk = 'ForeignKey("users.id", ondelete="CASCADE")'
        owner = f"owner_id: Mapped[int] = mapped_column({fk}, index=True)"
        lines.append(statement(owner, 1))
    return {"imports": render_imports(imports), "enums": enums, "model_lines": lines}


def schema_context(spec: FeatureSpec, codes: list[FieldCode]) -> dict[str, object]:
    enum_classes = [spec.enum_class(f) for f in spec.enums]
    imports = _type_imports(
        codes, enums_from=f"app.models.{spec.name.snake}", cls_names=enum_classes
    )
    imports |= {("pydantic", n) for n in ("BaseModel", "ConfigDict", "Field")}
    imports |= {("datetime", "datetime"), ("enum", None), ("app.schemas.common", "Page")}
    imports |= {("app.crud.base", "DEFAULT_PAGE_SIZE"), ("app.crud.base", "MAX_PAGE_SIZE")}
    if any(c.field.kind is Kind.EMAIL for c in codes):
        imports.add(("pydantic", "EmailStr"))
    not_null = [c.attr for c in codes if not c.field.optional]
    if not_null:
        imports |= {("pydantic", "model_validator"), ("typing", "Self")}
    sorts: list[tuple[str, str]] = []
    for column in ["id", "created_at", *(f.column for f in sort_fields(spec))]:
        sorts += [(f"ASC_{column.upper()}", column), (f"DESC_{column.upper()}", f"-{column}")]
    filter_codes = filters(spec, codes)
    return {
        "imports": render_imports(imports),
        "create_lines": [statement(c.create_line, 1) for c in codes],
        "update_lines": [statement(c.update_line, 1) for c in codes],
        "read_lines": [statement(c.read_line, 1) for c in codes],
        "not_null": statement(f"NOT_NULL = {tuple(not_null)!r}") if not_null else None,
        "sorts": sorts,
        "filter_lines": [
            statement(f"{f.param}: {f.annotation} | None = None", 1) for f in filter_codes
        ],
    }


def crud_context(
    spec: FeatureSpec, codes: list[FieldCode], targets: Mapping[str, FeatureSpec]
) -> dict[str, object]:
    cls = spec.name.class_name
    sorts = {"id": f"{cls}.id", "created_at": f"{cls}.created_at"}
    sorts |= {f.column: f"{cls}.{f.column}" for f in sort_fields(spec)}
    body = ", ".join(f'"{k}": {v}' for k, v in sorts.items())
    refs = [
        (f.column, f.target_name.class_name, f.target in targets and targets[str(f.target)].owned)
        for f in spec.refs
    ]
    imports: set[Import] = {
        ("typing", "Any"),
        ("sqlalchemy", "select"),
        ("sqlalchemy.exc", "IntegrityError"),
        ("sqlalchemy.ext.asyncio", "AsyncSession"),
        ("sqlalchemy.orm", "InstrumentedAttribute"),
        ("app.crud.base", "KeysetPage"),
        ("app.crud.base", "keyset_page"),
        ("app.crud.base", "resolve_sort"),
        (f"app.models.{spec.name.snake}", cls),
    }
    imports |= {
        (f"app.schemas.{spec.name.snake}", f"{cls}{part}")
        for part in ("Create", "ListParams", "Update")
    }
    imports |= {("app.models", model) for _, model, _ in refs if model != cls}
    if refs:
        imports.add(("app.db.base", "Base"))
    table = ", ".join(f'"{attr}": ({model}, {owned})' for attr, model, owned in refs)
    return {
        "references_line": statement(
            f"REFERENCES: dict[str, tuple[type[Base], bool]] = {{{table}}}"
        ),
        "imports": render_imports(imports),
        "sorts_line": statement(f"SORTS: dict[str, InstrumentedAttribute[Any]] = {{{body}}}"),
        "filters": filters(spec, codes),
        "refs": refs,
    }
