"""Jinja2 rendering of feature templates; a project's own overrides win over the packaged ones."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from primetrade_cli.resources import feature_templates

if TYPE_CHECKING:
    from jinja2 import Environment

OVERRIDES = Path(".primetrade") / "templates"


@cache
def _environment(search_path: tuple[str, ...]) -> Environment:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    return Environment(
        loader=FileSystemLoader(list(search_path)),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )


def search_path(project_root: Path | None) -> tuple[str, ...]:
    paths = [str(feature_templates())]
    if project_root is not None and (project_root / OVERRIDES).is_dir():
        paths.insert(0, str(project_root / OVERRIDES))
    return tuple(paths)


def render(template: str, context: Mapping[str, object], project_root: Path | None = None) -> str:
    """Render `template` (e.g. "backend/model.py.jinja") with `context`."""
    return _environment(search_path(project_root)).get_template(template).render(context)
