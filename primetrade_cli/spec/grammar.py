"""Tokenising `name:type[args]:modifier...` field strings (bracket-aware, no regex guesses)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from primetrade_cli.errors import SpecError

HINT = "fields look like `title:str[120]:index` or `'status:enum[todo,done]:default=todo'`"
TYPE_TOKEN = re.compile(r"^([a-z]+)(?:\[([^\[\]]*)\])?$")


@dataclass(frozen=True)
class RawField:
    name: str
    type_name: str
    args: tuple[str, ...] | None
    modifiers: tuple[str, ...]


def split_top_level(text: str, source: str) -> list[str]:
    """Split on ':' outside brackets; unbalanced brackets are an error."""
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    for char in text:
        if char == "[":
            depth += 1
            if depth > 1:
                raise SpecError(f"field {source!r}: nested '[' is not allowed", HINT)
        elif char == "]":
            depth -= 1
            if depth < 0:
                raise SpecError(f"field {source!r}: ']' without '['", HINT)
        if char == ":" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    if depth != 0:
        raise SpecError(f"field {source!r}: '[' is never closed", HINT)
    parts.append("".join(current))
    return parts


def tokenize(text: str) -> RawField:
    if not text or text != text.strip() or any(c.isspace() for c in text):
        raise SpecError(f"field {text!r} must not be empty or contain spaces", HINT)
    parts = split_top_level(text, text)
    if len(parts) < 2 or not parts[1]:
        raise SpecError(f"field {text!r} has no type", HINT)
    match = TYPE_TOKEN.match(parts[1])
    if match is None:
        raise SpecError(f"field {text!r}: malformed type {parts[1]!r}", HINT)
    type_name, inner = match.group(1), match.group(2)
    args: tuple[str, ...] | None = None
    if inner is not None:
        args = tuple(part.strip() for part in inner.split(","))
        if any(not part for part in args):
            raise SpecError(f"field {text!r}: empty value inside [{inner}]", HINT)
    modifiers = tuple(parts[2:])
    if any(not m for m in modifiers):
        raise SpecError(f"field {text!r}: empty modifier (two ':' in a row?)", HINT)
    return RawField(parts[0], type_name, args, modifiers)
