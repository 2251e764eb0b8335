"""Fixtures for the engine's tests: the real fast model and a real engine on 127.0.0.1."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MIGRABOT = [sys.executable, "-m", "bot.cli"]
# Starts with "-" on purpose: argparse would read such a token as an option (a CI failure once).
ENGINE_TOKEN = "-engine-test-token"
ENV = {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "2", "MIGRABOT_HOME": str(ROOT)}


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def fast_model() -> Path:
    """The small functional-test model, trained once and cached by a hash of its data."""
    result = subprocess.run([*MIGRABOT, "train", "--fast"], cwd=ROOT, env=ENV, capture_output=True, text=True, timeout=1800)
    assert result.returncode == 0, result.stderr[-3000:]
    return Path(result.stdout.strip().splitlines()[-1])


class Engine:
    """A running `migrabot serve` and a way to talk to it."""

    def __init__(self, url: str, knowledge_base: Path, process: subprocess.Popen) -> None:
        self.url = url
        self.knowledge_base = knowledge_base
        self.process = process

    def send(self, sender: str, message: str, **metadata: object) -> list[dict]:
        """Post to the REST webhook; the list of replies."""
        body = json.dumps({"sender": sender, "message": message, "metadata": metadata}).encode()
        request = urllib.request.Request(f"{self.url}/webhooks/rest/webhook", data=body, headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.loads(response.read())


def start_engine(model: Path, knowledge_base: Path, log_path: Path, **env: str) -> Engine:
    """Start `migrabot serve` on a free port and wait until it answers."""
    port = free_port()
    log = open(log_path, "a")  # the child keeps it
    process = subprocess.Popen(
        [*MIGRABOT, "serve", "--model", str(model), "--knowledge-base", str(knowledge_base), "--port", str(port)],
        cwd=ROOT, env={**ENV, "ENGINE_DATABASE_URL": f"sqlite:///{log_path.parent / f'conversations-{port}.sqlite3'}", **env},
        stdout=log, stderr=subprocess.STDOUT,
    )
    log.close()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180
    while True:
        assert process.poll() is None, f"engine exited: {process.returncode}; log: {log_path.read_text()[-2000:]}"
        try:
            with urllib.request.urlopen(f"{url}/", timeout=2):
                break
        except OSError:
            assert time.monotonic() < deadline, "engine not ready in 180 s"
            time.sleep(0.5)
    return Engine(url, knowledge_base, process)


def stop_engine(engine: Engine) -> None:
    """Stop a started engine."""
    engine.process.terminate()
    try:
        engine.process.wait(20)
    except subprocess.TimeoutExpired:
        engine.process.kill()


@pytest.fixture(scope="session")
def engine(fast_model: Path, tmp_path_factory: pytest.TempPathFactory):
    """The real engine serving a copy of the knowledge base (tests may edit the copy)."""
    kb = tmp_path_factory.mktemp("kb") / "knowledge_base"
    shutil.copytree(ROOT / "knowledge_base", kb)
    running = start_engine(fast_model, kb, tmp_path_factory.mktemp("logs") / "engine.log", RASA_TOKEN=ENGINE_TOKEN)
    yield running
    stop_engine(running)
