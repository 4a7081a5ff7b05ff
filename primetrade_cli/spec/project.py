"""Finding the generated project that encloses a directory, and what its marker file says."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from primetrade_cli.errors import ProjectNotFoundError

MARKER = Path(".primetrade") / "project.toml"


@dataclass(frozen=True)
class Project:
    root: Path
    name: str
    slug: str

    @property
    def feature_specs_dir(self) -> Path:
        return self.root / ".primetrade" / "features"


def load_project(root: Path) -> Project:
    data = tomllib.loads((root / MARKER).read_text())
    section = data.get("project", {})
    return Project(root=root, name=str(section.get("name", root.name)), slug=str(section.get("slug", "")))


def find_project(start: Path) -> Project:
    """Walk up from `start` to the first directory holding `.primetrade/project.toml`."""
    start = start.resolve()
    for directory in (start, *start.parents):
        if (directory / MARKER).is_file():
            return load_project(directory)
    raise ProjectNotFoundError(
        f"no primetrade project encloses {start}",
        hint="run this inside a project made by `primetrade new PATH`, e.g. `cd PATH && primetrade add-feature ...`",
    )
