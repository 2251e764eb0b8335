"""Fixtures of the gateway suite: fake Telegram, engines, databases, the gateway process."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio

ROOT = Path(__file__).resolve().parents[2]
# The suite runs with the bare pytest of .venv-gateway: make the checkout importable.
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.channels.engine_proxy import EngineProxy  # noqa: E402
from tests.channels.fake_engine import FakeEngine  # noqa: E402
from tests.channels.fake_telegram import FakeTelegram  # noqa: E402
from tests.channels.handoff_support import (  # noqa: E402
    ForumTelegram,
    drop_postgres_database,
    fresh_postgres_database,
)

GATEWAY_PYTHON = ROOT / ".venv-gateway" / "bin" / "python"
MIGRABOT = ROOT / ".venv-engine" / "bin" / "migrabot"
PSEUDONYM_SECRET = "test-pseudonym-secret-0123456789"
PG_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/test"
# Through the environment: pytest may import this file twice (as conftest and as
# tests.channels.conftest), and both copies must agree with the engine they started.
RASA_TOKEN = os.environ.setdefault("MIGRABOT_TEST_ENGINE_TOKEN", "test-engine-token-" + uuid.uuid4().hex[:8])


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _http_ok(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:  # 127.0.0.1 only
            return response.status == 200
    except OSError:
        return False


# -- fakes -----------------------------------------------------------------------------
@pytest_asyncio.fixture
async def telegram() -> AsyncIterator[FakeTelegram]:
    """A fake Bot API server on a random port."""
    server = FakeTelegram()
    await server.start()
    yield server
    await server.stop()


@pytest_asyncio.fixture
async def forum() -> AsyncIterator[ForumTelegram]:
    """The fake Bot API server with forum topics and a staff group (handoff tests)."""
    server = ForumTelegram()
    await server.start()
    yield server
    await server.stop()


@pytest_asyncio.fixture
async def fake_engine() -> AsyncIterator[FakeEngine]:
    """A scripted fake of the engine's REST channel."""
    engine = FakeEngine()
    await engine.start()
    yield engine
    await engine.stop()


# -- the real engine ---------------------------------------------------------------------
class EngineProcess:
    """``migrabot serve`` on a port of 127.0.0.1."""

    def __init__(self, model: str, log_dir: Path, **env: str) -> None:
        self.model = model
        self.extra_env = env
        self.port = free_port()
        self.log = log_dir / f"engine-{self.port}.log"
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 240.0) -> None:
        env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="2", RASA_TOKEN=RASA_TOKEN, **self.extra_env)
        # Each engine its own conversations file, kept across its restarts as in production.
        env.setdefault("ENGINE_DATABASE_URL", f"sqlite:///{self.log.with_suffix('.sqlite3')}")
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen(
                [str(MIGRABOT), "serve", "--model", self.model, "--host", "127.0.0.1", "--port", str(self.port)],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"engine exited with {self.proc.returncode}; see {self.log}")
            if _http_ok(f"{self.url}/status?token={RASA_TOKEN}"):
                return
            time.sleep(0.5)
        self.stop()
        raise RuntimeError(f"engine not ready in {timeout} s; see {self.log}")

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()


def _engine_available() -> str | None:
    """Why the real engine cannot be used, or None."""
    if not MIGRABOT.exists():
        return f"{MIGRABOT} does not exist (run `make engine-venv`)"
    return None


@pytest.fixture(scope="session")
def engine_model(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Path of the small functional-test model (`migrabot train --fast`, cached)."""
    reason = _engine_available()
    if reason:
        pytest.fail(f"the real engine is needed for end-to-end tests: {reason}")
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="2")
    done = subprocess.run([str(MIGRABOT), "train", "--fast"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=1500)
    if done.returncode != 0:
        pytest.fail(f"migrabot train --fast failed:\n{done.stderr[-3000:]}")
    lines = [line.strip() for line in done.stdout.splitlines() if line.strip()]
    if not lines:
        pytest.fail("migrabot train --fast printed no model path")
    return lines[-1]


@pytest.fixture(scope="session")
def engine(engine_model: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[EngineProcess]:
    """The real engine, started once for the session."""
    log_dir = tmp_path_factory.mktemp("engine")
    process = EngineProcess(engine_model, log_dir)
    try:
        process.start()
    except RuntimeError:
        # One more try on a fresh port: another session may have held the first one.
        process = EngineProcess(engine_model, log_dir)
        process.start()
    yield process
    process.stop()


@pytest_asyncio.fixture
async def proxy(engine: EngineProcess) -> AsyncIterator[EngineProxy]:
    """A recording proxy in front of the session's real engine."""
    p = EngineProxy(engine.url)
    await p.start()
    yield p
    await p.stop()


# -- databases ---------------------------------------------------------------------------
BACKENDS = ["sqlite", "postgresql"]


def _postgres_reachable() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 5432), timeout=1):
            return True
    except OSError:
        return False


def _skip_without_postgres() -> None:
    if not _postgres_reachable():
        pytest.skip("no PostgreSQL on 127.0.0.1:5432")


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test session (skipped when none runs here)."""
    _skip_without_postgres()
    import asyncpg

    try:
        url = asyncio.run(fresh_postgres_database(PG_ADMIN_URL))
    except (OSError, asyncpg.PostgresError) as exc:
        pytest.skip(f"cannot create a PostgreSQL database: {exc}")
    yield url
    asyncio.run(drop_postgres_database(PG_ADMIN_URL, url))


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each database backend: a fresh SQLite file, and the session's PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'gateway.sqlite3'}"
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest_asyncio.fixture(params=BACKENDS)
async def fresh_db(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """An empty database of each backend, of this test alone (its PostgreSQL one dropped afterwards)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'gateway.sqlite3'}"
        return
    _skip_without_postgres()
    url = await fresh_postgres_database(PG_ADMIN_URL)
    try:
        yield url
    finally:
        await drop_postgres_database(PG_ADMIN_URL, url)


@pytest_asyncio.fixture
async def migrated_db(fresh_db: str) -> str:
    """fresh_db, migrated by Alembic to the newest revision."""
    from channels.db import migrate

    await asyncio.to_thread(migrate.upgrade, fresh_db)
    return fresh_db


async def emptied(database_url: str, *models: type) -> tuple:
    """The migrated database's engine and session factory, with the given tables emptied first."""
    from channels.db import migrate
    from channels.db.session import create_engine, create_session_factory

    await asyncio.to_thread(migrate.upgrade, database_url)
    engine = create_engine(database_url)
    factory = create_session_factory(engine)
    async with factory() as session:
        for model in models:
            await session.execute(model.__table__.delete())
        await session.commit()
    return engine, factory


# -- the gateway process -------------------------------------------------------------------
class GatewayProcess:
    """``python -m channels`` as a subprocess with its own environment."""

    def __init__(self, env: dict[str, str], log: Path) -> None:
        self.env = env
        self.log = log
        self.proc: asyncio.subprocess.Process | None = None

    async def start(self, timeout: float = 30.0) -> None:
        offset = self.log.stat().st_size if self.log.exists() else 0
        with self.log.open("ab") as log:
            self.proc = await asyncio.create_subprocess_exec(
                str(GATEWAY_PYTHON), "-m", "channels", cwd=ROOT, env=self.env, stdout=log, stderr=log
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            text = self.log.read_bytes()[offset:].decode(errors="replace")
            if "gateway ready" in text:
                return
            if self.proc.returncode is not None:
                raise RuntimeError(f"gateway exited with {self.proc.returncode}:\n{text[-3000:]}")
            await asyncio.sleep(0.1)
        raise RuntimeError(f"gateway not ready in {timeout} s:\n{self.log.read_text()[-3000:]}")

    async def stop(self, sig: int = signal.SIGTERM) -> int | None:
        if self.proc is None or self.proc.returncode is not None:
            return None if self.proc is None else self.proc.returncode
        self.proc.send_signal(sig)
        try:
            return await asyncio.wait_for(self.proc.wait(), timeout=20)
        except TimeoutError:
            self.proc.kill()
            return await self.proc.wait()

    @property
    def output(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""


def gateway_env(telegram: FakeTelegram, rasa_url: str, database_url: str, **extra: str) -> dict[str, str]:
    """Environment of a gateway talking to the fake Telegram and the given engine."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("TELEGRAM_", "STAFF_", "RASA_", "DATABASE_", "OFFICE_"))
    }
    env.update(
        TELEGRAM_BOT_TOKEN=telegram.token,
        TELEGRAM_API_BASE=telegram.base_url,
        RASA_URL=rasa_url,
        RASA_TOKEN=RASA_TOKEN,
        DATABASE_URL=database_url,
        PSEUDONYM_SECRET=PSEUDONYM_SECRET,
        POLLING_TIMEOUT="2",
        RETRY_MAX_DELAY="2",
        LOG_LEVEL="INFO",
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


@pytest.fixture
def gateway_db(tmp_path: Path) -> str:
    """A fresh SQLite database for a gateway process."""
    return f"sqlite:///{tmp_path / 'gateway.sqlite3'}"


@pytest_asyncio.fixture
async def gateway_factory(tmp_path: Path) -> AsyncIterator:
    """Start gateway processes; all are stopped at the end of the test."""
    started: list[GatewayProcess] = []

    async def start(env: dict[str, str]) -> GatewayProcess:
        process = GatewayProcess(env, tmp_path / "gateway.log")
        await process.start()
        started.append(process)
        return process

    yield start
    for process in started:
        await process.stop()


def pytest_report_header(config: pytest.Config) -> list[str]:
    """Say which engine the end-to-end tests use."""
    reason = _engine_available()
    return [f"gateway e2e engine: {'real (' + str(MIGRABOT) + ')' if reason is None else 'MISSING: ' + reason}"]
