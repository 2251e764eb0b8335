"""Runs the engine and, with a bot token, the gateway; restarts a child that dies, with backoff.

A child that exits is logged with its exit code (or signal) and started again after 1, 2, 4 ...
30 seconds; one that has run for a minute counts as healthy again. After MAX_RESTARTS failed
restarts in a row the supervisor gives up, stops the rest and exits with 1, so a process
manager (systemd, see deploy/) sees the failure. Ctrl-C or SIGTERM stops everything (exit 0).
"""

from __future__ import annotations

import logging
import os
import secrets
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from bot.errors import MigrabotError

log = logging.getLogger("migrabot.supervisor")

MAX_RESTARTS = 5
# A child that exits with 2 reported a configuration error: starting it again would not help.
CONFIGURATION_ERROR = 2
HEALTHY_AFTER = 60.0
MAX_BACKOFF = 30.0


def answers(url: str) -> bool:
    """The engine answers / with 200."""
    try:
        with urllib.request.urlopen(f"{url}/", timeout=2) as response:  # loopback
            return response.status == 200
    except OSError:
        return False


def wait_ready(url: str, process: subprocess.Popen, timeout: float = 300.0) -> None:
    """Wait until the engine answers /, or fail if it exits."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ChildFailed(f"the engine exited with code {process.returncode} before it was ready")
        if answers(url):
            return
        time.sleep(0.5)
    raise ChildFailed(f"the engine was not ready at {url} after {timeout:.0f} s")


class ChildFailed(MigrabotError):
    """A child could not be started or kept running."""


def describe_exit(code: int) -> str:
    """'code 3' or 'signal SIGKILL'."""
    if code < 0:
        try:
            return f"signal {signal.Signals(-code).name}"
        except ValueError:
            return f"signal {-code}"
    return f"code {code}"


@dataclass
class Child:
    """One supervised process."""

    name: str
    argv: list[str]
    cwd: Path
    env: dict[str, str] | None = None
    output: IO[str] | None = None
    ready: Callable[[subprocess.Popen], None] | None = None
    process: subprocess.Popen | None = None
    started_at: float = 0.0
    failures: int = 0
    due_at: float | None = None
    history: list[int] = field(default_factory=list)

    def start(self) -> None:
        """Start the process and wait until it is ready."""
        self.process = subprocess.Popen(self.argv, cwd=self.cwd, env=self.env, stdout=self.output, stderr=self.output)
        self.started_at = time.monotonic()
        if self.ready is not None:
            self.ready(self.process)


class Supervisor:
    """Keeps its children running until stopped or until one fails too often."""

    def __init__(self, children: list[Child], max_restarts: int = MAX_RESTARTS, poll: float = 0.2) -> None:
        self.children = children
        self.max_restarts = max_restarts
        self.poll = poll
        self.stopping = threading.Event()

    def backoff(self, failures: int) -> float:
        """Seconds to wait before restart number ``failures``."""
        return min(MAX_BACKOFF, 2.0 ** (failures - 1))

    def run(self) -> int:
        """Start every child in order, then watch them; 0 when stopped, 1 when given up."""
        try:
            for child in self.children:
                child.start()
            while not self.stopping.wait(self.poll):
                for child in self.children:
                    if not self._check(child):
                        return 1
            return 0
        except ChildFailed as exc:
            log.error("%s; giving up", exc)
            return 1
        finally:
            self.stop_all()

    def _check(self, child: Child) -> bool:
        """Restart a child that died (when its backoff is over); False when giving up."""
        now = time.monotonic()
        if child.due_at is not None:
            if now < child.due_at:
                return True
            child.due_at = None
            try:
                child.start()
            except ChildFailed as exc:
                log.error("%s: %s", child.name, exc)
                return self._died(child, child.process.returncode if child.process else 1)
            log.warning("%s restarted (attempt %d)", child.name, child.failures)
            return True
        assert child.process is not None
        code = child.process.poll()
        if code is None:
            if child.failures and now - child.started_at >= HEALTHY_AFTER:
                child.failures = 0
            return True
        return self._died(child, code)

    def _died(self, child: Child, code: int) -> bool:
        child.history.append(code)
        child.failures += 1
        if code == CONFIGURATION_ERROR:
            log.error("%s exited with code 2 (a configuration error: see its message above); giving up", child.name)
            return False
        if child.failures > self.max_restarts:
            log.error("%s exited with %s; %d restarts in a row failed: giving up", child.name,
                      describe_exit(code), self.max_restarts)
            return False
        wait = self.backoff(child.failures)
        log.error("%s exited with %s; restarting in %.0f s", child.name, describe_exit(code), wait)
        child.due_at = time.monotonic() + wait
        return True

    def stop_all(self) -> None:
        """Terminate every child, then kill what is left."""
        running = [c.process for c in self.children if c.process is not None and c.process.poll() is None]
        for process in running:
            process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + 10
        for process in running:
            try:
                process.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def run(root: Path, model: Path, host: str, port: int) -> int:
    """Start the engine, then the gateway (token set) or a terminal chat (no token)."""
    from bot import chat

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    url = f"http://{host}:{port}"
    # One token for the engine's API and the gateway, passed in the environment (not on a
    # command line, where `ps` shows it); the gateway needs it to delete a conversation.
    env = dict(os.environ)
    env.setdefault("RASA_TOKEN", secrets.token_urlsafe(24))
    engine_cmd = [sys.executable, "-m", "bot.cli", "serve", "--model", str(model), "--host", host, "--port", str(port)]
    telegram = bool(env.get("TELEGRAM_BOT_TOKEN"))
    output = None
    if not telegram:  # the terminal chat owns the screen: the engine logs to a file
        (root / "var").mkdir(exist_ok=True)
        output = open(root / "var" / "engine.log", "a")  # closed below
        print(f"Starting the engine (log: {root / 'var' / 'engine.log'}) ...", flush=True)
    engine = Child("engine", engine_cmd, root, env, output, ready=lambda p: wait_ready(url, p))
    children = [engine]
    if telegram:
        gateway = root / ".venv-gateway" / "bin" / "python"
        children.append(Child("gateway", [str(gateway), "-m", "channels"], root, {**env, "RASA_URL": url}))
    supervisor = Supervisor(children)
    signal.signal(signal.SIGTERM, lambda *_: supervisor.stopping.set())
    try:
        if telegram:
            return supervisor.run()
        # The terminal chat runs here; the supervisor keeps the engine going beside it.
        watcher = threading.Thread(target=supervisor.run, daemon=True)
        watcher.start()
        while not answers(url):
            if not watcher.is_alive():
                return 1
            time.sleep(0.3)
        return chat.run(url)
    except KeyboardInterrupt:
        return 130
    except ChildFailed as exc:
        print(f"migrabot run: {exc}", file=sys.stderr)
        return 1
    finally:
        supervisor.stopping.set()
        supervisor.stop_all()
        if output:
            output.close()
