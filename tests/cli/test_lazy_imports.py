"""`primetrade --help` stays fast: heavy libraries load only when a step needs them."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("copier", "alembic", "libcst", "fastapi", "tree_sitter", "sqlalchemy", "jinja2", "inflect")

PROBE = """
import sys
from primetrade_cli.cli.app import run
code = run(sys.argv[1:])
heavy = sorted({m.split(".")[0] for m in sys.modules} & set(%r))
print("HEAVY:" + ",".join(heavy))
"""


@pytest.mark.parametrize(
    "argv",
    [["--help"], ["new", "--help"], ["add-feature", "--help"], ["doctor", "--help"], ["--version"]],
)
def test_help_imports_nothing_heavy(argv: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE % (HEAVY,), *argv], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "HEAVY:"
