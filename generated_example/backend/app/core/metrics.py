"""Prometheus metrics: the API's HTTP metrics and the Celery task hooks.

The API exposes `/metrics` (prometheus-fastapi-instrumentator). A worker exposes its task
metrics on WORKER_METRICS_PORT; with the prefork pool set PROMETHEUS_MULTIPROC_DIR so the child
processes' samples are aggregated.
"""

import os

from fastapi import FastAPI
from prometheus_client import CollectorRegistry, Counter, Histogram, multiprocess, start_http_server
from prometheus_fastapi_instrumentator import Instrumentator

TASKS_TOTAL = Counter("celery_tasks_total", "Celery tasks by final state", ["task", "state"])
TASK_DURATION = Histogram("celery_task_duration_seconds", "Run time of Celery tasks", ["task"])
AUTH_EVENTS = Counter("auth_events_total", "Authentication outcomes", ["event"])


def instrument_app(app: FastAPI) -> None:
    """Add HTTP metrics and `/metrics` (the default registry: app-defined metrics such as
    AUTH_EVENTS or a feature's counters are served too; building the app twice is safe)."""
    Instrumentator(
        excluded_handlers=["/metrics", "/livez", "/readyz"],
        should_group_status_codes=False,
    ).instrument(app).expose(app, endpoint="/metrics", include_in_schema=False)


def start_worker_metrics_server(port: int) -> None:
    """Serve the worker's metrics (aggregated over prefork children when multiprocess is on)."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        start_http_server(port, addr="0.0.0.0", registry=registry)  # noqa: S104
    else:
        start_http_server(port, addr="0.0.0.0")  # noqa: S104
