"""The Celery application: Redis broker when REDIS_URL is set, a file-system broker otherwise.

Reliability settings: late acks + reject on worker loss (a task killed mid-way is redelivered,
so tasks must be idempotent), prefetch 1 (no hoarding; queue length stays a true signal for
autoscaling).
"""

from typing import Any

from celery import Celery

from app.core.config import Settings, settings


def broker_transport_options(conf: Settings) -> dict[str, Any]:
    if not conf.broker_url.startswith("filesystem://"):
        return {"visibility_timeout": 3600}
    folders = conf.broker_folders
    for folder in folders.values():
        folder.mkdir(parents=True, exist_ok=True)
    return {
        "data_folder_in": str(folders["queue"]),
        "data_folder_out": str(folders["queue"]),
        "processed_folder": str(folders["processed"]),
        "control_folder": str(folders["control"]),
        "store_processed": False,
    }


def make_celery(conf: Settings = settings) -> Celery:
    app = Celery(conf.PROJECT_SLUG, include=["app.worker.tasks"])
    if conf.result_backend.startswith("file://"):
        (conf.data_dir / "celery" / "results").mkdir(parents=True, exist_ok=True)
    app.conf.update(
        broker_url=conf.broker_url,
        result_backend=conf.result_backend,
        broker_transport_options=broker_transport_options(conf),
        broker_connection_retry_on_startup=True,
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_track_started=True,
        task_serializer="json",
        result_serializer="json",
        accept_content=["json"],
        result_expires=86400,
        worker_hijack_root_logger=False,
        worker_send_task_events=False,
        timezone="UTC",
        beat_schedule={
            "purge-refresh-tokens": {
                "task": "maintenance.purge_refresh_tokens",
                "schedule": 3600.0,
            },
        },
    )
    return app


celery_app = make_celery()

import app.worker.signals  # noqa: E402,F401  (connects logging, request-id and metrics hooks)
