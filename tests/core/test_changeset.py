"""The change set's promises: dry run writes nothing, conflicts abort before any write,
idempotence."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from primetrade_cli import manifest
from primetrade_cli.changeset import RunOptions, execute, stage
from primetrade_cli.console import Status
from primetrade_cli.errors import ConflictError, EditTargetError
from primetrade_cli.inject import AlreadyPresent, Changed, EditResult, Unable
from primetrade_cli.plan import CreateFile, DeleteFile, EditFile, Plan


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def append_line(line: str, text: str) -> EditResult:
    if line in text.splitlines():
        return AlreadyPresent()
    return Changed(text + line + "\n")


def refuse(text: str) -> EditResult:
    return Unable("add `x = 1` at the end of registry.py")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "registry.py").write_text("names = []\n")
    return tmp_path


def feature_plan(name: str) -> Plan:
    return Plan.of(
        [
            CreateFile(f"app/{name}.py", f"NAME = {name!r}\n"),
            EditFile(
                "registry.py", partial(append_line, f"names.append({name!r})"), f"register {name}"
            ),
        ]
    )


def test_apply_creates_and_edits_and_records_the_manifest(project: Path) -> None:
    report = execute(feature_plan("task"), project, RunOptions(quiet=True))
    assert report.applied and report.changed
    assert (project / "app/task.py").read_text() == "NAME = 'task'\n"
    assert (project / "registry.py").read_text() == "names = []\nnames.append('task')\n"
    known = manifest.load(project)
    assert known["app/task.py"] == manifest.digest("NAME = 'task'\n")
    assert not (project / ".primetrade/journal").exists()


def test_second_run_changes_nothing(project: Path) -> None:
    execute(feature_plan("task"), project, RunOptions(quiet=True))
    before = snapshot(project)
    report = execute(feature_plan("task"), project, RunOptions(quiet=True))
    assert not report.changed
    assert {c.status for c in report.changes} == {Status.IDENTICAL}
    assert snapshot(project) == before


def test_dry_run_writes_nothing_and_prints_every_diff(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(project)
    report = execute(feature_plan("task"), project, RunOptions(dry_run=True))
    assert snapshot(project) == before
    assert not report.applied
    out = capsys.readouterr().out
    assert "+++ b/app/task.py" in out and "+NAME = 'task'" in out
    assert "+names.append('task')" in out and "--- a/registry.py" in out


def test_user_edited_file_is_a_conflict_before_any_write(project: Path) -> None:
    execute(feature_plan("task"), project, RunOptions(quiet=True))
    (project / "app/task.py").write_text("NAME = 'mine'\n")
    before = snapshot(project)
    plan = Plan.of(
        [CreateFile("app/new.py", "x = 1\n"), CreateFile("app/task.py", "NAME = 'v2'\n")]
    )
    with pytest.raises(ConflictError) as caught:
        execute(plan, project, RunOptions(quiet=True))
    assert snapshot(project) == before
    assert "-NAME = 'mine'" in caught.value.diffs[0]
    assert caught.value.exit_code == 3


def test_force_overwrites_and_unchanged_generated_files_update_freely(project: Path) -> None:
    execute(feature_plan("task"), project, RunOptions(quiet=True))
    execute(Plan.of([CreateFile("app/task.py", "NAME = 'v2'\n")]), project, RunOptions(quiet=True))
    assert (project / "app/task.py").read_text() == "NAME = 'v2'\n"
    (project / "app/task.py").write_text("mine\n")
    execute(
        Plan.of([CreateFile("app/task.py", "NAME = 'v3'\n")]),
        project,
        RunOptions(quiet=True, force=True),
    )
    assert (project / "app/task.py").read_text() == "NAME = 'v3'\n"


def test_unrecognised_edit_target_aborts_everything(project: Path) -> None:
    before = snapshot(project)
    plan = feature_plan("task") + Plan.of([EditFile("registry.py", refuse, "register x")])
    with pytest.raises(EditTargetError) as caught:
        execute(plan, project, RunOptions(quiet=True))
    assert snapshot(project) == before
    assert caught.value.exit_code == 4
    assert "add `x = 1`" in caught.value.instructions[0]


def test_missing_edit_target_is_reported_not_created(project: Path) -> None:
    plan = Plan.of([EditFile("nowhere.py", partial(append_line, "x"), "register x")])
    with pytest.raises(EditTargetError):
        stage(plan, project)


def test_delete_respects_user_edits(project: Path) -> None:
    execute(feature_plan("task"), project, RunOptions(quiet=True))
    execute(Plan.of([DeleteFile("app/task.py")]), project, RunOptions(quiet=True))
    assert not (project / "app/task.py").exists()
    assert "app/task.py" not in manifest.load(project)
    (project / "app/mine.py").write_text("user code\n")
    with pytest.raises(ConflictError):
        execute(Plan.of([DeleteFile("app/mine.py")]), project, RunOptions(quiet=True))
    assert (project / "app/mine.py").exists()


def test_json_report_lists_plan_and_statuses(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    execute(feature_plan("task"), project, RunOptions(json=True, dry_run=True))
    data = json.loads(capsys.readouterr().out)
    assert data["applied"] is False
    assert {"path": "app/task.py", "status": "create"} in data["files"]
    assert data["plan"][1] == {"action": "edit", "path": "registry.py", "summary": "register task"}
