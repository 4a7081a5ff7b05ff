"""The frontend slice end to end: a new project plus features covering every field type and
option, then the generated frontend's own gates (lint, typecheck, Vitest, build, OpenAPI drift,
browser tests in headless Chromium against the real backend); add-feature twice changes nothing."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from primetrade_cli.spec.names import FeatureName
from tests.feature.catalog import CATALOG

from .harness import backend_venv, node_modules, npm

pytestmark = pytest.mark.slow

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
EXTRA: list[tuple[str, list[str], dict[str, object]]] = [
    # references the example `item` (the seed's inline UI on the item list) and itself
    ("note", ["body:text", "item:ref[item]:cascade", "parent:ref[note]:optional"], {}),
    # gated on the role registration grants, a TypeScript type name as a field, and a parent with
    # a unique value that other scenarios create too (each scenario gets its own database)
    (
        "milestone",
        ["title:str[60]:unique", "number:int:optional", "project:ref[project]:cascade"],
        {"read_role": "member", "write_role": "member"},
    ),
]


def _argv(name: str, fields: list[str], options: dict[str, object]) -> list[str]:
    argv = ["add-feature", name, *fields]
    for key, value in options.items():
        flag = "--" + key.replace("_", "-")
        argv += [flag] if value is True else [flag, str(value)]
    return argv


def _primetrade(root: Path, *args: str, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "primetrade_cli", *args],
        cwd=root,
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=600,
    )
    assert done.returncode == 0, f"primetrade {' '.join(args)}:\n{done.stdout}{done.stderr}"
    return done.stdout


def _tree(root: Path) -> dict[str, str]:
    skip = {"node_modules", "dist", "artifacts", ".venv", "__pycache__"}
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file() and not skip & set(path.relative_to(root).parts)
    }


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("frontend-slice") / "app"
    subprocess.run(
        [sys.executable, "-m", "primetrade_cli", "new", str(root), "--defaults", "--no-git", "-q"],
        check=True,
    )
    env = {k: v for k, v in os.environ.items() if k != "BACKEND_PYTHON"}
    for name, fields, options in [*CATALOG, *EXTRA]:
        out = _primetrade(root, *_argv(name, fields, options), env=env)
        assert "npm run gen:api" in out, "without node_modules the next step is printed"
    yield root


def test_add_feature_twice_changes_nothing(project: Path) -> None:
    before = _tree(project)
    env = {k: v for k, v in os.environ.items() if k != "BACKEND_PYTHON"}
    for name, fields, options in [*CATALOG, *EXTRA]:
        out = _primetrade(project, *_argv(name, fields, options), env=env)
        assert "nothing to do" in out
    assert _tree(project) == before


def test_frontend_gates_and_browser_tests(project: Path) -> None:
    frontend = project / "frontend"
    node_modules(frontend)
    python = backend_venv(project / "backend" / "pyproject.toml") / "bin" / "python"
    env = {**os.environ, "BACKEND_PYTHON": str(python), "CHROMIUM_PATH": str(CHROMIUM)}
    npm(frontend, env, "run", "gen:api")
    npm(frontend, env, "run", "check:api")
    npm(frontend, env, "run", "lint")
    npm(frontend, env, "run", "typecheck")
    tests = npm(frontend, env, "test")
    assert "failed" not in tests.lower()
    npm(frontend, env, "run", "build")
    e2e_env = {**env, "E2E_SKIP_BUILD": "1", "E2E_TIMEOUT_MS": "600000"}
    e2e = npm(frontend, e2e_env, "run", "test:e2e")
    for name, _, _ in [("item", [], {}), *CATALOG, *EXTRA]:
        scenario = FeatureName(name).plural_label.lower()
        assert f"PASS {scenario} (" in e2e, e2e


def test_add_feature_runs_gen_api_when_it_can(project: Path) -> None:
    frontend = project / "frontend"
    if not (frontend / "node_modules").is_dir():
        node_modules(frontend)
    python = backend_venv(project / "backend" / "pyproject.toml") / "bin" / "python"
    env = {**os.environ, "BACKEND_PYTHON": str(python)}
    out = _primetrade(project, "add-feature", "memo", "text:str[200]", env=env)
    assert "gen:api" in out and "next step" not in out, out
    assert "MemoRead" in (frontend / "src/api/schema.d.ts").read_text()
    npm(frontend, env, "run", "check:api")
    npm(frontend, env, "run", "typecheck")
    _primetrade(project, "remove-feature", "memo", env=env)
    assert "MemoRead" not in (frontend / "src/api/schema.d.ts").read_text()
    npm(frontend, env, "run", "typecheck")
