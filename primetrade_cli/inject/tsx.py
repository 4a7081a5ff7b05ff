"""tree-sitter editors of the frontend registries: the route table (``src/App.tsx``) and the
nav items (``src/nav.ts``, see ``_tsnav``).

Edits are byte splices at node offsets: new lines copy their siblings' indentation, and every
byte outside the splice is kept. Presence is decided on the syntax tree (a route by its path,
an import by the name it binds), never by searching text.
"""

from __future__ import annotations

import re

import tree_sitter

from primetrade_cli.inject import AlreadyPresent, Changed, EditResult, Unable
from primetrade_cli.inject._tsbase import (
    alone_on_line,
    indent_of,
    keep_line_endings,
    line_start,
    parse,
    problems,
    splice,
    string_value,
    text,
    walk,
)
from primetrade_cli.inject._tsimports import (
    Binding,
    bindings,
    insert_after_last_import,
    quote_style,
    remove_binding,
)
from primetrade_cli.inject._tsnav import add_nav_item, remove_nav_item

APP_FILE = "frontend/src/App.tsx"
_COMPONENT = re.compile(r"[A-Z][A-Za-z0-9_]*\Z")
_APP_SHAPE = """\
    import { Layout } from "./components/Layout";
    ...
    <Route element={<ProtectedRoute><Layout /></ProtectedRoute>}>
      <Route index element={<HomePage />} />
      <Route path="/items" element={<ItemListPage />} />
    </Route>"""

__all__ = ["add_nav_item", "add_route", "remove_nav_item", "remove_route"]


def _check(component: str, import_path: str, path: str) -> None:
    if not _COMPONENT.match(component):
        raise ValueError(f"component {component!r} is not a PascalCase identifier")
    for value, what in ((import_path, "import path"), (path, "route path")):
        if not value or any(c in value for c in "\"'`\\\n{}<>"):
            raise ValueError(f"{what} {value!r} is empty or holds quotes, braces or newlines")


def _import_line(component: str, import_path: str, quote: str) -> str:
    return f"import {{ {component} }} from {quote}{import_path}{quote};"


def _route_line(component: str, path: str) -> str:
    return f'<Route path="{path}" element={{<{component} />}} />'


def _app_unable(reason: str, component: str, import_path: str, path: str, verb: str) -> Unable:
    import_line = _import_line(component, import_path, '"')
    lines = f"    {import_line}\n    {_route_line(component, path)}"
    where = (
        "the import after the last import, the route as the last child"
        " of the <Route> that has an index route"
        if verb == "add"
        else "delete these lines (the import only if nothing else uses it)"
    )
    return Unable(
        f"{APP_FILE}: shape not recognised: {reason}.\nExpected a file shaped like:\n{_APP_SHAPE}\n"
        f"Make this change by hand ({where}):\n{lines}"
    )


def _tag_name(element: tree_sitter.Node) -> str:
    if element.type == "jsx_self_closing_element":
        return text(element.child_by_field_name("name"))
    if element.type == "jsx_element":
        opening = element.child_by_field_name("open_tag")
        return text(opening.child_by_field_name("name")) if opening is not None else ""
    return ""


def _attributes(element: tree_sitter.Node) -> dict[str, tree_sitter.Node]:
    holder = (
        element
        if element.type == "jsx_self_closing_element"
        else element.child_by_field_name("open_tag")
    )
    found: dict[str, tree_sitter.Node] = {}
    for attribute in (
        a for a in (holder.named_children if holder else []) if a.type == "jsx_attribute"
    ):
        found[text(attribute.named_children[0])] = attribute
    return found


def _routes(root: tree_sitter.Node) -> list[tree_sitter.Node]:
    return [
        n
        for n in walk(root)
        if n.type in ("jsx_element", "jsx_self_closing_element") and _tag_name(n) == "Route"
    ]


def _route_path(route: tree_sitter.Node) -> str | None:
    attribute = _attributes(route).get("path")
    return (
        None
        if attribute is None or len(attribute.named_children) < 2
        else string_value(attribute.named_children[1])
    )


def _element_component(route: tree_sitter.Node) -> str | None:
    attribute = _attributes(route).get("element")
    if attribute is None or len(attribute.named_children) < 2:
        return None
    inner = [
        n
        for n in attribute.named_children[1].named_children
        if n.type == "jsx_self_closing_element"
    ]
    return _tag_name(inner[0]) if len(inner) == 1 else None


def _children(element: tree_sitter.Node) -> list[tree_sitter.Node]:
    skip = {"jsx_opening_element", "jsx_closing_element", "jsx_text", "comment"}
    return [c for c in element.named_children if c.type not in skip]


def _app_shell(root: tree_sitter.Node) -> tree_sitter.Node | str:
    shells = [
        r
        for r in _routes(root)
        if r.type == "jsx_element"
        and any(_tag_name(c) == "Route" and "index" in _attributes(c) for c in _children(r))
    ]
    if len(shells) != 1:
        return f"expected one <Route> element with an index child route, found {len(shells)}"
    return shells[0]


def _parsed(source: bytes) -> tree_sitter.Node | str:
    root = parse(source)
    errors = problems(root)
    return root if not errors else f"it does not parse as TSX ({', '.join(errors[:3])})"


def _own_binding(root: tree_sitter.Node, component: str, import_path: str) -> Binding | str | None:
    """The import of ``component`` from ``import_path``; None if absent; a reason on conflict."""
    for binding in bindings(root):
        if binding.name == component:
            if binding.source == import_path and binding.imported == component:
                return binding
            return f"`{component}` is already imported from {binding.source!r}"
    return None


def add_route(source: str, *, component: str, import_path: str, path: str) -> EditResult:
    """Import ``component`` and route ``path`` to it inside the app shell (idempotent by path)."""
    _check(component, import_path, path)
    return keep_line_endings(source, lambda text: _add_route(text, component, import_path, path))


def _add_route(source: str, component: str, import_path: str, path: str) -> EditResult:
    data = source.encode()
    root = _parsed(data)
    shell = root if isinstance(root, str) else _app_shell(root)
    if isinstance(shell, str) or isinstance(root, str):
        return _app_unable(str(shell), component, import_path, path, "add")
    binding = _own_binding(root, component, import_path)
    if isinstance(binding, str):
        return _app_unable(binding, component, import_path, path, "add")
    existing = [r for r in _routes(root) if _route_path(r) == path]
    if existing and _element_component(existing[0]) != component:
        return _app_unable(
            f"path {path!r} already routes to another element", component, import_path, path, "add"
        )
    if not existing:
        last = _children(shell)[-1]
        line = b"\n" + indent_of(data, last.start_byte) + _route_line(component, path).encode()
        data = splice(data, last.end_byte, last.end_byte, line)
    if binding is None:
        inserted = insert_after_last_import(
            data, parse(data), _import_line(component, import_path, quote_style(root))
        )
        if inserted is None:
            return _app_unable(
                "no import statement to add after", component, import_path, path, "add"
            )
        data = inserted
    return _result(source, data, component, import_path, path)


def _result(source: str, data: bytes, component: str, import_path: str, path: str) -> EditResult:
    if data == source.encode():
        return AlreadyPresent()
    errors = problems(parse(data))
    if errors:  # never hand back text that does not parse
        return _app_unable(
            f"the edit would not parse ({', '.join(errors[:3])})",
            component,
            import_path,
            path,
            "add",
        )
    return Changed(data.decode())


def _still_used(root: tree_sitter.Node, component: str) -> bool:
    names = [n for n in walk(root) if n.type == "identifier" and text(n) == component]
    return any(
        n.parent is None or n.parent.type not in ("import_specifier", "import_clause")
        for n in names
    )


def remove_route(source: str, *, component: str, import_path: str, path: str) -> EditResult:
    """Undo ``add_route``: drop the route of ``path``; drop the import when nothing else uses it."""
    _check(component, import_path, path)
    return keep_line_endings(source, lambda text: _remove_route(text, component, import_path, path))


def _remove_route(source: str, component: str, import_path: str, path: str) -> EditResult:
    data = source.encode()
    root = _parsed(data)
    if isinstance(root, str):
        return _app_unable(root, component, import_path, path, "remove")
    for route in (
        r for r in _routes(root) if _route_path(r) == path and _element_component(r) == component
    ):
        if not alone_on_line(data, route):
            return _app_unable(
                f"the route of {path!r} shares its line", component, import_path, path, "remove"
            )
        data = splice(data, line_start(data, route.start_byte) - 1, route.end_byte)
        root = parse(data)
        break
    binding = _own_binding(root, component, import_path)
    if isinstance(binding, Binding) and not _still_used(root, component):
        removed = remove_binding(data, binding)
        if removed is None:
            return _app_unable("the import shares its line", component, import_path, path, "remove")
        data = removed
    return _result(source, data, component, import_path, path)
