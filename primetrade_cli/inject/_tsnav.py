"""Nav registry ``src/nav.ts``, ``export const navItems: NavItem[] = [{ to, label, roles? }]``."""

from __future__ import annotations

from dataclasses import dataclass

import tree_sitter

from primetrade_cli.inject import AlreadyPresent, Changed, EditResult, Unable
from primetrade_cli.inject._tsbase import (
    indent_of,
    js_string,
    keep_line_endings,
    line_end,
    line_start,
    parse,
    problems,
    splice,
    string_value,
    text,
)

NAV_FILE = "frontend/src/nav.ts"
_NAV_SHAPE = """\
    export const navItems: NavItem[] = [
      { to: "/", label: "Home" },
      { to: "/items", label: "Items", roles: ["admin"] },
    ];"""


@dataclass(frozen=True)
class ArrayItem:
    node: tree_sitter.Node
    comma: tree_sitter.Node | None


def _item_text(to: str, label: str, roles: tuple[str, ...], quote: str, padded: bool) -> str:
    parts = [f"to: {js_string(to, quote)}", f"label: {js_string(label, quote)}"]
    if roles:
        parts.append(f"roles: [{', '.join(js_string(role, quote) for role in roles)}]")
    inner = ", ".join(parts)
    return f"{{ {inner} }}" if padded else f"{{{inner}}}"


def _unable(reason: str, steps: str) -> Unable:
    return Unable(
        f"{NAV_FILE}: shape not recognised: {reason}.\nExpected a file shaped like:\n{_NAV_SHAPE}\n"
        f"Make this change by hand:\n{steps}"
    )


def _nav_array(root: tree_sitter.Node) -> tree_sitter.Node | str:
    for statement in (c for c in root.named_children if c.type == "export_statement"):
        for declaration in (c for c in statement.named_children if c.type == "lexical_declaration"):
            for declarator in (
                c for c in declaration.named_children if c.type == "variable_declarator"
            ):
                if text(declarator.child_by_field_name("name")) != "navItems":
                    continue
                value = declarator.child_by_field_name("value")
                while value is not None and value.type in ("satisfies_expression", "as_expression"):
                    value = value.named_children[0]
                if value is not None and value.type == "array":
                    return value
                return "`navItems` is not initialised with an array literal"
    return "no `export const navItems = [...]`"


def array_items(array: tree_sitter.Node) -> list[ArrayItem]:
    items: list[ArrayItem] = []
    for child in array.children:
        if child.type == ",":
            if items and items[-1].comma is None:
                items[-1] = ArrayItem(items[-1].node, child)
        elif child.is_named and child.type != "comment":
            items.append(ArrayItem(child, None))
    return items


def _to_of(item: ArrayItem) -> str | None:
    if item.node.type != "object":
        return None
    for pair in (p for p in item.node.named_children if p.type == "pair"):
        if text(pair.child_by_field_name("key")) == "to":
            return string_value(pair.child_by_field_name("value"))
    return None


def _style(items: list[ArrayItem]) -> tuple[str, bool]:
    for item in items:
        for pair in (p for p in item.node.named_children if p.type == "pair"):
            value = pair.child_by_field_name("value")
            if value is not None and value.type == "string" and value.text:
                return value.text[:1].decode(), text(item.node).startswith("{ ")
    return '"', True


def _load(source: str) -> tuple[bytes, list[ArrayItem], tree_sitter.Node] | str:
    data = source.encode()
    root = parse(data, "ts")
    errors = problems(root)
    if errors:
        return f"it does not parse as TypeScript ({', '.join(errors[:3])})"
    array = _nav_array(root)
    return array if isinstance(array, str) else (data, array_items(array), array)


def append_item(
    data: bytes, array: tree_sitter.Node, items: list[ArrayItem], entry: bytes
) -> bytes:
    if not items:
        return splice(data, array.start_byte + 1, array.end_byte - 1, b"\n  " + entry + b",\n")
    last = items[-1]
    multiline = data.count(b"\n", array.start_byte, items[0].node.start_byte) > 0
    if not multiline:
        at = last.comma.end_byte if last.comma else last.node.end_byte
        return splice(data, at, at, (b" " + entry + b",") if last.comma else (b", " + entry))
    indent = indent_of(data, last.node.start_byte)
    if last.comma is None:
        return splice(data, last.node.end_byte, last.node.end_byte, b",\n" + indent + entry)
    at = line_end(data, last.comma.end_byte)
    return splice(data, at, at, b"\n" + indent + entry + b",")


def add_nav_item(source: str, *, to: str, label: str, roles: tuple[str, ...] = ()) -> EditResult:
    """Append ``{ to, label, roles? }`` to ``navItems`` (idempotent by ``to``)."""
    return keep_line_endings(source, lambda text: _add_nav_item(text, to, label, roles))


def _add_nav_item(source: str, to: str, label: str, roles: tuple[str, ...]) -> EditResult:
    loaded = _load(source)
    wanted = _item_text(to, label, roles, '"', True)
    step = f"    add `{wanted},` as the last element of navItems"
    if isinstance(loaded, str):
        return _unable(loaded, step)
    data, items, array = loaded
    if any(_to_of(item) == to for item in items):
        return AlreadyPresent()
    quote, padded = _style(items)
    entry = _item_text(to, label, roles, quote, padded).encode()
    return _checked(append_item(data, array, items, entry), step)


def cut_item(data: bytes, array: tree_sitter.Node, items: list[ArrayItem], k: int) -> bytes | None:
    item = items[k]
    multiline = data.count(b"\n", array.start_byte, items[0].node.start_byte) > 0
    if len(items) == 1:
        return splice(data, array.start_byte + 1, array.end_byte - 1)
    if item.comma is None:
        return splice(data, items[k - 1].node.end_byte, item.node.end_byte)
    if multiline:
        if data[line_start(data, item.node.start_byte) : item.node.start_byte].strip():
            return None
        start = line_start(data, item.node.start_byte)
        return splice(data, start, min(line_end(data, item.comma.end_byte) + 1, len(data)))
    if k == 0:
        return splice(data, item.node.start_byte, items[1].node.start_byte)
    previous = items[k - 1].comma
    assert previous is not None
    return splice(data, previous.end_byte, item.comma.end_byte)


def remove_nav_item(source: str, *, to: str) -> EditResult:
    """Drop the element of ``navItems`` whose ``to`` is ``to``."""
    return keep_line_endings(source, lambda text: _remove_nav_item(text, to))


def _remove_nav_item(source: str, to: str) -> EditResult:
    loaded = _load(source)
    step = f'    remove the element with `to: "{to}"` from navItems'
    if isinstance(loaded, str):
        return _unable(loaded, step)
    data, items, array = loaded
    matches = [k for k, item in enumerate(items) if _to_of(item) == to]
    if not matches:
        return AlreadyPresent()
    cut = cut_item(data, array, items, matches[0])
    return (
        _unable("the element shares its line with others", step)
        if cut is None
        else _checked(cut, step)
    )


def _checked(data: bytes, step: str) -> EditResult:
    errors = problems(parse(data, "ts"))
    if errors:  # never hand back text that does not parse
        return _unable(f"the edit would not parse ({', '.join(errors[:3])})", step)
    return Changed(data.decode())
