"""libcst editors of the backend registries (router, model registry, task registry).

Each editor is pure (text in, result out), idempotent (presence is detected structurally,
not by searching text) and honest: an unrecognised file gives ``Unable`` with the exact lines
to add or remove by hand. Comments and formatting outside the edited statement are kept
byte for byte; edited statements are laid out as ruff (isort + format) lays them out.
"""

from __future__ import annotations

import keyword

import libcst as cst

from primetrade_cli.inject import AlreadyPresent, Changed, EditResult, Unable
from primetrade_cli.inject._order import member_key
from primetrade_cli.inject._pyall import add_to_all, find_all, remove_from_all
from primetrade_cli.inject._pyimports import (
    add_name,
    dotted,
    from_imports,
    imported_names,
    insert_sorted_import,
    new_from_import,
    remove_name,
    remove_statement,
)
from primetrade_cli.inject._pyrouter import include_sites, insert_include, router_shape
from primetrade_cli.inject._pyseq import DEFAULT_LINE_LENGTH

ROUTES_PACKAGE = "app.api.routes"
MODELS_PACKAGE = "app.models"
TASKS_PACKAGE = "app.worker.tasks"

ROUTER_FILE = "backend/app/api/router.py"
MODELS_FILE = "backend/app/models/__init__.py"
TASKS_FILE = "backend/app/worker/tasks/__init__.py"


def _check_identifier(value: str, what: str) -> None:
    if not value.isidentifier() or keyword.iskeyword(value):
        raise ValueError(f"{what} {value!r} is not a Python identifier")


def _parse(source: str) -> cst.Module | str:
    try:
        return cst.parse_module(source)
    except cst.ParserSyntaxError as error:
        return f"it does not parse as Python ({error.message} at line {error.raw_line})"


def _unable(path: str, reason: str, shape: str, steps: str) -> Unable:
    return Unable(
        f"{path}: shape not recognised: {reason}.\n"
        f"Expected a file shaped like:\n{shape}\n"
        f"Make this change by hand:\n{steps}"
    )


def _finish(original: str, module: cst.Module) -> EditResult:
    return AlreadyPresent() if module.code == original else Changed(module.code)


# --- central router -------------------------------------------------------------------------

_ROUTER_SHAPE = """\
    from app.api.routes import auth, users

    api_router = APIRouter()
    api_router.include_router(auth.router)
    api_router.include_router(users.router)"""


def _router_steps(module: str, verb: str) -> str:
    if verb == "add":
        return (
            f"    add `{module}` to the names of `from {ROUTES_PACKAGE} import ...` (sorted), and\n"
            f"    add `api_router.include_router({module}.router)`"
            " after the last include_router line"
        )
    return (
        f"    remove `{module}` from `from {ROUTES_PACKAGE} import ...`, and\n"
        f"    remove the line `api_router.include_router({module}.router)`"
    )


def _router_unable(module: str, verb: str, reason: str) -> Unable:
    return _unable(ROUTER_FILE, reason, _ROUTER_SHAPE, _router_steps(module, verb))


def add_router(source: str, module: str, *, line_length: int = DEFAULT_LINE_LENGTH) -> EditResult:
    """Register ``app.api.routes.<module>`` in the central router."""
    _check_identifier(module, "route module")
    tree = _parse(source)
    if isinstance(tree, str):
        return _router_unable(module, "add", tree)
    shape = router_shape(tree, ROUTES_PACKAGE)
    if isinstance(shape, str):
        return _router_unable(module, "add", shape)
    if module not in imported_names(shape.import_site.node):
        tree = add_name(tree, shape.import_site, module, member_key, line_length)
    if not include_sites(tree, shape.router_name, module):
        tree = insert_include(tree, shape.router_name, module)
    return _finish(source, tree)


def remove_router(
    source: str, module: str, *, line_length: int = DEFAULT_LINE_LENGTH
) -> EditResult:
    """Undo ``add_router``: drop the import name and every include of ``<module>.router``."""
    _check_identifier(module, "route module")
    tree = _parse(source)
    if isinstance(tree, str):
        return _router_unable(module, "remove", tree)
    shape = router_shape(tree, ROUTES_PACKAGE)
    if isinstance(shape, str):
        return _router_unable(module, "remove", shape)
    for index in reversed(include_sites(tree, shape.router_name, module)):
        tree = remove_statement(tree, index)
    site = from_imports(tree, lambda name: name == ROUTES_PACKAGE)[0]
    if module in imported_names(site.node):
        tree = remove_name(tree, site, module, line_length)
    return _finish(source, tree)


# --- model registry -------------------------------------------------------------------------

_MODELS_SHAPE = """\
    from app.models.refresh_token import RefreshToken
    from app.models.user import User

    __all__ = ["RefreshToken", "User"]"""


def _model_unable(module: str, class_name: str, verb: str, reason: str) -> Unable:
    line = f"from {MODELS_PACKAGE}.{module} import {class_name}"
    if verb == "add":
        steps = (
            f"    add `{line}` among the other model imports (sorted), and\n"
            f'    add "{class_name}" to `__all__`'
        )
    else:
        steps = f'    remove `{line}`, and\n    remove "{class_name}" from `__all__`'
    return _unable(MODELS_FILE, reason, _MODELS_SHAPE, steps)


def _model_tree(source: str, module: str, class_name: str, verb: str) -> cst.Module | Unable:
    _check_identifier(module, "model module")
    _check_identifier(class_name, "model class")
    tree = _parse(source)
    if isinstance(tree, str):
        return _model_unable(module, class_name, verb, tree)
    found = find_all(tree)
    if not isinstance(found, str) and found is not None:
        return tree
    reason = found or "no `__all__ = [...]` list at module level"
    return _model_unable(module, class_name, verb, reason)


def _is_model_module(name: str) -> bool:
    return name.startswith(MODELS_PACKAGE + ".")


def add_model(
    source: str, module: str, class_name: str, *, line_length: int = DEFAULT_LINE_LENGTH
) -> EditResult:
    """Register ``app.models.<module>.<class_name>`` in the model registry and its ``__all__``."""
    tree = _model_tree(source, module, class_name, "add")
    if isinstance(tree, Unable):
        return tree
    target = f"{MODELS_PACKAGE}.{module}"
    sites = from_imports(tree, _is_model_module)
    same = [site for site in sites if dotted(site.node.module) == target]
    if same and class_name not in imported_names(same[0].node):
        tree = add_name(tree, same[0], class_name, member_key, line_length)
    elif not same and not sites:
        return _model_unable(
            module, class_name, "add", f"no `from {MODELS_PACKAGE}.<module> import ...` line"
        )
    elif not same:
        statement = new_from_import(tree, target, [class_name], line_length)
        tree = insert_sorted_import(tree, sites, statement, target)
    site = find_all(tree)
    assert site is not None and not isinstance(site, str)
    if class_name not in site.names:
        tree = add_to_all(tree, site, class_name, line_length)
    return _finish(source, tree)


def remove_model(
    source: str, module: str, class_name: str, *, line_length: int = DEFAULT_LINE_LENGTH
) -> EditResult:
    """Undo ``add_model``."""
    tree = _model_tree(source, module, class_name, "remove")
    if isinstance(tree, Unable):
        return tree
    target = f"{MODELS_PACKAGE}.{module}"
    for site in from_imports(tree, lambda name: name == target):
        if class_name in imported_names(site.node):
            tree = remove_name(tree, site, class_name, line_length)
            break
    site_all = find_all(tree)
    assert site_all is not None and not isinstance(site_all, str)
    if class_name in site_all.names:
        tree = remove_from_all(tree, site_all, class_name, line_length)
    return _finish(source, tree)


# --- task registry --------------------------------------------------------------------------

_TASKS_SHAPE = f"""\
    from {TASKS_PACKAGE} import email"""


def _task_unable(module: str, verb: str, reason: str) -> Unable:
    if verb == "add":
        steps = f"    add `{module}` to the names of `from {TASKS_PACKAGE} import ...` (sorted)"
    else:
        steps = f"    remove `{module}` from `from {TASKS_PACKAGE} import ...`"
    steps += " (and from `__all__` if the file has one)"
    return _unable(TASKS_FILE, reason, _TASKS_SHAPE, steps)


def _task_edit(source: str, module: str, verb: str, line_length: int) -> EditResult:
    _check_identifier(module, "task module")
    tree = _parse(source)
    if isinstance(tree, str):
        return _task_unable(module, verb, tree)
    sites = from_imports(tree, lambda name: name == TASKS_PACKAGE)
    found = find_all(tree)
    if len(sites) != 1:
        return _task_unable(
            module, verb, f"expected one `from {TASKS_PACKAGE} import ...` line, found {len(sites)}"
        )
    if isinstance(found, str):
        return _task_unable(module, verb, found)
    present = module in imported_names(sites[0].node)
    if verb == "add" and not present:
        tree = add_name(tree, sites[0], module, member_key, line_length)
    elif verb == "remove" and present:
        tree = remove_name(tree, sites[0], module, line_length)
    found = find_all(tree)
    if found is not None and not isinstance(found, str):
        if verb == "add" and module not in found.names:
            tree = add_to_all(tree, found, module, line_length)
        elif verb == "remove" and module in found.names:
            tree = remove_from_all(tree, found, module, line_length)
    return _finish(source, tree)


def add_task_module(
    source: str, module: str, *, line_length: int = DEFAULT_LINE_LENGTH
) -> EditResult:
    """Import ``app.worker.tasks.<module>`` in the task registry (importing registers its tasks)."""
    return _task_edit(source, module, "add", line_length)


def remove_task_module(
    source: str, module: str, *, line_length: int = DEFAULT_LINE_LENGTH
) -> EditResult:
    """Undo ``add_task_module``."""
    return _task_edit(source, module, "remove", line_length)
