"""What the generated browser test needs: rows to create first (required refs), the edit field."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from primetrade_cli.generators.feature_frontend_fields import TsField, row_value, sample
from primetrade_cli.spec.feature import FeatureSpec
from primetrade_cli.spec.fields import FieldSpec, Kind
from primetrade_cli.spec.names import SIGNUP_ROLE

EDITABLE = frozenset(
    {
        Kind.STR,
        Kind.TEXT,
        Kind.EMAIL,
        Kind.URL,
        Kind.INT,
        Kind.BIGINT,
        Kind.ENUM,
        Kind.DATE,
        Kind.UUID,
    }
)
MAX_DEPTH = 8


def beyond_signup(role: str | None) -> bool:
    """True when a freshly registered user lacks `role` (so the UI hides what it guards)."""
    return role is not None and role != SIGNUP_ROLE


def gated(feature: FeatureSpec) -> bool:
    return beyond_signup(feature.write_role) or beyond_signup(feature.read_role)


@dataclass(frozen=True)
class Setup:
    """One row created through the API before the scenario (a target of a required reference)."""

    var: str
    url: str
    body: str  # a JS object literal; references are variables of earlier setups or `me.id`
    gated: bool


def _value(field: FieldSpec, refs: dict[str, str]) -> str:
    if field.kind is Kind.REF:
        return "me.id" if field.target == "user" else f"{refs[str(field.target)]}.id"
    if field.kind is Kind.BOOL:
        return "true"
    return json.dumps(row_value(field, 1))


def setups(spec: FeatureSpec, specs: Mapping[str, FeatureSpec]) -> list[Setup]:
    """Rows of every feature this one needs (required refs, recursively), dependencies first."""
    out: list[Setup] = []
    made: dict[str, str] = {}

    def need(feature: FeatureSpec, depth: int) -> None:
        if depth > MAX_DEPTH:
            raise ValueError(f"reference chain of {spec.name.snake!r} is deeper than {MAX_DEPTH}")
        for field in feature.fields:
            target = str(field.target)
            wanted = field.kind is Kind.REF and not field.optional
            if wanted and target not in ("user", feature.name.snake) and target not in made:
                need(specs[target], depth + 1)
        if feature is spec:
            return
        body = [f"{f.column}: {_value(f, made)}" for f in feature.fields if not f.optional]
        var = f"{feature.name.camel}Row"
        made[feature.name.snake] = var
        out.append(Setup(var, feature.name.url, "{ " + ", ".join(body) + " }", gated(feature)))

    need(spec, 0)
    return out


def edit_field(fields: list[TsField]) -> TsField | None:
    """The field the browser test changes when editing (its new value shows up in the table)."""
    return next(
        (f for f in fields if f.field.kind in EDITABLE and sample(f.field, edit=True) is not None),
        None,
    )


def e2e_context(
    spec: FeatureSpec,
    fields: list[TsField],
    columns: list[TsField],
    specs: Mapping[str, FeatureSpec],
    panels: list[tuple[FieldSpec, FeatureSpec]],
) -> dict[str, object]:
    """`columns`: the fields the table shows (an edited value must show up there); `panels`: the
    references whose target list shows this feature's rows inline (checked via a required one)."""
    rows = setups(spec, specs)
    blocked = gated(spec) or any(row.gated for row in rows)
    to_user = any(
        f.field.kind is Kind.REF and f.source is None and not f.field.optional for f in fields
    )
    needs_me = to_user or any("me.id" in row.body for row in rows)
    inline = [target for field, target in panels if not field.optional]
    return {
        "inline": [{"url": t.name.url, "kebab": t.name.kebab_plural} for t in inline[:1]],
        "setups": rows,
        "full": not blocked,
        "read_blocked": beyond_signup(spec.read_role),
        "write_blocked": beyond_signup(spec.write_role),
        "edit": edit_field(columns),
        "needs_me": needs_me,
    }
