"""Comma-separated sequences in libcst trees laid out the way ruff would lay them out.

Two layouts exist: one line (``a, b, c``) and expanded (one item per line, trailing comma,
the closing bracket on its own line). Comments on an item's line survive in the expanded form.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

import libcst as cst

DEFAULT_LINE_LENGTH = 100  # the generated backend's [tool.ruff] line-length
_Item = TypeVar("_Item", cst.ImportAlias, cst.Element)


@dataclass(frozen=True)
class Layout:
    """How a sequence is written: expanded or not, and the item indentation when expanded."""

    expanded: bool
    indent: str = "    "


def has_comment(node: cst.CSTNode) -> bool:
    """True when the node's own text contains a comment (string literals aside)."""
    return any(token.comment is not None for token in _comment_carriers(node))


def _comment_carriers(node: cst.CSTNode) -> list[cst.TrailingWhitespace | cst.EmptyLine]:
    found: list[cst.TrailingWhitespace | cst.EmptyLine] = []

    class _Collect(cst.CSTVisitor):
        def visit_TrailingWhitespace(self, node: cst.TrailingWhitespace) -> None:
            found.append(node)

        def visit_EmptyLine(self, node: cst.EmptyLine) -> None:
            found.append(node)

    node.visit(_Collect())
    return found


def _first_line(
    comma: cst.Comma | cst.MaybeSentinel,
) -> tuple[cst.TrailingWhitespace, Sequence[cst.EmptyLine]]:
    if isinstance(comma, cst.Comma) and isinstance(
        comma.whitespace_after, cst.ParenthesizedWhitespace
    ):
        return comma.whitespace_after.first_line, comma.whitespace_after.empty_lines
    return cst.TrailingWhitespace(), ()


def expanded_ws(
    first: cst.TrailingWhitespace, empty: Sequence[cst.EmptyLine], last: str
) -> cst.ParenthesizedWhitespace:
    return cst.ParenthesizedWhitespace(
        first_line=first, empty_lines=empty, indent=True, last_line=cst.SimpleWhitespace(last)
    )


def lay_out(items: Sequence[_Item], layout: Layout) -> list[_Item]:
    """Give every item the comma its position needs in ``layout``."""
    result: list[_Item] = []
    for position, item in enumerate(items):
        is_last = position == len(items) - 1
        if layout.expanded:
            first, empty = _first_line(item.comma)
            ws = expanded_ws(first, empty, "" if is_last else layout.indent)
            comma: cst.Comma | cst.MaybeSentinel = cst.Comma(whitespace_after=ws)
        elif is_last:
            comma = cst.MaybeSentinel.DEFAULT
        else:
            comma = cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))
        result.append(item.with_changes(comma=comma))
    return result


def current_layout(
    opening: cst.BaseParenthesizableWhitespace | None, items: Sequence[_Item]
) -> Layout:
    """The layout a sequence uses: expanded if a line break follows the bracket or a comma."""
    if isinstance(opening, cst.ParenthesizedWhitespace):
        return Layout(expanded=True, indent=opening.last_line.value or "    ")
    for item in items:
        if isinstance(item.comma, cst.Comma) and isinstance(
            item.comma.whitespace_after, cst.ParenthesizedWhitespace
        ):
            return Layout(expanded=True)
    return Layout(expanded=False)


def opening_ws(
    opening: cst.BaseParenthesizableWhitespace | None, layout: Layout
) -> cst.BaseParenthesizableWhitespace:
    """Whitespace after the opening bracket for ``layout`` (keeping a comment that sat there)."""
    if not layout.expanded:
        return cst.SimpleWhitespace("")
    if isinstance(opening, cst.ParenthesizedWhitespace):
        return expanded_ws(opening.first_line, opening.empty_lines, layout.indent)
    return expanded_ws(cst.TrailingWhitespace(), (), layout.indent)


def choose_layout(
    old: Layout, *, commented: bool, new_fits: bool, old_fits: bool, growing: bool
) -> Layout:
    """Expanded when needed (comments inside, too long) or chosen (ruff's magic trailing comma).

    An expanded sequence that shrinks collapses only if it was expanded because it had to be
    (its one-line form did not fit), so add-then-remove gives back the original layout.
    """
    if commented or not new_fits or (old.expanded and (growing or old_fits)):
        return Layout(expanded=True, indent=old.indent)
    return Layout(expanded=False)


def fits(module: cst.Module, statement: cst.SimpleStatementLine, line_length: int) -> bool:
    """True when the statement renders on one line within ``line_length`` characters."""
    text = module.code_for_node(statement.with_changes(leading_lines=()))
    lines = text.rstrip("\n").split("\n")
    return len(lines) == 1 and len(lines[0]) <= line_length
