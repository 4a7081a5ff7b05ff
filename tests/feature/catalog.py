"""Features that together use every field type, modifier and option (the "done when" set)."""

from __future__ import annotations

from typing import Any

CATALOG: list[tuple[str, list[str], dict[str, Any]]] = [
    (
        "project",
        [
            "name:str[80]:unique",
            "code:str[12]:index:min=2",
            "budget:decimal[12,2]:min=0:max=1000000:index",
            "website:url:optional",
            "contact:email:optional",
            "archived:bool:default=false",
        ],
        {"owned": True, "cache": True},
    ),
    (
        "ticket",
        [
            "title:str[120]:index",
            "status:enum[open,doing,done]:default=open:index",
            "priority:int:min=1:max=5:default=3",
            "estimate:float:optional:min=0",
            "views:bigint:default=0:index",
            "due:date:optional:index",
            "closed_at:datetime:optional",
            "project:ref[project]:cascade",
            "assignee:ref[user]:optional:setnull",
            "reference:uuid:unique",
            "notes:text:optional:max=2000",
            "extra:json:optional",
        ],
        {"owned": True, "background": True},
    ),
    (
        "label",
        [
            "name:str[40]:unique",
            "color:str[7]:default=blue",
            "parent:ref[label]:optional:setnull",
            "ticket:ref[ticket]:restrict",
            "weight:decimal[6,3]:optional:default=1.5",
            "happened_at:datetime:index",
            "rank:float:index",
        ],
        {"read_role": "viewer", "write_role": "editor", "cache": True},
    ),
]


def apply(root: Any) -> None:
    """Add every catalog feature to the project at `root` through the library (not the CLI)."""
    from primetrade_cli.changeset import RunOptions, execute
    from primetrade_cli.generators.feature import plan_add_feature
    from primetrade_cli.spec.feature import build_feature
    from primetrade_cli.spec.project import load_project

    for name, fields, options in CATALOG:
        spec = build_feature(name, fields, frontend=False, **options)
        execute(plan_add_feature(load_project(root), spec), root, RunOptions(quiet=True))
