"""Supervisor: real child processes killed and crashing; restarts with backoff, non-zero when it gives up."""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
import time
from pathlib import Path

import pytest

from bot.supervisor import Child, Supervisor, describe_exit

SLEEPER = [sys.executable, "-c", "import time; time.sleep(600)"]


def crasher(code: int) -> list[str]:
    return [sys.executable, "-c", f"import time; time.sleep(0.2); raise SystemExit({code})"]


def fast(supervisor: Supervisor) -> Supervisor:
    supervisor.backoff = lambda failures: 0.1 * failures  # type: ignore[method-assign]
    return supervisor


def test_a_child_that_keeps_crashing_is_restarted_then_given_up_with_exit_1(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    crashing = Child("engine", crasher(3), tmp_path)
    other = Child("gateway", SLEEPER, tmp_path)
    supervisor = fast(Supervisor([crashing, other], max_restarts=3, poll=0.05))
    with caplog.at_level(logging.INFO, logger="migrabot.supervisor"):
        code = supervisor.run()
    assert code == 1
    assert crashing.history == [3, 3, 3, 3]  # the first run and three restarts
    assert "engine exited with code 3; restarting in" in caplog.text
    assert "giving up" in caplog.text
    assert other.process is not None and other.process.poll() is not None  # the rest were stopped


def test_a_killed_child_is_started_again_and_the_supervisor_stops_cleanly(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    child = Child("gateway", SLEEPER, tmp_path)
    supervisor = fast(Supervisor([child], poll=0.05))
    result: list[int] = []
    thread = threading.Thread(target=lambda: result.append(supervisor.run()))
    with caplog.at_level(logging.INFO, logger="migrabot.supervisor"):
        thread.start()
        deadline = time.monotonic() + 10
        while child.process is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert child.process is not None
        first = child.process.pid
        os.kill(first, signal.SIGKILL)
        while (child.process.pid == first or child.process.poll() is not None) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert child.process.pid != first and child.process.poll() is None
        supervisor.stopping.set()
        thread.join(15)
    assert result == [0]
    assert child.history == [-signal.SIGKILL]
    assert "gateway exited with signal SIGKILL; restarting in" in caplog.text
    assert child.process.poll() is not None


def test_describe_exit() -> None:
    assert describe_exit(2) == "code 2"
    assert describe_exit(-15) == "signal SIGTERM"


def test_migrabot_run_exits_1_when_the_engine_cannot_start(tmp_path: Path) -> None:
    """Through the real command: a process manager sees the failure (exit 1, the reason logged)."""
    import subprocess

    from conftest import ENV, MIGRABOT, ROOT

    env = {**ENV, "TELEGRAM_BOT_TOKEN": "123:not-used", "RASA_TOKEN": "t"}
    done = subprocess.run([*MIGRABOT, "run", "--model", str(tmp_path / "no-such-model.tar.gz"), "--port", "9"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 1
    assert "no model at" in done.stderr
    assert "the engine exited with code 2 before it was ready; giving up" in done.stderr


def test_a_configuration_error_is_not_restarted(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    child = Child("gateway", crasher(2), tmp_path)
    supervisor = fast(Supervisor([child], poll=0.05))
    with caplog.at_level(logging.INFO, logger="migrabot.supervisor"):
        assert supervisor.run() == 1
    assert child.history == [2]
    assert "configuration error" in caplog.text
