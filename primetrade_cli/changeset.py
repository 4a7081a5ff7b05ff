"""Stage a Plan in memory, refuse conflicts before any write, then diff (--dry-run) or write it all.

This is the single write gate: --dry-run, --force, --json and --quiet are honoured here and
nowhere else.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from primetrade_cli import journal, manifest
from primetrade_cli.console import Status, console, status
from primetrade_cli.errors import ConflictError, EditTargetError
from primetrade_cli.inject import AlreadyPresent, Changed
from primetrade_cli.plan import CreateFile, DeleteFile, EditFile, Plan, Step


@dataclass(frozen=True)
class RunOptions:
    dry_run: bool = False
    force: bool = False
    json: bool = False
    quiet: bool = False


@dataclass(frozen=True)
class Change:
    path: str
    status: Status
    before: str | None
    after: str | None

    def diff(self) -> str:
        lines = difflib.unified_diff(
            (self.before or "").splitlines(keepends=True),
            (self.after or "").splitlines(keepends=True),
            fromfile="/dev/null" if self.before is None else f"a/{self.path}",
            tofile="/dev/null" if self.after is None else f"b/{self.path}",
        )
        return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


WRITES = (Status.CREATE, Status.EDIT, Status.REMOVE)


@dataclass(frozen=True)
class ChangeReport:
    changes: tuple[Change, ...]
    applied: bool

    @property
    def changed(self) -> bool:
        return any(change.status in WRITES for change in self.changes)

    def to_json(self, plan: Plan) -> dict[str, Any]:
        return {
            "applied": self.applied,
            "changed": self.changed,
            "plan": plan.to_json(),
            "files": [{"path": c.path, "status": c.status.value} for c in self.changes],
        }


class _Stage:
    """A virtual tree over the real one: steps see the effect of the steps before them."""

    def __init__(self, root: Path, force: bool) -> None:
        self.root = root
        self.force = force
        self.known = manifest.load(root)
        self.original: dict[str, str | None] = {}
        self.current: dict[str, str | None] = {}
        self.conflicts: list[Change] = []
        self.unable: list[str] = []

    def read(self, path: str) -> str | None:
        if path not in self.original:
            file = self.root / path
            self.original[path] = file.read_text() if file.is_file() else None
            self.current[path] = self.original[path]
        return self.current[path]

    def owned_by_user(self, path: str, text: str) -> bool:
        """True when the file differs from what primetrade last wrote there."""
        return not self.force and self.known.get(path) != manifest.digest(text)

    def apply(self, step: Step) -> None:
        text = self.read(step.path)
        if isinstance(step, CreateFile):
            if text is not None and text != step.content and self.owned_by_user(step.path, text):
                self.conflicts.append(Change(step.path, Status.CONFLICT, text, step.content))
                return
            self.current[step.path] = step.content
        elif isinstance(step, EditFile):
            self._edit(step, text)
        elif isinstance(step, DeleteFile) and text is not None:
            if self.owned_by_user(step.path, text):
                self.conflicts.append(Change(step.path, Status.CONFLICT, text, None))
                return
            self.current[step.path] = None

    def _edit(self, step: EditFile, text: str | None) -> None:
        if text is None:
            self.unable.append(f"{step.path}: file not found; {step.summary} by hand")
            return
        result = step.edit(text)
        if isinstance(result, Changed):
            self.current[step.path] = result.text
        elif not isinstance(result, AlreadyPresent):
            self.unable.append(f"{step.path}: {step.summary}\n{result.instructions}")

    def changes(self) -> tuple[Change, ...]:
        return tuple(
            _classify(path, self.original[path], self.current[path]) for path in self.current
        )


def _classify(path: str, before: str | None, after: str | None) -> Change:
    if before == after:
        word = Status.IDENTICAL if after is not None else Status.SKIP
    elif before is None:
        word = Status.CREATE
    elif after is None:
        word = Status.REMOVE
    else:
        word = Status.EDIT
    return Change(path, word, before, after)


def stage(plan: Plan, root: Path, force: bool = False) -> tuple[Change, ...]:
    """Run every step in memory; raise before any write when a file would be clobbered or
    cannot be edited."""
    staged = _Stage(root, force)
    for step in plan.steps:
        staged.apply(step)
    if staged.unable:
        raise EditTargetError(
            "an existing file does not have the shape primetrade knows; nothing was written",
            tuple(staged.unable),
            hint="make the edits below by hand, or restore the file, then run the command again",
        )
    if staged.conflicts:
        paths = ", ".join(c.path for c in staged.conflicts)
        raise ConflictError(
            f"you changed {paths} since primetrade wrote it; nothing was written",
            hint="keep your version, or run again with --force to overwrite it",
            diffs=tuple(c.diff() for c in staged.conflicts),
        )
    return staged.changes()


def execute(plan: Plan, root: Path, options: RunOptions) -> ChangeReport:
    """Stage `plan` under `root`, then print the diff (dry run) or write everything atomically."""
    if journal.recover(root):
        console().print("[yellow]rolled back an interrupted primetrade write[/yellow]")
    changes = stage(plan, root, options.force)
    writes = {c.path: c.after for c in changes if c.status in WRITES}
    if writes and not options.dry_run:
        known = manifest.load(root)
        writes[manifest.MANIFEST] = manifest.dump(manifest.updated(known, writes))
        journal.write_atomically(root, writes)
    report = ChangeReport(changes, applied=bool(writes) and not options.dry_run)
    _print(report, plan, options)
    return report


def _print(report: ChangeReport, plan: Plan, options: RunOptions) -> None:
    if options.json:
        console().print_json(json.dumps(report.to_json(plan)))
        return
    if options.quiet:
        return
    for change in report.changes:
        status(change.status, change.path)
    if options.dry_run:
        for change in report.changes:
            if change.status in WRITES:
                console().out(change.diff(), end="")
        console().print("[dim]dry run: nothing was written[/dim]")
    elif not report.changed:
        console().print("[dim]nothing to do: everything is already in place[/dim]")
