"""One error tree. The CLI boundary (cli/app.py) is the only place these become exit codes."""

from __future__ import annotations


class PrimetradeError(Exception):
    """Base of every error primetrade raises on purpose; anything else is a bug (exit 1)."""

    exit_code = 1


class UserError(PrimetradeError):
    """Something the user can fix: a one-line message and, where it helps, a hint with an
    example."""

    exit_code = 2

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class SpecError(UserError):
    """A name, field or option that cannot be turned into a valid spec."""


class ProjectNotFoundError(UserError):
    """The command needs a generated project and none encloses the working directory."""


class ConflictError(UserError):
    """A file the user changed (or a non-empty target) would be overwritten."""

    exit_code = 3

    def __init__(self, message: str, hint: str | None = None, diffs: tuple[str, ...] = ()) -> None:
        super().__init__(message, hint)
        self.diffs = diffs


class EditTargetError(UserError):
    """An existing file does not have the shape an editor recognises; carries the manual steps."""

    exit_code = 4

    def __init__(
        self, message: str, instructions: tuple[str, ...], hint: str | None = None
    ) -> None:
        super().__init__(message, hint)
        self.instructions = instructions


class ToolError(PrimetradeError):
    """An external tool primetrade ran (git, npm, ...) failed."""

    def __init__(self, message: str, output: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.output = output
