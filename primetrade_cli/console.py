"""The one Rich console and the fixed vocabulary of status words."""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console


class Status(StrEnum):
    CREATE = "create"
    EDIT = "edit"
    IDENTICAL = "identical"
    SKIP = "skip"
    CONFLICT = "conflict"
    REMOVE = "remove"
    RUN = "run"


_STYLES = {
    Status.CREATE: "green",
    Status.EDIT: "yellow",
    Status.IDENTICAL: "blue",
    Status.SKIP: "dim",
    Status.CONFLICT: "bold red",
    Status.REMOVE: "magenta",
    Status.RUN: "cyan",
}


@cache
def console() -> Console:
    from rich.console import Console

    return Console(highlight=False, soft_wrap=True, emoji=False)


@cache
def err_console() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True, emoji=False)


def status(word: Status, subject: str) -> None:
    """Print one `  create  path` line, aligned like the rest."""
    style = _STYLES[word]
    console().print(f"  [{style}]{word.value:>9}[/{style}]  {subject}", markup=True)
