from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from httpx import AsyncClient

from app.api.routes.health import health_engine
from app.db.session import make_engine


async def test_livez(client: AsyncClient) -> None:
    response = await client.get("/livez")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


async def test_readyz_when_everything_is_up(client: AsyncClient) -> None:
    response = await client.get("/readyz")
    assert response.status_code == 200, response.text
    assert response.json()["checks"] == {"database": "ok", "broker": "ok", "cache": "ok"}


@pytest.fixture
def unreachable_database(app: FastAPI) -> Iterator[None]:
    # Nothing listens on port 1: connection refused, as when the database is down.
    engine = make_engine(url="postgresql+asyncpg://app@127.0.0.1:1/app", pooled=False)
    app.dependency_overrides[health_engine] = lambda: engine
    yield
    app.dependency_overrides.pop(health_engine)


@pytest.mark.usefixtures("unreachable_database")
async def test_readyz_is_503_when_the_database_is_down(client: AsyncClient) -> None:
    response = await client.get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["checks"]["database"].startswith("error")
    assert (await client.get("/livez")).status_code == 200


async def test_metrics_endpoint_counts_requests(client: AsyncClient) -> None:
    await client.get("/api/v1/auth/me")
    metrics = await client.get("/metrics")
    assert metrics.status_code == 200
    assert 'handler="/api/v1/auth/me"' in metrics.text


async def test_metrics_include_application_counters(client: AsyncClient) -> None:
    await client.post("/api/v1/auth/login", json={"email": "nobody@example.com", "password": "x"})
    metrics = (await client.get("/metrics")).text
    assert 'auth_events_total{event="login_failed"}' in metrics
