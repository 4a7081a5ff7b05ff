"""What the frontend templates print, precomputed from a FeatureSpec (templates only read)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from primetrade_cli.generators.feature_context import sort_fields
from primetrade_cli.generators.feature_frontend_e2e import e2e_context
from primetrade_cli.generators.feature_frontend_fields import (
    PAGE_LIMIT,
    RefSource,
    TsField,
    expected_payload,
    row_value,
    ts_field,
)
from primetrade_cli.inject.tsx_registry import Panel
from primetrade_cli.spec.feature import FeatureSpec
from primetrade_cli.spec.fields import FieldSpec, Kind
from primetrade_cli.spec.names import SIGNUP_ROLE, FeatureName

RANGE_KINDS = frozenset({Kind.DATE, Kind.DATETIME})
MAX_COLUMNS = 6


@dataclass(frozen=True)
class FilterDef:
    """One control of the list's filter bar and the query parameter it sets."""

    param: str
    label: str
    control: str  # "select" | "bool" | "ref" | "number" | "date"
    choices: tuple[str, ...] = ()
    source: RefSource | None = None
    datetime: bool = False


@dataclass(frozen=True)
class RelatedLink:
    """This feature's panel under the rows of a feature it references."""

    field: FieldSpec
    target: FeatureName
    registry: str
    panel: Panel


def _filters(fields: list[TsField]) -> list[FilterDef]:
    out: list[FilterDef] = []
    for item in fields:
        field = item.field
        if not field.filterable:
            continue
        if field.kind in RANGE_KINDS:
            dt = field.kind is Kind.DATETIME
            out.append(
                FilterDef(f"{field.column}_from", f"{field.name.label} from", "date", datetime=dt)
            )
            out.append(
                FilterDef(f"{field.column}_to", f"{field.name.label} to", "date", datetime=dt)
            )
        elif field.kind is Kind.ENUM:
            out.append(FilterDef(field.column, field.name.label, "select", choices=field.choices))
        elif field.kind is Kind.BOOL:
            out.append(FilterDef(field.column, field.name.label, "bool"))
        else:
            control = "ref" if item.source is not None else "number"
            out.append(FilterDef(field.column, field.name.label, control, source=item.source))
    return out


def _sorts(spec: FeatureSpec) -> list[tuple[str, str]]:
    out = [("-id", "Newest first"), ("id", "Oldest first")]
    for field in sort_fields(spec):
        out += [
            (field.column, f"{field.name.label} ↑"),
            (f"-{field.column}", f"{field.name.label} ↓"),
        ]
    return out


def related_links(spec: FeatureSpec, specs: Mapping[str, FeatureSpec]) -> list[RelatedLink]:
    """One panel per reference to another feature with a frontend (the seed's inline item UI)."""
    links = []
    for field in spec.refs:
        target = specs.get(str(field.target))
        if target is None or not target.frontend or target.name == spec.name:
            continue
        component = f"{spec.name.class_name}By{FeatureName(field.name.snake).class_name}Panel"
        panel = Panel(
            array=f"{target.name.camel}Related",
            component=component,
            import_path=f"../components/{component}",
            key=f"{spec.name.kebab_plural}-{field.column}",
            title=spec.name.plural_label,
        )
        links.append(
            RelatedLink(
                field, target.name, f"frontend/src/pages/{target.name.camel}Related.ts", panel
            )
        )
    return links


def _columns(fields: list[TsField]) -> list[TsField]:
    """The table's columns: short fields first, at most MAX_COLUMNS (the form shows everything)."""
    short = [f for f in fields if f.field.kind not in (Kind.JSON, Kind.TEXT)]
    long = [f for f in fields if f.field.kind is Kind.TEXT]
    return (short + long)[:MAX_COLUMNS]


def _panels(
    spec: FeatureSpec, specs: Mapping[str, FeatureSpec]
) -> list[tuple[FieldSpec, FeatureSpec]]:
    return [(link.field, specs[link.field.target or ""]) for link in related_links(spec, specs)]


def _sources(fields: list[TsField]) -> list[RefSource]:
    seen: dict[str, RefSource] = {}
    for item in fields:
        if item.source is not None:
            seen.setdefault(item.source.function, item.source)
    return list(seen.values())


def _display(spec: FeatureSpec) -> str | None:
    """The column that names a row in panels and messages (first text-like field)."""
    field = next(
        (f for f in spec.fields if f.kind in (Kind.STR, Kind.EMAIL) and not f.optional), None
    )
    return field.column if field else None


def _row(spec: FeatureSpec, index: int) -> str:
    row: dict[str, object] = {"id": index}
    row |= {f.column: row_value(f, index) for f in spec.fields}
    if spec.owned:
        row["owner_id"] = 1
    row |= {"created_at": "2024-05-01T10:30:00Z", "updated_at": "2024-05-01T10:30:00Z"}
    return json.dumps(row)


def _test_context(
    spec: FeatureSpec, fields: list[TsField], specs: Mapping[str, FeatureSpec]
) -> dict[str, object]:
    own = spec.name.plural
    expected = {
        f.key: expected_payload(f.field) for f in fields if f.source is None or f.source.key != own
    }
    targets = []
    foreign = [f for f in fields if f.source is not None and f.source.key != own]
    for source in {f.source.key: f.source for f in foreign if f.source is not None}.values():
        target = specs[next(s for s in specs if specs[s].name.plural == source.key)]
        targets.append({"url": target.name.url, "row": _row(target, 7)})
    return {
        "rows": [_row(spec, index) for index in (1, 2, 3)],
        "expected": json.dumps({k: v for k, v in expected.items() if v is not None}),
        "fill_awaits": bool(foreign) or any(f.field.kind is Kind.BOOL for f in fields),
        "required": next(
            (f for f in fields if f.field.required and f.field.kind is not Kind.BOOL), None
        ),
        "targets": targets,
        # a signed-in user who lacks the write role: registration grants `member`, so when `member`
        # itself is the write role that user holds no role at all
        "outsider_roles": json.dumps([] if spec.write_role == SIGNUP_ROLE else [SIGNUP_ROLE]),
        "writer_roles": json.dumps([spec.write_role or SIGNUP_ROLE]),
    }


def context(spec: FeatureSpec, specs: Mapping[str, FeatureSpec]) -> dict[str, object]:
    fields = [ts_field(field, specs) for field in spec.fields]
    write_roles = [spec.write_role] if spec.write_role else []
    read_roles = [spec.read_role] if spec.read_role else []
    return {
        "spec": spec,
        "name": spec.name,
        "fields": fields,
        "columns": _columns(fields),
        "filters": _filters(fields),
        "sorts": _sorts(spec),
        "sources": _sources(fields),
        "write_roles": json.dumps(write_roles),
        "read_roles": json.dumps(read_roles),
        "gated": bool(write_roles),
        "display": _display(spec),
        "page_limit": PAGE_LIMIT,
        "json": json.dumps,
        "test": _test_context(spec, fields, specs),
        "e2e": e2e_context(spec, fields, _columns(fields), specs, _panels(spec, specs)),
    }
