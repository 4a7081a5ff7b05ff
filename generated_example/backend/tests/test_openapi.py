import json
import subprocess
import sys

from tests.testenv import BACKEND_DIR


def test_openapi_cli_prints_deterministic_json() -> None:
    runs = [
        subprocess.run(
            [sys.executable, "-m", "app.openapi"],
            cwd=BACKEND_DIR,
            capture_output=True,
            check=True,
            text=True,
        ).stdout
        for _ in range(2)
    ]
    assert runs[0] == runs[1]
    document = json.loads(runs[0])
    assert "/api/v1/auth/login" in document["paths"]
    assert "/api/v1/tasks/{task_id}" in document["paths"]
