"""`primetrade doctor`: flags -> target names -> one library call -> a table."""

from __future__ import annotations

import typer

DOCTOR_HELP = """Show what this machine has and lacks to run the stack, with the fix for each gap.

Targets: embedded (no servers), services (PostgreSQL + Redis), compose, kubernetes.
Exits 0 when the chosen target is ready, 2 when it is not.

Example: primetrade doctor --target services
"""

TARGET_NAMES = ("embedded", "services", "compose", "kubernetes")


def register(app: typer.Typer) -> None:
    app.command("doctor", help=DOCTOR_HELP)(doctor)


def doctor(
    target: str = typer.Option(
        "embedded", help=f"The target that must be ready: {', '.join(TARGET_NAMES)}."
    ),
) -> None:
    from rich.table import Table

    from primetrade_cli.console import console
    from primetrade_cli.doctor import diagnose
    from primetrade_cli.errors import SpecError, UserError

    if target not in TARGET_NAMES:
        raise SpecError(
            f"unknown target {target!r}", hint=f"choose one of {', '.join(TARGET_NAMES)}"
        )
    results = diagnose(TARGET_NAMES)
    table = Table("target", "check", "", "found", "fix")
    for name, checks in results.items():
        for check in checks:
            mark = "[green]ok[/green]" if check.ok else "[red]missing[/red]"
            table.add_row(name, check.name, mark, check.detail, "" if check.ok else check.fix)
    console().print(table)
    needed = ("embedded", target) if target != "embedded" else ("embedded",)
    gaps = [c for name in needed for c in results[name] if not c.ok]
    if gaps:
        raise UserError(f"target {target!r} is not ready: {len(gaps)} gap(s)", hint=gaps[0].fix)
    console().print(f"target {target!r} is ready")
