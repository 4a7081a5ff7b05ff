"""Structural edits of a module-level ``__all__ = ["A", "B"]`` list, sorted as RUF022 wants."""

from __future__ import annotations

from dataclasses import dataclass

import libcst as cst

from primetrade_cli.inject._order import dunder_all_key
from primetrade_cli.inject._pyimports import replace_statement
from primetrade_cli.inject._pyseq import (
    Layout,
    choose_layout,
    current_layout,
    fits,
    has_comment,
    lay_out,
    opening_ws,
)


@dataclass(frozen=True)
class AllSite:
    """The ``__all__`` statement, its list and the names in it."""

    index: int
    line: cst.SimpleStatementLine
    value: cst.List
    names: tuple[str, ...]


def _all_value(statement: cst.BaseSmallStatement) -> cst.BaseExpression | None:
    if isinstance(statement, cst.Assign) and len(statement.targets) == 1:
        target = statement.targets[0].target
        if isinstance(target, cst.Name) and target.value == "__all__":
            return statement.value
    if (
        isinstance(statement, cst.AnnAssign)
        and isinstance(statement.target, cst.Name)
        and statement.target.value == "__all__"
    ):
        return statement.value
    return None


def _string_names(value: cst.List) -> tuple[str, ...] | None:
    names: list[str] = []
    for element in value.elements:
        if not isinstance(element, cst.Element) or not isinstance(element.value, cst.SimpleString):
            return None
        evaluated = element.value.evaluated_value
        if not isinstance(evaluated, str):
            return None
        names.append(evaluated)
    return tuple(names)


def find_all(module: cst.Module) -> AllSite | str | None:
    """The ``__all__`` list; None if absent; a reason string if not a plain list."""
    for index, line in enumerate(module.body):
        if not isinstance(line, cst.SimpleStatementLine) or len(line.body) != 1:
            continue
        value = _all_value(line.body[0])
        if value is None:
            continue
        if not isinstance(value, cst.List):
            return "`__all__` is not a list literal"
        names = _string_names(value)
        if names is None:
            return "`__all__` holds something other than plain strings"
        return AllSite(index, line, value, names)
    return None


def _quote(value: cst.List) -> str:
    for element in value.elements:
        if isinstance(element.value, cst.SimpleString):
            return element.value.quote
    return '"'


def _render(value: cst.List, elements: list[cst.Element], layout: Layout) -> cst.List:
    return value.with_changes(
        elements=lay_out(elements, layout),
        lbracket=cst.LeftSquareBracket(
            whitespace_after=opening_ws(value.lbracket.whitespace_after, layout)
        ),
        rbracket=cst.RightSquareBracket(whitespace_before=cst.SimpleWhitespace("")),
    )


def _with_value(line: cst.SimpleStatementLine, value: cst.List) -> cst.SimpleStatementLine:
    statement = line.body[0]
    assert isinstance(statement, cst.Assign | cst.AnnAssign)
    return line.with_changes(body=[statement.with_changes(value=value)])


def _relaid(
    module: cst.Module, site: AllSite, elements: list[cst.Element], growing: bool, line_length: int
) -> cst.Module:
    current = [e for e in site.value.elements if isinstance(e, cst.Element)]
    old = current_layout(site.value.lbracket.whitespace_after, current)
    one_line = _with_value(site.line, _render(site.value, elements, Layout(expanded=False)))
    before = _with_value(site.line, _render(site.value, current, Layout(expanded=False)))
    layout = choose_layout(
        old,
        commented=has_comment(site.value),
        new_fits=fits(module, one_line, line_length),
        old_fits=fits(module, before, line_length),
        growing=growing,
    )
    return replace_statement(
        module, site.index, _with_value(site.line, _render(site.value, elements, layout))
    )


def add_to_all(module: cst.Module, site: AllSite, name: str, line_length: int) -> cst.Module:
    """Insert ``name`` into ``__all__`` at its RUF022 place."""
    elements = [e for e in site.value.elements if isinstance(e, cst.Element)]
    position = len(elements)
    for i, existing in enumerate(site.names):
        if dunder_all_key(existing) > dunder_all_key(name):
            position = i
            break
    quote = _quote(site.value)
    elements.insert(position, cst.Element(value=cst.SimpleString(f"{quote}{name}{quote}")))
    return _relaid(module, site, elements, True, line_length)


def remove_from_all(module: cst.Module, site: AllSite, name: str, line_length: int) -> cst.Module:
    """Drop ``name`` from ``__all__``."""
    elements = [
        e
        for e, existing in zip(site.value.elements, site.names, strict=True)
        if isinstance(e, cst.Element) and existing != name
    ]
    return _relaid(module, site, elements, False, line_length)
