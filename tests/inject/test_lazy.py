"""The interface module stays light: each parser loads only with the editor that needs it."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
import {module}
print(",".join(sorted(m for m in ("libcst", "tree_sitter") if m in sys.modules)))
"""


def _loaded(module: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(module=module)],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


def test_interface_imports_neither_parser() -> None:
    assert _loaded("primetrade_cli.inject") == ""


def test_each_editor_imports_only_its_parser() -> None:
    assert _loaded("primetrade_cli.inject.python") == "libcst"
    assert _loaded("primetrade_cli.inject.tsx") == "tree_sitter"
