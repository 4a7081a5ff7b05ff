"""The HTTP surface, through the ASGI app in-process."""

from collections.abc import AsyncIterator

import pytest
from httpx import ASGITransport, AsyncClient

from serving.main import app
from serving.model import MODEL
from serving.schemas import MAX_BATCH


@pytest.fixture
async def client() -> AsyncIterator[AsyncClient]:
    # The module's app: Prometheus metrics live in one process-wide registry.
    transport = ASGITransport(app=app)
    async with AsyncClient(transport=transport, base_url="http://serving") as http:
        yield http


async def test_probes(client: AsyncClient) -> None:
    assert (await client.get("/livez")).json() == {"status": "ok"}
    ready = await client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["version"] == MODEL.version


async def test_predict_scores_each_text(client: AsyncClient) -> None:
    texts = ["great service, fast delivery", "terrible, it broke after a day"]
    response = await client.post("/v1/predict", json={"texts": texts})
    assert response.status_code == 200
    body = response.json()
    assert body["version"] == MODEL.version
    assert [p["label"] for p in body["predictions"]] == ["positive", "negative"]
    expected = [p.score for p in MODEL.predict(texts)]
    assert [p["score"] for p in body["predictions"]] == expected
    assert body["predictions"][0]["score"] > 0.5 > body["predictions"][1]["score"]


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"texts": []},
        {"texts": ["   "]},
        {"texts": [42]},
        {"texts": ["x" * 2001]},
        {"texts": ["ok"] * (MAX_BATCH + 1)},
        {"texts": ["ok"], "extra": True},
    ],
)
async def test_bad_input_is_422(client: AsyncClient, payload: object) -> None:
    assert (await client.post("/v1/predict", json=payload)).status_code == 422


async def test_metrics_count_predictions(client: AsyncClient) -> None:
    await client.post("/v1/predict", json={"texts": ["love it"]})
    metrics = (await client.get("/metrics")).text
    assert 'model_predictions_total{label="positive"}' in metrics
    assert 'handler="/v1/predict"' in metrics
