"""Handoff journeys end to end: the real gateway process, the fake Bot API, the real engine."""

from __future__ import annotations

import asyncio
import signal
import time
from typing import Any

import pytest
import pytest_asyncio
from sqlalchemy import func, select

from channels.db.session import create_engine, create_session_factory
from channels.handoff.models import Case, OutboxItem
from tests.channels.conftest import EngineProcess, gateway_env
from tests.channels.engine_proxy import EngineProxy
from tests.channels.handoff_support import (
    NOT_STAFF_USER_ID,
    STAFF_CHAT_ID,
    STAFF_USER_ID,
    ForumTelegram,
    eventually,
)

pytestmark = pytest.mark.asyncio

CLOSED_EN = ("The conversation with our staff has ended. You can ask the assistant your "
             "questions again.")
RED_FLAG = "my employer took my passport and won't give it back"
QUESTION = "how do I get a work permit?"
# People of these journeys: ids of their own, since the engine (shared by the whole test
# session) remembers each conversation, its language included.


def staff_env(forum: ForumTelegram, proxy: EngineProxy, db: str, **extra: str) -> dict[str, str]:
    """The gateway's environment with the staff group configured."""
    values = {
        "STAFF_CHAT_ID": str(STAFF_CHAT_ID),
        "STAFF_USER_IDS": f"{STAFF_USER_ID},778",
        "OFFICE_HOURS": "Mon-Sun 00:00-23:59",
        "STAFF_LANGUAGE": "en",
        "STAFF_MESSAGES_PER_MINUTE": "600",
        "STAFF_BURST": "20",
    }
    values.update(extra)
    return gateway_env(forum, proxy.url, db, **values)


@pytest_asyncio.fixture
async def gateway(forum: ForumTelegram, proxy: EngineProxy, gateway_db: str,
                  gateway_factory: Any) -> Any:
    """A gateway process with the handoff switched on."""
    return await gateway_factory(staff_env(forum, proxy, gateway_db))


async def cases(db: str) -> list[Case]:
    engine = create_engine(db)
    try:
        async with create_session_factory(engine)() as session:
            return list((await session.scalars(select(Case).order_by(Case.id))).all())
    finally:
        await engine.dispose()


async def outbox_idle(db: str) -> bool:
    """Whether every outbox item has been sent (or given up)."""
    engine = create_engine(db)
    try:
        async with create_session_factory(engine)() as session:
            pending = await session.scalar(
                select(func.count()).select_from(OutboxItem).where(OutboxItem.state == "pending"))
            return pending == 0
    finally:
        await engine.dispose()


async def ask_for_a_person(forum: ForumTelegram, chat_id: int, language: str = "en") -> int:
    """The person presses "Talk to a person" (offered after a photo); returns the topic."""
    forum.send_photo(chat_id, language_code=language)
    await forum.wait_for(lambda s: s.last_keyboard(chat_id) is not None, timeout=20)
    message_id, keyboard = forum.last_keyboard(chat_id)  # type: ignore[misc]
    [button] = [b for row in keyboard for b in row]
    topics_before = set(forum.topics)
    forum.press_button(chat_id, message_id, button["callback_data"], language_code=language)
    await forum.wait_for(lambda s: set(s.topics) - topics_before and
                         s.staff_texts(max(set(s.topics) - topics_before)), timeout=30)
    return max(set(forum.topics) - topics_before)


async def test_person_asks_for_a_human_and_gets_the_assistant_back(
    forum: ForumTelegram, gateway: Any, proxy: EngineProxy, gateway_db: str
) -> None:
    person = 830001
    topic = await ask_for_a_person(forum, person)
    [case] = await cases(gateway_db)
    assert forum.topics[topic] == f"#{case.id} · en · asked for a person"
    header = forum.staff_texts(topic)[0]
    assert f"Case #{case.id}" in header and "Language: en" in header
    assert str(person) not in header
    await forum.wait_for(lambda s: any("Office hours" in t for t in s.texts_to(person)))
    assert proxy.requests[-1]["message"] == "/human"

    # the follow-up goes to the topic, not to the engine
    engine_calls = len(proxy.requests)
    follow_up = forum.send_text(person, "my passport is at the embassy")
    await forum.wait_for(lambda s: s.copies(STAFF_CHAT_ID, topic), timeout=20)
    [copy] = forum.copies(STAFF_CHAT_ID, topic)
    assert int(copy["from_chat_id"]) == person
    assert len(proxy.requests) == engine_calls
    assert follow_up

    # staff reply (with markup characters) is copied back, not re-parsed
    reply = forum.staff_says("Hello! <b>Bring</b> *both* documents", thread_id=topic)
    await forum.wait_for(lambda s: s.copies(person), timeout=20)
    assert [(int(c["from_chat_id"]), int(c["message_id"])) for c in forum.copies(person)] == [
        (STAFF_CHAT_ID, reply)]

    sent = len(forum.texts_to(person))
    forum.staff_says("/answer work.permit", thread_id=topic)
    await forum.wait_for(lambda s: any("Sent the answer work.permit" in t
                                       for t in s.staff_texts(topic)), timeout=30)
    answer = forum.texts_to(person)[sent:]
    assert answer and all(t.strip() for t in answer)
    assert proxy.requests[-1]["message"] == '/entry{"entry_id":"work.permit"}'

    forum.staff_says("/answer no.such.entry", thread_id=topic)
    await forum.wait_for(lambda s: any("Unknown entry id: no.such.entry" in t
                                       for t in s.staff_texts(topic)), timeout=30)
    assert len(forum.texts_to(person)) == sent + len(answer)

    forum.staff_says("/close", thread_id=topic)
    await forum.wait_for(lambda s: CLOSED_EN in s.texts_to(person), timeout=20)
    await forum.wait_for(lambda s: s.calls_for("closeForumTopic"), timeout=20)

    # the assistant answers the next question again
    engine_calls = len(proxy.requests)
    texts = len(forum.texts_to(person))
    forum.send_text(person, QUESTION)
    await eventually(lambda: any(r.get("message") == QUESTION
                                 for r in proxy.requests[engine_calls:]), timeout=30)
    await forum.wait_for(lambda s: len(s.texts_to(person)) > texts, timeout=30)
    await asyncio.sleep(0.5)
    assert len(forum.copies(STAFF_CHAT_ID)) == 1  # nothing more went to staff


async def test_red_flag_gets_safety_information_and_an_urgent_case(
    forum: ForumTelegram, gateway: Any, gateway_db: str
) -> None:
    person = 830002
    forum.send_text(person, RED_FLAG)
    await forum.wait_for(lambda s: any("URGENT" in n for n in s.topics.values()), timeout=30)
    for _ in range(100):  # the topic exists in Telegram a moment before its id is stored
        [case] = await cases(gateway_db)
        if case.topic_id is not None:
            break
        await asyncio.sleep(0.1)
    assert case.urgent and case.reason == "urgent"
    assert forum.topics[case.topic_id] == f"🔴 URGENT #{case.id} · en · red flag"
    await forum.wait_for(lambda s: s.staff_texts(case.topic_id), timeout=20)
    assert "URGENT" in forum.staff_texts(case.topic_id)[0]
    await forum.wait_for(lambda s: any("as urgent" in t for t in s.texts_to(person)), timeout=20)
    texts = forum.texts_to(person)
    safety = [i for i, t in enumerate(texts) if "safety comes first" in t]
    notice = [i for i, t in enumerate(texts) if "as urgent" in t]
    assert safety and notice and safety[0] < notice[0]


async def test_everyday_requests_are_declined_without_a_case_then_danger_opens_one(
    forum: ForumTelegram, gateway: Any, gateway_db: str
) -> None:
    person = 830003
    everyday = ["i want to hear my slow playlist", "please set the temperature to 70 f", "go and check the fridge"]
    for number, text in enumerate(everyday, start=1):
        forum.send_text(person, text)
        await forum.wait_for(lambda s, n=number: sum("only help with migration" in t for t in s.texts_to(person)) >= n, timeout=30)
    declines = [t for t in forum.texts_to(person) if "only help with migration" in t]
    assert len(declines) == len(everyday)  # a polite decline each time, in English, with the menu
    assert forum.last_keyboard(person) is not None
    assert await cases(gateway_db) == [] and not forum.topics  # nothing reached staff

    forum.send_text(person, "they lock us in the dormitory at night and the boss keeps our passports")
    await forum.wait_for(lambda s: any("URGENT" in n for n in s.topics.values()), timeout=30)
    for _ in range(100):
        found = await cases(gateway_db)
        if found:
            break
        await asyncio.sleep(0.1)
    [case] = found
    assert case.urgent and case.reason == "urgent"
    await forum.wait_for(lambda s: any("safety comes first" in t for t in s.texts_to(person)), timeout=20)


async def test_two_open_cases_never_cross_and_outsiders_are_ignored(
    forum: ForumTelegram, gateway: Any, gateway_db: str
) -> None:
    alice, bob = 830003, 830004
    topic_a = await ask_for_a_person(forum, alice)
    topic_b = await ask_for_a_person(forum, bob, "ru")
    assert topic_a != topic_b
    forum.send_text(alice, "from alice")
    forum.send_text(bob, "от боба")
    await forum.wait_for(lambda s: s.copies(STAFF_CHAT_ID, topic_a) and
                         s.copies(STAFF_CHAT_ID, topic_b), timeout=20)
    assert {int(c["from_chat_id"]) for c in forum.copies(STAFF_CHAT_ID, topic_a)} == {alice}
    assert {int(c["from_chat_id"]) for c in forum.copies(STAFF_CHAT_ID, topic_b)} == {bob}

    forum.staff_says("intruder writes", thread_id=topic_a, user_id=NOT_STAFF_USER_ID)
    forum.staff_says("/close", thread_id=topic_b, user_id=NOT_STAFF_USER_ID)
    to_b = forum.staff_says("для Боба", thread_id=topic_b, user_id=778)
    to_a = forum.staff_says("for Alice", thread_id=topic_a)
    await forum.wait_for(lambda s: s.copies(alice) and s.copies(bob), timeout=20)
    await asyncio.sleep(1.0)
    assert [int(c["message_id"]) for c in forum.copies(alice)] == [to_a]
    assert [int(c["message_id"]) for c in forum.copies(bob)] == [to_b]
    assert all(c.state == "open" for c in await cases(gateway_db))


async def test_flood_control_on_the_staff_group_delays_but_loses_nothing(
    forum: ForumTelegram, gateway: Any
) -> None:
    person = 830005
    topic = await ask_for_a_person(forum, person)
    forum.fail("copyMessage", 429, chat_id=STAFF_CHAT_ID, retry_after=2, times=2)
    started = time.monotonic()
    ids = [forum.send_text(person, f"part {i}") for i in range(3)]
    await forum.wait_for(lambda s: len(s.copies(STAFF_CHAT_ID, topic)) >= 3, timeout=30)
    assert time.monotonic() - started >= 3.5
    await asyncio.sleep(1.0)
    copies = forum.copies(STAFF_CHAT_ID, topic)
    assert len(copies) == 3 and len(ids) == 3
    assert [int(c["message_id"]) for c in copies] == sorted(int(c["message_id"]) for c in copies)
    failed = [c for c in forum.calls_for("copyMessage", STAFF_CHAT_ID, ok=False) if c.failed]
    assert [c.failed for c in failed] == [429, 429]


async def test_gateway_killed_and_restarted_with_a_case_open(
    forum: ForumTelegram, proxy: EngineProxy, gateway_db: str, gateway_factory: Any
) -> None:
    env = staff_env(forum, proxy, gateway_db)
    first = await gateway_factory(env)
    person = 830006
    topic = await ask_for_a_person(forum, person)
    await forum.wait_for(lambda s: any("Office hours" in t for t in s.texts_to(person)))
    forum.send_text(person, "before the crash")
    await forum.wait_for(lambda s: len(s.copies(STAFF_CHAT_ID, topic)) == 1, timeout=20)
    # A send Telegram accepted but the process could not record before dying would be sent
    # again (Telegram has no idempotency key); kill it once the outbox has recorded it.
    await eventually(lambda: outbox_idle(gateway_db), timeout=10)

    await first.stop(signal.SIGKILL)
    forum.send_text(person, "while it was down")
    reply = forum.staff_says("we are here", thread_id=topic)
    await gateway_factory(env)
    await forum.wait_for(lambda s: len(s.copies(STAFF_CHAT_ID, topic)) == 2 and
                         s.copies(person), timeout=30)
    await asyncio.sleep(2.0)
    assert len(forum.copies(STAFF_CHAT_ID, topic)) == 2, [
        (c["from_chat_id"], c["message_id"]) for c in forum.copies(STAFF_CHAT_ID, topic)]
    assert [int(c["message_id"]) for c in forum.copies(person)] == [reply]
    assert len(forum.calls_for("createForumTopic")) == 1
    assert len(forum.staff_texts(topic)) == 1  # the header, once
    assert sum("Office hours" in t for t in forum.texts_to(person)) == 1
    [case] = await cases(gateway_db)
    assert case.state == "open"


async def test_a_deleted_topic_is_recreated(
    forum: ForumTelegram, gateway: Any, gateway_db: str
) -> None:
    person = 830007
    topic = await ask_for_a_person(forum, person)
    forum.delete_topic(topic)
    forum.send_text(person, "hello? anyone?")
    await forum.wait_for(lambda s: len(s.topics) == 1 and topic not in s.topics and
                         s.copies(STAFF_CHAT_ID, max(s.topics)), timeout=30)
    [case] = await cases(gateway_db)
    assert case.topic_id != topic and case.topic_id in forum.topics
    reply = forum.staff_says("yes, here", thread_id=case.topic_id)
    await forum.wait_for(lambda s: s.copies(person), timeout=20)
    assert [int(c["message_id"]) for c in forum.copies(person)] == [reply]


async def test_delete_my_data_during_an_open_case_deletes_everything_and_tells_staff(
    forum: ForumTelegram, gateway: Any, proxy: EngineProxy, engine: EngineProcess, gateway_db: str
) -> None:
    import json
    import urllib.request

    from channels.pseudonym import pseudonym
    from tests.channels.conftest import PSEUDONYM_SECRET, RASA_TOKEN

    person = 830099
    topic = await ask_for_a_person(forum, person)
    sender = pseudonym(PSEUDONYM_SECRET, person)

    def user_events() -> list[str]:
        url = f"{engine.url}/conversations/{sender}/tracker?token={RASA_TOKEN}"
        with urllib.request.urlopen(url, timeout=10) as response:  # 127.0.0.1
            return [e.get("text") for e in json.loads(response.read())["events"] if e.get("event") == "user"]

    assert await asyncio.to_thread(user_events)  # the button press reached the engine
    forum.send_command(person, "/delete_my_data")  # carried out, not relayed to the topic
    await forum.wait_for(lambda s: s.last_keyboard(person) is not None and "del:yes" in str(s.last_keyboard(person)),
                         timeout=20)
    assert forum.copies(STAFF_CHAT_ID, topic) == []
    message_id, _keyboard = forum.last_keyboard(person)  # type: ignore[misc]
    forum.press_button(person, message_id, "del:yes")
    await forum.wait_for(lambda s: any(x.startswith("Done: everything") for x in s.texts_to(person)), timeout=30)
    await forum.wait_for(lambda s: any("asked to delete their data" in t for t in s.staff_texts(topic)), timeout=30)
    assert await cases(gateway_db) == []
    assert await asyncio.to_thread(user_events) == []  # the engine holds nothing of the person
