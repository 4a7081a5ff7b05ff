"""remove-feature: the exact reverse of add-feature, plus a forward drop migration."""

from __future__ import annotations

from pathlib import Path

from tests.feature.conftest import Cli, snapshot

PROJECT = ["project", "name:str[80]:unique", "--no-frontend"]
TICKET = ["ticket", "title:str", "project:ref[project]:cascade", "--background", "--no-frontend"]
REGISTRIES = [
    "backend/app/api/router.py",
    "backend/app/models/__init__.py",
    "backend/app/worker/tasks/__init__.py",
]


def test_remove_restores_registries_and_adds_a_drop_migration(project: Path, cli: Cli) -> None:
    before = {path: (project / path).read_text() for path in REGISTRIES}
    assert cli("add-feature", *PROJECT).returncode == 0
    assert cli("add-feature", *TICKET).returncode == 0
    removed = cli("remove-feature", "ticket")
    assert removed.returncode == 0, removed.stderr
    assert not (project / "backend/app/models/ticket.py").exists()
    assert not (project / "backend/app/worker/tasks/ticket.py").exists()
    assert not (project / ".primetrade/features/ticket.toml").exists()
    assert (project / "backend/app/worker/tasks/__init__.py").read_text() == before[REGISTRIES[2]]
    drops = list((project / "backend/alembic/versions").glob("*_drop_tickets.py"))
    assert len(drops) == 1
    text = drops[0].read_text()
    assert text.index('op.drop_table("tickets")') < text.index("def downgrade")
    assert cli("remove-feature", "project").returncode == 0
    for path in REGISTRIES:
        assert (project / path).read_text() == before[path], path


def test_a_referenced_feature_cannot_be_removed(project: Path, cli: Cli) -> None:
    assert cli("add-feature", *PROJECT).returncode == 0
    assert cli("add-feature", *TICKET).returncode == 0
    before = snapshot(project)
    result = cli("remove-feature", "project")
    assert result.returncode == 2
    assert "referenced by ticket" in result.stderr
    assert snapshot(project) == before


def test_removing_an_unknown_feature_is_exit_2(project: Path, cli: Cli) -> None:
    result = cli("remove-feature", "ghost")
    assert result.returncode == 2
    assert "no feature named" in result.stderr


def test_remove_dry_run_writes_nothing(project: Path, cli: Cli) -> None:
    assert cli("add-feature", *PROJECT).returncode == 0
    before = snapshot(project)
    result = cli("remove-feature", "project", "--dry-run")
    assert result.returncode == 0
    assert "--- a/backend/app/models/project.py" in result.stdout
    assert snapshot(project) == before


def test_remove_refuses_a_user_edited_file(project: Path, cli: Cli) -> None:
    assert cli("add-feature", *PROJECT).returncode == 0
    crud = project / "backend/app/crud/project.py"
    crud.write_text(crud.read_text() + "# my helper\n")
    before = snapshot(project)
    assert cli("remove-feature", "project").returncode == 3
    assert snapshot(project) == before
    assert cli("remove-feature", "project", "--force").returncode == 0
    assert not crud.exists()


def test_add_after_remove_goes_on_top_of_the_drop(project: Path, cli: Cli) -> None:
    from primetrade_cli.migrations import read_revisions

    assert cli("add-feature", *PROJECT).returncode == 0
    assert cli("remove-feature", "project").returncode == 0
    assert cli("add-feature", *PROJECT).returncode == 0
    before = snapshot(project)
    assert cli("add-feature", *PROJECT).returncode == 0
    assert snapshot(project) == before
    revisions = read_revisions(project)
    parents = {r.parent for r in revisions}
    assert len([r for r in revisions if r.revision not in parents]) == 1  # one head, a linear chain
    adds = sorted(r.path for r in revisions if r.path.endswith("_add_projects.py"))
    assert len(adds) == 2
