"""Shared fixtures for the deployment-file tests: one Copier render per module, tool lookup."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
TEMPLATE = REPO / "templates" / "project"
SCHEMAS = Path(__file__).resolve().parent / "schemas"
REQUIREMENTS_HINT = "install it: pip install -r tests/deploy/requirements.txt"
APT_HINT = "install it: apt-get install -y nginx-light prometheus shellcheck"
_APT_TOOLS = {"nginx": APT_HINT, "promtool": APT_HINT, "shellcheck": APT_HINT}


def render(destination: Path) -> Path:
    """Render the `primetrade new` template with its defaults, as the CLI does."""
    import copier

    copier.run_copy(str(TEMPLATE), str(destination), defaults=True, quiet=True)
    return destination


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    yield render(tmp_path_factory.mktemp("generated") / "app")


def tool(name: str) -> str:
    """Absolute path of a validator; a missing one FAILS the test (CI must install it)."""
    beside_python = Path(sys.executable).parent / name
    if beside_python.is_file() and os.access(beside_python, os.X_OK):
        return str(beside_python)
    found = shutil.which(name) or shutil.which(name, path="/usr/sbin:/usr/bin")
    if found is None:
        pytest.fail(
            f"validator {name!r} is not installed; {_APT_TOOLS.get(name, REQUIREMENTS_HINT)}"
        )
    return found


def run(
    args: Sequence[str], cwd: Path, env: dict[str, str] | None = None, expect_ok: bool = True
) -> subprocess.CompletedProcess[str]:
    """Run a validator; by default assert it succeeded and show its whole output if not."""
    base_env = {"PATH": os.environ.get("PATH", ""), "HOME": os.environ.get("HOME", "/tmp")}
    result = subprocess.run(
        list(args),
        cwd=cwd,
        env={**base_env, **(env or {})},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if expect_ok:
        assert result.returncode == 0, (
            f"{' '.join(args)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
        )
    return result


def yaml_documents(path: Path) -> list[dict[str, Any]]:
    return [doc for doc in yaml.safe_load_all(path.read_text()) if doc is not None]


def k8s_objects(root: Path) -> list[dict[str, Any]]:
    """Every Kubernetes object under deploy/k8s (kustomizations excluded)."""
    objects: list[dict[str, Any]] = []
    for path in sorted((root / "deploy" / "k8s").rglob("*.yaml")):
        if path.name != "kustomization.yaml":
            objects.extend({**doc, "__file__": path.name} for doc in yaml_documents(path))
    return objects


def find(objects: list[dict[str, Any]], kind: str, name: str) -> dict[str, Any]:
    matches = [o for o in objects if o["kind"] == kind and o["metadata"]["name"] == name]
    assert len(matches) == 1, f"expected exactly one {kind}/{name}, found {len(matches)}"
    return matches[0]
