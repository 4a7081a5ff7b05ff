"""What the generated test module needs: payload expressions, reference factories, field groups."""

from __future__ import annotations

import io
import textwrap
import tokenize
from collections.abc import Mapping
from dataclasses import dataclass

from primetrade_cli.errors import SpecError
from primetrade_cli.generators.pyformat import statement
from primetrade_cli.generators.pyimports import Import, render_imports
from primetrade_cli.spec.feature import FeatureSpec
from primetrade_cli.spec.fields import FieldSpec, Kind
from primetrade_cli.spec.names import SIGNUP_ROLE, FeatureName
from primetrade_cli.spec.samples import helpers, invalid, sample_expr

EXACT = frozenset(
    {
        Kind.STR,
        Kind.TEXT,
        Kind.INT,
        Kind.BIGINT,
        Kind.BOOL,
        Kind.ENUM,
        Kind.UUID,
        Kind.JSON,
        Kind.URL,
        Kind.EMAIL,
        Kind.DATE,
        Kind.REF,
        Kind.FLOAT,
    }
)


@dataclass(frozen=True)
class Factory:
    """An async helper creating one row of `name` through its API and returning its id."""

    name: FeatureName
    url: str
    entries: tuple[tuple[str, str], ...]  # (json key, expression over `i` / awaited factories)

    @property
    def body(self) -> str:
        return with_counter(statement(f"payload = {_dict(self.entries)}", 1))


def uses_counter(code: str) -> bool:
    """True when `code` reads the per-call sequence number `i` (refs-only payloads do not)."""
    tokens = tokenize.generate_tokens(io.StringIO(textwrap.dedent(code)).readline)
    return any(tok.type == tokenize.NAME and tok.string == "i" for tok in tokens)


def with_counter(body: str) -> str:
    """`body` (indented one level) preceded by `i = next(SEQUENCE)` when it needs `i`."""
    return f"    i = next(SEQUENCE)\n{body}" if uses_counter(body) else body


def _dict(entries: tuple[tuple[str, str], ...]) -> str:
    return "{" + ", ".join(f'"{key}": {value}' for key, value in entries) + "}"


def _entries(spec: FeatureSpec, fields: tuple[FieldSpec, ...]) -> tuple[tuple[str, str], ...]:
    out = []
    for field in fields:
        if field.is_ref:
            out.append((field.column, f"await make_{field.target}(client, headers)"))
        else:
            out.append((field.column, sample_expr(field, "i")))
    return tuple(out)


def _payload_fields(spec: FeatureSpec) -> tuple[FieldSpec, ...]:
    """Every field except references back to the feature itself (those stay empty)."""
    return tuple(f for f in spec.fields if not (f.is_ref and f.target == spec.name.snake))


def factories(spec: FeatureSpec, specs: Mapping[str, FeatureSpec]) -> list[Factory]:
    """Factories for every feature the payload references, dependencies first."""
    ordered: list[Factory] = []
    seen: set[str] = set()

    def visit(target: str, trail: tuple[str, ...]) -> None:
        if target in seen or target == "user":
            return
        if target in trail:
            raise SpecError(
                f"required references form a cycle: {' -> '.join((*trail, target))}", None
            )
        target_spec = specs[target]
        required = tuple(f for f in target_spec.fields if f.is_ref and not f.optional)
        for ref in required:
            visit(str(ref.target), (*trail, target))
        needed = tuple(f for f in target_spec.fields if not (f.is_ref and f.optional))
        ordered.append(
            Factory(target_spec.name, target_spec.name.url, _entries(target_spec, needed))
        )
        seen.add(target)

    for field in _payload_fields(spec):
        if field.is_ref:
            visit(str(field.target), (spec.name.snake,))
    return ordered


def roles_needed(
    spec: FeatureSpec, specs: Mapping[str, FeatureSpec], made: list[Factory]
) -> list[str]:
    roles = {r for r in (spec.read_role, spec.write_role) if r}
    roles |= {specs[f.name.snake].write_role or "" for f in made} - {""}
    return sorted(roles) or [SIGNUP_ROLE]


def _imports(
    spec: FeatureSpec, fields: tuple[FieldSpec, ...], every: tuple[FieldSpec, ...], names: list[str]
) -> str:
    """The test module's imports: fixed ones plus those its helpers and field kinds need."""
    imports: set[Import] = {
        ("typing", "Any"),
        ("collections.abc", "Awaitable"),
        ("collections.abc", "Callable"),
        ("itertools", None),
        ("logging", None),
        ("secrets", None),
        ("pytest", None),
        ("httpx", "AsyncClient"),
        ("prometheus_client", "REGISTRY"),
        ("sqlalchemy.ext.asyncio", "AsyncSession"),
        ("app.crud", f"{spec.name.snake} as crud"),
        (f"app.schemas.{spec.name.snake}", f"{spec.name.class_name}ListParams"),
    }
    if "decimal_value" in names or _has(fields, Kind.DECIMAL):
        imports.add(("decimal", "Decimal"))
    if "date_value" in names:
        imports |= {("datetime", "date"), ("datetime", "timedelta")}
    if "datetime_value" in names or _has(fields, Kind.DATETIME):
        imports |= {("datetime", "UTC"), ("datetime", "datetime"), ("datetime", "timedelta")}
    if _has(every, Kind.UUID):
        imports.add(("uuid", None))
    if spec.background:
        imports |= {("asyncio", None), ("tests.worker", "WorkerProcess")}
    return render_imports(imports)


def tests_context(spec: FeatureSpec, specs: Mapping[str, FeatureSpec]) -> dict[str, object]:
    made = factories(spec, specs)
    fields = _payload_fields(spec)
    every = fields + tuple(f for ff in made for f in specs[ff.name.snake].fields)
    names = helpers(every)
    editable = [f for f in fields if not f.is_ref]
    exact = [f.column for f in fields if f.kind in EXACT]
    filters = [(f.column, f.kind.value) for f in fields if f.filterable]
    return {
        "roles_tuple": repr(tuple(roles_needed(spec, specs, made))).replace("'", '"'),
        "payload_body": with_counter(statement(f"return {_dict(_entries(spec, fields))}", 1)),
        "exact_line": statement(f"EXACT_KEYS: tuple[str, ...] = {_tuple(exact)}"),
        "invalid_list": _parametrize(
            '("key", "bad")', "[" + ", ".join(f'("{f.column}", {invalid(f)})' for f in fields) + "]"
        ),
        "required_list": _parametrize('"key"', repr([f.column for f in fields if f.required])),
        "not_null_list": _parametrize('"key"', repr([f.column for f in fields if not f.optional])),
        "sorts_list": _parametrize('"sort"', repr(_sorts(spec))),
        "filters_list": _parametrize('("key", "kind")', repr(filters)),
        "refs": [f.column for f in fields if f.is_ref],
        "imports": _imports(spec, fields, every, names),
        "helpers": names,
        "factories": made,
        "user_ref": any(f.is_ref and f.target == "user" for f in every),
        "decimals": [f.column for f in fields if f.kind is Kind.DECIMAL],
        "datetimes": [f.column for f in fields if f.kind is Kind.DATETIME],
        "required": [f.column for f in fields if f.required],
        "not_null": [f.column for f in fields if not f.optional],
        "uniques": [f.column for f in fields if f.unique],
        "patch": _patch(editable),
        "filters": filters,
        "sorts": _sorts(spec),
    }


def _patch(editable: list[FieldSpec]) -> tuple[str, str, bool] | None:
    """(json key, new value expression, whether it needs `i`) for the partial-update test."""
    if not editable:
        return None
    value = sample_expr(editable[0], "i + 1")
    return (editable[0].column, value, uses_counter(value))


def _parametrize(names: str, values: str) -> str:
    return "@" + statement(f"pytest.mark.parametrize({names}, {values})")


def _tuple(items: list[str]) -> str:
    if len(items) == 1:
        return f'("{items[0]}",)'
    return "(" + ", ".join(f'"{item}"' for item in items) + ")"


def _has(fields: tuple[FieldSpec, ...], kind: Kind) -> bool:
    return any(f.kind is kind for f in fields)


def _sorts(spec: FeatureSpec) -> list[str]:
    from primetrade_cli.generators.feature_context import sort_fields

    return ["id", "created_at", *(f.column for f in sort_fields(spec))]
