"""OpenTelemetry tracing, exported over OTLP/HTTP only when OTEL_EXPORTER_OTLP_ENDPOINT is set.

The endpoint is the collector's OTLP/HTTP base URL (Jaeger: port 4318); spans go to
`<endpoint>/v1/traces`. Celery is instrumented on both sides, so a task's span continues the
trace of the request that enqueued it.
"""

from fastapi import FastAPI
from opentelemetry import trace
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor

from app.core.config import Settings, settings


def make_tracer_provider(conf: Settings = settings) -> TracerProvider | None:
    """A provider exporting to `<endpoint>/v1/traces`, or None when no endpoint is configured."""
    endpoint = conf.OTEL_EXPORTER_OTLP_ENDPOINT
    if not endpoint:
        return None
    provider = TracerProvider(resource=Resource.create({"service.name": conf.OTEL_SERVICE_NAME}))
    exporter = OTLPSpanExporter(endpoint=f"{endpoint.rstrip('/')}/v1/traces")
    provider.add_span_processor(BatchSpanProcessor(exporter))
    return provider


def setup_tracing(app: FastAPI, conf: Settings = settings) -> TracerProvider | None:
    provider = make_tracer_provider(conf)
    if provider is None:
        return None
    trace.set_tracer_provider(provider)
    from opentelemetry.instrumentation.fastapi import FastAPIInstrumentor

    instrument_celery(provider)
    FastAPIInstrumentor.instrument_app(
        app, tracer_provider=provider, excluded_urls="livez,readyz,metrics"
    )
    return provider


def instrument_celery(provider: TracerProvider) -> None:
    from opentelemetry.instrumentation.celery import CeleryInstrumentor

    instrumentor = CeleryInstrumentor()  # type: ignore[no-untyped-call]
    if not instrumentor.is_instrumented_by_opentelemetry:
        instrumentor.instrument(tracer_provider=provider)


def setup_worker_tracing(conf: Settings = settings) -> TracerProvider | None:
    """Called once in the worker's main process (the batch exporter survives the prefork fork)."""
    provider = make_tracer_provider(conf)
    if provider is None:
        return None
    trace.set_tracer_provider(provider)
    instrument_celery(provider)
    return provider
