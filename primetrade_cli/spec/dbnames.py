"""Database object names a feature creates, under the generated project's naming convention.

The convention must equal `app.db.base.Base.metadata.naming_convention` in the generated backend.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from primetrade_cli.spec.feature import FeatureSpec

NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def constraint_names(spec: FeatureSpec) -> list[str]:
    """Every identifier the feature's table brings (PostgreSQL allows 63 characters)."""
    table = spec.name.table
    names = [table, f"pk_{table}"]
    for field in spec.fields:
        if field.unique:
            names.append(f"uq_{table}_{field.column}")
        if field.indexed:
            names.append(f"ix_{table}_{field.column}")
        if field.is_ref:
            names.append(f"fk_{table}_{field.column}_{field.target_name.table}")
    for field in spec.enums:
        names.append(spec.enum_type_name(field))
    if spec.owned:
        names += [f"ix_{table}_owner_id", f"fk_{table}_owner_id_users"]
    return names
