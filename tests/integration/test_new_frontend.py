"""Issue 3's promise: a fresh `primetrade new` frontend passes its own gates as generated — npm ci,
lint, typecheck, unit tests, build, the OpenAPI type check (no regeneration first) and the browser
test in headless Chromium against the real backend on the embedded default."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .harness import backend_venv, new_project, node_modules, npm

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def frontend(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = new_project(tmp_path_factory.mktemp("new-frontend") / "demo")
    node_modules(root / "frontend")
    return root / "frontend"


@pytest.fixture(scope="module")
def env(frontend: Path) -> dict[str, str]:
    python = backend_venv(frontend.parent / "backend" / "pyproject.toml") / "bin" / "python"
    return {**os.environ, "BACKEND_PYTHON": str(python)}


@pytest.mark.parametrize("script", ["lint", "typecheck", "check:api", "build"])
def test_npm_scripts_pass(frontend: Path, env: dict[str, str], script: str) -> None:
    npm(frontend, env, "run", script)


def test_unit_tests_pass(frontend: Path, env: dict[str, str]) -> None:
    output = npm(frontend, env, "test")
    assert " passed" in output and " failed" not in output


def test_browser_test_passes_and_saves_screenshots(frontend: Path, env: dict[str, str]) -> None:
    output = npm(frontend, {**env, "E2E_TIMEOUT_MS": "600000"}, "run", "test:e2e")
    assert "PASS" in output and "FAIL" not in output, output
    assert list((frontend / "e2e" / "artifacts").glob("*.png"))
