"""A real Celery worker process for the test session (not eager mode), stopped by PID."""

import ctypes
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from tests.testenv import BACKEND_DIR

READY_TIMEOUT_SECONDS = 60


@dataclass(frozen=True)
class WorkerProcess:
    process: subprocess.Popen[bytes]
    log_path: Path
    metrics_port: int

    @property
    def pid(self) -> int:
        return self.process.pid

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _die_with_parent() -> None:
    """Linux: the worker gets SIGTERM if the test process dies without stopping it."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def start_worker(log_dir: Path, otlp_endpoint: str) -> WorkerProcess:
    log_path = log_dir / "worker.log"
    port = _free_port()
    env = {
        **os.environ,
        "WORKER_METRICS_PORT": str(port),
        "LOG_LEVEL": "INFO",
        "OTEL_EXPORTER_OTLP_ENDPOINT": otlp_endpoint,
        "OTEL_BSP_SCHEDULE_DELAY": "100",
    }
    command = [
        sys.executable, "-m", "celery", "-A", "app.worker.celery_app", "worker",
        "--pool", "solo", "--loglevel", "INFO", "--hostname", f"tests-{os.getpid()}@%h",
        "--without-gossip", "--without-mingle",
    ]  # fmt: skip
    with log_path.open("wb") as log_file:
        process = subprocess.Popen(
            command,
            cwd=BACKEND_DIR,
            env=env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            preexec_fn=_die_with_parent,
        )
    worker = WorkerProcess(process=process, log_path=log_path, metrics_port=port)
    deadline = time.monotonic() + READY_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"celery worker exited early:\n{worker.log_text()[-3000:]}")
        if " ready." in worker.log_text():
            return worker
        time.sleep(0.2)
    stop_worker(worker)
    raise RuntimeError(f"celery worker not ready in time:\n{worker.log_text()[-3000:]}")


def stop_worker(worker: WorkerProcess) -> None:
    if worker.process.poll() is not None:
        return
    os.kill(worker.pid, signal.SIGTERM)
    try:
        worker.process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.kill(worker.pid, signal.SIGKILL)
        worker.process.wait(timeout=10)
