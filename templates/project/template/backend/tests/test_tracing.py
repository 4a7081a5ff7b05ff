import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from fastapi import FastAPI
from httpx import ASGITransport, AsyncClient

from app.core.config import Settings
from app.core.tracing import make_tracer_provider, setup_tracing


class _Collector(BaseHTTPRequestHandler):
    paths: list[str] = []  # noqa: RUF012

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        self.rfile.read(length)
        self.paths.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "application/x-protobuf")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *_args: object) -> None:
        return


@pytest.fixture
def collector() -> Iterator[str]:
    """A local stand-in for an OTLP/HTTP collector (Jaeger's port 4318)."""
    _Collector.paths = []
    server = HTTPServer(("127.0.0.1", 0), _Collector)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_tracing_is_off_without_an_endpoint() -> None:
    assert make_tracer_provider(Settings(OTEL_EXPORTER_OTLP_ENDPOINT=None)) is None


async def test_requests_are_traced_and_exported_over_otlp(collector: str) -> None:
    app = FastAPI()

    @app.get("/ping")
    async def ping() -> dict[str, str]:
        return {"pong": "yes"}

    provider = setup_tracing(app, Settings(OTEL_EXPORTER_OTLP_ENDPOINT=collector))
    assert provider is not None
    transport = ASGITransport(app=app)
    async with AsyncClient(transport=transport, base_url="http://testserver") as http:
        assert (await http.get("/ping")).status_code == 200
    assert provider.force_flush(5000)
    provider.shutdown()
    assert "/v1/traces" in _Collector.paths
