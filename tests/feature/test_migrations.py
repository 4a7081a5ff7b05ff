"""Migrations rendered from the spec: deterministic ids chained to the head, PostgreSQL shapes."""

from __future__ import annotations

from pathlib import Path

from primetrade_cli.migrations import read_revisions, render_migration
from primetrade_cli.spec.feature import build_feature

SPEC = build_feature(
    "ticket",
    [
        "title:str[120]:index",
        "status:enum[open,done]:default=open",
        "done:bool:default=false",
        "project:ref[user]:optional:setnull",
        "code:str[8]:unique",
        "price:decimal[10,2]",
    ],
    owned=True,
)


def test_revision_is_deterministic_and_chained_to_the_head(project: Path) -> None:
    heads = [r.revision for r in read_revisions(project)]
    path, first = render_migration(project, SPEC, "add")
    again_path, again = render_migration(project, SPEC, "add")
    assert (path, first) == (again_path, again)
    assert f'down_revision: str | None = "{heads[-1]}"' in first or any(
        f'down_revision: str | None = "{h}"' in first for h in heads
    )
    other_path, _ = render_migration(project, build_feature("ticket", ["title:str"]), "add")
    assert other_path != path


def test_postgresql_shapes(project: Path) -> None:
    _path, text = render_migration(project, SPEC, "add")
    up, down = text.split("def downgrade")
    assert 'sa.Enum("open", "done", name="ticket_status")' in up
    assert 'ondelete="SET NULL"' in up and 'ondelete="CASCADE"' in up
    assert 'op.f("uq_tickets_code")' in up and 'op.f("ix_tickets_title")' in up
    assert "server_default=sa.func.now()" in up  # portable: CURRENT_TIMESTAMP on SQLite
    assert 'sa.Enum(name="ticket_status").drop(op.get_bind(), checkfirst=True)' in down
    assert "'0'" not in text


def test_an_existing_add_migration_is_reused(project: Path) -> None:
    path, text = render_migration(project, SPEC, "add")
    (project / path).write_text(text)
    assert render_migration(project, SPEC, "add") == (path, text)


def test_two_heads_are_a_spec_error_with_a_hint(project: Path) -> None:
    import pytest

    from primetrade_cli.errors import SpecError

    versions = project / "backend/alembic/versions"
    (versions / "zz_other.py").write_text('revision = "zz1"\ndown_revision = "0001"\n')
    (versions / "zz_more.py").write_text('revision = "zz2"\ndown_revision = "0001"\n')
    with pytest.raises(SpecError) as error:
        render_migration(project, SPEC, "add")
    assert error.value.hint is not None
    assert "alembic merge heads" in error.value.hint
