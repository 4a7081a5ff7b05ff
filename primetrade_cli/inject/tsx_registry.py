"""Related-panel registries (``src/pages/<feature>Related.ts``), edited with tree-sitter.

Shape::

    import type { RelatedPanel } from "../components/crud/related";
    import { TaskByItemPanel } from "../components/TaskByItemPanel";

    export const itemRelated: RelatedPanel[] = [
      { key: "tasks-item", title: "Tasks", Panel: TaskByItemPanel },
    ];

A feature that references another adds one import and one element (idempotent by ``key``);
removing drops both. Unknown shapes refuse with the exact lines to write by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import tree_sitter

from primetrade_cli.inject import AlreadyPresent, Changed, EditResult, Unable
from primetrade_cli.inject._tsbase import (
    js_string,
    keep_line_endings,
    parse,
    problems,
    string_value,
    text,
)
from primetrade_cli.inject._tsimports import (
    Binding,
    bindings,
    insert_after_last_import,
    quote_style,
    remove_binding,
)
from primetrade_cli.inject._tsnav import ArrayItem, append_item, array_items, cut_item

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


@dataclass(frozen=True)
class Panel:
    """One element of a related-panel registry and the import it needs."""

    array: str
    component: str
    import_path: str
    key: str
    title: str

    def check(self) -> None:
        for value in (self.array, self.component):
            if not _IDENTIFIER.match(value):
                raise ValueError(f"{value!r} is not an identifier")
        for value in (self.import_path, self.key, self.title):
            if not value or any(c in value for c in "\"'`\\\n"):
                raise ValueError(f"{value!r} is empty or holds quotes, backslashes or newlines")

    def entry(self, quote: str = '"') -> str:
        key, title = js_string(self.key, quote), js_string(self.title, quote)
        return f"{{ key: {key}, title: {title}, Panel: {self.component} }}"

    def import_line(self, quote: str = '"') -> str:
        return f"import {{ {self.component} }} from {js_string(self.import_path, quote)};"


def _unable(panel: Panel, reason: str, adding: bool) -> Unable:
    if adding:
        steps = (
            f"    after the last import: {panel.import_line()}\n"
            f"    as the last element of {panel.array}: {panel.entry()},"
        )
    else:
        steps = (
            f"    delete the element with key {panel.key!r} from {panel.array}"
            f" and the import of {panel.component}"
        )
    return Unable(
        f"related-panel registry: shape not recognised: {reason}.\n"
        f"Expected `export const {panel.array}: RelatedPanel[] = [ ... ];`"
        " with one object per panel.\n"
        f"Make this change by hand:\n{steps}"
    )


def _array(root: tree_sitter.Node, name: str) -> tree_sitter.Node | str:
    for statement in (c for c in root.named_children if c.type == "export_statement"):
        for declaration in (c for c in statement.named_children if c.type == "lexical_declaration"):
            for declarator in (
                c for c in declaration.named_children if c.type == "variable_declarator"
            ):
                if text(declarator.child_by_field_name("name")) != name:
                    continue
                value = declarator.child_by_field_name("value")
                if value is not None and value.type == "array":
                    return value
                return f"`{name}` is not initialised with an array literal"
    return f"no `export const {name} = [...]`"


def _key_of(item: ArrayItem) -> str | None:
    if item.node.type != "object":
        return None
    for pair in (p for p in item.node.named_children if p.type == "pair"):
        if text(pair.child_by_field_name("key")) == "key":
            return string_value(pair.child_by_field_name("value"))
    return None


def _load(source: str, panel: Panel) -> tuple[bytes, tree_sitter.Node, tree_sitter.Node] | str:
    data = source.encode()
    root = parse(data, "ts")
    errors = problems(root)
    if errors:
        return f"it does not parse as TypeScript ({', '.join(errors[:3])})"
    array = _array(root, panel.array)
    return array if isinstance(array, str) else (data, root, array)


def _binding(root: tree_sitter.Node, panel: Panel) -> Binding | str | None:
    for binding in bindings(root):
        if binding.name == panel.component:
            if binding.source == panel.import_path:
                return binding
            return f"`{panel.component}` is already imported from {binding.source!r}"
    return None


def _checked(source: str, data: bytes, panel: Panel, adding: bool) -> EditResult:
    if data == source.encode():
        return AlreadyPresent()
    errors = problems(parse(data, "ts"))
    if errors:  # never hand back text that does not parse
        return _unable(panel, f"the edit would not parse ({', '.join(errors[:3])})", adding)
    return Changed(data.decode())


def add_panel(source: str, panel: Panel) -> EditResult:
    """Import ``panel.component`` and append its element to the registry (idempotent by key)."""
    panel.check()
    return keep_line_endings(source, lambda content: _add(content, panel))


def _add(source: str, panel: Panel) -> EditResult:
    loaded = _load(source, panel)
    if isinstance(loaded, str):
        return _unable(panel, loaded, True)
    data, root, array = loaded
    binding = _binding(root, panel)
    if isinstance(binding, str):
        return _unable(panel, binding, True)
    quote = quote_style(root)
    if not any(_key_of(item) == panel.key for item in array_items(array)):
        data = append_item(data, array, array_items(array), panel.entry(quote).encode())
    if binding is None:
        inserted = insert_after_last_import(data, parse(data, "ts"), panel.import_line(quote))
        if inserted is None:
            return _unable(panel, "no import statement to add after", True)
        data = inserted
    return _checked(source, data, panel, True)


def remove_panel(source: str, panel: Panel) -> EditResult:
    """Drop the element with ``panel.key`` and the import of ``panel.component``."""
    panel.check()
    return keep_line_endings(source, lambda content: _remove(content, panel))


def _remove(source: str, panel: Panel) -> EditResult:
    loaded = _load(source, panel)
    if isinstance(loaded, str):
        return _unable(panel, loaded, False)
    data, root, array = loaded
    items = array_items(array)
    matches = [k for k, item in enumerate(items) if _key_of(item) == panel.key]
    if matches:
        cut = cut_item(data, array, items, matches[0])
        if cut is None:
            return _unable(panel, "the element shares its line with others", False)
        data = cut
        root = parse(data, "ts")
    binding = _binding(root, panel)
    if isinstance(binding, Binding):
        removed = remove_binding(data, binding)
        if removed is None:
            return _unable(panel, "the import shares its line", False)
        data = removed
    return _checked(source, data, panel, False)
