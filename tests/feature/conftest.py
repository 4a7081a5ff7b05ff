"""A generated project made once per session; each test gets its own copy."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.integration.harness import new_project

Cli = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture(scope="session")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("feature-template") / "app"
    new_project(root, "--no-example")
    return root


@pytest.fixture
def project(pristine: Path, tmp_path: Path) -> Path:
    root = tmp_path / "app"
    shutil.copytree(pristine, root, symlinks=True)
    return root


@pytest.fixture
def cli(project: Path) -> Cli:
    """Run `primetrade ARGS...` inside the project; never raises on a non-zero exit."""

    def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "primetrade_cli", *args],
            cwd=cwd or project,
            capture_output=True,
            text=True,
            check=False,
        )

    return run


def snapshot(root: Path) -> dict[str, str]:
    """sha256 of every file under `root` (the whole tree, manifest included)."""
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }
