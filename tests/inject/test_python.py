"""libcst editors: text in, text out."""

from __future__ import annotations

import pytest

from primetrade_cli.inject import AlreadyPresent, Changed, EditResult, Unable
from primetrade_cli.inject.python import (
    add_model,
    add_router,
    add_task_module,
    remove_model,
    remove_router,
    remove_task_module,
)
from tests.inject import fixtures
from tests.inject.ruffcheck import ruff_problems


def changed(result: EditResult) -> str:
    assert isinstance(result, Changed), result
    return result.text


def test_add_router_matches_contract_shape() -> None:
    text = changed(add_router(fixtures.ROUTER, "items"))
    assert text == fixtures.ROUTER.replace("auth, tasks, users", "auth, items, tasks, users") + (
        "api_router.include_router(items.router)\n"
    )


def test_router_add_twice_is_already_present_and_remove_restores() -> None:
    for source in (fixtures.ROUTER, fixtures.ROUTER_ODD):
        once = changed(add_router(source, "orders"))
        assert add_router(once, "orders") == AlreadyPresent()
        assert changed(remove_router(once, "orders")) == source
        assert remove_router(source, "orders") == AlreadyPresent()


def test_router_keeps_comments_and_expanded_import() -> None:
    text = changed(add_router(fixtures.ROUTER_ODD, "billing"))
    assert (
        "from app.api.routes import (  # keep sorted\n    auth,  # login, refresh, logout\n" in text
    )
    assert "    billing,\n    users,\n)" in text
    assert (
        "api_router.include_router(users.router)  # admin + self\n"
        "api_router.include_router(billing.router)\n" in text
    )
    assert text.endswith("def routes_count() -> int:\n    return len(api_router.routes)\n")


def test_router_completes_a_half_done_registration() -> None:
    half = fixtures.ROUTER.replace("auth, tasks, users", "auth, items, tasks, users")
    text = changed(add_router(half, "items"))
    assert text.count("items") == 2 and text.endswith("api_router.include_router(items.router)\n")


def test_remove_router_drops_every_include_of_the_module() -> None:
    source = fixtures.ROUTER + 'api_router.include_router(tasks.router, prefix="/v2")\n'
    text = changed(remove_router(source, "tasks"))
    assert "tasks" not in text


def test_router_import_wraps_like_isort_and_collapses_back() -> None:
    names = [f"feature_number_{i}" for i in range(6)]
    text = fixtures.ROUTER
    for name in names:
        text = changed(add_router(text, name))
    assert "from app.api.routes import (\n    auth,\n    feature_number_0,\n" in text
    assert not ruff_problems([text])
    for name in reversed(names):
        text = changed(remove_router(text, name))
    assert text == fixtures.ROUTER


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ("from fastapi import APIRouter\napi_router = APIRouter()\n", "found 0"),
        (
            fixtures.ROUTER.replace("api_router.include_router", "other.include_router", 1),
            "one router",
        ),
        ("def broken(:\n", "does not parse"),
        ("from app.api.routes import *\napi_router.include_router(auth.router)\n", "found 0"),
    ],
)
def test_router_unknown_shapes_refuse_with_instructions(source: str, reason: str) -> None:
    result = add_router(source, "items")
    assert isinstance(result, Unable)
    assert reason in result.instructions
    assert "backend/app/api/router.py" in result.instructions
    assert "api_router.include_router(items.router)" in result.instructions
    assert isinstance(remove_router(source, "items"), Unable)


def test_invalid_module_name_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="identifier"):
        add_router(fixtures.ROUTER, "class")
    with pytest.raises(ValueError, match="identifier"):
        add_model(fixtures.MODELS, "item-x", "Item")


def test_add_model_sorted_import_and_dunder_all() -> None:
    text = changed(add_model(fixtures.MODELS, "order_line", "OrderLine"))
    assert text == (
        "from app.models.order_line import OrderLine\n"
        "from app.models.refresh_token import RefreshToken\n"
        "from app.models.user import User, UserRole\n\n"
        '__all__ = ["OrderLine", "RefreshToken", "User", "UserRole"]\n'
    )


def test_model_round_trips_on_both_fixtures() -> None:
    for source in (fixtures.MODELS, fixtures.MODELS_ODD):
        for module, cls in (
            ("aaa", "Aaa"),
            ("tag", "Tag"),
            ("zebra", "Zebra"),
            ("user", "UserProfile"),
        ):
            once = changed(add_model(source, module, cls))
            assert add_model(once, module, cls) == AlreadyPresent()
            assert changed(remove_model(once, module, cls)) == source
            assert not ruff_problems([once])


def test_model_keeps_docstring_comments_and_expanded_all() -> None:
    text = changed(add_model(fixtures.MODELS_ODD, "invoice", "Invoice"))
    assert text.startswith('"""Model registry')
    assert "# auth tables\nfrom app.models.refresh_token" in text
    assert "from app.models.invoice import Invoice\n\n# auth tables\n" in text
    assert not ruff_problems([text])
    assert '__all__: list[str] = [\n    "Invoice",\n    "RefreshToken",\n    "User",\n]\n' in text


def test_model_first_in_block_takes_blank_lines_not_comments() -> None:
    source = '"""Doc."""\n\nfrom app.models.user import User\n\n__all__ = ["User"]\n'
    text = changed(add_model(source, "account", "Account"))
    assert text.startswith(
        '"""Doc."""\n\nfrom app.models.account import Account\nfrom app.models.user'
    )
    assert changed(remove_model(text, "account", "Account")) == source


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ("from app.models.user import User\n", "no `__all__"),
        ('from app.models.user import User\n__all__ = ("User",)\n', "not a list"),
        ('from app.models.user import User\n__all__ = ["User", *extra]\n', "plain strings"),
        ('__all__ = ["User"]\n', "no `from app.models"),
    ],
)
def test_model_unknown_shapes_refuse(source: str, reason: str) -> None:
    result = add_model(source, "item", "Item")
    assert isinstance(result, Unable)
    assert reason in result.instructions
    assert "from app.models.item import Item" in result.instructions


def test_remove_absent_model_is_already_present() -> None:
    assert remove_model(fixtures.MODELS, "item", "Item") == AlreadyPresent()


def test_task_registry_with_and_without_dunder_all() -> None:
    text = changed(add_task_module(fixtures.TASKS, "reports"))
    assert text == 'from app.worker.tasks import email, reports\n\n__all__ = ["email", "reports"]\n'
    plain = changed(add_task_module(fixtures.TASKS_NO_ALL, "imports"))
    assert "from app.worker.tasks import email, imports  # noqa: F401\n" in plain
    for source, result in ((fixtures.TASKS, text), (fixtures.TASKS_NO_ALL, plain)):
        assert (
            add_task_module(result, "reports" if source is fixtures.TASKS else "imports")
            == AlreadyPresent()
        )
    assert changed(remove_task_module(text, "reports")) == fixtures.TASKS
    assert changed(remove_task_module(plain, "imports")) == fixtures.TASKS_NO_ALL
    assert remove_task_module(fixtures.TASKS, "reports") == AlreadyPresent()
    assert not ruff_problems([text, plain])


def test_task_registry_without_the_import_refuses() -> None:
    result = add_task_module('"""No tasks yet."""\n', "reports")
    assert isinstance(result, Unable)
    assert "from app.worker.tasks import ..." in result.instructions


@pytest.mark.parametrize(
    ("relative", "edit"),
    [
        ("backend/app/api/router.py", lambda s: add_router(s, "orders")),
        ("backend/app/models/__init__.py", lambda s: add_model(s, "order", "Order")),
        ("backend/app/worker/tasks/__init__.py", lambda s: add_task_module(s, "orders")),
    ],
)
def test_real_template_registries_are_recognised(relative: str, edit: object) -> None:
    source = fixtures.template_file(relative)
    if source is None:
        pytest.skip(f"{relative} is not in the project template yet")
    assert callable(edit)
    result = edit(source)
    assert isinstance(result, Changed), result
    assert not ruff_problems([source, result.text])


def test_model_sharing_a_module_with_another_class() -> None:
    text = changed(add_model(fixtures.MODELS, "user", "UserSettings"))
    assert "from app.models.user import User, UserRole, UserSettings\n" in text
    assert '__all__ = ["RefreshToken", "User", "UserRole", "UserSettings"]' in text
    assert changed(remove_model(text, "user", "UserSettings")) == fixtures.MODELS
    without_role = changed(remove_model(fixtures.MODELS, "user", "UserRole"))
    assert "from app.models.user import User\n" in without_role
    assert not ruff_problems([text, without_role])
