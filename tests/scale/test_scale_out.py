"""Scale-out: two gateways and two engines behind HAProxy, on PostgreSQL and Redis.

Telegram is the fake Bot API; it posts updates to HAProxy's webhook front end as Telegram
does (one person's next update after the previous one was accepted, a failed delivery sent
again). Under load one gateway and one engine are killed with kill -9. Checked: every message
answered exactly once and in the person's order; a person's language and open case carry on
when the other replicas serve them. `make test-scale` runs it (CI too).
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import signal
import socket
import subprocess
import time
from collections import Counter
from pathlib import Path

import aiohttp
import pytest

from tests.channels.conftest import (
    MIGRABOT,
    PG_ADMIN_URL,
    ROOT,
    EngineProcess,
    GatewayProcess,
    _postgres_reachable,
    free_port,
    gateway_env,
)
from tests.channels.engine_proxy import EngineProxy
from tests.channels.handoff_support import STAFF_CHAT_ID, STAFF_USER_ID, ForumTelegram, fresh_postgres_database

HAPROXY = shutil.which("haproxy") or "/usr/sbin/haproxy"
CONFIG = ROOT / "deploy" / "haproxy" / "haproxy.cfg"
SECRET = "scale-Secret_1"
MARKER = re.compile(r"#m\d+-\d+#")
TAG = re.compile(r"#m(\d+)-(\d+)#\]")
QUESTIONS = ["how do I get a work permit", "what documents do I need at the border", "hello", "thanks"]


def _redis_reachable() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1):
            return True
    except OSError:
        return False


pytestmark = pytest.mark.skipif(
    not (_postgres_reachable() and _redis_reachable() and os.path.exists(HAPROXY)),
    reason="needs PostgreSQL and Redis on 127.0.0.1 and haproxy (make test-scale installs it)",
)


class HAProxy:
    """haproxy -db with deploy/haproxy/haproxy.cfg and the addresses in its environment."""

    def __init__(self, log: Path, **addresses: str) -> None:
        self.log = log
        self.env = {**os.environ, **addresses}
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        check = subprocess.run([HAPROXY, "-c", "-f", str(CONFIG)], env=self.env, capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen([HAPROXY, "-db", "-f", str(CONFIG)], env=self.env, stdout=log, stderr=log)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)


async def drop_database(name: str) -> None:
    import asyncpg

    connection = await asyncpg.connect(PG_ADMIN_URL)
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await connection.close()


def fast_model() -> str:
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="2")
    done = subprocess.run([str(MIGRABOT), "train", "--fast"], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return done.stdout.strip().splitlines()[-1]


async def wait_http(url: str, timeout: float = 60.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    async with aiohttp.ClientSession() as http:
        while True:
            try:
                async with http.get(url) as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            assert asyncio.get_running_loop().time() < deadline, f"{url} not healthy in {timeout} s"
            await asyncio.sleep(0.3)


class Webhook:
    """Telegram's side of the webhook: deliver, and deliver again until accepted."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.redelivered = 0
        self.http: aiohttp.ClientSession | None = None

    async def deliver(self, update: dict) -> None:
        assert self.http is not None
        headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
        for _ in range(300):
            try:
                async with self.http.post(self.url, json=update, headers=headers, timeout=aiohttp.ClientTimeout(total=10)) as response:
                    if response.status == 200:
                        return
            except (aiohttp.ClientError, asyncio.TimeoutError):
                pass
            self.redelivered += 1
            await asyncio.sleep(0.2)
        raise AssertionError(f"update {update['update_id']} never accepted")


@pytest.mark.asyncio
async def test_two_gateways_and_two_engines_behind_haproxy(tmp_path: Path) -> None:
    started = time.monotonic()
    model = await asyncio.to_thread(fast_model)
    print(f"model ready in {time.monotonic() - started:.0f} s", flush=True)
    gateway_url, engine_url = await fresh_postgres_database(PG_ADMIN_URL), await fresh_postgres_database(PG_ADMIN_URL)
    gateway_db, engine_db = gateway_url.rsplit("/", 1)[1], engine_url.rsplit("/", 1)[1]
    telegram = ForumTelegram()
    await telegram.start()
    engine_env = {
        "ENGINE_DATABASE_URL": engine_url,
        "ENGINE_REDIS_URL": "redis://127.0.0.1:6379/5",
    }
    engines = [EngineProcess(model, tmp_path, **engine_env) for _ in range(2)]
    gateway_ports = [free_port(), free_port()]
    webhook_port, engine_port = free_port(), free_port()
    haproxy = HAProxy(
        tmp_path / "haproxy.log",
        MIGRABOT_WEBHOOK_BIND=f"127.0.0.1:{webhook_port}",
        MIGRABOT_ENGINE_BIND=f"127.0.0.1:{engine_port}",
        MIGRABOT_GATEWAY1=f"127.0.0.1:{gateway_ports[0]}",
        MIGRABOT_GATEWAY2=f"127.0.0.1:{gateway_ports[1]}",
        MIGRABOT_ENGINE1=f"127.0.0.1:{engines[0].port}",
        MIGRABOT_ENGINE2=f"127.0.0.1:{engines[1].port}",
    )
    # The tagging proxy sits between the gateways and HAProxy: each reply names its message.
    proxy = EngineProxy(f"http://127.0.0.1:{engine_port}", marker=MARKER)
    webhook = Webhook(f"http://127.0.0.1:{webhook_port}/telegram/hook")
    gateways: list[GatewayProcess] = []
    try:
        await asyncio.gather(*(asyncio.to_thread(e.start) for e in engines))
        haproxy.start()
        await proxy.start()
        for n, port in enumerate(gateway_ports):
            env = gateway_env(
                telegram, proxy.url, gateway_url,
                TELEGRAM_WEBHOOK_URL=webhook.url, TELEGRAM_WEBHOOK_SECRET=SECRET, WEBHOOK_LISTEN_PORT=str(port),
                STAFF_CHAT_ID=str(STAFF_CHAT_ID), STAFF_USER_IDS=str(STAFF_USER_ID), OFFICE_HOURS="Mon-Sun 00:00-23:59",
                STAFF_LANGUAGE="en", LOG_LEVEL="WARNING", ENGINE_TIMEOUT="20",
            )
            gateway = GatewayProcess(env, tmp_path / f"gateway{n + 1}.log")
            await gateway.start(timeout=60)
            gateways.append(gateway)
        await wait_http(f"http://127.0.0.1:{webhook_port}/readyz")
        await wait_http(f"http://127.0.0.1:{engine_port}/webhooks/migrabot/health")
        print(f"two engines, HAProxy and two gateways ready at {time.monotonic() - started:.0f} s", flush=True)

        async with aiohttp.ClientSession() as http:
            webhook.http = http
            # (c) first: a Russian speaker who asks for a person, served by whichever replicas.
            russian = 700_001
            await webhook.deliver(telegram.message_update(russian, text="Как получить разрешение на работу? #m700001-0#", language_code=None))
            await telegram.wait_for(lambda t: any("#m700001-0#" in x for x in t.texts_to(russian)), timeout=60)
            await webhook.deliver(telegram.message_update(russian, text="Хочу поговорить с сотрудником", language_code=None))
            await telegram.wait_for(lambda t: len(t.created_topics()) == 1, timeout=60)

            people = [710_000 + n for n in range(16)]
            messages = 12
            sent: dict[tuple[int, int], str] = {}

            async def person(chat: int) -> None:
                for n in range(messages):
                    text = f"{QUESTIONS[(chat + n) % len(QUESTIONS)]} #m{chat}-{n}#"
                    sent[(chat, n)] = text
                    await webhook.deliver(telegram.message_update(chat, text=text))
                    await asyncio.sleep(0.05)

            killed_at: list[float] = []
            gateway_reaped: list[float] = []

            async def chaos() -> None:
                await asyncio.sleep(3)
                killed_at.append(time.monotonic())
                await gateways[0].stop(signal.SIGKILL)  # mid-load: its in-flight updates are taken over
                gateway_reaped.append(time.monotonic())
                await asyncio.sleep(2)
                assert engines[0].proc is not None
                killed_at.append(time.monotonic())
                os.killpg(engines[0].proc.pid, signal.SIGKILL)
                engines[0].proc.wait()

            await asyncio.gather(chaos(), *(person(chat) for chat in people))

            def answered() -> dict[tuple[int, int], list[str]]:
                found: dict[tuple[int, int], list[str]] = {}
                for call in telegram.calls_for("sendMessage"):
                    for match in TAG.finditer(str(call.params.get("text", "")) + " "):
                        found.setdefault((int(match.group(1)), int(match.group(2))), []).append(str(call.params["text"]))
                return found

            await telegram.wait_for(lambda t: len(set(answered()) & set(sent)) == len(sent), timeout=120)
            print(f"{len(sent)} messages answered at {time.monotonic() - started:.0f} s", flush=True)
            # (c) the surviving replicas keep the person's language and open case.
            await webhook.deliver(telegram.message_update(russian, text="👍 и ещё вопрос", language_code=None))
            topic = telegram.created_topics()[0][0]
            # The open case relays the message to the staff topic (a copy) instead of answering it.
            await telegram.wait_for(lambda t: len(t.copies(STAFF_CHAT_ID, topic)) >= 1, timeout=60)
            await asyncio.sleep(2)  # anything sent twice late would show now

        replies = answered()
        lost = [key for key in sent if key not in replies]
        assert lost == []
        repeated_in_flight = 0
        for chat in people:
            calls = [c for c in telegram.calls_for("sendMessage", chat) if TAG.search(str(c.params.get("text", "")) + " ")]
            tagged = [str(c.params["text"]) for c in calls]
            for text, n in Counter(tagged).items():
                if n == 1:
                    continue
                # The one documented window (channels/effects.py): a reply sent by the killed
                # replica just before it could record it is sent again by the one taking over.
                # The kill is a window, not an instant: the signal goes out after killed_at[0] and a
                # request the replica wrote before it died may be read from the socket just after it
                # was reaped, hence the half second after the reaping.
                times = sorted(c.time for c in calls if c.params["text"] == text)
                assert n == 2 and times[0] < gateway_reaped[0] + 0.5 and times[1] > killed_at[0], (
                    f"sent twice to {chat}, not at the gateway's kill: {text[-40:]!r} at "
                    f"{[round(t - killed_at[0], 3) for t in times]} s from the gateway's kill, "
                    f"{[round(t - killed_at[1], 3) for t in times]} s from the engine's"
                )
                repeated_in_flight += 1
            order = [int(m.group(2)) for t in dict.fromkeys(tagged) for m in TAG.finditer(t + " ")]
            assert order == sorted(order), f"replies to {chat} out of order: {order}"
        print(f"replies repeated because they were in flight at the kill: {repeated_in_flight}", flush=True)
        assert all("работ" in x or "Работ" in x for x in replies[(russian, 0)])  # answered in Russian
        assert len(telegram.created_topics()) == 1  # one case, not a second one on the other replica
    finally:
        for gateway in gateways:
            await gateway.stop()
        await proxy.stop()
        haproxy.stop()
        for engine in engines:
            engine.stop()
        await telegram.stop()
        await drop_database(gateway_db)
        await drop_database(engine_db)
