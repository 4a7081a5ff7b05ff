"""The deployment files rely on other parts of the generated project; check those seams hold.

Each assertion names a fact a deploy file depends on (a file the Dockerfile copies, a setting the
manifests set, a script CI calls); when another part changes it, this fails instead of a build."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import yaml

from tests.deploy.conftest import k8s_objects


def backend_settings(project: Path) -> set[str]:
    """Environment variable names the backend's Settings class declares."""
    text = (project / "backend" / "app" / "core" / "config.py").read_text()
    return set(re.findall(r"^    ([A-Z][A-Z0-9_]+): ", text, flags=re.M))


def test_backend_image_inputs_exist(project: Path) -> None:
    backend = project / "backend"
    for needed in ("pyproject.toml", "alembic.ini", "alembic", "app/main.py"):
        assert (backend / needed).exists(), f"backend/Dockerfile copies {needed}"
    dependencies = tomllib.loads((backend / "pyproject.toml").read_text())["project"][
        "dependencies"
    ]
    names = {re.split(r"[=<>\[ ;]", dep, maxsplit=1)[0].lower() for dep in dependencies}
    assert {"uvicorn", "celery", "alembic", "asyncpg", "redis"} <= names
    assert all("==" in dep for dep in dependencies), "the image installs pinned versions"
    celery_app = (backend / "app" / "worker" / "celery_app.py").read_text()
    assert re.search(r"^celery_app\b", celery_app, flags=re.M), "celery -A app.worker.celery_app"


def test_health_and_metrics_routes_exist(project: Path) -> None:
    app = project / "backend" / "app"
    health = (app / "api" / "routes" / "health.py").read_text()
    assert '"/livez"' in health and '"/readyz"' in health
    assert 'endpoint="/metrics"' in (app / "core" / "metrics.py").read_text()


def test_every_setting_we_set_is_read_by_the_backend(project: Path) -> None:
    declared = backend_settings(project)
    compose = yaml.safe_load((project / "docker-compose.yml").read_text())["services"]
    set_by_compose = {
        key for name in ("api", "worker", "beat", "migrate") for key in compose[name]["environment"]
    }
    config_map = next(o for o in k8s_objects(project) if o["kind"] == "ConfigMap")
    secrets = next(o for o in k8s_objects(project) if o["metadata"]["name"] == "app-secrets")
    set_by_k8s = set(config_map["data"]) | set(secrets["stringData"])
    # Read by other programs, not by Settings: uvicorn, prometheus_client, KEDA, the migrate job.
    external = {
        "FORWARDED_ALLOW_IPS",
        "PROMETHEUS_MULTIPROC_DIR",
        "REDIS_BROKER_ADDRESS",
        "REDIS_BROKER_PASSWORD",
        "DATABASE_URL_DIRECT",
    }
    unknown = (set_by_compose | set_by_k8s) - declared - external
    assert not unknown, f"set by deploy files but not declared in Settings: {sorted(unknown)}"


def test_frontend_image_and_ci_inputs_exist(project: Path) -> None:
    frontend = project / "frontend"
    assert (frontend / "package-lock.json").is_file(), "frontend/Dockerfile runs npm ci"
    scripts = json.loads((frontend / "package.json").read_text())["scripts"]
    for script in ("build", "lint", "typecheck", "test"):
        assert script in scripts, f"CI runs npm run {script}"
    assert "outDir" not in (frontend / "vite.config.ts").read_text(), "the image copies dist/"
    client = (frontend / "src" / "api" / "client.ts").read_text()
    assert '"/api/v1"' in client, "nginx and the Ingress route /api/ to the API (same origin)"
