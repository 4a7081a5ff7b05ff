"""`primetrade new`: flags -> ProjectSpec -> one library call."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

NEW_HELP = """Generate the reference stack (backend, frontend, deployment) in PATH.

Example: primetrade new ./shop --name Shop --defaults
"""


def register(app: typer.Typer) -> None:
    app.command("new", help=NEW_HELP)(new)


def new(
    path: Path = typer.Argument(
        ..., metavar="PATH", help="Directory to create (must be empty or absent)."
    ),
    name: str | None = typer.Option(None, help="Project name (default: the directory's name)."),
    slug: str | None = typer.Option(
        None, help="Identifier for packages and images (default: from the name)."
    ),
    description: str | None = typer.Option(None, help="One-line description."),
    defaults: bool = typer.Option(
        False, "--defaults", help="Never prompt; use defaults for what is not given."
    ),
    example: bool = typer.Option(
        True, "--example/--no-example", help="Include the example `item` feature."
    ),
    git: bool = typer.Option(
        True, "--git/--no-git", help="Run `git init` and make the first commit."
    ),
    force: bool = typer.Option(False, "--force", help="Generate into a non-empty directory."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only errors."),
) -> None:
    from primetrade_cli.generators.project import NewOptions, create_project
    from primetrade_cli.spec.project import ProjectSpec

    spec = ProjectSpec.build(name or path.resolve().name, slug, description)
    options = NewOptions(
        example=example,
        git=git,
        force=force,
        quiet=quiet,
        interactive=not defaults and sys.stdin.isatty() and name is None,
    )
    create_project(path, spec, options)
