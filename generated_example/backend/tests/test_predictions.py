"""ML predictions: the model client against the real model-serving app (in-process, ASGI), the
inference task, the 503 when serving is not configured, and the endpoint enqueueing to a worker."""

import asyncio
import socket
import sys
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from httpx import AsyncClient

from app.api.routes import predictions as predictions_route
from app.services.model_client import (
    ModelClient,
    ModelServingDisabledError,
    ModelServingError,
    ModelServingUnavailableError,
)
from app.worker.tasks import inference
from tests.testenv import BACKEND_DIR
from tests.worker import WorkerProcess

UserHeaders = Callable[..., Awaitable[dict[str, str]]]
SERVING_DIR = BACKEND_DIR.parent / "model-serving"


@pytest.fixture(scope="module")
def serving_app() -> Any:
    """The project's model-serving app (its dependencies are a subset of the backend's)."""
    assert (SERVING_DIR / "serving").is_dir(), f"model-serving app not found at {SERVING_DIR}"
    sys.path.insert(0, str(SERVING_DIR))
    try:
        from serving.main import app

        return app
    finally:
        sys.path.remove(str(SERVING_DIR))


def serving_client(serving_app: Any) -> ModelClient:
    return ModelClient("http://model-serving", transport=httpx.ASGITransport(app=serving_app))


async def test_client_gets_real_predictions(serving_app: Any) -> None:
    async with serving_client(serving_app) as client:
        result = await client.predict(["great service, fast delivery", "it broke, awful support"])
    assert [p.label for p in result.predictions] == ["positive", "negative"]
    assert result.predictions[0].score > 0.5 > result.predictions[1].score
    assert result.model
    assert result.version


async def test_client_reports_refused_input(serving_app: Any) -> None:
    async with serving_client(serving_app) as client:
        with pytest.raises(ModelServingError, match="refused the request \\(422\\)"):
            await client.predict([])


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_client_unreachable_is_retryable_error() -> None:
    url = f"http://127.0.0.1:{_closed_port()}"
    async with ModelClient(url, timeout=2.0) as client:
        with pytest.raises(ModelServingUnavailableError, match="unreachable"):
            await client.predict(["hello"])


def test_inference_task_returns_the_services_answer(
    serving_app: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        inference, "model_client_from_settings", lambda: serving_client(serving_app)
    )
    first = inference.predict.run(["love it, works perfectly"])
    assert first["predictions"][0]["label"] == "positive"
    assert inference.predict.run(["love it, works perfectly"]) == first  # idempotent


def test_inference_task_without_url_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.services import model_client

    unset = model_client.settings.model_copy(update={"MODEL_SERVING_URL": None})
    monkeypatch.setattr(model_client, "settings", unset)
    with pytest.raises(ModelServingDisabledError, match="set MODEL_SERVING_URL"):
        asyncio.run(inference._predict(["hello"]))


async def test_predictions_503_when_serving_is_not_configured(
    client: AsyncClient, user_headers: UserHeaders, monkeypatch: pytest.MonkeyPatch
) -> None:
    unset = predictions_route.settings.model_copy(update={"MODEL_SERVING_URL": None})
    monkeypatch.setattr(predictions_route, "settings", unset)
    response = await client.post(
        "/api/v1/predictions", json={"texts": ["hello"]}, headers=await user_headers()
    )
    assert response.status_code == 503
    assert "MODEL_SERVING_URL" in response.json()["detail"]


@pytest.fixture
def serving_enabled(app: FastAPI) -> Iterator[None]:
    app.dependency_overrides[predictions_route.model_serving_enabled] = lambda: True
    yield
    app.dependency_overrides.pop(predictions_route.model_serving_enabled)


@pytest.mark.usefixtures("serving_enabled")
async def test_predictions_require_auth_and_valid_input(
    client: AsyncClient, user_headers: UserHeaders
) -> None:
    assert (await client.post("/api/v1/predictions", json={"texts": ["x"]})).status_code == 401
    headers = await user_headers()
    for bad in ({"texts": []}, {"texts": [" "]}, {"texts": ["x"], "other": 1}):
        response = await client.post("/api/v1/predictions", json=bad, headers=headers)
        assert response.status_code == 422, bad


@pytest.mark.usefixtures("serving_enabled")
async def test_predictions_enqueue_a_task_the_worker_runs(
    client: AsyncClient, user_headers: UserHeaders, celery_worker: WorkerProcess
) -> None:
    """The worker of the test session has no MODEL_SERVING_URL: it runs `inference.predict`,
    which fails at once (no retry) with the configuration message, visible through task status."""
    headers = await user_headers()
    accepted = await client.post("/api/v1/predictions", json={"texts": ["hi"]}, headers=headers)
    assert accepted.status_code == 202
    task_id = accepted.json()["task_id"]
    deadline = asyncio.get_running_loop().time() + 30
    body: dict[str, Any] = {}
    while asyncio.get_running_loop().time() < deadline:
        body = (await client.get(f"/api/v1/tasks/{task_id}", headers=headers)).json()
        if body["state"] in ("SUCCESS", "FAILURE"):
            break
        await asyncio.sleep(0.2)
    assert body["state"] == "FAILURE", body
    assert "MODEL_SERVING_URL" in body["error"]
