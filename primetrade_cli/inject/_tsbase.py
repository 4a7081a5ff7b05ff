"""tree-sitter plumbing shared by the TSX/TS editors: parsing, node lookups, byte splices."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache

import tree_sitter
import tree_sitter_typescript

from primetrade_cli.inject import Changed, EditResult


@lru_cache(maxsize=2)
def _parser(dialect: str) -> tree_sitter.Parser:
    raw = (
        tree_sitter_typescript.language_tsx()
        if dialect == "tsx"
        else tree_sitter_typescript.language_typescript()
    )
    return tree_sitter.Parser(tree_sitter.Language(raw))


def parse(source: bytes, dialect: str = "tsx") -> tree_sitter.Node:
    """The root node of ``source`` parsed as TSX (or plain TypeScript with dialect="ts")."""
    return _parser(dialect).parse(source).root_node


def problems(root: tree_sitter.Node) -> list[str]:
    """ERROR and MISSING nodes as ``line:column kind`` strings (empty when the text parses)."""
    found: list[str] = []
    for node in walk(root):
        if node.is_error or node.is_missing:
            row, column = node.start_point
            kind = f"missing {node.type}" if node.is_missing else "syntax error"
            found.append(f"{row + 1}:{column + 1} {kind}")
    return found


def walk(node: tree_sitter.Node) -> Iterator[tree_sitter.Node]:
    """Every node below ``node`` (pre-order), including ``node``."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed(current.children))


def text(node: tree_sitter.Node | None) -> str:
    return "" if node is None or node.text is None else node.text.decode("utf-8")


def string_value(node: tree_sitter.Node | None) -> str | None:
    """The value of a plain string literal node (no escapes), else None."""
    if node is None or node.type != "string":
        return None
    fragments = [child for child in node.named_children if child.type != "comment"]
    if any(child.type != "string_fragment" for child in fragments):
        return None
    return "".join(text(child) for child in fragments)


def line_start(source: bytes, offset: int) -> int:
    return source.rfind(b"\n", 0, offset) + 1


def line_end(source: bytes, offset: int) -> int:
    end = source.find(b"\n", offset)
    return len(source) if end < 0 else end


def indent_of(source: bytes, offset: int) -> bytes:
    """The leading whitespace of the line holding ``offset``."""
    start = line_start(source, offset)
    line = source[start : line_end(source, offset)]
    return line[: len(line) - len(line.lstrip(b" \t"))]


def alone_on_line(source: bytes, node: tree_sitter.Node) -> bool:
    """True when only whitespace surrounds ``node`` on its first and last lines."""
    before = source[line_start(source, node.start_byte) : node.start_byte]
    after = source[node.end_byte : line_end(source, node.end_byte)]
    return not before.strip() and not after.strip()


def splice(source: bytes, start: int, end: int, replacement: bytes = b"") -> bytes:
    return source[:start] + replacement + source[end:]


def js_string(value: str, quote: str) -> str:
    """A TS string literal for ``value`` in the file's quote style."""
    escaped = value.replace("\\", "\\\\").replace(quote, "\\" + quote).replace("\n", "\\n")
    return f"{quote}{escaped}{quote}"


def keep_line_endings(source: str, edit: Callable[[str], EditResult]) -> EditResult:
    """Run ``edit`` on LF text; a file written with CRLF throughout gets CRLF back."""
    crlf = "\r\n" in source and source.count("\r\n") == source.count("\n")
    if not crlf:
        return edit(source)
    result = edit(source.replace("\r\n", "\n"))
    return Changed(result.text.replace("\n", "\r\n")) if isinstance(result, Changed) else result
