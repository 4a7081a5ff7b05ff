"""`generated_example/` is exactly what `primetrade new` (+ the example feature) produces today.

Regenerate after a deliberate template change:  python tests/test_golden.py --regenerate
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "generated_example"
ARGS = ["--name", "Primetrade", "--slug", "primetrade", "--defaults", "--no-git", "-q"]


def generate(target: Path) -> None:
    from primetrade_cli.cli.app import run

    assert run(["new", str(target), *ARGS]) == 0


def tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_generated_example_is_up_to_date(tmp_path: Path) -> None:
    fresh = tmp_path / "generated_example"
    generate(fresh)
    expected, actual = tree(EXAMPLE), tree(fresh)
    assert sorted(actual) == sorted(expected), (
        "file list differs: run python tests/test_golden.py --regenerate"
    )
    changed = [path for path in expected if expected[path] != actual[path]]
    assert changed == [], (
        f"content differs in {changed}: run python tests/test_golden.py --regenerate"
    )


def test_generation_is_deterministic(tmp_path: Path) -> None:
    generate(tmp_path / "a")
    generate(tmp_path / "b")
    assert tree(tmp_path / "a") == tree(tmp_path / "b")


if __name__ == "__main__" and sys.argv[1:] == ["--regenerate"]:
    scratch = Path(tempfile.mkdtemp()) / "generated_example"
    generate(scratch)
    shutil.rmtree(EXAMPLE, ignore_errors=True)
    shutil.copytree(scratch, EXAMPLE)
    print(f"regenerated {EXAMPLE}")
