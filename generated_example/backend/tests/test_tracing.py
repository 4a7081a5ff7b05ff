from fastapi import FastAPI
from httpx import ASGITransport, AsyncClient

from app.core.config import Settings
from app.core.tracing import make_tracer_provider, setup_tracing
from tests.otlp import OtlpCollector


def test_tracing_is_off_without_an_endpoint() -> None:
    assert make_tracer_provider(Settings(OTEL_EXPORTER_OTLP_ENDPOINT=None)) is None


async def test_requests_are_traced_and_exported_over_otlp() -> None:
    app = FastAPI()

    @app.get("/ping-traced")
    async def ping() -> dict[str, str]:
        return {"pong": "yes"}

    with OtlpCollector() as collector:
        provider = setup_tracing(app, Settings(OTEL_EXPORTER_OTLP_ENDPOINT=collector.endpoint))
        assert provider is not None
        transport = ASGITransport(app=app)
        async with AsyncClient(transport=transport, base_url="http://testserver") as http:
            assert (await http.get("/ping-traced")).status_code == 200
        assert provider.force_flush(5000)
        provider.shutdown()
        assert collector.received("/ping-traced")
