"""Structural promises of the generated deployment files (what DESIGN.md and the seed ask for)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from tests.deploy.conftest import find, k8s_objects, yaml_documents

SEED_COMPOSE_SERVICES = {
    "api",
    "worker",
    "beat",
    "migrate",
    "postgres",
    "pgbouncer",
    "redis-cache",
    "redis-broker",
    "frontend",
    "nginx",
    "prometheus",
    "grafana",
    "jaeger",
    "model-serving",
}
APP_SERVICES = ("api", "worker", "beat")


def compose(project: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((project / "docker-compose.yml").read_text())
    return data


def test_compose_has_every_service_the_seed_names(project: Path) -> None:
    services = compose(project)["services"]
    assert set(services) >= SEED_COMPOSE_SERVICES
    assert all("container_name" not in s for s in services.values()), "would block --scale"


def test_broker_and_cache_are_separate_redis_with_their_policies(project: Path) -> None:
    services = compose(project)["services"]
    broker = " ".join(services["redis-broker"]["command"])
    cache = " ".join(services["redis-cache"]["command"])
    assert "--maxmemory-policy noeviction" in broker
    assert "--maxmemory-policy allkeys-lru" in cache
    for name in APP_SERVICES:
        env = services[name]["environment"]
        assert env["CELERY_BROKER_URL"].startswith("redis://redis-broker:")
        assert env["CACHE_URL"].startswith("redis://redis-cache:")
        assert "@pgbouncer:6432/" in env["DATABASE_URL"] and env["DB_PGBOUNCER"] == "true"
        assert env["DATABASE_URL"].startswith("postgresql+asyncpg://")
        assert env["OTEL_EXPORTER_OTLP_ENDPOINT"].startswith("http://jaeger:")
    migrate = services["migrate"]
    assert migrate["command"] == ["alembic", "upgrade", "head"]
    assert "@postgres:5432/" in migrate["environment"]["DATABASE_URL"]
    for name in APP_SERVICES:
        assert (
            services[name]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
        )


def test_celery_commands_disable_prefetch_and_beat_is_single(project: Path) -> None:
    services = compose(project)["services"]
    worker = services["worker"]["command"]
    assert worker[:4] == ["celery", "-A", "app.worker.celery_app", "worker"]
    assert "fair" in worker and "--prefetch-multiplier=1" in worker
    worker_env = services["worker"]["environment"]
    assert worker_env["WORKER_METRICS_PORT"] == "9808"
    assert worker_env["PROMETHEUS_MULTIPROC_DIR"] in services["worker"]["tmpfs"][0]
    assert "beat" in services["beat"]["command"]
    assert services["beat"].get("deploy", {}).get("replicas", 1) == 1


def _final_stage(dockerfile: str) -> list[str]:
    lines = [line.strip() for line in dockerfile.splitlines()]
    start = max(i for i, line in enumerate(lines) if line.upper().startswith("FROM "))
    return lines[start:]


def test_backend_image_runs_one_uvicorn_as_non_root(project: Path) -> None:
    stage = _final_stage((project / "backend" / "Dockerfile").read_text())
    users = [line.split()[1] for line in stage if line.startswith("USER ")]
    assert users and users[-1].split(":")[0] not in {"0", "root"}
    cmd = json.loads([line for line in stage if line.startswith("CMD ")][-1][4:])
    assert cmd[:6] == ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
    assert "--workers" not in cmd and "--reload" not in cmd
    frontend = _final_stage((project / "frontend" / "Dockerfile").read_text())
    assert any(
        line.startswith("USER ") and line.split()[1] not in {"0", "root"} for line in frontend
    )


def test_api_probes_and_graceful_shutdown(project: Path) -> None:
    api = find(k8s_objects(project), "Deployment", "api")
    pod = api["spec"]["template"]["spec"]
    container = pod["containers"][0]
    assert container["livenessProbe"]["httpGet"]["path"] == "/livez"
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert container["startupProbe"]["httpGet"]["path"] == "/livez"
    assert container["lifecycle"]["preStop"]["exec"]["command"] == ["sleep", "5"]
    graceful = int(
        container["command"][container["command"].index("--timeout-graceful-shutdown") + 1]
    )
    assert pod["terminationGracePeriodSeconds"] > 5 + graceful
    assert "replicas" not in api["spec"], "the HPA owns the replica count"


def test_every_workload_has_resources_and_runs_as_non_root(project: Path) -> None:
    workloads = [o for o in k8s_objects(project) if o["kind"] in {"Deployment", "Job"}]
    assert {w["metadata"]["name"] for w in workloads} >= {
        "api",
        "worker",
        "beat",
        "pgbouncer",
        "frontend",
        "migrate",
        "model-serving",
    }
    for workload in workloads:
        pod = workload["spec"]["template"]["spec"]
        assert pod["securityContext"]["runAsNonRoot"] is True, workload["metadata"]["name"]
        for container in pod["containers"]:
            resources = container["resources"]
            assert {"cpu", "memory"} <= set(resources["requests"]), container["name"]
            assert "memory" in resources["limits"], container["name"]
            assert container["securityContext"]["allowPrivilegeEscalation"] is False


def test_autoscaling_targets(project: Path) -> None:
    objects = k8s_objects(project)
    hpa = find(objects, "HorizontalPodAutoscaler", "api")
    assert hpa["spec"]["scaleTargetRef"] == {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "name": "api",
    }
    assert hpa["spec"]["minReplicas"] >= 2
    scaled = find(objects, "ScaledObject", "worker")
    assert scaled["spec"]["scaleTargetRef"]["name"] == "worker"
    find(objects, "Deployment", scaled["spec"]["scaleTargetRef"]["name"])
    trigger = scaled["spec"]["triggers"][0]
    assert trigger["type"] == "redis" and trigger["metadata"]["listName"] == "celery"
    find(objects, "TriggerAuthentication", trigger["authenticationRef"]["name"])
    worker = find(objects, "Deployment", "worker")["spec"]["template"]["spec"]
    command = worker["containers"][0]["command"]
    assert "fair" in command and "--prefetch-multiplier=1" in command
    assert worker["terminationGracePeriodSeconds"] >= 60
    beat = find(objects, "Deployment", "beat")["spec"]
    assert beat["replicas"] == 1 and beat["strategy"]["type"] == "Recreate"


def test_migration_job_and_pgbouncer(project: Path) -> None:
    objects = k8s_objects(project)
    job = find(objects, "Job", "migrate")["spec"]
    container = job["template"]["spec"]["containers"][0]
    assert container["command"] == ["alembic", "upgrade", "head"]
    env = {e["name"]: e for e in container["env"]}
    assert env["DATABASE_URL"]["valueFrom"]["secretKeyRef"]["key"] == "DATABASE_URL_DIRECT"
    assert job["backoffLimit"] == 0
    pgbouncer = find(objects, "Deployment", "pgbouncer")["spec"]["template"]["spec"]["containers"][
        0
    ]
    assert {"name": "POOL_MODE", "value": "transaction"} in pgbouncer["env"]
    assert find(objects, "ConfigMap", "app-config")["data"]["DB_PGBOUNCER"] == "true"


def test_services_select_existing_pods_and_ingress_has_tls(project: Path) -> None:
    objects = k8s_objects(project)
    pod_labels = [
        o["spec"]["template"]["metadata"]["labels"] for o in objects if o["kind"] == "Deployment"
    ]
    services = {o["metadata"]["name"]: o for o in objects if o["kind"] == "Service"}
    for name, service in services.items():
        selector = service["spec"]["selector"]
        assert any(selector.items() <= labels.items() for labels in pod_labels), name
    ingress = find(objects, "Ingress", "app")["spec"]
    assert ingress["tls"] and ingress["tls"][0]["secretName"]
    for rule in ingress["rules"]:
        for path in rule["http"]["paths"]:
            assert path["backend"]["service"]["name"] in services


def test_kustomization_lists_every_manifest_but_the_secret_template(project: Path) -> None:
    k8s = project / "deploy" / "k8s"
    listed = set(yaml.safe_load((k8s / "kustomization.yaml").read_text())["resources"])
    present = {p.name for p in k8s.glob("*.yaml")} - {"kustomization.yaml", "secret.example.yaml"}
    assert listed == present
    migrate = yaml.safe_load((k8s / "migrate" / "kustomization.yaml").read_text())
    assert migrate["resources"] == ["job.yaml"]
    for doc in yaml_documents(k8s / "secret.example.yaml"):
        assert doc["kind"] == "Secret" and set(doc["stringData"].values()) == {""}


def test_model_serving_is_separate_and_called_by_the_backend(project: Path) -> None:
    services = compose(project)["services"]
    assert services["model-serving"]["build"]["context"] == "./model-serving"
    for name in ("api", "worker"):
        assert services[name]["environment"]["MODEL_SERVING_URL"] == "http://model-serving:8001"
    objects = k8s_objects(project)
    config_map = find(objects, "ConfigMap", "app-config")["data"]
    assert config_map["MODEL_SERVING_URL"] == "http://model-serving:8001"
    pod = find(objects, "Deployment", "model-serving")["spec"]["template"]["spec"]
    container = pod["containers"][0]
    assert container["command"][:2] == ["uvicorn", "serving.main:app"]
    assert "--workers" not in container["command"]
    assert container["livenessProbe"]["httpGet"]["path"] == "/livez"
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    service = find(objects, "Service", "model-serving")["spec"]
    assert service["ports"][0]["port"] == 8001
    hpa = find(objects, "HorizontalPodAutoscaler", "model-serving")["spec"]
    assert hpa["scaleTargetRef"]["name"] == "model-serving" and hpa["minReplicas"] >= 2
    stage = _final_stage((project / "model-serving" / "Dockerfile").read_text())
    users = [line.split()[1] for line in stage if line.startswith("USER ")]
    assert users and users[-1].split(":")[0] not in {"0", "root"}
    cmd = json.loads([line for line in stage if line.startswith("CMD ")][-1][4:])
    assert cmd[:2] == ["uvicorn", "serving.main:app"] and "--workers" not in cmd
