"""`primetrade add-feature` / `remove-feature`: flags -> FeatureSpec -> one library call each."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from primetrade_cli.spec.feature import FeatureSpec

ADD_HELP = """Add one vertical slice: model, schemas, CRUD, router, tests, migration (and more with options).

FIELD is name:type[:modifier...]. Types: str[N] text int bigint float decimal[P,S] bool date datetime
uuid email url json enum[a,b] ref[FEATURE]. Modifiers: optional unique index default=V min=N max=N,
and for refs cascade/restrict/setnull.

Example: primetrade add-feature task title:str[120]:index 'status:enum[todo,doing,done]:default=todo'
done:bool:default=false due:date:optional 'project:ref[project]:cascade' --owned
"""
REMOVE_HELP = """Remove a feature: its files, registry lines and saved spec, plus a forward drop migration.

Example: primetrade remove-feature task --dry-run
"""


def register(app: typer.Typer) -> None:
    app.command("add-feature", help=ADD_HELP)(add_feature)
    app.command("remove-feature", help=REMOVE_HELP)(remove_feature)


def add_feature(
    name: str | None = typer.Argument(None, metavar="NAME", help="Feature name in snake_case (singular)."),
    fields: list[str] | None = typer.Argument(None, metavar="FIELD...", help="name:type[:modifier...]"),
    spec_file: Path | None = typer.Option(None, "--spec", help="Read NAME, fields and options from a TOML file."),
    owned: bool = typer.Option(False, "--owned", help="Rows belong to their creator; admins see all."),
    read_role: str | None = typer.Option(None, "--read-role", metavar="ROLE", help="Role needed to read."),
    write_role: str | None = typer.Option(None, "--write-role", metavar="ROLE", help="Role needed to write."),
    background: bool = typer.Option(False, "--background", help="A Celery task and a 202 endpoint that queues it."),
    cache: bool = typer.Option(False, "--cache", help="Redis-cached reads, invalidated on every write."),
    no_frontend: bool = typer.Option(False, "--no-frontend", help="Generate the backend slice only."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Print the unified diff; write nothing."),
    force: bool = typer.Option(False, "--force", help="Overwrite files you changed since primetrade wrote them."),
    json: bool = typer.Option(False, "--json", help="Print the plan and outcome as JSON."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only errors."),
) -> None:
    from primetrade_cli.changeset import RunOptions
    from primetrade_cli.generators.feature import add_feature as run
    from primetrade_cli.spec.project import find_project

    spec = _spec(name, fields or [], spec_file, owned, read_role, write_role, background, cache, not no_frontend)
    project = find_project(Path.cwd())
    report = run(project, spec, RunOptions(dry_run=dry_run, force=force, json=json, quiet=quiet))
    if report.applied and spec.frontend:
        from primetrade_cli.runners.npm import refresh_api_types

        refresh_api_types(project.root, quiet=quiet or json)


def _spec(
    name: str | None,
    fields: list[str],
    spec_file: Path | None,
    owned: bool,
    read_role: str | None,
    write_role: str | None,
    background: bool,
    cache: bool,
    frontend: bool,
) -> FeatureSpec:
    from dataclasses import replace

    from primetrade_cli.errors import SpecError
    from primetrade_cli.spec.feature import build_feature, load_feature

    if spec_file is not None:
        if fields:
            raise SpecError("give fields either on the command line or in --spec, not both", None)
        spec = load_feature(spec_file)
        if name is not None and name != spec.name.snake:
            raise SpecError(f"NAME {name!r} differs from the spec file's name {spec.name.snake!r}", None)
        return replace(
            spec,
            owned=spec.owned or owned,
            read_role=read_role or spec.read_role,
            write_role=write_role or spec.write_role,
            background=spec.background or background,
            cache=spec.cache or cache,
            frontend=spec.frontend and frontend,
        )
    if name is None:
        raise SpecError("missing feature NAME", "e.g. `primetrade add-feature task title:str`")
    return build_feature(
        name, fields, owned=owned, read_role=read_role, write_role=write_role,
        background=background, cache=cache, frontend=frontend,
    )


def remove_feature(
    name: str = typer.Argument(..., metavar="NAME", help="The feature to remove."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Print the unified diff; write nothing."),
    force: bool = typer.Option(False, "--force", help="Delete files even if you changed them."),
    json: bool = typer.Option(False, "--json", help="Print the plan and outcome as JSON."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only errors."),
) -> None:
    from primetrade_cli.changeset import RunOptions
    from primetrade_cli.generators.feature import remove_feature as run
    from primetrade_cli.spec.project import find_project

    project = find_project(Path.cwd())
    report = run(project, name, RunOptions(dry_run=dry_run, force=force, json=json, quiet=quiet))
    if report.applied and (project.root / "frontend").is_dir():
        from primetrade_cli.runners.npm import refresh_api_types

        refresh_api_types(project.root, quiet=quiet or json)
