"""Structural edits of module-level ``from X import a, b`` statements and ``__all__`` lists."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import libcst as cst

from primetrade_cli.inject._order import module_key
from primetrade_cli.inject._pyseq import (
    Layout,
    choose_layout,
    current_layout,
    fits,
    has_comment,
    lay_out,
    opening_ws,
)

SortKey = Callable[[str], tuple[Any, ...]]


@dataclass(frozen=True)
class ImportSite:
    """One module-level ``from <module> import ...`` statement and where it sits in the body."""

    index: int
    line: cst.SimpleStatementLine
    node: cst.ImportFrom


def dotted(node: cst.BaseExpression | cst.Attribute | cst.Name | None) -> str | None:
    """``a.b.c`` for a Name/Attribute chain, None for anything else."""
    if isinstance(node, cst.Name):
        return node.value
    if isinstance(node, cst.Attribute):
        head = dotted(node.value)
        return None if head is None else f"{head}.{node.attr.value}"
    return None


def from_imports(module: cst.Module, predicate: Callable[[str], bool]) -> list[ImportSite]:
    """Module-level absolute from-imports (no star) whose module satisfies ``predicate``."""
    sites: list[ImportSite] = []
    for index, line in enumerate(module.body):
        if not isinstance(line, cst.SimpleStatementLine) or len(line.body) != 1:
            continue
        node = line.body[0]
        if (
            not isinstance(node, cst.ImportFrom)
            or node.relative
            or isinstance(node.names, cst.ImportStar)
        ):
            continue
        name = dotted(node.module)
        if name is not None and predicate(name):
            sites.append(ImportSite(index, line, node))
    return sites


def imported_names(node: cst.ImportFrom) -> list[str]:
    """The names a from-import binds from its module (their original names, not aliases)."""
    assert not isinstance(node.names, cst.ImportStar)
    return [dotted(alias.name) or "" for alias in node.names]


def _aliases(node: cst.ImportFrom) -> list[cst.ImportAlias]:
    assert not isinstance(node.names, cst.ImportStar)
    return list(node.names)


_NO_COMMENT = cst.TrailingWhitespace()


def _head_comment(site: ImportSite) -> tuple[cst.TrailingWhitespace, cst.ImportFrom]:
    """The comment heading the statement (after ``(`` or at the end of its one line), and the
    statement's node without it: isort keeps that comment on the first line in both layouts."""
    node = site.node
    opening = node.lpar.whitespace_after if node.lpar else None
    if isinstance(opening, cst.ParenthesizedWhitespace) and opening.first_line.comment:
        lpar = cst.LeftParen(whitespace_after=opening.with_changes(first_line=_NO_COMMENT))
        return opening.first_line, node.with_changes(lpar=lpar)
    return site.line.trailing_whitespace, node


def _render(
    node: cst.ImportFrom,
    aliases: Sequence[cst.ImportAlias],
    layout: Layout,
    head: cst.TrailingWhitespace,
    line: cst.SimpleStatementLine,
) -> cst.SimpleStatementLine:
    if not layout.expanded:
        flat = node.with_changes(names=lay_out(aliases, layout), lpar=None, rpar=None)
        return line.with_changes(body=[flat], trailing_whitespace=head)
    opening = opening_ws(node.lpar.whitespace_after if node.lpar else None, layout)
    if isinstance(opening, cst.ParenthesizedWhitespace) and head.comment:
        opening = opening.with_changes(first_line=head)
    tall = node.with_changes(
        names=lay_out(aliases, layout),
        lpar=cst.LeftParen(whitespace_after=opening),
        rpar=cst.RightParen(whitespace_before=cst.SimpleWhitespace("")),
    )
    return line.with_changes(body=[tall], trailing_whitespace=_NO_COMMENT if head.comment else head)


def with_names(
    module: cst.Module,
    site: ImportSite,
    aliases: Sequence[cst.ImportAlias],
    *,
    growing: bool,
    line_length: int,
) -> cst.SimpleStatementLine:
    """The site's statement importing ``aliases``, laid out as ruff's isort would accept.

    See ``choose_layout`` for when a statement is expanded or collapsed.
    """
    head, node = _head_comment(site)
    old = current_layout(node.lpar.whitespace_after if node.lpar else None, _aliases(node))
    flat = Layout(expanded=False)
    layout = choose_layout(
        old,
        commented=has_comment(node),
        new_fits=fits(module, _render(node, aliases, flat, head, site.line), line_length),
        old_fits=fits(module, _render(node, _aliases(node), flat, head, site.line), line_length),
        growing=growing,
    )
    return _render(node, aliases, layout, head, site.line)


def add_name(
    module: cst.Module, site: ImportSite, name: str, key: SortKey, line_length: int
) -> cst.Module:
    """Insert ``name`` into the site's names at its sorted place."""
    aliases = _aliases(site.node)
    position = len(aliases)
    for i, alias in enumerate(aliases):
        if key(dotted(alias.name) or "") > key(name):
            position = i
            break
    new_alias = cst.ImportAlias(name=cst.Name(name))
    aliases.insert(position, new_alias)
    line = with_names(module, site, aliases, growing=True, line_length=line_length)
    return replace_statement(module, site.index, line)


def remove_name(module: cst.Module, site: ImportSite, name: str, line_length: int) -> cst.Module:
    """Drop ``name`` from the site's names; drop the whole statement when it was the only one."""
    aliases = [alias for alias in _aliases(site.node) if dotted(alias.name) != name]
    if not aliases:
        return remove_import_statement(module, site.index)
    line = with_names(module, site, aliases, growing=False, line_length=line_length)
    return replace_statement(module, site.index, line)


def replace_statement(
    module: cst.Module, index: int, line: cst.SimpleStatementLine | cst.BaseCompoundStatement
) -> cst.Module:
    body = list(module.body)
    body[index] = line
    return module.with_changes(body=body)


def remove_statement(module: cst.Module, index: int) -> cst.Module:
    """Remove one statement; the blank lines and comments above it move to the next statement."""
    body = list(module.body)
    removed = body.pop(index)
    if index < len(body):
        following = body[index]
        merged = [*removed.leading_lines, *following.leading_lines]
        body[index] = following.with_changes(leading_lines=merged)
    return module.with_changes(body=body)


def _is_import(line: cst.BaseStatement) -> bool:
    return isinstance(line, cst.SimpleStatementLine) and any(
        isinstance(small, cst.Import | cst.ImportFrom) for small in line.body
    )


def _opens_block(body: Sequence[cst.BaseStatement], index: int) -> bool:
    """True when the statement at ``index`` is the first of its run of import statements."""
    return index == 0 or not _is_import(body[index - 1])


def _split_leading(
    lines: Sequence[cst.EmptyLine],
) -> tuple[list[cst.EmptyLine], list[cst.EmptyLine]]:
    """(the blank lines before the first comment, the rest)."""
    blanks: list[cst.EmptyLine] = []
    for line in lines:
        if line.comment is not None:
            break
        blanks.append(line)
    return blanks, list(lines[len(blanks) :])


def insert_sorted_import(
    module: cst.Module, sites: Sequence[ImportSite], statement: cst.SimpleStatementLine, target: str
) -> cst.Module:
    """Insert a new from-import among ``sites`` (non-empty, sorted) at ``target``'s isort place.

    Comments stay with the import below them. Inside a run of imports the new line goes right
    after its predecessor; at the head of a run it takes over the run's leading blank lines, and
    a comment that headed the run gets the blank line isort wants above a mid-block comment.
    ``remove_import_statement`` undoes exactly this.
    """
    body = list(module.body)
    key = module_key(target)
    after = [site for site in sites if module_key(dotted(site.node.module) or "") > key]
    index = after[0].index if after else sites[-1].index + 1
    if not after or not _opens_block(body, index):
        body.insert(index, statement.with_changes(leading_lines=()))
        return module.with_changes(body=body)
    blanks, rest = _split_leading(body[index].leading_lines)
    separated = [cst.EmptyLine(), *rest] if rest else []
    body[index] = body[index].with_changes(leading_lines=separated)
    body.insert(index, statement.with_changes(leading_lines=blanks))
    return module.with_changes(body=body)


def remove_import_statement(module: cst.Module, index: int) -> cst.Module:
    """Remove an import statement, undoing ``insert_sorted_import``'s handling of leading lines."""
    body = list(module.body)
    if index + 1 < len(body) and _opens_block(body, index) and _is_import(body[index + 1]):
        following = body[index + 1]
        blanks, rest = _split_leading(following.leading_lines)
        if blanks and rest:
            body[index + 1] = following.with_changes(leading_lines=[*blanks[1:], *rest])
            module = module.with_changes(body=body)
    return remove_statement(module, index)


def new_from_import(
    module: cst.Module, source_module: str, names: Sequence[str], line_length: int
) -> cst.SimpleStatementLine:
    """``from <source_module> import <names>``, wrapped as isort would when too long."""
    line = cst.parse_statement(f"from {source_module} import {', '.join(names)}\n")
    assert isinstance(line, cst.SimpleStatementLine)
    node = line.body[0]
    assert isinstance(node, cst.ImportFrom)
    site = ImportSite(-1, line, node)
    return with_names(module, site, _aliases(node), growing=True, line_length=line_length)
