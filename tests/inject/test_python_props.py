"""Property tests of the libcst editors over generated module and class names."""

from __future__ import annotations

import keyword
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from primetrade_cli.inject import AlreadyPresent, Changed
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

RESERVED = {"auth", "tasks", "users", "email", "refresh_token", "user"}

snake = st.from_regex(r"[a-z][a-z0-9]{0,12}(_[a-z0-9]{1,10}){0,3}", fullmatch=True).filter(
    lambda name: not keyword.iskeyword(name) and name not in RESERVED
)
camel = st.from_regex(r"[A-Z][a-z0-9]{0,10}([A-Z][a-z0-9]{0,10}){0,3}", fullmatch=True).filter(
    lambda name: name not in {"RefreshToken", "User", "UserRole"}
)
ROUTERS = (fixtures.ROUTER, fixtures.ROUTER_ODD)
MODELS = (fixtures.MODELS, fixtures.MODELS_ODD)
TASKS = (fixtures.TASKS, fixtures.TASKS_NO_ALL)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(ROUTERS), st.lists(snake, min_size=1, max_size=5, unique=True))
def test_router_idempotent_order_free_and_reversible(source: str, names: list[str]) -> None:
    text = source
    for name in names:
        result = add_router(text, name)
        assert isinstance(result, Changed)
        text = result.text
        assert add_router(text, name) == AlreadyPresent()
    for name in reversed(names):
        result = remove_router(text, name)
        assert isinstance(result, Changed)
        text = result.text
    assert text == source


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(MODELS), snake, camel)
def test_model_idempotent_and_reversible(source: str, module: str, class_name: str) -> None:
    once = add_model(source, module, class_name)
    assert isinstance(once, Changed)
    assert add_model(once.text, module, class_name) == AlreadyPresent()
    back = remove_model(once.text, module, class_name)
    assert isinstance(back, Changed) and back.text == source
    assert remove_model(source, module, class_name) == AlreadyPresent()


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(TASKS), st.lists(snake, min_size=1, max_size=4, unique=True))
def test_task_idempotent_and_reversible(source: str, names: list[str]) -> None:
    text = source
    for name in names:
        result = add_task_module(text, name)
        assert isinstance(result, Changed)
        text = result.text
    assert add_task_module(text, names[0]) == AlreadyPresent()
    for name in names:
        result = remove_task_module(text, name)
        assert isinstance(result, Changed)
        text = result.text
    assert text == source


def _name(rng: random.Random, camel_case: bool) -> str:
    parts = [
        "".join(
            rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(rng.randint(1, 14))
        )
        for _ in range(rng.randint(1, 4))
    ]
    parts = [("x" + part) if part[0].isdigit() else part for part in parts]
    if camel_case:
        return "".join(part.capitalize() for part in parts)
    name = "_".join(parts)
    return name + "_x" if keyword.iskeyword(name) or name in RESERVED else name


def test_outputs_pass_ruff_check_and_format() -> None:
    """Hundreds of random registrations (digits, underscores, long names), one ruff run."""
    rng = random.Random(20261204)
    outputs: list[str] = []
    for _ in range(60):
        modules = list({_name(rng, False) for _ in range(rng.randint(1, 6))})
        router, models, tasks = rng.choice(ROUTERS), rng.choice(MODELS), rng.choice(TASKS)
        for module in modules:
            router = _text(add_router(router, module))
            models = _text(add_model(models, module, _name(rng, True)))
            tasks = _text(add_task_module(tasks, module))
        outputs += [router, models, tasks]
        drop = rng.choice(modules)
        outputs.append(_text(remove_router(router, drop)))
        outputs.append(_text(remove_task_module(tasks, drop)))
    assert ruff_problems(outputs) == ""


def _text(result: object) -> str:
    assert isinstance(result, Changed), result
    return result.text
