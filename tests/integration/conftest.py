from __future__ import annotations

from pathlib import Path

import pytest

from .harness import REPO, backend_venv


@pytest.fixture(scope="session")
def backend_env() -> Path:
    """The venv with the generated backend's dependencies (pinned in the template's pyproject)."""
    return backend_venv(REPO / "generated_example" / "backend" / "pyproject.toml")
