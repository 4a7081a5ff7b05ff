"""The backend slice of a feature as plan steps: one small function per generated part."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from pathlib import Path

from primetrade_cli.generators import feature_context as ctx
from primetrade_cli.generators.feature_tests import tests_context
from primetrade_cli.generators.pyimports import Import, render_imports
from primetrade_cli.plan import CreateFile, DeleteFile, EditFile, Step
from primetrade_cli.render import render
from primetrade_cli.spec.feature import FeatureSpec

APP = "backend/app"
MODELS_REGISTRY = f"{APP}/models/__init__.py"
ROUTER_REGISTRY = f"{APP}/api/router.py"
TASKS_REGISTRY = f"{APP}/worker/tasks/__init__.py"


def paths(spec: FeatureSpec) -> dict[str, str]:
    """Generated backend files by part (the same map drives add and remove)."""
    name = spec.name
    out = {
        "model": f"{APP}/models/{name.snake}.py",
        "schemas": f"{APP}/schemas/{name.snake}.py",
        "crud": f"{APP}/crud/{name.snake}.py",
        "routes": f"{APP}/api/routes/{name.route_module}.py",
        "tests": f"backend/tests/test_{name.plural}.py",
    }
    if spec.background:
        out["task"] = f"{APP}/worker/tasks/{name.snake}.py"
    return out


def _routes_imports(spec: FeatureSpec) -> str:
    cls, snake = spec.name.class_name, spec.name.snake
    imports: set[Import] = {
        ("typing", "Annotated"),
        ("fastapi", "APIRouter"),
        ("fastapi", "HTTPException"),
        ("fastapi", "Query"),
        ("fastapi", "status"),
        ("prometheus_client", "Counter"),
        ("sqlalchemy.ext.asyncio", "AsyncSession"),
        ("app.api.deps", "SessionDep"),
        ("app.core.security", "Principal"),
        ("app.core.logging", "get_logger"),
        ("app.crud", f"{snake} as crud"),
        ("app.crud.base", "InvalidCursorError"),
        ("app.crud.base", "InvalidSortError"),
        (f"app.models.{snake}", cls),
    }
    imports |= {
        (f"app.schemas.{snake}", f"{cls}{part}")
        for part in ("Create", "ListParams", "Page", "Read", "Update")
    }
    if spec.read_role or spec.write_role:
        imports |= {("fastapi", "Depends"), ("app.api.deps", "require_role")}
    if not (spec.read_role and spec.write_role):
        imports.add(("app.api.deps", "CurrentPrincipal"))
    if spec.refs:
        imports.add(("typing", "Any"))
    if spec.cache:
        imports |= {
            ("app.core.cache", n)
            for n in ("cache_get", "cache_invalidate", "cache_key", "cache_set")
        }
    if spec.background:
        imports |= {
            ("fastapi.concurrency", "run_in_threadpool"),
            (f"app.worker.tasks.{snake}", f"process_{snake}"),
            (f"app.schemas.{snake}", f"{cls}ProcessAccepted"),
        }
    return render_imports(imports)


def _task_imports(spec: FeatureSpec) -> str:
    cls, snake = spec.name.class_name, spec.name.snake
    imports: set[Import] = {
        ("typing", "Any"),
        ("sqlalchemy.exc", "OperationalError"),
        ("sqlalchemy.ext.asyncio", "AsyncSession"),
        ("app.core.logging", "get_logger"),
        (f"app.models.{snake}", cls),
        (f"app.schemas.{snake}", f"{cls}Read"),
        ("app.worker.celery_app", "celery_app"),
        ("app.worker.db", "run_with_session"),
    }
    return render_imports(imports)


def context(spec: FeatureSpec, specs: Mapping[str, FeatureSpec]) -> dict[str, object]:
    codes = ctx.field_codes(spec)
    return {
        "spec": spec,
        "name": spec.name,
        "model": ctx.model_context(spec, codes),
        "schemas": ctx.schema_context(spec, codes),
        "crud": ctx.crud_context(spec, codes, specs),
        "routes": {"imports": _routes_imports(spec)},
        "task": {"imports": _task_imports(spec)},
        "tests": tests_context(spec, specs),
    }


TEMPLATES = {
    "model": "backend/model.py.jinja",
    "schemas": "backend/schemas.py.jinja",
    "crud": "backend/crud.py.jinja",
    "routes": "backend/routes.py.jinja",
    "tests": "backend/test_api.py.jinja",
    "task": "backend/task.py.jinja",
}


def create_steps(
    spec: FeatureSpec, specs: Mapping[str, FeatureSpec], root: Path | None
) -> list[Step]:
    values = context(spec, specs)
    steps: list[Step] = [
        CreateFile(path, render(TEMPLATES[part], values, root))
        for part, path in paths(spec).items()
    ]
    return steps + registry_steps(spec, adding=True)


def registry_steps(spec: FeatureSpec, *, adding: bool) -> list[Step]:
    from primetrade_cli.inject import python as editors

    name = spec.name
    verb = "register" if adding else "unregister"
    model = editors.add_model if adding else editors.remove_model
    router = editors.add_router if adding else editors.remove_router
    steps: list[Step] = [
        EditFile(
            MODELS_REGISTRY,
            partial(model, module=name.snake, class_name=name.class_name),
            f"{verb} model {name.class_name}",
        ),
        EditFile(
            ROUTER_REGISTRY,
            partial(router, module=name.route_module),
            f"{verb} router {name.route_module}",
        ),
    ]
    if spec.background:
        task = editors.add_task_module if adding else editors.remove_task_module
        steps.append(
            EditFile(
                TASKS_REGISTRY, partial(task, module=name.snake), f"{verb} task module {name.snake}"
            )
        )
    return steps


def stale_steps(previous: FeatureSpec, spec: FeatureSpec) -> list[Step]:
    """When a changed spec replaces a saved one (--force): drop what only the old one generated."""
    steps: list[Step] = []
    if previous.background and not spec.background:
        from primetrade_cli.inject import python as editors

        edit = partial(editors.remove_task_module, module=spec.name.snake)
        steps.append(EditFile(TASKS_REGISTRY, edit, f"unregister task module {spec.name.snake}"))
    kept = set(paths(spec).values())
    return steps + [DeleteFile(p) for p in paths(previous).values() if p not in kept]


def delete_steps(spec: FeatureSpec) -> list[Step]:
    """Registries first (so nothing imports a deleted module), then the generated files."""
    steps: list[Step] = registry_steps(spec, adding=False)
    return steps + [DeleteFile(path) for path in paths(spec).values()]
