"""All or nothing: an injected failure or a SIGKILL in the middle of a write leaves the tree
as it was."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from primetrade_cli import journal
from primetrade_cli.changeset import RunOptions, execute
from primetrade_cli.plan import CreateFile, Plan

from .test_changeset import feature_plan, snapshot


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "registry.py").write_text("names = []\n")
    (tmp_path / ".primetrade").mkdir()
    (tmp_path / ".primetrade/project.toml").write_text('[project]\nname = "x"\nslug = "x"\n')
    return tmp_path


@pytest.mark.parametrize("after", [1, 2, 3])
def test_failure_after_any_write_restores_everything(
    project: Path, monkeypatch: pytest.MonkeyPatch, after: int
) -> None:
    before = snapshot(project)
    monkeypatch.setenv(journal.FAULT_ENV, f"raise:{after}")
    plan = feature_plan("task") + Plan.of([CreateFile("deep/er/new.py", "y = 2\n")])
    with pytest.raises(journal.InjectedFault):
        execute(plan, project, RunOptions(quiet=True))
    assert snapshot(project) == before
    assert not (project / "deep").exists() and not (project / "app").exists()


KILL_SCRIPT = """
import sys
from pathlib import Path
from primetrade_cli.changeset import RunOptions, execute
from tests.core.test_changeset import feature_plan
print("writing", flush=True)
execute(feature_plan("task"), Path(sys.argv[1]), RunOptions(quiet=True))
"""


def test_kill_during_write_is_rolled_back_by_the_next_command(project: Path) -> None:
    before = snapshot(project)
    env = {**os.environ, journal.FAULT_ENV: "pause:1"}
    root = Path(__file__).resolve().parents[2]
    child = subprocess.Popen(
        [sys.executable, "-c", KILL_SCRIPT, str(project)], env=env, cwd=root, stdout=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 30
        while not (
            project / "app/task.py"
        ).exists():  # the first write has landed, the second not yet
            assert time.monotonic() < deadline, "the child never wrote its first file"
            time.sleep(0.05)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    assert snapshot(project) != before  # the kill really interrupted a half-done write
    assert journal.recover(project)
    assert snapshot(project) == before
    execute(feature_plan("task"), project, RunOptions(quiet=True))
    assert (project / "app/task.py").exists()
