"""Run the real ruff (lint with isort + format check) over edited texts, all in one call each."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

# The generated backend's ruff settings (templates/project/template/backend/pyproject.toml).
RUFF_TOML = """\
line-length = 100
target-version = "py311"

[lint]
select = ["E", "F", "W", "I", "B", "UP", "RUF", "SIM", "C4"]

[lint.isort]
known-first-party = ["app"]
"""


def ruff_binary() -> str:
    beside = Path(sys.executable).with_name("ruff")
    found = str(beside) if beside.exists() else shutil.which("ruff")
    assert found, "ruff is needed to check the editors' output"
    return found


def ruff_problems(texts: Sequence[str]) -> str:
    """'' when every text passes `ruff check` and `ruff format --check`, else ruff's report."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "ruff.toml").write_text(RUFF_TOML)
        for number, text in enumerate(texts):
            (root / f"case_{number}.py").write_text(text)
        report = []
        for args in (
            ["check", "--no-cache", "--output-format=concise"],
            ["format", "--check", "--no-cache"],
        ):
            done = subprocess.run(
                [ruff_binary(), *args, "."], cwd=root, capture_output=True, text=True, check=False
            )
            if done.returncode != 0:
                report.append(done.stdout + done.stderr)
                report.extend(_show_failing(root, done.stdout))
        return "\n".join(report)


def _show_failing(root: Path, output: str) -> list[str]:
    shown = []
    for path in sorted(root.glob("case_*.py")):
        if path.name in output and len(shown) < 3:
            shown.append(f"--- {path.name}\n{path.read_text()}")
    return shown
