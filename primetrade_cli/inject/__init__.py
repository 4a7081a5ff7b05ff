"""Results of the pure text -> text editors. No heavy imports here: libcst and tree-sitter load lazily."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Changed:
    text: str


@dataclass(frozen=True)
class AlreadyPresent:
    pass


@dataclass(frozen=True)
class Unable:
    instructions: str


EditResult = Changed | AlreadyPresent | Unable
Editor = Callable[[str], EditResult]
