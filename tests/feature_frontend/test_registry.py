"""The related-panel registry editor: idempotent, reversible, honest about unknown shapes."""

from __future__ import annotations

import pytest

from primetrade_cli.inject import AlreadyPresent, Changed, Unable
from primetrade_cli.inject.tsx_registry import Panel, add_panel, remove_panel

EMPTY = """/** RELATED PANELS of items. */
import type { RelatedPanel } from "../components/crud/related";

export const itemRelated: RelatedPanel[] = [];
"""
PANEL = Panel(
    "itemRelated", "TaskByItemPanel", "../components/TaskByItemPanel", "tasks-item_id", "Tasks"
)
OTHER = Panel(
    "itemRelated", "NoteByItemPanel", "../components/NoteByItemPanel", "notes-item_id", "Notes"
)


def _text(result: object) -> str:
    assert isinstance(result, Changed), result
    return result.text


def test_add_then_add_again_is_already_present() -> None:
    once = _text(add_panel(EMPTY, PANEL))
    assert 'import { TaskByItemPanel } from "../components/TaskByItemPanel";' in once
    assert '{ key: "tasks-item_id", title: "Tasks", Panel: TaskByItemPanel },' in once
    assert isinstance(add_panel(once, PANEL), AlreadyPresent)


def test_two_panels_then_remove_one_keeps_the_other() -> None:
    both = _text(add_panel(_text(add_panel(EMPTY, PANEL)), OTHER))
    assert both.index("TaskByItemPanel },") < both.index("NoteByItemPanel },")
    left = _text(remove_panel(both, PANEL))
    assert "TaskByItemPanel" not in left and "NoteByItemPanel }," in left
    assert "NoteByItemPanel" not in _text(remove_panel(left, OTHER))


def test_remove_restores_the_original_text() -> None:
    assert _text(remove_panel(_text(add_panel(EMPTY, PANEL)), PANEL)) == EMPTY
    assert isinstance(remove_panel(EMPTY, PANEL), AlreadyPresent)


def test_crlf_files_stay_crlf() -> None:
    crlf = EMPTY.replace("\n", "\r\n")
    out = _text(add_panel(crlf, PANEL))
    assert "\r\n" in out and out.count("\n") == out.count("\r\n")


@pytest.mark.parametrize(
    "source",
    [
        "export const somethingElse = [];\n",
        "export const itemRelated = makePanels();\n",
        "export const itemRelated: RelatedPanel[] = [\n",
    ],
)
def test_unknown_shapes_refuse_with_the_lines_to_add(source: str) -> None:
    result = add_panel(source, PANEL)
    assert isinstance(result, Unable)
    assert 'import { TaskByItemPanel } from "../components/TaskByItemPanel";' in result.instructions
    assert (
        '{ key: "tasks-item_id", title: "Tasks", Panel: TaskByItemPanel },' in result.instructions
    )


def test_a_clashing_import_refuses() -> None:
    source = EMPTY.replace(
        "import type", 'import { TaskByItemPanel } from "./elsewhere";\nimport type'
    )
    assert isinstance(add_panel(source, PANEL), Unable)


def test_bad_values_are_rejected() -> None:
    with pytest.raises(ValueError):
        add_panel(EMPTY, Panel("itemRelated", "Bad-Name", "../x", "k", "T"))
