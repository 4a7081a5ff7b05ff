"""Templates render for every field type and option, deterministically, and parse as TS/TSX."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from primetrade_cli.generators.feature_frontend import plan_frontend
from primetrade_cli.inject._tsbase import parse, problems
from primetrade_cli.plan import CreateFile
from primetrade_cli.spec.feature import FeatureSpec
from primetrade_cli.spec.project import Project

GOLDEN = Path(__file__).parent / "golden"
OPTIONS = [
    {},
    {"owned": True},
    {"background": True},
    {"write_role": "editor"},
    {"read_role": "viewer", "write_role": "editor", "cache": True},
]


def _files(project: Project, spec: FeatureSpec, specs: dict[str, FeatureSpec]) -> dict[str, str]:
    plan = plan_frontend(project, spec, {**specs, spec.name.snake: spec})
    return {s.path: s.content for s in plan.steps if isinstance(s, CreateFile)}


@pytest.mark.parametrize("options", OPTIONS, ids=lambda o: ",".join(o) or "plain")
def test_every_option_renders_parseable_typescript(
    project: Project, specs: dict[str, FeatureSpec], options: dict[str, object]
) -> None:
    base: dict[str, object] = {"owned": False, "background": False, "write_role": None}
    spec = replace(specs["ticket"], **{**base, **options})
    for path, content in _files(project, spec, specs).items():
        if path.endswith((".ts", ".tsx")):
            dialect = "tsx" if path.endswith(".tsx") else "ts"
            assert problems(parse(content.encode(), dialect)) == [], path
        assert "{{" not in content and "{%" not in content, path


def test_form_has_one_definition_per_field(project: Project, specs: dict[str, FeatureSpec]) -> None:
    form = _files(project, specs["ticket"], specs)["frontend/src/components/TicketForm.tsx"]
    for field in specs["ticket"].fields:
        assert (
            f'key: "{field.column}", label: "{field.name.label}", kind: "{field.kind.value}"'
            in form
        )
    assert 'choices: ["open", "closed"]' in form
    assert (
        'key: "count", label: "Count", kind: "int", optional: false, initial: "", min: 0, max: 10'
        in form
    )
    assert "maxLength: 2000" in form and "precision: 8, scale: 2, min: 0" in form
    assert 'target: "projects", options: listProjectsOptions' in form
    assert (
        'key: "assignee_id"' in form
        and "options: " not in form.split('key: "assignee_id"')[1].split("}")[0]
    )


def test_role_and_background_controls(project: Project, specs: dict[str, FeatureSpec]) -> None:
    page = _files(project, specs["ticket"], specs)["frontend/src/pages/TicketListPage.tsx"]
    assert 'const WRITE_ROLES = ["editor"];' in page and "<RoleGate roles={WRITE_ROLES}>" in page
    assert "processTicket" in page and "JobState" in page
    plain = replace(specs["ticket"], write_role=None, background=False)
    page = _files(project, plain, specs)["frontend/src/pages/TicketListPage.tsx"]
    assert "RoleGate" not in page and "process" not in page.lower().replace("processed", "")


def test_render_is_deterministic_and_matches_golden(
    project: Project, specs: dict[str, FeatureSpec]
) -> None:
    first = _files(project, specs["ticket"], specs)
    assert first == _files(project, specs["ticket"], specs)
    for path, content in first.items():
        golden = GOLDEN / path.replace("/", "__")
        if os.environ.get("PRIMETRADE_REGENERATE_GOLDEN") == "1":
            golden.parent.mkdir(exist_ok=True)
            golden.write_text(content)
        assert golden.is_file(), f"no golden {golden}: rerun with PRIMETRADE_REGENERATE_GOLDEN=1"
        assert golden.read_text() == content, f"{path} differs from {golden}"
