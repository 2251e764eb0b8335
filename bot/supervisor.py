"""Runs the engine and, with a bot token, the gateway; Ctrl-C stops them all."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path


def wait_ready(url: str, process: subprocess.Popen, timeout: float = 300.0) -> None:
    """Wait until the engine answers /status, or fail if it exits."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the engine exited with code {process.returncode} before it was ready")
        try:
            with urllib.request.urlopen(f"{url}/", timeout=2) as response:  # noqa: S310 - loopback
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"the engine was not ready at {url} after {timeout:.0f} s")


def stop(processes: list[subprocess.Popen]) -> None:
    """Terminate every child, then kill what is left."""
    for process in processes:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + 10
    for process in processes:
        try:
            process.wait(max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            process.kill()


def run(root: Path, model: Path, host: str, port: int) -> int:
    """Start the engine, then the gateway (token set) or a terminal chat (no token)."""
    from bot import chat

    engine_cmd = [sys.executable, "-m", "bot.cli", "serve", "--model", str(model), "--host", host, "--port", str(port)]
    telegram = bool(os.environ.get("TELEGRAM_BOT_TOKEN"))
    log = None
    if not telegram:  # the terminal chat owns the screen: the engine logs to a file
        (root / "var").mkdir(exist_ok=True)
        log = open(root / "var" / "engine.log", "a")  # noqa: SIM115 - closed below
        print(f"Starting the engine (log: {root / 'var' / 'engine.log'}) ...", flush=True)
    processes = [subprocess.Popen(engine_cmd, cwd=root, stdout=log, stderr=log)]
    url = f"http://{host}:{port}"
    try:
        wait_ready(url, processes[0])
        if telegram:
            gateway = root / ".venv-gateway" / "bin" / "python"
            env = {**os.environ, "RASA_URL": url}
            processes.append(subprocess.Popen([str(gateway), "-m", "channels"], cwd=root, env=env))
            while all(p.poll() is None for p in processes):
                time.sleep(0.5)
            return max(p.returncode or 0 for p in processes)
        return chat.run(url)
    except KeyboardInterrupt:
        return 130
    finally:
        stop(processes)
        if log:
            log.close()
