"""Terraform, CI/CD, observability, secret hygiene and determinism of the generated project."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.deploy.conftest import render

OWNED = (
    "docker-compose.yml",
    "backend/Dockerfile",
    "backend/.dockerignore",
    "frontend/Dockerfile",
    "frontend/.dockerignore",
    "frontend/nginx.conf",
    "deploy",
    "observability",
    ".github",
)
SECRET_KEY_NAMES = re.compile(
    r"(password|passwd|secret|token|api_?key|private_?key)(?!.*(name|ref)$)", re.I
)
SAFE_SECRET_VALUE = re.compile(r"^(|\$\{[^}]+\}.*|\$\{\{ *secrets\.[A-Za-z_]+ *\}\})$")
KEY_MATERIAL = [
    re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
    re.compile(r"AKIA[0-9A-Z]{16}"),
    re.compile(r"eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\."),
    re.compile(r"gh[pousr]_[A-Za-z0-9]{30,}"),
    re.compile(r"://[^:/\s@]+:(?!\$\{|<)[^@\s/]+@"),
]


def owned_files(root: Path) -> list[Path]:
    files: list[Path] = []
    for entry in OWNED:
        path = root / entry
        files.extend(sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path])
    return files


def _unquote(node: Any) -> Any:
    """python-hcl2 8 keeps HCL string quotes in keys and values; drop them."""
    if isinstance(node, dict):
        return {_unquote(k): _unquote(v) for k, v in node.items() if k != "__is_block__"}
    if isinstance(node, list):
        return [_unquote(item) for item in node]
    if isinstance(node, str) and len(node) >= 2 and node[0] == node[-1] == '"':
        return node[1:-1]
    return node


def terraform(project: Path) -> dict[str, Any]:
    """All .tf files merged by python-hcl2 (a second, independent HCL parser)."""
    import hcl2

    merged: dict[str, list[Any]] = {}
    for path in sorted((project / "deploy" / "terraform").glob("*.tf")):
        for key, value in _unquote(hcl2.loads(path.read_text())).items():
            merged.setdefault(key, []).extend(value)
    return merged


def resources(tf: dict[str, Any], kind: str) -> dict[str, Any]:
    return {
        name: body
        for block in tf["resource"]
        for k, v in block.items()
        if k == kind
        for name, body in v.items()
    }


def test_terraform_provisions_postgres_and_two_redis(project: Path) -> None:
    tf = terraform(project)
    db = resources(tf, "aws_db_instance")["main"]
    assert db["engine"] == "postgres" and db["manage_master_user_password"] is True
    assert db["storage_encrypted"] is True and db["publicly_accessible"] is False
    groups = resources(tf, "aws_elasticache_replication_group")
    assert set(groups) == {"broker", "cache"}
    params = resources(tf, "aws_elasticache_parameter_group")
    policy = {name: body["parameter"][0]["value"] for name, body in params.items()}
    assert policy == {"broker": "noeviction", "cache": "allkeys-lru"}
    for name, group in groups.items():
        assert f"aws_elasticache_parameter_group.{name}.name" in group["parameter_group_name"]
        assert group["transit_encryption_enabled"] is True


def test_terraform_references_resolve(project: Path) -> None:
    tf = terraform(project)
    declared_vars = {name for block in tf["variable"] for name in block}
    declared_res = {
        f"{kind}.{name}" for block in tf["resource"] for kind, v in block.items() for name in v
    }
    text = "\n".join(p.read_text() for p in (project / "deploy" / "terraform").glob("*.tf"))
    used_vars = set(re.findall(r"\bvar\.([a-z0-9_]+)", text))
    assert used_vars <= declared_vars, f"undeclared: {used_vars - declared_vars}"
    used_res = {m.group(0) for m in re.finditer(r"\b(?:aws|random)_[a-z0-9_]+\.[a-z0-9_]+\b", text)}
    assert used_res <= declared_res, f"unknown resources: {used_res - declared_res}"
    assert {name for block in tf["output"] for name in block} >= {
        "postgres_endpoint",
        "redis_broker_endpoint",
        "redis_cache_endpoint",
    }
    assert not list((project / "deploy" / "terraform").glob("*.tfvars")), "only .tfvars.example"


def workflow(project: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(
        (project / ".github" / "workflows" / "ci.yml").read_text()
    )
    return data


def steps_text(job: dict[str, Any]) -> str:
    return "\n".join(str(step.get("run", "")) + str(step.get("uses", "")) for step in job["steps"])


def test_ci_runs_gates_with_real_services(project: Path) -> None:
    jobs = workflow(project)["jobs"]
    backend = jobs["backend"]
    assert set(backend["services"]) == {"postgres", "redis"}
    for command in (
        "ruff check",
        "ruff format --check",
        "mypy",
        "alembic upgrade head",
        "alembic check",
        "pytest",
    ):
        assert command in steps_text(backend), command
    for command in ("npm ci", "npm run lint", "npm run typecheck", "npm test", "npm run build"):
        assert command in steps_text(jobs["frontend"]), command
    for command in ("ruff check", "ruff format --check", "mypy", "pytest"):
        assert command in steps_text(jobs["model-serving"]), command
    assert jobs["model-serving"]["defaults"]["run"]["working-directory"] == "model-serving"
    assert "docker/build-push-action" in steps_text(jobs["images"])
    assert "model-serving" in jobs["images"]["strategy"]["matrix"]["component"]


def test_ci_migrates_on_main_before_a_gated_deploy(project: Path) -> None:
    jobs = workflow(project)["jobs"]
    migrate, deploy = jobs["migrate"], jobs["deploy"]
    for job in (migrate, deploy):
        assert "refs/heads/main" in job["if"] and job["environment"] == "production"
        assert job["concurrency"]["cancel-in-progress"] is False
    assert migrate["needs"] == ["images"] and deploy["needs"] == ["migrate"]
    assert "wait --for=condition=complete job/migrate" in steps_text(migrate)
    assert "kubectl apply -k" in steps_text(deploy) and "rollout status" in steps_text(deploy)


def test_prometheus_scrapes_api_and_workers(project: Path) -> None:
    config = yaml.safe_load(
        (project / "observability" / "prometheus" / "prometheus.yml").read_text()
    )
    jobs = {job["job_name"]: job for job in config["scrape_configs"]}
    api = jobs["api"]
    assert api["metrics_path"] == "/metrics" and api["dns_sd_configs"][0]["port"] == 8000
    workers = jobs["celery-workers"]
    assert workers["metrics_path"] == "/metrics" and workers["dns_sd_configs"][0]["port"] == 9808
    assert jobs["celery"]["static_configs"][0]["targets"] == ["flower:5555"]
    services = yaml.safe_load((project / "docker-compose.yml").read_text())["services"]
    for job in jobs.values():
        for static in job.get("static_configs", []):
            for target in static["targets"]:
                host = target.split(":")[0]
                assert host == "localhost" or host in services, target


def test_grafana_dashboards_use_provisioned_datasources(project: Path) -> None:
    grafana = project / "observability" / "grafana"
    provisioned = yaml.safe_load(
        (grafana / "provisioning" / "datasources" / "datasources.yml").read_text()
    )
    uids = {ds["uid"] for ds in provisioned["datasources"]}
    for path in (grafana / "dashboards").glob("*.json"):
        dashboard = json.loads(path.read_text())
        for panel in dashboard["panels"]:
            assert panel["datasource"]["uid"] in uids, (path.name, panel["title"])


def _yaml_pairs(node: Any, key: str = "") -> list[tuple[str, Any]]:
    if isinstance(node, dict):
        return [pair for k, v in node.items() for pair in _yaml_pairs(v, str(k))]
    if isinstance(node, list):
        return [pair for item in node for pair in _yaml_pairs(item, key)]
    return [(key, node)]


def test_no_secret_literal_in_any_generated_deploy_file(project: Path) -> None:
    files = owned_files(project)
    assert len(files) >= 25
    for path in files:
        text = path.read_text()
        for pattern in KEY_MATERIAL:
            assert not pattern.search(text), f"{path.relative_to(project)}: {pattern.pattern}"
        if path.suffix not in {".yml", ".yaml"}:
            continue
        for doc in yaml.safe_load_all(text):
            for key, value in _yaml_pairs(doc):
                if SECRET_KEY_NAMES.search(key) and isinstance(value, str):
                    assert SAFE_SECRET_VALUE.match(value), (
                        f"{path.relative_to(project)}: {key}={value!r}"
                    )


def test_secret_scan_catches_a_planted_secret(tmp_path: Path) -> None:
    planted = tmp_path / "compose.yml"
    planted.write_text("services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: hunter2\n")
    pairs = _yaml_pairs(yaml.safe_load(planted.read_text()))
    assert any(SECRET_KEY_NAMES.search(k) and not SAFE_SECRET_VALUE.match(v) for k, v in pairs)
    assert KEY_MATERIAL[-1].search("redis://user:hunter2@host:6379/0")


def test_rendering_is_deterministic(
    project: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    again = render(tmp_path_factory.mktemp("again") / "app")
    for path in owned_files(project):
        relative = path.relative_to(project)
        assert (again / relative).read_bytes() == path.read_bytes(), relative
    assert len(owned_files(again)) == len(owned_files(project))
