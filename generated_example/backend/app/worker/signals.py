"""Celery signal hooks: JSON logging, request-id propagation and task metrics.

The publishing side copies the current request id into the message headers; the worker side
binds it (and the task id/name) to the log context and to asgi-correlation-id's context
variable, so the task's logs, and any task it enqueues, carry the same id.
"""

import time
from typing import Any

import structlog
from asgi_correlation_id import correlation_id
from celery import Task
from celery.signals import (
    before_task_publish,
    setup_logging,
    task_postrun,
    task_prerun,
    worker_init,
)

from app.core.config import settings
from app.core.logging import configure_logging, get_logger
from app.core.metrics import TASK_DURATION, TASKS_TOTAL, start_worker_metrics_server
from app.core.tracing import setup_worker_tracing

REQUEST_ID_HEADER = "request_id"
log = get_logger(__name__)
_started: dict[str, float] = {}


@setup_logging.connect
def _setup_logging(**_kwargs: Any) -> None:
    configure_logging()


@worker_init.connect
def _start_metrics_and_tracing(**_kwargs: Any) -> None:
    setup_worker_tracing()
    if settings.WORKER_METRICS_PORT:
        start_worker_metrics_server(settings.WORKER_METRICS_PORT)
        log.info("worker.metrics", port=settings.WORKER_METRICS_PORT)


@before_task_publish.connect
def _add_request_id(headers: dict[str, Any] | None = None, **_kwargs: Any) -> None:
    request_id = correlation_id.get()
    if headers is not None and request_id and REQUEST_ID_HEADER not in headers:
        headers[REQUEST_ID_HEADER] = request_id


@task_prerun.connect
def _bind_context(task_id: str, task: Task[Any, Any], **_kwargs: Any) -> None:
    request_id = getattr(task.request, REQUEST_ID_HEADER, None)
    structlog.contextvars.clear_contextvars()
    structlog.contextvars.bind_contextvars(task_id=task_id, task_name=task.name)
    correlation_id.set(request_id)
    _started[task_id] = time.perf_counter()
    log.info("task.start")


@task_postrun.connect
def _record(task_id: str, task: Task[Any, Any], state: str | None = None, **_kwargs: Any) -> None:
    started = _started.pop(task_id, None)
    if started is not None:
        TASK_DURATION.labels(task=task.name).observe(time.perf_counter() - started)
    TASKS_TOTAL.labels(task=task.name, state=state or "UNKNOWN").inc()
    log.info("task.end", state=state)
    structlog.contextvars.clear_contextvars()
    correlation_id.set(None)
