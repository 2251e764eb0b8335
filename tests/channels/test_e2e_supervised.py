"""`migrabot run` with a bot token: engine and gateway supervised; a killed gateway comes back."""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

import pytest

from tests.channels.conftest import MIGRABOT, ROOT, free_port, gateway_env
from tests.channels.fake_telegram import FakeTelegram


def children(parent: int) -> list[tuple[int, str]]:
    """(pid, command line) of a process's children."""
    listing = subprocess.run(["ps", "-o", "pid=,args=", "--ppid", str(parent)], capture_output=True, text=True).stdout
    return [(int(line.split(None, 1)[0]), line.split(None, 1)[1]) for line in listing.strip().splitlines() if line.strip()]


@pytest.mark.asyncio
async def test_a_killed_gateway_is_restarted_and_answers_again(
    telegram: FakeTelegram, engine_model: str, tmp_path: Path
) -> None:
    port = free_port()
    env = gateway_env(telegram, "http://unused", f"sqlite:///{tmp_path / 'gw.sqlite3'}")
    env.pop("RASA_TOKEN")  # `migrabot run` makes one and hands it to both
    env.pop("RASA_URL")
    log = (tmp_path / "run.log").open("wb")
    run = subprocess.Popen([str(MIGRABOT), "run", "--model", engine_model, "--port", str(port)],
                           cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        telegram.send_text(4101, "how do I get a work permit")
        await telegram.wait_for(lambda s: len(s.texts_to(4101)) >= 2, timeout=240)
        [(gateway, _args)] = [(pid, args) for pid, args in children(run.pid) if "-m channels" in args]
        os.kill(gateway, signal.SIGKILL)
        before = len(telegram.texts_to(4102))
        telegram.send_text(4102, "how do I get a work permit")
        await telegram.wait_for(lambda s: len(s.texts_to(4102)) > before, timeout=120)
        restarted = [pid for pid, args in children(run.pid) if "-m channels" in args]
        assert restarted and restarted != [gateway]
        assert run.poll() is None
    finally:
        run.send_signal(signal.SIGTERM)
        try:
            code = run.wait(timeout=60)
        except subprocess.TimeoutExpired:
            run.kill()
            code = run.wait()
        log.close()
    output = (tmp_path / "run.log").read_text(errors="replace")
    assert "gateway exited with signal SIGKILL; restarting in" in output, output[-3000:]
    assert code == 0
