"""FeatureSpec: options, column clashes, database-name limits, and the TOML round trip."""

from __future__ import annotations

from pathlib import Path

import pytest

from primetrade_cli.errors import SpecError
from primetrade_cli.spec.feature import build_feature, load_feature


def test_toml_round_trip(tmp_path: Path) -> None:
    spec = build_feature(
        "ticket",
        [
            "title:str[120]:index",
            "status:enum[open,done]:default=open",
            "p:ref[user]:optional:setnull",
        ],
        owned=True,
        read_role="viewer",
        write_role="editor",
        background=True,
        cache=True,
        frontend=False,
    )
    path = tmp_path / "ticket.toml"
    path.write_text(spec.to_toml())
    assert load_feature(path) == spec


@pytest.mark.parametrize(
    ("fields", "match"),
    [
        (["a:str", "a:int"], "clashes"),
        (["project:ref[project]", "project_id:int"], "clashes"),
        ([], "at least one field"),
        (["due:date", "due_from:int"], "clashes"),
    ],
)
def test_feature_level_errors(fields: list[str], match: str) -> None:
    with pytest.raises(SpecError, match=match):
        build_feature("ticket", fields)


def test_database_names_must_fit_postgresql() -> None:
    with pytest.raises(SpecError, match="63"):
        build_feature("abcdefghijklmnopqrst", ["abcdefghijklmnopqrst:ref[zyxwvutsrqponmlkjihg]"])


@pytest.mark.parametrize(
    "text",
    [
        '[feature]\nname = "t"\n',
        "[feature]\nname = 3\nfields = []\n",
        "nonsense = [",
        '[feature]\nname = "ticket"\nfields = ["a:str"]\nbogus = 1\n',
        '[feature]\nname = "ticket"\nfields = ["a:str"]\nowned = "yes"\n',
    ],
)
def test_bad_spec_files(tmp_path: Path, text: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(SpecError):
        load_feature(path)
