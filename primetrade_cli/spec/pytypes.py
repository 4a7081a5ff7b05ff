"""Python projections of a field: model column, Pydantic annotations (as source text)."""

from __future__ import annotations

from dataclasses import dataclass

from primetrade_cli.spec.fields import INT_RANGE, FieldSpec, Kind

BASE_TYPE = {
    Kind.STR: "str",
    Kind.TEXT: "str",
    Kind.EMAIL: "str",
    Kind.URL: "str",
    Kind.INT: "int",
    Kind.BIGINT: "int",
    Kind.FLOAT: "float",
    Kind.DECIMAL: "Decimal",
    Kind.BOOL: "bool",
    Kind.DATE: "date",
    Kind.DATETIME: "datetime",
    Kind.UUID: "uuid.UUID",
    Kind.JSON: "dict[str, Any]",
    Kind.REF: "int",
}
SA_TYPE = {
    Kind.TEXT: "Text()",
    Kind.INT: "Integer()",
    Kind.BIGINT: "BigInteger()",
    Kind.FLOAT: "Float()",
    Kind.BOOL: "Boolean()",
    Kind.DATE: "Date()",
    Kind.DATETIME: "DateTime(timezone=True)",
    Kind.UUID: "Uuid()",
    Kind.JSON: "JSON()",
}
TYPE_IMPORTS: dict[str, list[tuple[str, str | None]]] = {
    "Decimal": [("decimal", "Decimal")],
    "date": [("datetime", "date")],
    "datetime": [("datetime", "datetime")],
    "uuid.UUID": [("uuid", None)],
    "dict[str, Any]": [("typing", "Any")],
}
URL_PATTERN = r"^https?://[^\s/?#]+[^\s]*$"
UPDATE_NULL_ERROR = "cannot be null"


@dataclass(frozen=True)
class FieldCode:
    """Everything the backend templates print for one field."""

    field: FieldSpec
    attr: str
    base_type: str
    enum_class: str | None
    model_line: str
    create_line: str
    update_line: str
    read_line: str
    imports: tuple[tuple[str, str | None], ...]
    sa_imports: tuple[str, ...]


def code_for(field: FieldSpec, enum_class: str | None, enum_type: str | None) -> FieldCode:
    base = enum_class if field.kind is Kind.ENUM and enum_class else BASE_TYPE[field.kind]
    typ = f"{base} | None" if field.optional else base
    sa_expr, sa_imports = _sa_type(field, enum_class, enum_type)
    args = _column_args(field, sa_expr, base)
    return FieldCode(
        field=field,
        attr=field.column,
        base_type=base,
        enum_class=enum_class,
        model_line=f"{field.column}: Mapped[{typ}] = mapped_column({args})",
        create_line=_create_line(field, base),
        update_line=_pydantic_line(
            field.column, f"{_schema_type(field, base)} | None", "None", _constraints(field)
        ),
        read_line=f"{field.column}: {typ}",
        imports=tuple(TYPE_IMPORTS.get(BASE_TYPE.get(field.kind, ""), [])),
        sa_imports=sa_imports,
    )


def _sa_type(
    field: FieldSpec, enum_class: str | None, enum_type: str | None
) -> tuple[str, tuple[str, ...]]:
    if field.kind in (Kind.STR, Kind.EMAIL, Kind.URL):
        return f"String({field.length})", ("String",)
    if field.kind is Kind.DECIMAL:
        return f"Numeric({field.precision}, {field.scale})", ("Numeric",)
    if field.kind is Kind.ENUM:
        return f'Enum({enum_class}, name="{enum_type}", values_callable=enum_values)', ("Enum",)
    if field.kind is Kind.REF:
        table = field.target_name.table
        assert field.on_delete is not None
        return f'ForeignKey("{table}.id", ondelete="{field.on_delete.sql}")', ("ForeignKey",)
    if field.kind is Kind.JSON and field.optional:
        return "JSON(none_as_null=True)", ("JSON",)
    expr = SA_TYPE[field.kind]
    return expr, (expr.split("(")[0],)


def _column_args(field: FieldSpec, sa_expr: str, base: str) -> str:
    args = [sa_expr, f"nullable={field.optional}"]
    if field.unique:
        args.append("unique=True")
    if field.indexed:
        args.append("index=True")
    if field.default is not None:
        args.append(f"default={literal(field, base)}")
    return ", ".join(args)


def literal(field: FieldSpec, base: str) -> str:
    """The default value as Python source."""
    value = field.default
    assert value is not None
    if field.kind is Kind.BOOL:
        return "True" if value == "true" else "False"
    if field.kind is Kind.ENUM:
        return f"{base}.{value.upper()}"
    if field.kind is Kind.DECIMAL:
        return f'Decimal("{value}")'
    if field.kind is Kind.FLOAT:
        return repr(float(value))
    if field.kind in INT_RANGE:
        return str(int(value))
    return '"' + value + '"'


def _schema_type(field: FieldSpec, base: str) -> str:
    return "EmailStr" if field.kind is Kind.EMAIL else base


def _constraints(field: FieldSpec) -> list[str]:
    out: list[str] = []
    if field.kind in (Kind.STR, Kind.TEXT, Kind.EMAIL, Kind.URL):
        if field.minimum is not None:
            out.append(f"min_length={field.minimum}")
        top = field.maximum if field.maximum is not None else field.length
        if top is not None:
            out.append(f"max_length={top}")
        if field.kind is Kind.URL:
            out.append(f'pattern=r"{URL_PATTERN}"')
    elif field.kind in INT_RANGE:
        limit = INT_RANGE[field.kind]
        out.append(f"ge={field.minimum if field.minimum is not None else -limit - 1}")
        out.append(f"le={field.maximum if field.maximum is not None else limit}")
    elif field.kind is Kind.FLOAT:
        out += [*_bounds(field, str), "allow_inf_nan=False"]
    elif field.kind is Kind.DECIMAL:
        out += [f"max_digits={field.precision}", f"decimal_places={field.scale}"]
        out += _bounds(field, lambda v: f'Decimal("{v}")')
    elif field.kind is Kind.REF:
        out.append("ge=1")
    return out


def _bounds(field: FieldSpec, render: object) -> list[str]:
    assert callable(render)
    out = []
    if field.minimum is not None:
        out.append(f"ge={render(field.minimum)}")
    if field.maximum is not None:
        out.append(f"le={render(field.maximum)}")
    return out


def _create_line(field: FieldSpec, base: str) -> str:
    typ = _schema_type(field, base)
    constraints = _constraints(field)
    if field.optional:
        default = literal(field, base) if field.default is not None else "None"
        return _pydantic_line(field.column, f"{typ} | None", default, constraints)
    if field.default is not None:
        return _pydantic_line(field.column, typ, literal(field, base), constraints)
    return _pydantic_line(field.column, typ, None, constraints)


def _pydantic_line(name: str, typ: str, default: str | None, constraints: list[str]) -> str:
    if not constraints:
        return f"{name}: {typ}" + (f" = {default}" if default is not None else "")
    args = ([f"default={default}"] if default is not None else []) + constraints
    return f"{name}: {typ} = Field({', '.join(args)})"
