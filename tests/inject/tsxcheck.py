"""Assert TSX/TS text parses cleanly (no ERROR or MISSING nodes) with tree-sitter."""

from __future__ import annotations

from primetrade_cli.inject._tsbase import parse, problems


def assert_parses(text: str, dialect: str = "tsx") -> None:
    errors = problems(parse(text.encode(), dialect))
    assert not errors, f"{errors}\n{text}"
