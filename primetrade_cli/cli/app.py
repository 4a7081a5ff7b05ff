"""The Typer application and the one boundary where errors become exit codes and messages."""

from __future__ import annotations

import sys
from collections.abc import Sequence

import typer

from primetrade_cli import __version__
from primetrade_cli.cli import doctor, feature, new
from primetrade_cli.console import err_console

EXIT_OK, EXIT_INTERNAL = 0, 1

app = typer.Typer(
    name="primetrade",
    help=(
        "Generate a scalable FastAPI + Celery + PostgreSQL + Redis + React stack and grow it one "
        "feature at a time.\n\nExample: primetrade new ./shop && cd shop && "
        "primetrade add-feature order total:decimal[10,2] --owned"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

_state = {"verbose": False}


def _version(value: bool) -> None:
    if value:
        typer.echo(f"primetrade {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Show tracebacks for errors."),
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    _state["verbose"] = verbose


new.register(app)
feature.register(app)
doctor.register(app)


def run(argv: Sequence[str]) -> int:
    """Run the CLI on `argv` and return the exit code; every error is turned into a message here."""
    from primetrade_cli.errors import PrimetradeError

    _state["verbose"] = (
        False  # the root callback sets it; reset so one run never leaks into the next
    )
    try:
        app(args=list(argv), prog_name="primetrade", standalone_mode=False)
    except typer.Exit as done:
        return done.exit_code
    except typer.TyperException as usage:  # usage errors of the command line itself
        show = getattr(usage, "show", None)
        if show is not None:
            show()
        else:
            err_console().print(f"error: {usage.format_message()}", markup=False)
        return usage.exit_code
    except typer.Abort:
        err_console().print("aborted")
        return 130
    except PrimetradeError as error:
        return _report(error)
    except Exception:
        if _state["verbose"]:
            err_console().print_exception()
        else:
            err_console().print(
                f"[red]internal error:[/red] {sys.exc_info()[1]!r} "
                "(run again with --verbose for the traceback)"
            )
        return EXIT_INTERNAL
    return EXIT_OK


def _report(error: Exception) -> int:
    from primetrade_cli.errors import (
        ConflictError,
        EditTargetError,
        PrimetradeError,
        ToolError,
        UserError,
    )

    assert isinstance(error, PrimetradeError)
    from rich.markup import escape

    out = err_console()
    if _state["verbose"]:
        out.print_exception()
    out.print(f"[bold red]error:[/bold red] {escape(getattr(error, 'message', str(error)))}")
    if isinstance(error, ConflictError):
        for diff in error.diffs:
            out.out(diff, end="")
    if isinstance(error, EditTargetError):
        for step in error.instructions:
            out.out(step)
    if isinstance(error, ToolError) and error.output:
        out.out(error.output)
    if isinstance(error, UserError) and error.hint:
        out.print(f"[cyan]hint:[/cyan] {escape(error.hint)}")
    return error.exit_code


def main() -> None:
    sys.exit(run(sys.argv[1:]))
