"""Named imports (``import { A } from "./a";``) in a TS/TSX program: find, add, remove."""

from __future__ import annotations

from dataclasses import dataclass

import tree_sitter

from primetrade_cli.inject._tsbase import (
    alone_on_line,
    line_end,
    line_start,
    splice,
    string_value,
    text,
)


@dataclass(frozen=True)
class Binding:
    """One name an import statement binds, and the specifier node that binds it (None: default)."""

    name: str
    imported: str
    source: str
    statement: tree_sitter.Node
    specifier: tree_sitter.Node | None


def import_statements(root: tree_sitter.Node) -> list[tree_sitter.Node]:
    return [child for child in root.named_children if child.type == "import_statement"]


def _bindings_of(statement: tree_sitter.Node) -> list[Binding]:
    source = string_value(statement.child_by_field_name("source")) or ""
    found: list[Binding] = []
    for clause in (c for c in statement.named_children if c.type == "import_clause"):
        for part in clause.named_children:
            if part.type == "identifier":
                found.append(Binding(text(part), "default", source, statement, None))
            for spec in (s for s in part.named_children if s.type == "import_specifier"):
                name, alias = spec.child_by_field_name("name"), spec.child_by_field_name("alias")
                found.append(Binding(text(alias or name), text(name), source, statement, spec))
    return found


def bindings(root: tree_sitter.Node) -> list[Binding]:
    """Every name bound by the program's import statements."""
    return [b for statement in import_statements(root) for b in _bindings_of(statement)]


def quote_style(root: tree_sitter.Node) -> str:
    for statement in import_statements(root):
        source = statement.child_by_field_name("source")
        if source is not None and source.text:
            return source.text[:1].decode()
    return '"'


def insert_after_last_import(source: bytes, root: tree_sitter.Node, line: str) -> bytes | None:
    """``line`` on a new line right after the last import's line; None when there is no import."""
    statements = import_statements(root)
    if not statements:
        return None
    at = line_end(source, statements[-1].end_byte)
    return splice(source, at, at, b"\n" + line.encode())


def remove_binding(source: bytes, binding: Binding) -> bytes | None:
    """Drop the import of one binding; None when the statement is laid out too oddly to cut."""
    statement = binding.statement
    if len(_bindings_of(statement)) == 1:
        if not alone_on_line(source, statement):
            return None
        start = line_start(source, statement.start_byte)
        return splice(source, start, min(line_end(source, statement.end_byte) + 1, len(source)))
    spec = binding.specifier
    if spec is None:
        return None
    return _remove_specifier(source, spec)


def _remove_specifier(source: bytes, spec: tree_sitter.Node) -> bytes:
    following = spec.next_sibling
    if following is not None and following.type == ",":
        end = following.end_byte
        while end < len(source) and source[end : end + 1] in (b" ", b"\t"):
            end += 1
        return splice(source, spec.start_byte, end)
    previous = spec.prev_sibling
    start = (
        previous.start_byte if previous is not None and previous.type == "," else spec.start_byte
    )
    return splice(source, start, spec.end_byte)
