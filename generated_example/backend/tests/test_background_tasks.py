"""Background work through a REAL worker process (see tests/worker.py), not eager mode."""

import asyncio
import json
import os
import urllib.request
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any
from uuid import uuid4

from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.security import utcnow
from app.models import RefreshToken
from app.services.mail import MailError
from app.worker.celery_app import celery_app
from app.worker.tasks.email import send_welcome_email
from app.worker.tasks.maintenance import purge_refresh_tokens
from tests.otlp import OtlpCollector
from tests.worker import WorkerProcess

UserHeaders = Callable[..., Awaitable[dict[str, str]]]
TIMEOUT_SECONDS = 30.0


async def _wait_for(check: Callable[[], Awaitable[Any]], what: str) -> Any:
    deadline = asyncio.get_running_loop().time() + TIMEOUT_SECONDS
    while asyncio.get_running_loop().time() < deadline:
        value = await check()
        if value:
            return value
        await asyncio.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


async def _task_status(client: AsyncClient, headers: dict[str, str], task_id: str) -> Any:
    response = await client.get(f"/api/v1/tasks/{task_id}", headers=headers)
    assert response.status_code == 200
    body = response.json()
    return body if body["state"] in ("SUCCESS", "FAILURE") else None


async def test_register_sends_welcome_email_through_the_worker(
    client: AsyncClient, celery_worker: WorkerProcess
) -> None:
    email = f"welcome-{uuid4().hex[:10]}@example.com"
    request_id = uuid4().hex
    created = await client.post(
        "/api/v1/auth/register",
        json={"email": email, "password": "pw-12345678"},
        headers={"X-Request-ID": request_id},
    )
    assert created.status_code == 201
    outbox = Path(os.environ["MAIL_OUTBOX_DIR"]) / f"welcome-{created.json()['id']}.json"

    async def delivered() -> bool:
        return outbox.exists()

    await _wait_for(delivered, "the welcome email")
    assert json.loads(outbox.read_text())["to"] == email

    async def logged() -> bool:
        return any(
            request_id in line and "task.start" in line
            for line in celery_worker.log_text().splitlines()
        )

    await _wait_for(logged, "the request id in the worker's task log")


async def test_task_status_endpoint_and_idempotency(
    client: AsyncClient, user_headers: UserHeaders, celery_worker: WorkerProcess
) -> None:
    headers = await user_headers()
    me = (await client.get("/api/v1/auth/me", headers=headers)).json()
    first = send_welcome_email.delay(me["id"])
    done = await _wait_for(lambda: _task_status(client, headers, first.id), "the first task")
    assert done == {
        "id": first.id,
        "state": "SUCCESS",
        "result": {"user_id": me["id"], "outcome": "sent"},
        "error": None,
    }
    again = send_welcome_email.delay(me["id"])
    repeat = await _wait_for(lambda: _task_status(client, headers, again.id), "the second task")
    assert repeat["result"]["outcome"] == "already-sent"


async def test_task_status_needs_auth_and_unknown_is_pending(
    client: AsyncClient, user_headers: UserHeaders
) -> None:
    assert (await client.get(f"/api/v1/tasks/{uuid4()}")).status_code == 401
    headers = await user_headers()
    response = await client.get(f"/api/v1/tasks/{uuid4()}", headers=headers)
    assert response.json()["state"] == "PENDING"


async def test_worker_exposes_task_metrics(
    client: AsyncClient, user_headers: UserHeaders, celery_worker: WorkerProcess
) -> None:
    headers = await user_headers()
    me = (await client.get("/api/v1/auth/me", headers=headers)).json()
    result = send_welcome_email.delay(me["id"])
    await _wait_for(lambda: _task_status(client, headers, result.id), "the task")
    url = f"http://127.0.0.1:{celery_worker.metrics_port}/metrics"
    text = await asyncio.to_thread(lambda: urllib.request.urlopen(url, timeout=5).read().decode())
    assert 'celery_tasks_total{state="SUCCESS",task="email.send_welcome"}' in text
    assert "celery_task_duration_seconds_count" in text


async def test_worker_exports_task_traces(
    client: AsyncClient,
    user_headers: UserHeaders,
    celery_worker: WorkerProcess,
    otlp_collector: OtlpCollector,
) -> None:
    headers = await user_headers()
    me = (await client.get("/api/v1/auth/me", headers=headers)).json()
    result = send_welcome_email.delay(me["id"])
    await _wait_for(lambda: _task_status(client, headers, result.id), "the task")

    async def exported() -> bool:
        return otlp_collector.received("email.send_welcome")

    await _wait_for(exported, "the task's span at the OTLP collector")


async def test_purge_removes_dead_refresh_tokens_only(
    client: AsyncClient,
    user_headers: UserHeaders,
    db_session: AsyncSession,
    celery_worker: WorkerProcess,
) -> None:
    headers = await user_headers()
    me = (await client.get("/api/v1/auth/me", headers=headers)).json()
    now = utcnow()
    expired = RefreshToken(
        user_id=me["id"], token_hash=uuid4().hex * 2, family_id=uuid4().hex,
        expires_at=now - timedelta(minutes=1),
    )  # fmt: skip
    alive = RefreshToken(
        user_id=me["id"], token_hash=uuid4().hex * 2, family_id=uuid4().hex,
        expires_at=now + timedelta(days=1),
    )  # fmt: skip
    db_session.add_all([expired, alive])
    await db_session.commit()
    ids = {"expired": expired.id, "alive": alive.id}
    result = purge_refresh_tokens.delay()
    done = await _wait_for(lambda: _task_status(client, headers, result.id), "the purge")
    assert done["state"] == "SUCCESS"
    assert done["result"]["deleted"] >= 1
    query = select(RefreshToken.id).where(RefreshToken.id.in_(ids.values()))
    remaining = set(await db_session.scalars(query))
    assert remaining == {ids["alive"]}


def test_reliability_settings_of_the_worker() -> None:
    conf = celery_app.conf
    assert conf.task_acks_late is True
    assert conf.task_reject_on_worker_lost is True
    assert conf.worker_prefetch_multiplier == 1
    assert send_welcome_email.max_retries == 5
    assert getattr(send_welcome_email, "retry_backoff", None) is True
    assert getattr(send_welcome_email, "autoretry_for", None) == (MailError, ConnectionError)


@contextmanager
def _unwritable_outbox(outbox: Path) -> Iterator[None]:
    """Put a plain file where the outbox folder should be: every delivery raises MailError."""
    parked = outbox.with_name("outbox-parked")
    outbox.mkdir(parents=True, exist_ok=True)
    outbox.rename(parked)
    outbox.write_text("not a folder")
    try:
        yield
    finally:
        outbox.unlink()
        parked.rename(outbox)


async def test_failed_delivery_is_retried_with_backoff(
    client: AsyncClient, user_headers: UserHeaders, celery_worker: WorkerProcess
) -> None:
    headers = await user_headers()
    me = (await client.get("/api/v1/auth/me", headers=headers)).json()
    outbox = Path(os.environ["MAIL_OUTBOX_DIR"])
    with _unwritable_outbox(outbox):
        result = send_welcome_email.delay(me["id"])

        async def retrying() -> bool:
            return f"{result.id}] retry" in celery_worker.log_text()

        await _wait_for(retrying, "a retry of the failed delivery")
    done = await _wait_for(lambda: _task_status(client, headers, result.id), "the retried task")
    assert done["result"] == {"user_id": me["id"], "outcome": "sent"}
    assert (outbox / f"welcome-{me['id']}.json").exists()
