"""`add-feature` / `remove-feature`: FeatureSpec -> Plan (no I/O beyond reading the project).

The backend slice lives in feature_backend.py, the frontend slice in feature_frontend.py.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from primetrade_cli.errors import SpecError
from primetrade_cli.plan import CreateFile, DeleteFile, Plan
from primetrade_cli.spec.feature import FeatureSpec, load_feature
from primetrade_cli.spec.names import FeatureName

if TYPE_CHECKING:
    from primetrade_cli.changeset import ChangeReport, RunOptions
    from primetrade_cli.spec.project import Project

SPEC_DIR = ".primetrade/features"


def spec_path(name: FeatureName) -> str:
    return f"{SPEC_DIR}/{name.snake}.toml"


def saved_specs(project: Project) -> dict[str, FeatureSpec]:
    """Every feature saved in the project, by snake name."""
    folder = project.feature_specs_dir
    if not folder.is_dir():
        return {}
    return {path.stem: load_feature(path) for path in sorted(folder.glob("*.toml"))}


def check_against_project(spec: FeatureSpec, specs: Mapping[str, FeatureSpec], force: bool) -> None:
    """Refs must name existing features; a different saved spec of the same name needs --force."""
    saved = specs.get(spec.name.snake)
    if saved is not None and saved != spec and not force:
        raise SpecError(
            f"feature {spec.name.snake!r} already exists with a different spec",
            f"see {spec_path(spec.name)}; run `primetrade remove-feature {spec.name.snake}` "
            "first, or pass --force",
        )
    for field in spec.refs:
        target = str(field.target)
        if target == spec.name.snake and not field.optional:
            raise SpecError(
                f"field {field.spelled!r}: a reference to the feature itself must be optional", None
            )
        if target not in specs and target not in ("user", spec.name.snake):
            known = ", ".join(["user", *sorted(specs)])
            raise SpecError(
                f"field {field.spelled!r}: no feature named {target!r} in this project",
                f"add it first (`primetrade add-feature {target} ...`); known: {known}",
            )


def _frontend(
    kind: str, project: Project, spec: FeatureSpec, specs: Mapping[str, FeatureSpec]
) -> Plan:
    """The frontend slice (feature_frontend.py), unless the spec says --no-frontend."""
    if not spec.frontend:
        return Plan()
    from primetrade_cli.generators import feature_frontend

    if kind == "add":
        return feature_frontend.plan_frontend(project, spec, specs)
    return feature_frontend.plan_remove_frontend(project, spec, specs)


def plan_add_feature(project: Project, spec: FeatureSpec, *, force: bool = False) -> Plan:
    """Every file and registry edit of the feature (backend, migration, saved spec, frontend)."""
    from primetrade_cli.generators.feature_backend import create_steps, stale_steps
    from primetrade_cli.migrations import render_migration

    specs = saved_specs(project)
    check_against_project(spec, specs, force)
    previous = specs.get(spec.name.snake)
    specs = {**specs, spec.name.snake: spec}
    path, migration = render_migration(project.root, spec, "add")
    backend = Plan.of([*create_steps(spec, specs, project.root), CreateFile(path, migration)])
    if previous is None:
        _refuse_foreign_files(project.root, backend, spec)
    else:
        backend += Plan.of(stale_steps(previous, spec))
    saved = Plan.of([CreateFile(spec_path(spec.name), spec.to_toml())])
    return backend + _frontend("add", project, spec, specs) + saved


def _refuse_foreign_files(root: Path, plan: Plan, spec: FeatureSpec) -> None:
    """A new feature must not take over files the project already has (e.g. schemas/user.py)."""
    for step in plan.steps:
        if isinstance(step, CreateFile) and (root / step.path).exists():
            raise SpecError(
                f"feature {spec.name.snake!r} would overwrite {step.path}, "
                "which the project already has",
                "choose another feature name (or move that file aside if it is yours)",
            )


def plan_remove_feature(project: Project, name: str) -> Plan:
    """The reverse of add: registries, files, saved spec, plus a forward `drop` migration."""
    from primetrade_cli.generators.feature_backend import delete_steps
    from primetrade_cli.migrations import render_migration

    feature = FeatureName(name)
    specs = saved_specs(project)
    spec = specs.get(name)
    if spec is None:
        known = ", ".join(sorted(specs)) or "none"
        raise SpecError(f"no feature named {name!r} in this project", f"features: {known}")
    users = sorted(
        other
        for other, s in specs.items()
        if other != name and any(f.target == name for f in s.refs)
    )
    if users:
        raise SpecError(
            f"feature {name!r} is referenced by {', '.join(users)}",
            f"remove those first, e.g. `primetrade remove-feature {users[0]}`",
        )
    path, migration = render_migration(project.root, spec, "drop")
    backend = Plan.of([*delete_steps(spec), CreateFile(path, migration)])
    return (
        _frontend("remove", project, spec, specs)
        + backend
        + Plan.of([DeleteFile(spec_path(feature))])
    )


def add_feature(project: Project, spec: FeatureSpec, options: RunOptions) -> ChangeReport:
    from primetrade_cli.changeset import execute

    return execute(plan_add_feature(project, spec, force=options.force), project.root, options)


def remove_feature(project: Project, name: str, options: RunOptions) -> ChangeReport:
    from primetrade_cli.changeset import execute

    return execute(plan_remove_feature(project, name), project.root, options)


def spec_from_file(path: Path) -> FeatureSpec:
    return load_feature(path)
