"""Pure, idempotent, honest editors of the registries a feature touches.

Every editor takes the whole text of one file and returns one of:

* ``Changed(text)``     -- the edited text (the caller stages it; editors never write);
* ``AlreadyPresent()``  -- nothing to do (adding what is there, removing what is absent);
* ``Unable(instructions)`` -- the file's shape was not recognised; ``instructions`` name the
  expected shape and give the exact lines to add or remove, for the user to apply by hand.

This module stays import-light: libcst lives in ``inject.python`` and tree-sitter in
``inject.tsx``, imported only when an edit runs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeAlias


@dataclass(frozen=True)
class Changed:
    """The edit applied; ``text`` is the whole new file."""

    text: str


@dataclass(frozen=True)
class AlreadyPresent:
    """The file already says what the edit would make it say."""


@dataclass(frozen=True)
class Unable:
    """The file's shape was not recognised; ``instructions`` tell the user what to do by hand."""

    instructions: str


EditResult: TypeAlias = Changed | AlreadyPresent | Unable
Editor: TypeAlias = Callable[[str], EditResult]

__all__ = ["AlreadyPresent", "Changed", "EditResult", "Editor", "Unable"]
