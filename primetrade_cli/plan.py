"""A Plan is data: the steps a generator wants, with no I/O. The change set executes it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from primetrade_cli.inject import Editor


@dataclass(frozen=True)
class CreateFile:
    """Create `path` (POSIX, relative to the project root) with `content`."""

    path: str
    content: str


@dataclass(frozen=True)
class EditFile:
    """Run a pure editor over an existing file."""

    path: str
    edit: Editor = field(compare=False)
    summary: str


@dataclass(frozen=True)
class DeleteFile:
    """Delete `path`; refused when the user changed it since primetrade wrote it (or --force)."""

    path: str


Step = CreateFile | EditFile | DeleteFile


@dataclass(frozen=True)
class Plan:
    steps: tuple[Step, ...] = ()

    @classmethod
    def of(cls, steps: Iterable[Step]) -> Plan:
        return cls(tuple(steps))

    def __add__(self, other: Plan) -> Plan:
        return Plan(self.steps + other.steps)

    def to_json(self) -> list[dict[str, Any]]:
        return [_step_json(step) for step in self.steps]


def _step_json(step: Step) -> dict[str, Any]:
    if isinstance(step, CreateFile):
        return {"action": "create", "path": step.path, "bytes": len(step.content.encode())}
    if isinstance(step, EditFile):
        return {"action": "edit", "path": step.path, "summary": step.summary}
    return {"action": "delete", "path": step.path}
