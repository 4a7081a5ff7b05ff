"""The naming authority: every spelling of a name, and the names it refuses."""

from __future__ import annotations

import pytest

from primetrade_cli.errors import SpecError
from primetrade_cli.spec.names import FeatureName, FieldName


def test_spellings_of_a_compound_name() -> None:
    name = FeatureName.parse("line_item")
    assert (name.class_name, name.plural, name.table) == ("LineItem", "line_items", "line_items")
    assert (name.url, name.route_module, name.kebab_plural) == (
        "/line-items",
        "line_items",
        "line-items",
    )
    assert (name.camel, name.camel_plural, name.ts_type) == ("lineItem", "lineItems", "LineItem")
    assert (name.label, name.plural_label, name.page_component) == (
        "Line item",
        "Line items",
        "LineItemListPage",
    )


@pytest.mark.parametrize(
    ("word", "plural"),
    [
        ("person", "people"),
        ("analysis", "analyses"),
        ("category", "categories"),
        ("box", "boxes"),
        ("sales_person", "sales_people"),
    ],
)
def test_irregular_plurals(word: str, plural: str) -> None:
    assert FeatureName.parse(word).plural == plural


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "Task",
        "2fa",
        "line-item",
        "line__item",
        "item_",
        "_item",
        "class",
        "select",
        "metadata",
        "user",
        "auth",
        "interface",
        "a" * 21,
        "sheep",
        "news",
    ],
)
def test_bad_feature_names_are_refused(raw: str) -> None:
    with pytest.raises(SpecError) as error:
        FeatureName.parse(raw)
    assert error.value.hint


@pytest.mark.parametrize(
    "raw", ["id", "owner_id", "created_at", "metadata", "model_config", "type", "from", "sort"]
)
def test_reserved_field_names(raw: str) -> None:
    with pytest.raises(SpecError, match=r"reserved|already used|keyword|SQL"):
        FieldName.parse(raw)


def test_field_spellings() -> None:
    name = FieldName.parse("due_date")
    assert (name.camel, name.label, name.column(False), name.column(True)) == (
        "dueDate",
        "Due date",
        "due_date",
        "due_date_id",
    )
