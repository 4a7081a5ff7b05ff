"""Alembic revisions rendered from a FeatureSpec with Alembic's operations + render API (no DB).

Revision ids are derived from the spec and the parent revision, so the same command renders the
same file. Alembic and SQLAlchemy are imported only when a migration is rendered.
"""

from __future__ import annotations

import ast
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from primetrade_cli.errors import SpecError
from primetrade_cli.generators.pyformat import statement
from primetrade_cli.spec.dbnames import NAMING_CONVENTION
from primetrade_cli.spec.feature import FeatureSpec
from primetrade_cli.spec.fields import FieldSpec, Kind

if TYPE_CHECKING:
    import sqlalchemy as sa

VERSIONS = Path("backend") / "alembic" / "versions"


@dataclass(frozen=True)
class Revision:
    revision: str
    parent: str | None
    path: str


def read_revisions(root: Path) -> list[Revision]:
    """Revision and parent of every migration file, read with `ast` (no module is executed)."""
    out = []
    for path in sorted((root / VERSIONS).glob("*.py")):
        values: dict[str, Any] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            target: ast.expr
            if isinstance(node, ast.AnnAssign) and node.value is not None:
                target, value = node.target, node.value
            elif isinstance(node, ast.Assign):
                target, value = node.targets[0], node.value
            else:
                continue
            if isinstance(target, ast.Name):
                try:
                    values[target.id] = ast.literal_eval(value)
                except ValueError:
                    continue
        if isinstance(values.get("revision"), str):
            out.append(Revision(values["revision"], values.get("down_revision"), path.name))
    return out


def _parents(revision: Revision) -> tuple[str, ...]:
    parent: Any = revision.parent
    if isinstance(parent, tuple | list):
        return tuple(str(p) for p in parent)
    return (str(parent),) if parent else ()


def _single_head(revisions: list[Revision]) -> str:
    parents = {p for r in revisions for p in _parents(r)}
    heads = [r.revision for r in revisions if r.revision not in parents]
    if len(heads) != 1:
        raise SpecError(
            f"alembic has {len(heads)} heads in {VERSIONS.as_posix()}; expected exactly one",
            "merge them first: `alembic merge heads -m merge`",
        )
    return heads[0]


def _newest_first(revisions: list[Revision], head: str) -> list[Revision]:
    """The history from `head` back to the base (first parent of merges)."""
    by_id = {r.revision: r for r in revisions}
    chain: list[Revision] = []
    current: str | None = head
    while current is not None and current in by_id and len(chain) <= len(by_id):
        chain.append(by_id[current])
        parents = _parents(by_id[current])
        current = parents[0] if parents else None
    return chain


def placement(root: Path, kind: str, spec: FeatureSpec) -> tuple[str, str, str]:
    """(file name, revision id, parent) for the feature's `add` or `drop` migration.

    The newest add/drop migration of this table is reused when it is of the same kind (the command
    runs again); otherwise (first add, or add after a drop) a new revision goes on the head.
    """
    revisions = read_revisions(root)
    head = _single_head(revisions)
    table = spec.name.table
    for revision in _newest_first(revisions, head):
        if revision.path.endswith((f"_add_{table}.py", f"_drop_{table}.py")):
            if revision.path.endswith(f"_{kind}_{table}.py"):
                return revision.path, revision.revision, ",".join(_parents(revision))
            break
    digest = hashlib.sha256(f"{head}\n{kind}\n{spec.to_toml()}".encode()).hexdigest()[:12]
    return f"{digest}_{kind}_{table}.py", digest, head


def _column(field: FieldSpec, spec: FeatureSpec) -> sa.Column[Any]:
    import sqlalchemy as sa

    kind = field.kind
    if kind is Kind.REF:
        assert field.on_delete is not None
        fk = sa.ForeignKey(f"{field.target_name.table}.id", ondelete=field.on_delete.sql)
        return sa.Column(
            field.column,
            sa.Integer(),
            fk,
            nullable=field.optional,
            index=field.indexed,
            unique=field.unique or None,
        )
    types: dict[Kind, Any] = {
        Kind.TEXT: sa.Text(),
        Kind.INT: sa.Integer(),
        Kind.BIGINT: sa.BigInteger(),
        Kind.FLOAT: sa.Float(),
        Kind.BOOL: sa.Boolean(),
        Kind.DATE: sa.Date(),
        Kind.DATETIME: sa.DateTime(timezone=True),
        Kind.UUID: sa.Uuid(),
        Kind.JSON: sa.JSON(),
    }
    if kind in (Kind.STR, Kind.EMAIL, Kind.URL):
        typ: Any = sa.String(field.length)
    elif kind is Kind.DECIMAL:
        typ = sa.Numeric(field.precision, field.scale)
    elif kind is Kind.ENUM:
        typ = sa.Enum(*field.choices, name=spec.enum_type_name(field))
    else:
        typ = types[kind]
    return sa.Column(
        field.column,
        typ,
        nullable=field.optional,
        index=field.indexed or None,
        unique=field.unique or None,
    )


def build_table(spec: FeatureSpec) -> sa.Table:
    """The feature's table as the generated model declares it (same names, types, constraints)."""
    import sqlalchemy as sa

    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)
    for target in {f.target_name.table for f in spec.refs} | ({"users"} if spec.owned else set()):
        if target != spec.name.table:
            sa.Table(target, metadata, sa.Column("id", sa.Integer(), primary_key=True))
    columns = [_column(field, spec) for field in spec.fields]
    columns.insert(0, sa.Column("id", sa.Integer(), primary_key=True))
    if spec.owned:
        fk = sa.ForeignKey("users.id", ondelete="CASCADE")
        columns.append(sa.Column("owner_id", sa.Integer(), fk, nullable=False, index=True))
    for stamp in ("created_at", "updated_at"):
        columns.append(
            sa.Column(
                stamp, sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
            )
        )
    return sa.Table(spec.name.table, metadata, *columns)


def _render(operations: list[Any]) -> list[str]:
    from alembic.autogenerate import render_python_code
    from alembic.operations import ops
    from alembic.runtime.migration import MigrationContext

    context = MigrationContext.configure(dialect_name="postgresql", opts={"render_as_batch": False})
    code = render_python_code(ops.UpgradeOps(ops=operations), migration_context=context)
    tree = _PortableDefaults().visit(
        ast.parse("\n".join(line.strip() for line in code.splitlines()))
    )
    return [statement(ast.unparse(node), 1) for node in tree.body]


class _PortableDefaults(ast.NodeTransformer):
    """`sa.text('now()')` (PostgreSQL only) -> `sa.func.now()` (CURRENT_TIMESTAMP on SQLite)."""

    def visit_Call(self, node: ast.Call) -> ast.AST:
        self.generic_visit(node)
        if ast.unparse(node) == "sa.text('now()')":
            return ast.parse("sa.func.now()", mode="eval").body
        return node


def create_ops(spec: FeatureSpec) -> tuple[list[Any], list[Any]]:
    """(upgrade ops, downgrade ops) creating the feature's table, indexes and enum types."""
    from alembic.operations import ops

    table = build_table(spec)
    indexes = sorted(table.indexes, key=lambda index: str(index.name))
    up: list[Any] = [ops.CreateTableOp.from_table(table)]
    up += [ops.CreateIndexOp.from_index(index) for index in indexes]
    down: list[Any] = [ops.DropIndexOp.from_index(index) for index in indexes]
    down.append(ops.DropTableOp.from_table(table))
    return up, down


def enum_drops(spec: FeatureSpec) -> list[str]:
    return [
        statement(
            f'sa.Enum(name="{spec.enum_type_name(f)}").drop(op.get_bind(), checkfirst=True)', 1
        )
        for f in spec.enums
    ]


def render_migration(root: Path, spec: FeatureSpec, kind: str) -> tuple[str, str]:
    """(path, content) of the `add` (create) or `drop` (forward removal) migration of `spec`."""
    from primetrade_cli.render import render

    name, revision, parent = placement(root, kind, spec)
    up, down = create_ops(spec)
    create_lines, drop_lines = _render(up), _render(down) + enum_drops(spec)
    upgrade, downgrade = (create_lines, drop_lines) if kind == "add" else (drop_lines, create_lines)
    verb, command = ("create", "add-feature") if kind == "add" else ("drop", "remove-feature")
    context = {
        "message": f"{verb} {spec.name.table} (primetrade {command} {spec.name.snake})",
        "revision": revision,
        "parent": parent,
        "upgrade": "\n".join(upgrade),
        "downgrade": "\n".join(downgrade),
    }
    return (VERSIONS / name).as_posix(), render("backend/migration.py.jinja", context, root)
