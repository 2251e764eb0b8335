"""End-to-end reliability: own gateway processes (restarts, engines, webhook), the real engine."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import aiohttp
import pytest

from channels.db.models import Unanswered
from channels.pseudonym import pseudonym
from tests.channels.conftest import (
    PSEUDONYM_SECRET,
    EngineProcess,
    free_port,
    gateway_env,
)
from tests.channels.e2e_helpers import (
    ENGINE_DOWN,
    eventually_rows,
    t,
)
from tests.channels.engine_proxy import EngineProxy
from tests.channels.fake_telegram import FakeTelegram


@pytest.mark.asyncio
async def test_fifty_messages_in_order_while_another_person_is_served(
    telegram: FakeTelegram, engine: EngineProcess, gateway_db: str, gateway_factory: Any
) -> None:
    tagging = EngineProxy(engine.url, tag=True)
    await tagging.start()
    try:
        await gateway_factory(gateway_env(telegram, tagging.url, gateway_db))
        telegram.send_command(601, "/start")
        telegram.send_command(602, "/start")
        await telegram.wait_for(lambda s: len(s.texts_to(601)) >= 3 and len(s.texts_to(602)) >= 3)
        for i in range(50):
            telegram.send_text(601, f"question number {i} about visas")
        telegram.send_text(602, "question from the other person")
        await telegram.wait_for(lambda s: sum("question number 49" in x for x in s.texts_to(601)) >= 1, timeout=90)
        order = [int(x.rsplit("[question number ", 1)[1].split()[0]) for x in telegram.texts_to(601) if "[question number " in x]
        # Each turn may send several messages; their tags never go backwards.
        assert sorted(set(order)) == list(range(50))
        assert order == sorted(order)
        # The other person did not wait for the 50.
        other = [c for c in telegram.calls_for("sendMessage", 602) if "[question from the other person]" in c.params["text"]]
        last = [c for c in telegram.calls_for("sendMessage", 601) if "[question number 49 " in c.params["text"]]
        assert other and other[0].time < last[0].time
        asked = [m for m in tagging.messages_from(pseudonym(PSEUDONYM_SECRET, 601)) if m.startswith("question")]
        assert asked == [f"question number {i} about visas" for i in range(50)]
    finally:
        await tagging.stop()


@pytest.mark.asyncio
async def test_duplicate_update_answered_once_also_after_restart(
    telegram: FakeTelegram, proxy: EngineProxy, database_url: str, gateway_factory: Any
) -> None:
    """On SQLite and on PostgreSQL (when one runs on 127.0.0.1:5432)."""
    gateway = await gateway_factory(gateway_env(telegram, proxy.url, database_url))
    update = telegram.message_update(701, text="/help")
    update["message"]["entities"] = [{"type": "bot_command", "offset": 0, "length": 5}]
    telegram.enqueue(update)
    telegram.enqueue(update)
    await telegram.wait_for(lambda s: len(s.texts_to(701)) >= 1)
    telegram.send_command(702, "/help")  # a later update: the duplicate was seen by then
    await telegram.wait_for(lambda s: len(s.texts_to(702)) >= 1)
    assert len(telegram.texts_to(701)) == 1

    assert await gateway.stop() == 0  # SIGTERM: a clean stop
    await gateway_factory(gateway_env(telegram, proxy.url, database_url))
    telegram.enqueue(update)
    telegram.send_command(703, "/help")
    await telegram.wait_for(lambda s: len(s.texts_to(703)) >= 1)
    await asyncio.sleep(0.5)
    assert len(telegram.texts_to(701)) == 1


@pytest.mark.asyncio
async def test_engine_stopped_mid_conversation(
    telegram: FakeTelegram, engine_model: str, gateway_db: str, gateway_factory: Any, tmp_path: Any
) -> None:
    own = EngineProcess(engine_model, tmp_path)
    await asyncio.to_thread(own.start)
    try:
        await gateway_factory(gateway_env(telegram, own.url, gateway_db, ENGINE_TIMEOUT="8"))
        telegram.send_command(801, "/menu", language_code="hy")
        await telegram.wait_for(lambda s: len(s.texts_to(801)) >= 1, timeout=20)
        await asyncio.to_thread(own.stop)
        started = time.monotonic()
        telegram.send_text(801, "Ինչպե՞ս ստանալ կացության քարտ", language_code="hy")
        await telegram.wait_for(lambda s: t("hy", ENGINE_DOWN) in s.texts_to(801), timeout=10)
        assert time.monotonic() - started < 10
        (kept,) = await eventually_rows(gateway_db, Unanswered, 801)
        assert kept.text == "Ինչպե՞ս ստանալ կացության քարտ" and kept.reason == "engine_unavailable"
        before = len(telegram.texts_to(801))
        # The engine comes back: the kept question is answered without being sent again.
        await asyncio.to_thread(own.start)
        await telegram.wait_for(lambda s: len(s.texts_to(801)) > before, timeout=60)
        await asyncio.sleep(1.0)
        later = telegram.texts_to(801)[before:]
        assert later and all(ENGINE_DOWN not in x and t("hy", ENGINE_DOWN) != x for x in later)
        assert telegram.texts_to(801).count(t("hy", ENGINE_DOWN)) == 1
    finally:
        await asyncio.to_thread(own.stop)


@pytest.mark.asyncio
async def test_slow_engine_answers_within_ten_seconds(
    telegram: FakeTelegram, proxy: EngineProxy, gateway_db: str, gateway_factory: Any
) -> None:
    await gateway_factory(gateway_env(telegram, proxy.url, gateway_db))  # default ENGINE_TIMEOUT 8
    proxy.delay = 12  # longer than ENGINE_TIMEOUT
    started = time.monotonic()
    telegram.send_text(901, "Как получить ВНЖ?", language_code="ru")
    await telegram.wait_for(lambda s: t("ru", ENGINE_DOWN) in s.texts_to(901), timeout=11)
    assert time.monotonic() - started < 10
    (kept,) = await eventually_rows(gateway_db, Unanswered, 901)
    assert kept.reason == "engine_unavailable"


@pytest.mark.asyncio
async def test_webhook_mode(telegram: FakeTelegram, proxy: EngineProxy, gateway_db: str, gateway_factory: Any) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram/hook"
    await gateway_factory(
        gateway_env(
            telegram,
            proxy.url,
            gateway_db,
            TELEGRAM_WEBHOOK_URL=url,
            TELEGRAM_WEBHOOK_SECRET="s3cret-Value_1",
            WEBHOOK_LISTEN_PORT=str(port),
        )
    )
    assert telegram.webhook is not None and telegram.webhook["secret_token"] == "s3cret-Value_1"
    async with aiohttp.ClientSession() as http:
        for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "wrong"}):
            update = telegram.message_update(1201, text="/help")
            update["message"]["entities"] = [{"type": "bot_command", "offset": 0, "length": 5}]
            async with http.post(url, json=update, headers=headers) as response:
                assert response.status == 401
        update = telegram.message_update(1202, text="/help")
        update["message"]["entities"] = [{"type": "bot_command", "offset": 0, "length": 5}]
        async with http.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret-Value_1"}) as response:
            assert response.status == 200
    await telegram.wait_for(lambda s: len(s.texts_to(1202)) == 1)
    assert telegram.texts_to(1201) == []
