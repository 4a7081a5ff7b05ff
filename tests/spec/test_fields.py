"""The field grammar: what parses, into what, and the one-line reasons for what does not."""

from __future__ import annotations

from decimal import Decimal

import pytest

from primetrade_cli.errors import SpecError
from primetrade_cli.spec.fields import Kind, OnDelete, parse_field


def test_every_part_of_a_field_is_parsed() -> None:
    field = parse_field("price:decimal[10,2]:optional:index:min=0:max=99.5:default=1.25")
    assert field.kind is Kind.DECIMAL
    assert (field.precision, field.scale) == (10, 2)
    assert field.optional and field.index and not field.unique
    assert (field.minimum, field.maximum, field.default) == ("0", "99.5", "1.25")


@pytest.mark.parametrize(
    ("text", "attrs"),
    [
        ("title:str", {"kind": Kind.STR, "length": 255}),
        ("title:str[120]", {"length": 120}),
        ("email:email:unique", {"kind": Kind.EMAIL, "length": 320, "unique": True}),
        (
            "status:enum[todo,doing,done]:default=todo",
            {"choices": ("todo", "doing", "done"), "default": "todo"},
        ),
        (
            "project:ref[project]",
            {"target": "project", "on_delete": OnDelete.RESTRICT, "column": "project_id"},
        ),
        ("assignee:ref[user]:optional:setnull", {"target": "user", "on_delete": OnDelete.SETNULL}),
        ("flag:bool:default=false", {"default": "false", "required": False}),
        ("n:int", {"required": True, "sortable": False}),
        ("n:int:index", {"sortable": True}),
        ("meta:json:optional", {"kind": Kind.JSON, "optional": True}),
    ],
)
def test_valid_fields(text: str, attrs: dict[str, object]) -> None:
    field = parse_field(text)
    for key, value in attrs.items():
        assert getattr(field, key) == value, key


@pytest.mark.parametrize(
    "text",
    [
        "title",
        "title:",
        "title:strr",
        "title:str[",
        "title:str]",
        "title:str[0]",
        "title:str[a]",
        "title:str[[1]]",
        "n:int[3]",
        "price:decimal[3,4]",
        "price:decimal[10]",
        "s:enum[]",
        "s:enum[a,a]",
        "s:enum[A,b]",
        "s:enum[a,b]:default=c",
        "p:ref[]",
        "p:ref[a,b]",
        "p:ref[Bad]",
        "p:ref[p]:setnull",
        "t:str:cascade",
        "t:str:index:index",
        "t:str:bogus",
        "t:str:default=",
        "n:int:min=5:max=1",
        "n:int:min=x",
        "n:int:default=99999999999",
        "t:str[3]:default=toolong",
        "d:date:default=2024-01-01",
        "j:json:unique",
        "b:bool:default=yes",
        "b:bool:min=1",
        "metadata:str",
        "class:int",
        "t:str::index",
        "t:str :index",
        "f:float:default=nan",
        "p:decimal[4,2]:max=100",
        "e:email:max=10",
        "e:email:min=70",
        "p:ref[p]:cascade:restrict",
    ],
)
def test_invalid_fields_raise_a_spec_error_with_hint(text: str) -> None:
    with pytest.raises(SpecError) as error:
        parse_field(text)
    assert "\n" not in error.value.message
    assert error.value.hint


def test_spelled_form_round_trips() -> None:
    for text in [
        "a:str[12]:unique:min=1:max=5:default=abc",
        "b:decimal[8,3]:default=-1.5",
        "cc:ref[user]:optional:setnull",
        "d:enum[x,y]:index:default=y",
    ]:
        field = parse_field(text)
        assert parse_field(field.spelled) == field


def test_bounds_are_numbers() -> None:
    assert Decimal(parse_field("n:float:min=-1.5").minimum or "0") == Decimal("-1.5")
