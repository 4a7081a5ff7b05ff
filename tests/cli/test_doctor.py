"""`primetrade doctor`: real probes of this machine, and gaps turned into a fix and exit 2."""

from __future__ import annotations

import socket

import pytest

from primetrade_cli import doctor
from primetrade_cli.cli.app import run


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])  # closed again when the block ends


def test_an_unreachable_redis_is_a_gap_with_its_fix(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("REDIS_URL", f"redis://127.0.0.1:{closed_port()}/0")
    check = doctor.redis()
    assert not check.ok and "does not answer" in check.detail
    monkeypatch.setattr(doctor, "TARGETS", {**doctor.TARGETS, "embedded": ()})
    assert run(["doctor", "--target", "services"]) == 2
    err = capsys.readouterr().err
    assert "not ready" in err and "redis-server" in err


def test_a_listening_server_is_found(monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        monkeypatch.setenv(
            "DATABASE_URL", f"postgresql+asyncpg://u@127.0.0.1:{server.getsockname()[1]}/db"
        )
        assert doctor.postgres().ok


def test_missing_tools_are_reported_not_crashed_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    assert doctor.command_output(["git", "--version"]) is None
    assert not doctor.git().ok and not doctor.node().ok and not doctor.docker_engine().ok
    assert doctor.python().ok  # the running interpreter needs no PATH


def test_ready_target_exits_0(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    ready = doctor.Check("stub", True, "here", "")
    monkeypatch.setattr(doctor, "TARGETS", {name: (lambda: ready,) for name in doctor.TARGETS})
    assert run(["doctor", "--target", "kubernetes"]) == 0
    assert "is ready" in capsys.readouterr().out


def test_unknown_target_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["doctor", "--target", "mainframe"]) == 2
    assert "unknown target" in capsys.readouterr().err
