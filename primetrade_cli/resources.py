"""Where the packaged templates live: inside the wheel, or beside the package in a checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from primetrade_cli.errors import PrimetradeError


@cache
def templates_dir() -> Path:
    package = Path(__file__).resolve().parent
    for candidate in (package / "templates", package.parent / "templates"):
        if (candidate / "project" / "copier.yml").is_file():
            return candidate
    raise PrimetradeError(f"primetrade's templates are missing (looked beside {package})")


def project_template() -> Path:
    return templates_dir() / "project"


def feature_templates() -> Path:
    return templates_dir() / "feature"
