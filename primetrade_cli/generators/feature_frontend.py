"""The frontend slice of a feature: API module, pages, form, tests, browser test, registry edits.

`plan_frontend` / `plan_remove_frontend` are called by generators/feature.py. Shared building blocks
(src/components/crud/*, src/styles/crud.css) are created once, when missing, and never removed.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING

from primetrade_cli.generators.feature_frontend_context import context, related_links
from primetrade_cli.plan import CreateFile, DeleteFile, EditFile, Plan, Step
from primetrade_cli.render import render
from primetrade_cli.spec.feature import FeatureSpec

if TYPE_CHECKING:
    from primetrade_cli.spec.project import Project

WEB = "frontend"
APP_FILE = f"{WEB}/src/App.tsx"
NAV_FILE = f"{WEB}/src/nav.ts"
KIT = {
    f"{WEB}/src/components/crud/fields.ts": "frontend/kit/fields.ts.jinja",
    f"{WEB}/src/components/crud/FieldInput.tsx": "frontend/kit/FieldInput.tsx.jinja",
    f"{WEB}/src/components/crud/ListParts.tsx": "frontend/kit/ListParts.tsx.jinja",
    f"{WEB}/src/components/crud/related.ts": "frontend/kit/related.ts.jinja",
    f"{WEB}/src/styles/crud.css": "frontend/kit/crud.css.jinja",
}
TEMPLATES = {
    "api": "frontend/api.ts.jinja",
    "form": "frontend/Form.tsx.jinja",
    "page": "frontend/ListPage.tsx.jinja",
    "test": "frontend/ListPage.test.tsx.jinja",
    "related": "frontend/related.ts.jinja",
    "e2e": "frontend/e2e.mjs.jinja",
}


# Registries other features append to: written once, never re-rendered over their entries.
GROWING = frozenset({"related"})


def paths(spec: FeatureSpec) -> dict[str, str]:
    """The generated frontend files by part (the same map drives add and remove)."""
    name = spec.name
    return {
        "api": f"{WEB}/src/api/{name.camel_plural}.ts",
        "form": f"{WEB}/src/components/{name.class_name}Form.tsx",
        "page": f"{WEB}/src/pages/{name.page_component}.tsx",
        "test": f"{WEB}/src/pages/{name.page_component}.test.tsx",
        "related": f"{WEB}/src/pages/{name.camel}Related.ts",
        "e2e": f"{WEB}/e2e/{name.kebab_plural}.e2e.mjs",
    }


def panel_path(component: str) -> str:
    return f"{WEB}/src/components/{component}.tsx"


def _kit_steps(project: Project) -> list[Step]:
    return [
        CreateFile(path, render(template, {}, project.root))
        for path, template in KIT.items()
        if not (project.root / path).is_file()
    ]


def _registry_steps(
    spec: FeatureSpec, specs: Mapping[str, FeatureSpec], project: Project, adding: bool
) -> list[Step]:
    from primetrade_cli.inject import tsx, tsx_registry

    name = spec.name
    page = name.page_component
    route = dict(component=page, import_path=f"./pages/{page}", path=name.url)
    roles = (spec.read_role,) if spec.read_role else ()
    verb = "add" if adding else "remove"
    steps: list[Step] = [
        EditFile(
            APP_FILE,
            partial(tsx.add_route if adding else tsx.remove_route, **route),
            f"{verb} route {name.url}",
        ),
        EditFile(
            NAV_FILE,
            partial(tsx.add_nav_item, to=name.url, label=name.plural_label, roles=roles)
            if adding
            else partial(tsx.remove_nav_item, to=name.url),
            f"{verb} nav link {name.url}",
        ),
    ]
    for link in related_links(spec, specs):
        if not (project.root / link.registry).is_file():
            continue
        edit = tsx_registry.add_panel if adding else tsx_registry.remove_panel
        steps.append(
            EditFile(
                link.registry,
                partial(edit, panel=link.panel),
                f"{verb} related panel {link.panel.key}",
            )
        )
    return steps


def plan_frontend(project: Project, spec: FeatureSpec, specs: Mapping[str, FeatureSpec]) -> Plan:
    values = context(spec, specs)
    files: list[Step] = [
        CreateFile(path, render(TEMPLATES[part], values, project.root))
        for part, path in paths(spec).items()
        if part not in GROWING or not (project.root / path).is_file()
    ]
    for link in related_links(spec, specs):
        files.append(
            CreateFile(
                panel_path(link.panel.component),
                render("frontend/Panel.tsx.jinja", {**values, "link": link}, project.root),
            )
        )
    return Plan.of(
        [*_kit_steps(project), *files, *_registry_steps(spec, specs, project, adding=True)]
    )


def plan_remove_frontend(
    project: Project, spec: FeatureSpec, specs: Mapping[str, FeatureSpec]
) -> Plan:
    """Registries first (nothing imports a deleted module), then the feature's own files."""
    steps: list[Step] = _registry_steps(spec, specs, project, adding=False)
    steps += [DeleteFile(path) for path in paths(spec).values()]
    steps += [DeleteFile(panel_path(link.panel.component)) for link in related_links(spec, specs)]
    return Plan.of(steps)
