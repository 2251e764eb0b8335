"""Faults through the real processes: nothing lost, nothing said twice (issue: nothing lost)."""

from __future__ import annotations

import asyncio
import signal
from typing import Any

import asyncpg
import pytest

from channels.pseudonym import pseudonym
from tests.channels.conftest import PSEUDONYM_SECRET, gateway_env
from tests.channels.e2e_helpers import ENGINE_DOWN, t
from tests.channels.engine_proxy import EngineProxy
from tests.channels.fake_telegram import FakeTelegram

QUESTION = "how do I get a residence permit in Armenia"


async def one_turn(telegram: FakeTelegram, chat_id: int) -> list[str]:
    """What a person is sent for QUESTION when nothing goes wrong (the yardstick)."""
    telegram.send_text(chat_id, QUESTION)
    await telegram.wait_for(lambda s: len(s.texts_to(chat_id)) >= 2, timeout=30)
    await asyncio.sleep(1.0)
    return telegram.texts_to(chat_id)


@pytest.mark.asyncio
async def test_gateway_killed_mid_turn_answers_once_after_restart(
    telegram: FakeTelegram, proxy: EngineProxy, database_url: str, gateway_factory: Any
) -> None:
    env = gateway_env(telegram, proxy.url, database_url)
    first = await gateway_factory(env)
    expected = await one_turn(telegram, 1001)
    proxy.delay = 3.0
    telegram.send_text(1002, QUESTION)
    sender = pseudonym(PSEUDONYM_SECRET, 1002)
    for _ in range(100):
        if proxy.messages_from(sender):
            break
        await asyncio.sleep(0.05)
    await first.stop(signal.SIGKILL)  # the update is stored and confirmed, its turn half done
    assert len(telegram.texts_to(1002)) < len(expected)  # the answer had not been sent
    proxy.delay = 0.0
    await gateway_factory(env)
    await telegram.wait_for(lambda s: len(s.texts_to(1002)) >= len(expected), timeout=30)
    await asyncio.sleep(1.5)
    assert telegram.texts_to(1002) == expected


@pytest.mark.asyncio
async def test_bot_api_errors_and_rate_limits_lose_nothing_and_repeat_nothing(
    telegram: FakeTelegram, proxy: EngineProxy, gateway_db: str, gateway_factory: Any
) -> None:
    await gateway_factory(gateway_env(telegram, proxy.url, gateway_db))
    expected = await one_turn(telegram, 1101)
    # More 5xx than the middleware retries: the turn fails and the inbox handles it again.
    telegram.fail("sendMessage", 502, chat_id=1102, times=5)
    telegram.fail("sendMessage", 429, chat_id=1103, retry_after=1, times=2)
    telegram.send_text(1102, QUESTION)
    telegram.send_text(1103, QUESTION)
    for chat in (1102, 1103):
        await telegram.wait_for(lambda s, c=chat: len(s.texts_to(c)) >= len(expected), timeout=40)
    await asyncio.sleep(1.5)
    assert telegram.texts_to(1102) == expected
    assert telegram.texts_to(1103) == expected
    # The engine was asked once: the retry replayed its answer instead of asking again.
    assert proxy.messages_from(pseudonym(PSEUDONYM_SECRET, 1102)) == [QUESTION]


@pytest.mark.asyncio
async def test_database_outage_apology_then_the_answer_and_one_log_line(
    telegram: FakeTelegram, proxy: EngineProxy, postgres_url: str, gateway_factory: Any
) -> None:
    name = postgres_url.rsplit("/", 1)[1]
    gateway = await gateway_factory(gateway_env(telegram, proxy.url, postgres_url))
    expected = await one_turn(telegram, 1201)

    async def admin(sql: str) -> None:
        connection = await asyncpg.connect("postgresql://postgres@127.0.0.1:5432/postgres")
        try:
            await connection.execute(sql)
        finally:
            await connection.close()

    await admin(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS false')
    await admin(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'")
    try:
        telegram.send_text(1202, QUESTION)
        await telegram.wait_for(lambda s: t("en", ENGINE_DOWN) in s.texts_to(1202), timeout=20)
        await asyncio.sleep(4)  # several poll turns in the outage
    finally:
        await admin(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS true')
    await telegram.wait_for(lambda s: len(s.texts_to(1202)) >= 1 + len(expected), timeout=40)
    await asyncio.sleep(1.5)
    assert telegram.texts_to(1202) == [t("en", ENGINE_DOWN), *expected]
    log = gateway.output
    assert log.count("database unreachable") == 1, log[-3000:]
    assert "database reachable again" in log
    assert "Traceback" not in log
