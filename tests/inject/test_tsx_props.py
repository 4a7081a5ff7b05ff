"""Property tests of the tree-sitter editors over component names, import paths and URL paths."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from primetrade_cli.inject import AlreadyPresent, Changed
from primetrade_cli.inject.tsx import add_nav_item, add_route, remove_nav_item, remove_route
from tests.inject import fixtures
from tests.inject.tsxcheck import assert_parses

TAKEN = {
    "HomePage",
    "ItemListPage",
    "LoginPage",
    "NotFoundPage",
    "RegisterPage",
    "Layout",
    "ProtectedRoute",
    "Route",
    "Routes",
    "Shell",
    "App",
}
component = st.from_regex(
    r"[A-Z][a-z0-9]{0,8}([A-Z][a-z0-9]{0,8}){0,3}Page", fullmatch=True
).filter(lambda name: name not in TAKEN)
segment = st.from_regex(r"(:?[a-z0-9][a-z0-9_-]{0,12})", fullmatch=True)
url = (
    st.lists(segment, min_size=1, max_size=4)
    .map(lambda parts: "/" + "/".join(parts))
    .filter(lambda path: path not in {"/items", "/login", "/register"})
)
label = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=20
)
roles = st.lists(st.sampled_from(["admin", "staff", "member"]), max_size=2, unique=True).map(tuple)


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from([fixtures.APP, fixtures.APP_ODD]),
    component,
    st.lists(url, min_size=1, max_size=3, unique=True),
)
def test_routes_idempotent_and_reversible(source: str, name: str, paths: list[str]) -> None:
    spec = {"component": name, "import_path": f"./pages/{name}"}
    text = source
    for path in paths:
        result = add_route(text, **spec, path=path)
        assert isinstance(result, Changed), result
        assert_parses(result.text)
        text = result.text
        assert add_route(text, **spec, path=path) == AlreadyPresent()
    assert text.count(f"import {{ {name} }}") == 1
    for path in reversed(paths):
        result = remove_route(text, **spec, path=path)
        assert isinstance(result, Changed), result
        text = result.text
    assert text == source


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from([fixtures.NAV, fixtures.NAV_ODD, fixtures.NAV_INLINE]),
    st.lists(st.tuples(url, label, roles), min_size=1, max_size=3, unique_by=lambda item: item[0]),
)
def test_nav_idempotent_and_reversible(
    source: str, items: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    text = source
    for to, name, allowed in items:
        result = add_nav_item(text, to=to, label=name, roles=allowed)
        assert isinstance(result, Changed), result
        assert_parses(result.text, "ts")
        text = result.text
        assert add_nav_item(text, to=to, label="again") == AlreadyPresent()
    for to, _, _ in reversed(items):
        result = remove_nav_item(text, to=to)
        assert isinstance(result, Changed), result
        text = result.text
    assert text == source
