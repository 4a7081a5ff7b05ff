"""The central router's shape: one ``from app.api.routes import ...`` and module-level
``<router>.include_router(<module>.router, ...)`` statements."""

from __future__ import annotations

from dataclasses import dataclass

import libcst as cst

from primetrade_cli.inject._pyimports import ImportSite, dotted, from_imports


@dataclass(frozen=True)
class RouterShape:
    """What an editable router file has: the routes import and the name of the router object."""

    import_site: ImportSite
    router_name: str


def _include_call(line: cst.BaseStatement) -> cst.Call | None:
    if not isinstance(line, cst.SimpleStatementLine) or len(line.body) != 1:
        return None
    statement = line.body[0]
    if not isinstance(statement, cst.Expr) or not isinstance(statement.value, cst.Call):
        return None
    func = statement.value.func
    if isinstance(func, cst.Attribute) and func.attr.value == "include_router":
        return statement.value
    return None


def _receiver(call: cst.Call) -> str | None:
    assert isinstance(call.func, cst.Attribute)
    return dotted(call.func.value)


def router_shape(module: cst.Module, package: str) -> RouterShape | str:
    """The router's shape, or the reason it is not recognised."""
    sites = from_imports(module, lambda name: name == package)
    if len(sites) != 1:
        return f"expected one `from {package} import ...` line at module level, found {len(sites)}"
    receivers = {
        _receiver(call) for line in module.body if (call := _include_call(line)) is not None
    }
    receivers.discard(None)
    if len(receivers) != 1:
        found = ", ".join(sorted(str(r) for r in receivers)) or "none"
        return (
            "expected module-level `<router>.include_router(...)` lines on one router, "
            f"found: {found}"
        )
    return RouterShape(sites[0], str(receivers.pop()))


def include_sites(module: cst.Module, router_name: str, route_module: str) -> list[int]:
    """Body indices of ``<router_name>.include_router(<route_module>.router, ...)`` statements."""
    found: list[int] = []
    for index, line in enumerate(module.body):
        call = _include_call(line)
        if call is None or _receiver(call) != router_name or not call.args:
            continue
        if call.args[0].keyword is None and dotted(call.args[0].value) == f"{route_module}.router":
            found.append(index)
    return found


def insert_include(module: cst.Module, router_name: str, route_module: str) -> cst.Module:
    """Append ``<router_name>.include_router(<route_module>.router)`` after the last include."""
    last = max(
        index
        for index, line in enumerate(module.body)
        if (call := _include_call(line)) is not None and _receiver(call) == router_name
    )
    statement = cst.parse_statement(f"{router_name}.include_router({route_module}.router)\n")
    body = list(module.body)
    body.insert(last + 1, statement.with_changes(leading_lines=()))
    return module.with_changes(body=body)
