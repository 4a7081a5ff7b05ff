"""`primetrade add-feature` / `remove-feature`: flags -> FeatureSpec -> one library call each."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from primetrade_cli.spec.feature import FeatureSpec

ADD_HELP = """Add one vertical slice: model, schemas, CRUD, router, tests, migration, and more.

FIELD is name:type[:modifier...]. Types: str[N] text int bigint float decimal[P,S] bool date
datetime uuid email url json enum[a,b] ref[FEATURE]. Modifiers: optional unique index default=V
min=N max=N, and for refs cascade/restrict/setnull.

Example: primetrade add-feature ticket title:str[120]:index
'status:enum[todo,doing,done]:default=todo' done:bool:default=false due:date:optional
'project:ref[project]:cascade' --owned
"""
REMOVE_HELP = """Remove a feature: files, registry lines and spec, plus a forward drop migration.

Example: primetrade remove-feature task --dry-run
"""


def register(app: typer.Typer) -> None:
    app.command("add-feature", help=ADD_HELP)(add_feature)
    app.command("remove-feature", help=REMOVE_HELP)(remove_feature)


Opt = typer.Option


def add_feature(
    name: Annotated[
        str | None, typer.Argument(metavar="NAME", help="Feature name (snake_case).")
    ] = None,
    fields: Annotated[
        list[str] | None, typer.Argument(metavar="FIELD...", help="name:type[:mod...]")
    ] = None,
    spec_file: Annotated[Path | None, Opt("--spec", help="Read the spec from a TOML file.")] = None,
    owned: Annotated[bool, Opt("--owned", help="Rows belong to their creator.")] = False,
    read_role: Annotated[
        str | None, Opt("--read-role", metavar="ROLE", help="Role to read.")
    ] = None,
    write_role: Annotated[
        str | None, Opt("--write-role", metavar="ROLE", help="Role to write.")
    ] = None,
    background: Annotated[
        bool, Opt("--background", help="A Celery task + a 202 endpoint.")
    ] = False,
    cache: Annotated[
        bool, Opt("--cache", help="Redis-cached reads, invalidated on writes.")
    ] = False,
    no_frontend: Annotated[bool, Opt("--no-frontend", help="Generate the backend only.")] = False,
    dry_run: Annotated[bool, Opt("--dry-run", help="Print the diff; write nothing.")] = False,
    force: Annotated[bool, Opt("--force", help="Overwrite files you changed.")] = False,
    json: Annotated[bool, Opt("--json", help="Print the plan and outcome as JSON.")] = False,
    quiet: Annotated[bool, Opt("--quiet", "-q", help="Print only errors.")] = False,
) -> None:
    from primetrade_cli.changeset import RunOptions
    from primetrade_cli.generators.feature import add_feature as run
    from primetrade_cli.spec.project import find_project

    spec = _spec(
        name,
        fields or [],
        spec_file,
        owned,
        read_role,
        write_role,
        background,
        cache,
        not no_frontend,
    )
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
    from primetrade_cli.spec.names import check_role

    if spec_file is not None:
        if fields:
            raise SpecError("give fields either on the command line or in --spec, not both", None)
        spec = load_feature(spec_file)
        if name is not None and name != spec.name.snake:
            raise SpecError(
                f"NAME {name!r} differs from the spec file's name {spec.name.snake!r}", None
            )
        return replace(
            spec,
            owned=spec.owned or owned,
            read_role=check_role(read_role) if read_role else spec.read_role,
            write_role=check_role(write_role) if write_role else spec.write_role,
            background=spec.background or background,
            cache=spec.cache or cache,
            frontend=spec.frontend and frontend,
        )
    if name is None:
        raise SpecError("missing feature NAME", "e.g. `primetrade add-feature task title:str`")
    return build_feature(
        name,
        fields,
        owned=owned,
        read_role=read_role,
        write_role=write_role,
        background=background,
        cache=cache,
        frontend=frontend,
    )


def remove_feature(
    name: Annotated[str, typer.Argument(metavar="NAME", help="The feature to remove.")],
    dry_run: Annotated[bool, Opt("--dry-run", help="Print the diff; write nothing.")] = False,
    force: Annotated[bool, Opt("--force", help="Delete files even if you changed them.")] = False,
    json: Annotated[bool, Opt("--json", help="Print the plan and outcome as JSON.")] = False,
    quiet: Annotated[bool, Opt("--quiet", "-q", help="Print only errors.")] = False,
) -> None:
    from primetrade_cli.changeset import RunOptions
    from primetrade_cli.generators.feature import remove_feature as run
    from primetrade_cli.spec.project import find_project

    project = find_project(Path.cwd())
    report = run(project, name, RunOptions(dry_run=dry_run, force=force, json=json, quiet=quiet))
    if report.applied and (project.root / "frontend").is_dir():
        from primetrade_cli.runners.npm import refresh_api_types

        refresh_api_types(project.root, quiet=quiet or json)
