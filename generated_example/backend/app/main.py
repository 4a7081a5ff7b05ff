"""The FastAPI application factory. Run: `uvicorn app.main:app` (see README)."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from asgi_correlation_id import CorrelationIdMiddleware
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app.api.router import api_router
from app.api.routes import health
from app.core import redis as redis_clients
from app.core.config import Settings, settings
from app.core.logging import configure_logging
from app.core.metrics import instrument_app
from app.core.middleware import AccessLogMiddleware, SecurityHeadersMiddleware
from app.core.tracing import setup_tracing
from app.db.session import dispose_engine


@asynccontextmanager
async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
    yield
    await redis_clients.close_all()
    await dispose_engine()


def create_app(conf: Settings = settings) -> FastAPI:
    configure_logging()
    app = FastAPI(
        title=conf.PROJECT_NAME,
        version="0.1.0",
        openapi_url=f"{conf.API_V1_PREFIX}/openapi.json",
        lifespan=lifespan,
    )
    app.include_router(health.router)
    app.include_router(api_router, prefix=conf.API_V1_PREFIX)
    # Added last = outermost: the request id exists before anything else logs.
    app.add_middleware(
        CORSMiddleware,
        allow_origins=conf.CORS_ORIGINS,
        allow_credentials=conf.CORS_ALLOW_CREDENTIALS,
        allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
        allow_headers=["Authorization", "Content-Type", "X-Request-ID"],
        expose_headers=["X-Request-ID", "Retry-After"],
    )
    app.add_middleware(SecurityHeadersMiddleware, hsts=conf.HSTS_ENABLED)
    app.add_middleware(AccessLogMiddleware)
    app.add_middleware(CorrelationIdMiddleware, header_name="X-Request-ID")
    instrument_app(app)
    setup_tracing(app, conf)
    return app


app = create_app()
