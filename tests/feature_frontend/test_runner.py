"""runners.npm: gen:api runs when it can, else prints the exact command; failures are errors."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from primetrade_cli.errors import ToolError
from primetrade_cli.runners.npm import readiness, refresh_api_types


def _fake_npm(bin_dir: Path, exit_code: int) -> None:
    bin_dir.mkdir()
    script = bin_dir / "npm"
    script.write_text(
        f'#!/bin/sh\necho "$PWD $* $BACKEND_PYTHON" > "$PWD/npm-called"\nexit {exit_code}\n'
    )
    script.chmod(script.stat().st_mode | stat.S_IEXEC)


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "frontend").mkdir()
    monkeypatch.delenv("BACKEND_PYTHON", raising=False)
    return tmp_path


def test_missing_pieces_print_the_command_instead(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert refresh_api_types(root) is False
    out = capsys.readouterr().out
    assert f"cd {root / 'frontend'} && npm run gen:api" in out
    assert "frontend/node_modules" in out
    assert not (root / "frontend" / "npm-called").exists()


def test_runs_npm_with_the_backend_python(
    root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (root / "frontend" / "node_modules").mkdir()
    _fake_npm(tmp_path / "bin", 0)
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("BACKEND_PYTHON", "/opt/py/bin/python")
    assert readiness(root).missing == ()
    assert refresh_api_types(root, quiet=True) is True
    called = (root / "frontend" / "npm-called").read_text()
    assert "run gen:api /opt/py/bin/python" in called


def test_a_failing_npm_is_a_tool_error(
    root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (root / "frontend" / "node_modules").mkdir()
    (root / "backend" / ".venv" / "bin").mkdir(parents=True)
    (root / "backend" / ".venv" / "bin" / "python").write_text("")
    _fake_npm(tmp_path / "bin", 3)
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    with pytest.raises(ToolError, match="gen:api"):
        refresh_api_types(root, quiet=True)
