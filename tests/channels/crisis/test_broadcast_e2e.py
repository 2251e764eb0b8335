"""An announcement to 5,000 subscribers through the real gateway: once each, paced, resumed after SIGKILL."""

from __future__ import annotations

import asyncio
import signal
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select

from channels.crisis.models import CLAIMED, Announcement, Delivery
from channels.db import migrate
from channels.db.models import User
from channels.db.session import create_engine, create_session_factory
from tests.channels.conftest import GatewayProcess
from tests.channels.crisis.conftest import lines, read, scalar, staff_gateway_env
from tests.channels.fake_engine import FakeEngine
from tests.channels.handoff_support import STAFF_CHAT_ID, ForumTelegram, eventually

pytestmark = pytest.mark.asyncio

SUBSCRIBED = 5_000
NOT_SUBSCRIBED = 500
FIRST_ID = 6_100_000_000
TELEGRAM_LIMIT = 30  # messages a second, all chats together
PER_SECOND = 25.0  # the gateway's default BROADCAST_PER_SECOND: a cap; the average is 90% of it
AVERAGE = PER_SECOND * 0.9
IN_FLIGHT = 4  # the gateway's default BROADCAST_IN_FLIGHT
TEXTS = {
    "hy": "Տեղահանվածների ընդունման կետը բաց է Երևանում, Տիգրան Մեծի 4։",
    "ru": "Пункт приёма переселенцев открыт в Ереване, Тиграна Меца 4.",
    "en": "The reception point for displaced people is open in Yerevan, 4 Tigran Mets.",
}
LANGUAGE_CYCLE = ("hy", "ru", "en", None)  # None: no choice, the Telegram client says ru-RU


def subscriber_language(index: int) -> str:
    """The language the seeded subscriber reads in."""
    return LANGUAGE_CYCLE[index % 4] or "ru"


async def seed(db: str) -> tuple[set[int], set[int]]:
    """Subscribers and people who never subscribed (or are blocked), written as the gateway would."""
    await asyncio.to_thread(migrate.upgrade, db)
    now = datetime.now(UTC)
    subscribed = set(range(FIRST_ID, FIRST_ID + SUBSCRIBED))
    others = set(range(FIRST_ID + SUBSCRIBED, FIRST_ID + SUBSCRIBED + NOT_SUBSCRIBED))
    rows = []
    for index, chat in enumerate(sorted(subscribed)):
        language = LANGUAGE_CYCLE[index % 4]
        rows.append({"chat_id": chat, "pseudonym": f"p{chat}", "language": language,
                     "telegram_language_code": "ru-RU" if language is None else "en",
                     "subscribed_at": now, "consent_at": now, "created_at": now})
    for index, chat in enumerate(sorted(others)):
        # A few subscribed long ago but blocked the bot since: nothing for them either.
        blocked = now if index % 50 == 0 else None
        rows.append({"chat_id": chat, "pseudonym": f"p{chat}", "language": "en", "telegram_language_code": "en",
                     "subscribed_at": now if blocked else None, "blocked_at": blocked, "created_at": now})
    engine = create_engine(db)
    try:
        async with create_session_factory(engine)() as session:
            for start in range(0, len(rows), 1000):
                await session.execute(insert(User), rows[start:start + 1000])
            await session.commit()
    finally:
        await engine.dispose()
    return subscribed, others


def announcement_calls(telegram: ForumTelegram, chats: set[int]) -> list[Any]:
    """sendMessage calls to the given chats carrying the announcement (any language)."""
    texts = set(TEXTS.values())
    return [c for c in telegram.calls_for("sendMessage") if c.chat_id in chats and c.params.get("text") in texts]


def busiest_second(times: list[float]) -> int:
    """The most calls in any window of one second (from the fake's receive times)."""
    times = sorted(times)
    most, start = 0, 0
    for end, moment in enumerate(times):
        while moment - times[start] >= 1.0:
            start += 1
        most = max(most, end - start + 1)
    return most


async def test_announcement_to_5000_subscribers_survives_a_kill(
    forum: ForumTelegram, fake_engine: FakeEngine, fresh_db: str, tmp_path: Path
) -> None:
    subscribed, others = await seed(fresh_db)
    # Through the gateway too: one subscribes, one subscribes and changes their mind.
    joiner, leaver = FIRST_ID - 1, FIRST_ID - 2
    env = staff_gateway_env(forum, fake_engine.url, fresh_db)
    gateway = GatewayProcess(env, tmp_path / "gateway.log")
    await gateway.start()
    try:
        forum.send_command(joiner, "/subscribe", language_code="hy")
        forum.send_command(leaver, "/subscribe", language_code="en")
        forum.send_command(leaver, "/unsubscribe", language_code="en")
        await forum.wait_for(lambda s: len(s.texts_to(leaver)) == 2 and s.texts_to(joiner), timeout=20)
        subscribed.add(joiner)
        others.add(leaver)
        blocked = FIRST_ID + 7  # blocked the bot after subscribing: Telegram answers 403
        forum.fail("sendMessage", 403, chat_id=blocked, times=None)
        slowed = FIRST_ID + 11  # Telegram asks to slow down once: sent after the wait, once
        forum.fail("sendMessage", 429, chat_id=slowed, times=1, retry_after=1)

        forum.staff_says("/announce\n" + lines(TEXTS))
        await forum.wait_for(lambda s: any("Announcement #1: sending to" in t for t in s.staff_texts()), timeout=30)
        [recipients] = [r for (r,) in await read(fresh_db, select(Announcement.recipients))]
        assert recipients == SUBSCRIBED + 1

        # Half-way, the gateway is killed without warning.
        await eventually(lambda: len(announcement_calls(forum, subscribed)) >= SUBSCRIBED // 2,
                         timeout=SUBSCRIBED / AVERAGE, step=0.2)
        assert gateway.proc is not None
        gateway.proc.send_signal(signal.SIGKILL)
        await gateway.proc.wait()
        at_kill = len(announcement_calls(forum, subscribed))
        assert at_kill < SUBSCRIBED
        claimed_at_kill = await scalar(fresh_db, select(Delivery.id).where(Delivery.state == CLAIMED).limit(1))

        started = time.monotonic()
        await gateway.start()
        await eventually(lambda: scalar(fresh_db, select(Announcement.finished_at)), timeout=SUBSCRIBED / AVERAGE + 60,
                         step=0.5)
        resumed_after = time.monotonic() - started
        await forum.wait_for(lambda s: any("Announcement #1 done" in t for t in s.staff_texts()), timeout=30)
    finally:
        await gateway.stop()

    calls = announcement_calls(forum, subscribed | others)
    per_chat = Counter(c.chat_id for c in calls)
    states = dict(await read(fresh_db, select(Delivery.chat_id, Delivery.state)))
    unconfirmed = {chat for chat, state in states.items() if state == CLAIMED}
    print(f"\nbroadcast: {len(calls)} sends, {at_kill} before the kill, unconfirmed {len(unconfirmed)} "
          f"(claimed at kill: {claimed_at_kill is not None}), busiest second {busiest_second([c.time for c in calls])}, "
          f"resumed in {resumed_after:.1f} s")

    # Nobody twice; nobody who did not (or no longer) subscribe(d); a blocked person's 403 is kept.
    assert max(per_chat.values()) == 1
    assert not set(per_chat) & others
    assert states[blocked] == "blocked" and blocked not in per_chat
    assert states[slowed] == "sent" and per_chat[slowed] == 1
    # Everyone else got exactly one; only rows in flight at the kill may be unconfirmed (at-most-once).
    missing = subscribed - set(per_chat) - {blocked}
    assert missing <= unconfirmed
    assert len(unconfirmed) <= IN_FLIGHT
    # In their own language.
    for call in calls[:400]:
        index = call.chat_id - FIRST_ID
        if 0 <= index < SUBSCRIBED:
            assert call.params["text"] == TEXTS[subscriber_language(index)]
    assert any(c.params["text"] == TEXTS["hy"] for c in calls if c.chat_id == joiner)
    # Under the configured pace (and so Telegram's limit) in every second, before and after the restart.
    assert busiest_second([c.time for c in calls]) <= min(PER_SECOND + 1, TELEGRAM_LIMIT)
    done = [t for t in forum.staff_texts() if "Announcement #1 done" in t][0]
    assert f"{SUBSCRIBED - len(unconfirmed)} sent, 1 had blocked the bot" in done
    assert forum.calls_for("sendMessage", STAFF_CHAT_ID)
