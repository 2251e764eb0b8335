"""The gateway's /healthz and /metrics: the real gateway process, the fake Bot API, the real engine."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

import aiohttp
import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.channels.conftest import EngineProcess, free_port, gateway_env
from tests.channels.e2e_helpers import ENGINE_DOWN
from tests.channels.fake_telegram import FakeTelegram
from tests.channels.handoff_support import STAFF_CHAT_ID, STAFF_USER_ID, ForumTelegram

pytestmark = pytest.mark.asyncio

STAFF = {
    "STAFF_CHAT_ID": str(STAFF_CHAT_ID),
    "STAFF_USER_IDS": str(STAFF_USER_ID),
    "OFFICE_HOURS": "Mon-Sun 00:00-23:59",
    "STAFF_LANGUAGE": "en",
    "STAFF_MESSAGES_PER_MINUTE": "600",
    "STAFF_BURST": "20",
}
Samples = dict[tuple[str, frozenset], float]


async def get(url: str) -> tuple[int, str, str]:
    async with aiohttp.ClientSession() as http, http.get(url) as response:
        return response.status, response.content_type, await response.text()


async def scrape(base: str) -> Samples:
    status, content_type, body = await get(f"{base}/metrics")
    assert status == 200 and content_type == "text/plain", (status, content_type)
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(body)
        for sample in family.samples
    }


def value(samples: Samples, name: str, **labels: str) -> float:
    return samples.get((name, frozenset(labels.items())), 0.0)


def total(samples: Samples, name: str) -> float:
    return sum(v for (n, _labels), v in samples.items() if n == name)


async def scraped_when(base: str, condition: Callable[[Samples], bool], timeout: float = 40.0) -> Samples:
    """The metrics once ``condition`` holds for them."""
    deadline = time.monotonic() + timeout
    while True:
        samples = await scrape(base)
        if condition(samples):
            return samples
        assert time.monotonic() < deadline, {k: v for k, v in samples.items() if k[0].startswith("migrabot_") and v}
        await asyncio.sleep(0.2)


async def test_a_conversation_moves_the_counters_and_health_is_ok(
    forum: ForumTelegram, engine: EngineProcess, gateway_db: str, gateway_factory: Any
) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    await gateway_factory(gateway_env(forum, engine.url, gateway_db, METRICS_PORT=str(port), **STAFF))  # polling mode
    asker, endangered = 880001, 880002
    forum.fail("sendMessage", 502, chat_id=asker, times=1)
    forum.fail("sendMessage", 429, chat_id=asker, retry_after=1, times=1)
    forum.send_text(asker, "How do I get a work permit?")
    await scraped_when(base, lambda s: value(s, "migrabot_gateway_turns_total", outcome="answer") == 1)
    forum.send_text(asker, "I want to talk to a real person")
    forum.send_text(endangered, "my employer took my passport and won't give it back")
    samples = await scraped_when(
        base,
        lambda s: total(s, "migrabot_gateway_handoff_cases_total") == 2 and value(s, "migrabot_gateway_inbox_pending") == 0,
    )

    assert value(samples, "migrabot_gateway_updates_total", type="message") == 3
    assert value(samples, "migrabot_gateway_turns_total", outcome="answer") == 1
    assert value(samples, "migrabot_gateway_turns_total", outcome="handoff") == 1
    assert value(samples, "migrabot_gateway_turns_total", outcome="urgent") == 1
    assert total(samples, "migrabot_gateway_turns_total") == 3
    assert value(samples, "migrabot_gateway_handoff_cases_total", reason="user_request") == 1
    assert value(samples, "migrabot_gateway_handoff_cases_total", reason="urgent") == 1
    assert value(samples, "migrabot_gateway_engine_seconds_count") >= 3
    assert total(samples, "migrabot_gateway_engine_errors_total") == 0
    assert value(samples, "migrabot_gateway_bot_api_retries_total", reason="5xx") == 1
    assert value(samples, "migrabot_gateway_bot_api_retries_total", reason="429") == 1
    assert value(samples, "migrabot_gateway_bot_api_calls_total", method="sendMessage", result="5xx") == 1
    assert value(samples, "migrabot_gateway_bot_api_calls_total", method="sendMessage", result="429") == 1
    sent = value(samples, "migrabot_gateway_bot_api_calls_total", method="sendMessage", result="ok")
    assert 3 <= sent <= len(forum.calls_for("sendMessage"))  # the staff outbox may still be sending
    assert value(samples, "migrabot_gateway_bot_api_calls_total", method="getUpdates", result="ok") >= 1
    assert value(samples, "migrabot_gateway_database_up") == 1

    status, content_type, body = await get(f"{base}/healthz")
    assert (status, content_type) == (200, "application/json"), body
    assert '"status": "ok"' in body and '"engine": "ok"' in body and '"database": "ok"' in body


async def test_on_the_webhook_app_and_503_while_the_engine_is_down(
    telegram: FakeTelegram, gateway_db: str, gateway_factory: Any
) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    secret = "s3cret-Value_1"
    nobody = f"http://127.0.0.1:{free_port()}"  # a closed port: the engine is down
    await gateway_factory(
        gateway_env(
            telegram,
            nobody,
            gateway_db,
            TELEGRAM_WEBHOOK_URL=f"{base}/telegram/hook",
            TELEGRAM_WEBHOOK_SECRET=secret,
            WEBHOOK_LISTEN_PORT=str(port),
        )
    )
    status, content_type, body = await get(f"{base}/healthz")
    assert (status, content_type) == (503, "application/json"), body
    assert '"status": "unavailable"' in body and "engine: engine unreachable" in body and '"database": "ok"' in body

    update = telegram.message_update(880003, text="How do I get a work permit?")
    async with aiohttp.ClientSession() as http:
        async with http.post(
            f"{base}/telegram/hook", json=update, headers={"X-Telegram-Bot-Api-Secret-Token": secret}
        ) as response:
            assert response.status == 200
    await telegram.wait_for(lambda s: ENGINE_DOWN in s.texts_to(880003), timeout=20)
    samples = await scraped_when(base, lambda s: value(s, "migrabot_gateway_engine_errors_total", reason="unreachable") >= 1)
    assert value(samples, "migrabot_gateway_updates_total", type="message") == 1
    assert total(samples, "migrabot_gateway_turns_total") == 0  # kept for later, not handled
    assert value(samples, "migrabot_gateway_inbox_pending") == 1
    assert value(samples, "migrabot_gateway_engine_seconds_count") >= 1
