"""tree-sitter editor of src/nav.ts."""

from __future__ import annotations

import pytest

from primetrade_cli.inject import AlreadyPresent, Changed, EditResult, Unable
from primetrade_cli.inject.tsx import add_nav_item, remove_nav_item
from tests.inject import fixtures
from tests.inject.tsxcheck import assert_parses


def changed(result: EditResult) -> str:
    assert isinstance(result, Changed), result
    assert_parses(result.text, "ts")
    return result.text


def test_append_matches_contract_shape() -> None:
    text = changed(add_nav_item(fixtures.NAV, to="/tasks", label="Tasks"))
    assert text == fixtures.NAV.replace("];", '  { to: "/tasks", label: "Tasks" },\n];')
    admin = changed(add_nav_item(fixtures.NAV, to="/audit", label="Audit", roles=("admin",)))
    assert '  { to: "/audit", label: "Audit", roles: ["admin"] },\n];' in admin


@pytest.mark.parametrize(
    "source", [fixtures.NAV, fixtures.NAV_ODD, fixtures.NAV_INLINE, "export const navItems = [];\n"]
)
def test_idempotent_and_reversible(source: str) -> None:
    once = changed(add_nav_item(source, to="/tasks", label='Task "list"', roles=("admin", "staff")))
    assert add_nav_item(once, to="/tasks", label="Other label") == AlreadyPresent()
    assert changed(remove_nav_item(once, to="/tasks")) == source
    assert remove_nav_item(source, to="/tasks") == AlreadyPresent()


def test_file_style_is_copied() -> None:
    odd = changed(add_nav_item(fixtures.NAV_ODD, to="/tasks", label="Tasks"))
    assert (
        "{to: '/admin', label: 'Admin', roles: ['admin']},\n  {to: '/tasks', label: 'Tasks'}\n];"
        in odd
    )
    inline = changed(add_nav_item(fixtures.NAV_INLINE, to="/tasks", label="Tasks"))
    assert (
        inline
        == 'export const navItems = [{ to: "/", label: "Home" }, { to: "/tasks", label: "Tasks" }]'
        " satisfies NavItem[];\n"
    )


def test_remove_middle_and_first_elements() -> None:
    three = changed(add_nav_item(fixtures.NAV, to="/tasks", label="Tasks"))
    assert changed(remove_nav_item(three, to="/items")) == fixtures.NAV.replace(
        '  { to: "/items", label: "Items" },\n', ""
    ).replace("];", '  { to: "/tasks", label: "Tasks" },\n];')
    first = changed(remove_nav_item(three, to="/"))
    assert first.count("{ to:") == 2 and '"/"' not in first


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ("export const items = [];\n", "no `export const navItems"),
        ("export const navItems = buildItems();\n", "not initialised with an array"),
        ("export const navItems = [\n", "does not parse"),
    ],
)
def test_unknown_shapes_refuse(source: str, reason: str) -> None:
    result = add_nav_item(source, to="/tasks", label="Tasks")
    assert isinstance(result, Unable)
    assert reason in result.instructions
    assert '{ to: "/tasks", label: "Tasks" },' in result.instructions


def test_real_template_nav_is_recognised() -> None:
    source = fixtures.template_file("frontend/src/nav.ts")
    if source is None:
        pytest.skip("frontend/src/nav.ts is not in the project template yet")
    once = changed(add_nav_item(source, to="/tasks", label="Tasks", roles=("admin",)))
    assert changed(remove_nav_item(once, to="/tasks")) == source
