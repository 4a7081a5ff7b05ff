"""tree-sitter editors of src/App.tsx: text in, text out."""

from __future__ import annotations

import pytest

from primetrade_cli.inject import AlreadyPresent, Changed, EditResult, Unable
from primetrade_cli.inject.tsx import add_route, remove_route
from tests.inject import fixtures
from tests.inject.tsxcheck import assert_parses

LIST = {"component": "TaskListPage", "import_path": "./pages/TaskListPage", "path": "/tasks"}
FORM_NEW = {
    "component": "TaskFormPage",
    "import_path": "./pages/TaskFormPage",
    "path": "/tasks/new",
}
FORM_EDIT = {**FORM_NEW, "path": "/tasks/:id/edit"}


def changed(result: EditResult) -> str:
    assert isinstance(result, Changed), result
    assert_parses(result.text)
    return result.text


def test_add_route_contract_shape() -> None:
    text = changed(add_route(fixtures.APP, **LIST))
    expected = fixtures.APP.replace(
        'import { RegisterPage } from "./pages/RegisterPage";\n',
        'import { RegisterPage } from "./pages/RegisterPage";\n'
        'import { TaskListPage } from "./pages/TaskListPage";\n',
    ).replace(
        '        <Route path="/items" element={<ItemListPage />} />\n',
        '        <Route path="/items" element={<ItemListPage />} />\n'
        '        <Route path="/tasks" element={<TaskListPage />} />\n',
    )
    assert text == expected


def test_add_twice_is_already_present_and_remove_restores() -> None:
    for source in (fixtures.APP, fixtures.APP_ODD):
        once = changed(add_route(source, **LIST))
        assert add_route(once, **LIST) == AlreadyPresent()
        assert changed(remove_route(once, **LIST)) == source
        assert remove_route(source, **LIST) == AlreadyPresent()


def test_second_route_for_same_component_shares_the_import() -> None:
    one = changed(add_route(fixtures.APP, **FORM_NEW))
    two = changed(add_route(one, **FORM_EDIT))
    assert two.count("import { TaskFormPage }") == 1
    assert '<Route path="/tasks/:id/edit" element={<TaskFormPage />} />' in two
    assert changed(remove_route(two, **FORM_EDIT)) == one
    assert changed(remove_route(one, **FORM_NEW)) == fixtures.APP
    # Removing the first route keeps the import while the second still uses it.
    kept = changed(remove_route(two, **FORM_NEW))
    assert "import { TaskFormPage }" in kept and "/tasks/new" not in kept


def test_odd_formatting_is_kept() -> None:
    text = changed(add_route(fixtures.APP_ODD, **LIST))
    assert "import { HomePage } from './pages/HomePage'; // landing\n" in text
    assert "import { TaskListPage } from './pages/TaskListPage';\n\nexport" in text
    assert '\t\t\t{/* feature routes below */}\n\t\t\t<Route path="/tasks"' in text
    assert text.startswith("// The route table")


def test_path_taken_by_another_component_refuses() -> None:
    result = add_route(
        fixtures.APP, component="OtherPage", import_path="./pages/OtherPage", path="/items"
    )
    assert isinstance(result, Unable)
    assert "already routes" in result.instructions


def test_name_imported_from_elsewhere_refuses() -> None:
    result = add_route(
        fixtures.APP, component="HomePage", import_path="./pages/Home2", path="/home2"
    )
    assert isinstance(result, Unable)
    assert "already imported from './pages/HomePage'" in result.instructions


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ("export const App = () => <div />;\n", "found 0"),
        (fixtures.APP.replace("<Route index ", "<Route "), "found 0"),
        (fixtures.APP.replace("</Routes>", ""), "does not parse"),
        (
            "const App = () => (<Route element={<L />}><Route index element={<H />} /></Route>);\n",
            "no import statement",
        ),
    ],
)
def test_unknown_shapes_refuse_with_instructions(source: str, reason: str) -> None:
    result = add_route(source, **LIST)
    assert isinstance(result, Unable)
    assert reason in result.instructions
    assert 'import { TaskListPage } from "./pages/TaskListPage";' in result.instructions
    assert '<Route path="/tasks" element={<TaskListPage />} />' in result.instructions


def test_bad_arguments_are_programming_errors() -> None:
    with pytest.raises(ValueError, match="PascalCase"):
        add_route(fixtures.APP, component="taskPage", import_path="./p", path="/t")
    with pytest.raises(ValueError, match="quotes"):
        add_route(fixtures.APP, component="TaskPage", import_path="./p", path='/t"x')


def test_real_template_app_is_recognised() -> None:
    source = fixtures.template_file("frontend/src/App.tsx")
    if source is None:
        pytest.skip("frontend/src/App.tsx is not in the project template yet")
    once = changed(add_route(source, **LIST))
    assert changed(remove_route(once, **LIST)) == source
