"""Fixtures every test (and every generated feature's tests) builds on.

`client`, `user_headers`, `db_session`, `celery_worker`. The app is imported only after
`pytest_configure` has pointed the settings at this session's own database and folders.
"""

import signal
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import pytest
from httpx import ASGITransport, AsyncClient

from tests import testenv
from tests.otlp import OtlpCollector
from tests.worker import WorkerProcess, start_worker, stop_worker

if TYPE_CHECKING:
    from fastapi import FastAPI
    from sqlalchemy.ext.asyncio import AsyncSession

UserHeaders = Callable[..., Awaitable[dict[str, str]]]
_session_env: list[testenv.SessionEnv] = []


def _interrupt(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt  # pytest then tears down: worker stopped, database dropped


def pytest_configure(config: pytest.Config) -> None:
    if not hasattr(config, "workerinput"):
        signal.signal(signal.SIGTERM, _interrupt)
        _session_env.append(testenv.set_up())


def pytest_unconfigure(config: pytest.Config) -> None:
    while _session_env:
        testenv.tear_down(_session_env.pop())


@pytest.fixture(scope="session")
def session_env() -> testenv.SessionEnv:
    return _session_env[0]


@pytest.fixture(scope="session")
def app() -> "FastAPI":
    from app.main import create_app

    return create_app()


@pytest.fixture
async def client(app: "FastAPI") -> AsyncIterator[AsyncClient]:
    transport = ASGITransport(app=app, client=("127.0.0.1", 50000))
    async with AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


@pytest.fixture
async def db_session() -> AsyncIterator["AsyncSession"]:
    from app.db.session import get_sessionmaker

    async with get_sessionmaker()() as session:
        yield session


async def _make_user(roles: Sequence[str], password: str, **fields: Any) -> tuple[int, str]:
    from uuid import uuid4

    from app.crud.user import create_user
    from app.db.session import get_sessionmaker

    email = fields.pop("email", None) or f"user-{uuid4().hex[:12]}@example.com"
    async with get_sessionmaker()() as session:
        user = await create_user(session, email=email, password=password, roles=roles, **fields)
        return user.id, user.email


@pytest.fixture
def user_headers() -> UserHeaders:
    """`await user_headers(roles=("member",))` -> {"Authorization": "Bearer ..."} of a new user."""
    from app.core.security import create_access_token

    async def make(
        roles: Sequence[str] = ("member",), password: str = "pw-12345678"
    ) -> dict[str, str]:
        user_id, _email = await _make_user(roles, password)
        token, _ = create_access_token(user_id, set(roles))
        return {"Authorization": f"Bearer {token}"}

    return make


@pytest.fixture
def make_user() -> Callable[..., Awaitable[tuple[int, str]]]:
    """`await make_user(roles=..., password=...)` -> (id, email), for tests that log in."""

    async def make(
        roles: Sequence[str] = ("member",), password: str = "pw-12345678"
    ) -> tuple[int, str]:
        return await _make_user(roles, password)

    return make


@pytest.fixture(scope="session")
def otlp_collector() -> Iterator[OtlpCollector]:
    with OtlpCollector() as collector:
        yield collector


@pytest.fixture(scope="session")
def celery_worker(
    session_env: testenv.SessionEnv, otlp_collector: OtlpCollector
) -> Iterator[WorkerProcess]:
    """The session's real worker; it exports its traces to `otlp_collector`."""
    worker = start_worker(session_env.tmp, otlp_collector.endpoint)
    try:
        yield worker
    finally:
        stop_worker(worker)
