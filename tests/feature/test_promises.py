"""The promises of add-feature, through the real command line: all or nothing, never clobber,
idempotent, dry run, JSON plan, and bad input rejected with exit 2 and nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.feature.conftest import Cli, snapshot

TICKET = ["ticket", "title:str[120]:index", "status:enum[open,done]:default=open", "--no-frontend"]


def test_add_creates_every_backend_part(project: Path, cli: Cli) -> None:
    result = cli("add-feature", *TICKET, "--background", "--owned", "--cache")
    assert result.returncode == 0, result.stderr
    for path in [
        "backend/app/models/ticket.py",
        "backend/app/schemas/ticket.py",
        "backend/app/crud/ticket.py",
        "backend/app/api/routes/tickets.py",
        "backend/app/worker/tasks/ticket.py",
        "backend/tests/test_tickets.py",
        ".primetrade/features/ticket.toml",
    ]:
        assert (project / path).is_file(), path
    assert "tickets" in (project / "backend/app/api/router.py").read_text()
    assert "Ticket" in (project / "backend/app/models/__init__.py").read_text()
    assert "ticket" in (project / "backend/app/worker/tasks/__init__.py").read_text()
    assert len(list((project / "backend/alembic/versions").glob("*_add_tickets.py"))) == 1


def test_the_same_command_twice_changes_nothing(project: Path, cli: Cli) -> None:
    assert cli("add-feature", *TICKET).returncode == 0
    before = snapshot(project)
    again = cli("add-feature", *TICKET)
    assert again.returncode == 0
    assert "nothing to do" in again.stdout
    assert snapshot(project) == before


def test_dry_run_prints_the_diff_and_writes_nothing(project: Path, cli: Cli) -> None:
    before = snapshot(project)
    result = cli("add-feature", *TICKET, "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "+++ b/backend/app/models/ticket.py" in result.stdout
    assert "+from app.api.routes import" in result.stdout or "+    tickets" in result.stdout
    assert snapshot(project) == before


def test_json_prints_the_plan(project: Path, cli: Cli) -> None:
    result = cli("add-feature", *TICKET, "--json", "--dry-run")
    plan = json.loads(result.stdout)
    assert plan["applied"] is False
    actions = {(step["action"], step["path"]) for step in plan["plan"]}
    assert ("create", "backend/app/models/ticket.py") in actions
    assert ("edit", "backend/app/api/router.py") in actions


def test_force_replaces_a_changed_spec_and_user_edits(project: Path, cli: Cli) -> None:
    assert cli("add-feature", *TICKET).returncode == 0
    model = project / "backend/app/models/ticket.py"
    model.write_text(model.read_text() + "# mine\n")
    before = snapshot(project)
    changed = [
        "ticket",
        "title:str[100]:index",
        "status:enum[open,done]:default=open",
        "--no-frontend",
    ]
    refused = cli(
        "add-feature", *changed, "--force"
    )  # --force: a new spec may replace the saved one
    assert refused.returncode == 0
    assert "# mine" not in model.read_text()
    model.write_text(model.read_text() + "# mine again\n")
    before = snapshot(project)
    conflict = cli("add-feature", *TICKET)
    assert conflict.returncode == 2  # the saved spec differs: that needs --force
    assert snapshot(project) == before


def test_conflict_on_a_user_edited_file_exits_3(project: Path, cli: Cli) -> None:
    assert cli("add-feature", *TICKET).returncode == 0
    schemas = project / "backend/app/schemas/ticket.py"
    schemas.write_text("# replaced by the user\n")
    (project / "backend/app/models/ticket.py").unlink()
    before = snapshot(project)
    result = cli("add-feature", *TICKET)
    assert result.returncode == 3, result.stdout + result.stderr
    assert "backend/app/schemas/ticket.py" in result.stderr
    assert snapshot(project) == before


def test_the_issue_example_name_task_works_beside_the_task_status_route(
    project: Path, cli: Cli
) -> None:
    result = cli("add-feature", "task", "title:str[120]:index", "--no-frontend")
    assert result.returncode == 0, result.stderr
    assert "include_router(tasks.router)" in (project / "backend/app/api/router.py").read_text()


def test_an_unrecognised_registry_aborts_everything(project: Path, cli: Cli) -> None:
    router = project / "backend/app/api/router.py"
    router.write_text("routers = build_them_somehow()\n")
    before = snapshot(project)
    result = cli("add-feature", *TICKET)
    assert result.returncode == 4, result.stderr
    assert "include_router" in result.stdout + result.stderr
    assert snapshot(project) == before


@pytest.mark.parametrize(
    "args",
    [
        ["Ticket", "title:str"],
        ["class", "title:str"],
        ["metadata", "title:str"],
        ["select", "title:str"],
        ["ticket", "order:int"],
        ["ticket", "title:str", "title:str"],
        ["ticket", "metadata:str"],
        ["ticket", "interface:str"],
        ["ticket", "title:str", "title:text"],
        ["ticket", "title:strng"],
        ["ticket", "title:str[12"],
        ["ticket", "state:enum[a,b]:default=c"],
        ["ticket", "project:ref[project]"],
        ["ticket"],
        ["task_status", "title:str"],
        ["ticket", "title:str", "--read-role", "Bad Role"],
    ],
)
def test_bad_input_exits_2_with_a_reason_and_a_hint(
    project: Path, cli: Cli, args: list[str]
) -> None:
    before = snapshot(project)
    result = cli("add-feature", *args)
    assert result.returncode == 2, result.stdout + result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines[0].startswith("error:") or "Usage" in result.stderr
    assert "Traceback" not in result.stderr
    if lines[0].startswith("error:"):
        assert any(line.startswith("hint:") for line in lines)
    assert snapshot(project) == before


def test_outside_a_project_is_a_clear_error(tmp_path: Path, cli: Cli) -> None:
    result = cli("add-feature", "ticket", "title:str", cwd=tmp_path)
    assert result.returncode == 2
    assert "no primetrade project" in result.stderr


def test_spec_file_gives_the_same_feature(project: Path, cli: Cli, tmp_path: Path) -> None:
    assert cli("add-feature", *TICKET, "--owned").returncode == 0
    saved = project / ".primetrade/features/ticket.toml"
    copy = tmp_path / "ticket.toml"
    copy.write_text(saved.read_text())
    before = snapshot(project)
    again = cli("add-feature", "--spec", str(copy))
    assert again.returncode == 0, again.stderr
    assert snapshot(project) == before


def test_a_forced_new_spec_drops_what_only_the_old_one_generated(project: Path, cli: Cli) -> None:
    registry = project / "backend/app/worker/tasks/__init__.py"
    before = registry.read_text()
    assert cli("add-feature", *TICKET, "--background").returncode == 0
    assert (project / "backend/app/worker/tasks/ticket.py").exists()
    assert cli("add-feature", *TICKET, "--force").returncode == 0
    assert not (project / "backend/app/worker/tasks/ticket.py").exists()
    assert registry.read_text() == before


def test_hints_print_field_specs_literally(project: Path, cli: Cli) -> None:
    result = cli("add-feature", "ticket", "Due-Date:date")
    assert result.returncode == 2
    assert "due_date:date:optional" in result.stderr, result.stderr  # not turned into an emoji
