"""Files written with CRLF keep CRLF through every editor, and round-trip byte for byte."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from primetrade_cli.inject import AlreadyPresent, Changed, EditResult
from primetrade_cli.inject.python import add_model, add_router, remove_model, remove_router
from primetrade_cli.inject.tsx import add_nav_item, add_route, remove_nav_item, remove_route
from tests.inject import fixtures

Edit = Callable[[str], EditResult]
ROUTE = {"component": "TaskPage", "import_path": "./pages/TaskPage", "path": "/tasks"}
CASES: list[tuple[str, Edit, Edit]] = [
    (fixtures.ROUTER_ODD, lambda s: add_router(s, "zeta"), lambda s: remove_router(s, "zeta")),
    (fixtures.MODELS_ODD, lambda s: add_model(s, "a", "A"), lambda s: remove_model(s, "a", "A")),
    (fixtures.APP, lambda s: add_route(s, **ROUTE), lambda s: remove_route(s, **ROUTE)),
    (fixtures.APP_ODD, lambda s: add_route(s, **ROUTE), lambda s: remove_route(s, **ROUTE)),
    (
        fixtures.NAV,
        lambda s: add_nav_item(s, to="/t", label="T"),
        lambda s: remove_nav_item(s, to="/t"),
    ),
    (
        fixtures.NAV_ODD,
        lambda s: add_nav_item(s, to="/t", label="T"),
        lambda s: remove_nav_item(s, to="/t"),
    ),
]


@pytest.mark.parametrize(("source", "add", "remove"), CASES)
def test_crlf_is_kept(source: str, add: Edit, remove: Edit) -> None:
    crlf = source.replace("\n", "\r\n")
    once = add(crlf)
    assert isinstance(once, Changed)
    assert once.text.count("\n") == once.text.count("\r\n")
    lf = add(source)
    assert isinstance(lf, Changed) and once.text == lf.text.replace("\n", "\r\n")
    assert add(once.text) == AlreadyPresent()
    back = remove(once.text)
    assert isinstance(back, Changed) and back.text == crlf
