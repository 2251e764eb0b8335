"""The handoff service in process: real Bot, fake Bot API, real SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
import pytest_asyncio
from aiogram import Bot, Dispatcher
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import Message, Update
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from channels.db import models as gw
from channels.db.session import create_engine, create_session_factory
from channels.engine_client import EngineClient
from channels.handoff import staff
from channels.handoff.models import Case, CaseMessage, OutboxItem
from channels.handoff.service import HandoffService
from channels.handoff.settings import HandoffSettings
from channels.pseudonym import pseudonym
from tests.channels.fake_engine import ANSWERS
from tests.channels.handoff_support import (
    NOT_STAFF_USER_ID,
    STAFF_CHAT_ID,
    STAFF_USER_ID,
    EntryEngine,
    ForumTelegram,
    eventually,
)

pytestmark = pytest.mark.asyncio

SECRET = "test-pseudonym-secret-0123456789"
ALICE, BOB = 1001, 1002


@pytest_asyncio.fixture
async def entry_engine() -> AsyncIterator[EntryEngine]:
    """A fake engine that knows work.permit only."""
    engine = EntryEngine()
    await engine.start()
    yield engine
    await engine.stop()


@dataclass
class Harness:
    """One handoff service wired to the fakes, and ways to talk to it."""

    forum: ForumTelegram
    engine: EntryEngine
    db: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    services: list[tuple[HandoffService, Dispatcher, Bot]]
    clients: list[EngineClient]

    @property
    def service(self) -> HandoffService:
        return self.services[-1][0]

    async def start(self, *, run: bool = True, **overrides: Any) -> HandoffService:
        """Build (and start) a service, as a fresh gateway process would."""
        values: dict[str, Any] = {
            "staff_chat_id": STAFF_CHAT_ID,
            "staff_user_ids": f"{STAFF_USER_ID},778",
            "office_hours": "Mon-Sun 00:00-23:59",
            "staff_messages_per_minute": 6000,
            "staff_burst": 50,
            "case_reminder_minutes": 600,
            "reminder_check_seconds": 3600,
        }
        values.update(overrides)
        settings = HandoffSettings(**values)
        bot = Bot(self.forum.token,
                  session=AiohttpSession(api=TelegramAPIServer.from_base(self.forum.base_url)))
        client = EngineClient(self.engine.url, timeout=10)
        self.clients.append(client)
        service = HandoffService(bot, self.sessions, settings, engine=client, router=staff.router,
                                 pseudonym_secret=SECRET)
        service.worker.poll_seconds = 0.1
        dp = Dispatcher(handoff=service)
        # One module-level router, several dispatchers (gateway restarts): each takes it over.
        staff.router._parent_router = None
        dp.include_router(service.router)
        if run:
            await dp.emit_startup(**dp.workflow_data)
        self.services.append((service, dp, bot))
        return service

    async def stop(self, service: HandoffService) -> None:
        for item in self.services:
            if item[0] is service:
                await item[1].emit_shutdown(**item[1].workflow_data)

    def person(self, chat_id: int, text: str | None = None, **content: Any) -> Message:
        """A private message from a person, as the gateway hands it over."""
        if text is not None:
            content["text"] = text
        update = self.forum.message_update(chat_id, "en", **content)
        return Message.model_validate(update["message"], context={"bot": self.services[-1][2]})

    async def says(self, chat_id: int, text: str | None = None, **content: Any) -> Message:
        message = self.person(chat_id, text, **content)
        await self.service.relay_from_user(message)
        return message

    async def staff(self, text: str | None = None, **kwargs: Any) -> int:
        """A staff-group update through the real dispatcher and router."""
        service, dp, bot = self.services[-1]
        raw = self.forum.staff_update(text, **kwargs)
        await dp.feed_update(bot, Update.model_validate(raw, context={"bot": bot}))
        return int(raw["message"]["message_id"])

    async def pending(self) -> int:
        async with self.sessions() as session:
            return int(await session.scalar(
                select(func.count()).select_from(OutboxItem).where(OutboxItem.state == "pending")))

    async def settle(self, timeout: float = 10.0) -> None:
        """Wait until the outbox has sent everything."""
        async def empty() -> bool:
            return await self.pending() == 0
        await eventually(empty, timeout=timeout)

    async def case(self, chat_id: int) -> Case:
        async with self.sessions() as session:
            found = await session.scalar(
                select(Case).where(Case.chat_id == chat_id).order_by(Case.id.desc()).limit(1))
        assert found is not None
        return found


@pytest_asyncio.fixture
async def h(migrated_db: str, forum: ForumTelegram, entry_engine: EntryEngine) -> AsyncIterator[Harness]:
    """A running handoff service on a fresh database."""
    db = create_engine(migrated_db)
    harness = Harness(forum, entry_engine, db, create_session_factory(db), [], [])
    await harness.start()
    yield harness
    for _service, dp, bot in harness.services:
        await dp.emit_shutdown(**dp.workflow_data)
        await bot.session.close()
    for client in harness.clients:
        await client.close()
    await db.dispose()


async def add_person(h: Harness, chat_id: int, turns: list[tuple[str, str]] = ()) -> str:
    """A known person with a pseudonym and some conversation turns."""
    alias = pseudonym(SECRET, chat_id)
    async with h.sessions() as session:
        session.add(gw.User(chat_id=chat_id, pseudonym=alias, language="ru"))
        for role, text in turns:
            session.add(gw.Turn(chat_id=chat_id, role=role, text=text))
        await session.commit()
    return alias


# -- opening a case ----------------------------------------------------------------------

async def test_case_gets_a_topic_with_header_and_the_person_is_told(h: Harness) -> None:
    alias = await add_person(h, ALICE, [("user", "Как получить разрешение на работу?"),
                                        ("bot", "Нужна справка <b>X</b>"), ("user", "/human")])
    await h.service.open_case(ALICE, "ru", "user_request", "work.permit", "wants a person", False)
    await h.settle()

    case = await h.case(ALICE)
    assert case.state == "open" and case.topic_id is not None
    assert h.forum.topics[case.topic_id] == f"#{case.id} · ru · asked for a person"
    header = h.forum.staff_texts(case.topic_id)[0]
    assert f"Case #{case.id}" in header and alias[:12] in header
    assert "work.permit" in header and "Language: ru" in header
    assert "Как получить разрешение на работу?" in header
    assert "Нужна справка &lt;b&gt;X&lt;/b&gt;" in header  # turns escaped, not parsed
    assert str(ALICE) not in header  # pseudonymous: no Telegram id
    notice = h.forum.texts_to(ALICE)
    assert len(notice) == 1 and "Часы работы" in notice[0] and "/cancel" in notice[0]
    assert await h.service.has_open_case(ALICE)
    assert not await h.service.has_open_case(BOB)


async def test_outside_office_hours_the_person_learns_when_to_expect_a_reply(h: Harness) -> None:
    service = await h.start(office_hours="Mon 00:00-00:01")  # closed nearly all week
    await service.open_case(ALICE, "en", "fallback", None, "", False)
    await h.settle()
    [notice] = h.forum.texts_to(ALICE)
    assert "We are closed now; expect a reply from Monday" in notice
    assert "Mon 00:00–00:01" in notice


async def test_urgent_case_is_marked_and_first_in_the_queue(h: Harness) -> None:
    await h.service.open_case(ALICE, "hy", "user_request", None, "", False)
    await h.service.open_case(BOB, "en", "urgent", None, "red flag", True)
    await h.settle()
    urgent = await h.case(BOB)
    assert h.forum.topics[urgent.topic_id] == f"🔴 URGENT #{urgent.id} · en · red flag"
    assert "URGENT" in h.forum.staff_texts(urgent.topic_id)[0]
    assert "passed to our staff as urgent" in h.forum.texts_to(BOB)[0]

    await h.staff("/queue")
    await h.settle()
    queue = h.forum.staff_texts()[-1]
    normal = await h.case(ALICE)
    assert "Open cases: 2" in queue
    assert queue.index(f"#{urgent.id}<") < queue.index(f"#{normal.id}<")
    assert "waiting" in queue


async def test_one_open_case_per_person_even_when_two_signals_arrive_at_once(h: Harness) -> None:
    await asyncio.gather(
        h.service.open_case(ALICE, "en", "fallback", None, "", False),
        h.service.open_case(ALICE, "en", "user_request", None, "", False),
        h.service.open_case(ALICE, "en", "user_request", None, "", False),
    )
    await h.settle()
    async with h.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Case)) == 1
    assert len(h.forum.calls_for("createForumTopic")) == 1
    assert len(h.forum.texts_to(ALICE)) == 1


async def test_the_database_refuses_a_second_open_case(h: Harness) -> None:
    async with h.sessions() as session:
        session.add(Case(chat_id=ALICE, language="en", reason="fallback", state="closed"))
        session.add(Case(chat_id=ALICE, language="en", reason="fallback", state="open"))
        await session.commit()
    with pytest.raises(IntegrityError):
        async with h.sessions() as session:
            session.add(Case(chat_id=ALICE, language="en", reason="fallback", state="open"))
            await session.commit()


# -- relaying ----------------------------------------------------------------------------

async def test_messages_go_both_ways_and_never_cross(h: Harness) -> None:
    await h.service.open_case(ALICE, "en", "user_request", None, "", False)
    await h.service.open_case(BOB, "ru", "user_request", None, "", False)
    await h.settle()
    a, b = await h.case(ALICE), await h.case(BOB)
    a_text = await h.says(ALICE, "my passport expired")
    a_photo = await h.says(ALICE, photo=[{"file_id": "p", "file_unique_id": "p", "width": 1,
                                         "height": 1}])
    b_text = await h.says(BOB, "у меня вопрос")
    await h.settle()
    to_a_topic = h.forum.copies(STAFF_CHAT_ID, a.topic_id)
    to_b_topic = h.forum.copies(STAFF_CHAT_ID, b.topic_id)
    assert [(int(c["from_chat_id"]), int(c["message_id"])) for c in to_a_topic] == [
        (ALICE, a_text.message_id), (ALICE, a_photo.message_id)]
    assert [(int(c["from_chat_id"]), int(c["message_id"])) for c in to_b_topic] == [
        (BOB, b_text.message_id)]

    reply_a = await h.staff("<b>Hello</b> *Alice*", thread_id=a.topic_id,
                            entities=[{"type": "bold", "offset": 0, "length": 5}])
    reply_b = await h.staff("Здравствуйте", thread_id=b.topic_id, user_id=778)
    await h.settle()
    assert [(int(c["from_chat_id"]), int(c["message_id"])) for c in h.forum.copies(ALICE)] == [
        (STAFF_CHAT_ID, reply_a)]
    assert [(int(c["from_chat_id"]), int(c["message_id"])) for c in h.forum.copies(BOB)] == [
        (STAFF_CHAT_ID, reply_b)]
    # copied, never re-sent as text that could be parsed
    assert not any("Alice" in t for t in h.forum.texts_to(ALICE))
    async with h.sessions() as session:
        rows = (await session.scalars(select(CaseMessage).order_by(CaseMessage.id))).all()
    assert {(r.case_id, r.direction) for r in rows} == {(a.id, "in"), (b.id, "in"),
                                                       (a.id, "out"), (b.id, "out")}
    assert all(r.copied_message_id for r in rows)


async def test_non_staff_and_general_topic_messages_are_ignored(
    h: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    await h.service.open_case(ALICE, "en", "user_request", None, "", False)
    await h.settle()
    case = await h.case(ALICE)
    before = len(h.forum.calls)
    caplog.set_level(logging.DEBUG)
    await h.staff("secret words from an outsider", thread_id=case.topic_id,
                  user_id=NOT_STAFF_USER_ID)
    await h.staff("/close", thread_id=case.topic_id, user_id=NOT_STAFF_USER_ID)
    await h.staff("/queue", user_id=NOT_STAFF_USER_ID)
    await h.staff("staff chatting in general")  # staff, general topic: not a case
    await h.staff(None, thread_id=case.topic_id, forum_topic_edited={"name": "x"})
    await asyncio.sleep(0.3)
    await h.settle()
    assert h.forum.calls[before:] == []
    assert (await h.case(ALICE)).state == "open"
    assert "secret words" not in caplog.text and "outsider" not in caplog.text
    assert "non-staff" in caplog.text


async def test_staff_message_in_a_topic_of_no_case_or_a_closed_case(h: Harness) -> None:
    await h.staff("hello", thread_id=4242)  # a topic staff made themselves
    await h.service.open_case(ALICE, "en", "user_request", None, "", False)
    await h.settle()
    case = await h.case(ALICE)
    await h.staff("/close", thread_id=case.topic_id)
    await h.settle()
    await h.staff("one more thing", thread_id=case.topic_id)
    await h.settle()
    assert h.forum.copies(ALICE) == []
    assert "This case is closed; messages here are not sent." in h.forum.staff_texts()


# -- staff commands ----------------------------------------------------------------------

async def test_note_answer_unknown_answer_and_close(h: Harness) -> None:
    alias = await add_person(h, ALICE)
    await h.service.open_case(ALICE, "ru", "entry", "work.permit", "", False)
    await h.settle()
    case = await h.case(ALICE)
    sent_before = len(h.forum.texts_to(ALICE))

    await h.staff("/note called the consulate <i>today</i>", thread_id=case.topic_id)
    await h.settle()
    assert len(h.forum.texts_to(ALICE)) == sent_before
    assert "Note saved" in h.forum.staff_texts(case.topic_id)[-1]

    await h.staff("/answer work.permit", thread_id=case.topic_id)
    await h.settle()
    request = h.engine.requests[-1]
    assert request["sender"] == alias and request["message"] == '/entry{"entry_id":"work.permit"}'
    assert request["metadata"]["preferred_language"] == "ru"
    assert h.forum.texts_to(ALICE)[-1] == ANSWERS["ru"]
    assert "Sent the answer work.permit" in h.forum.staff_texts(case.topic_id)[-1]

    count = len(h.forum.texts_to(ALICE))
    await h.staff("/answer no.such.entry", thread_id=case.topic_id)
    await h.staff('/answer x"}<b>', thread_id=case.topic_id)
    await h.staff("/answer", thread_id=case.topic_id)
    await h.settle()
    assert len(h.forum.texts_to(ALICE)) == count
    staff = h.forum.staff_texts(case.topic_id)
    assert "Unknown entry id: no.such.entry. Nothing was sent." in staff
    assert any(t.startswith("Unknown entry id: x&quot;}&lt;b&gt;") for t in staff)
    assert "Usage: /answer &lt;entry_id&gt;" in staff

    await h.staff("/close", thread_id=case.topic_id)
    await h.settle()
    assert "Разговор с сотрудником завершён" in h.forum.texts_to(ALICE)[-1]
    assert h.forum.calls_for("closeForumTopic")
    closed = await h.case(ALICE)
    assert closed.state == "closed" and closed.closed_by == STAFF_USER_ID
    assert closed.close_reason == "staff" and closed.closed_at is not None
    assert not await h.service.has_open_case(ALICE)
    async with h.sessions() as session:
        notes = (await session.scalars(select(CaseMessage.note).where(
            CaseMessage.direction == "note"))).all()
    assert notes == ["called the consulate <i>today</i>"]


async def test_answer_when_the_engine_is_down(h: Harness) -> None:
    await h.service.open_case(ALICE, "en", "user_request", None, "", False)
    await h.settle()
    case = await h.case(ALICE)
    h.engine.status = 500
    await h.staff("/answer work.permit", thread_id=case.topic_id)
    await h.settle()
    assert "not reachable" in h.forum.staff_texts(case.topic_id)[-1]
    assert len(h.forum.texts_to(ALICE)) == 1


async def test_commands_in_the_wrong_place(h: Harness) -> None:
    await h.staff("/close")
    await h.staff("/answer work.permit")
    await h.staff("/stats")
    await h.settle()
    texts = h.forum.staff_texts()
    assert texts.count("Use this command inside a case topic.") == 2
    assert "Statistics" in texts[-1]


async def test_person_cancels(h: Harness) -> None:
    await h.service.open_case(ALICE, "hy", "user_request", None, "", False)
    await h.settle()
    await h.says(ALICE, "/cancel")
    await h.settle()
    case = await h.case(ALICE)
    assert case.state == "closed" and case.close_reason == "cancel" and case.closed_by is None
    assert "Ձեր հարցումը հետ է կանչված" in h.forum.texts_to(ALICE)[-1]
    assert "withdrew" in h.forum.staff_texts(case.topic_id)[-1]
    assert h.forum.copies(STAFF_CHAT_ID) == []


async def test_stats(h: Harness) -> None:
    await h.service.open_case(ALICE, "en", "user_request", None, "", False)
    await h.service.open_case(BOB, "en", "urgent", None, "", True)
    await h.settle()
    await h.staff("hi", thread_id=(await h.case(ALICE)).topic_id)
    await h.staff("/close", thread_id=(await h.case(ALICE)).topic_id)
    await h.staff("/stats")
    await h.settle()
    stats = h.forum.staff_texts()[-1]
    assert "Open now: 1 (urgent: 1)" in stats
    assert "Today: 2 opened, 1 closed" in stats
    assert "Median time to the first staff reply" in stats


# -- failures ----------------------------------------------------------------------------

async def test_flood_control_in_the_staff_group_delays_but_loses_nothing(h: Harness) -> None:
    await h.service.open_case(ALICE, "en", "user_request", None, "", False)
    await h.settle()
    case = await h.case(ALICE)
    h.forum.fail("copyMessage", 429, chat_id=STAFF_CHAT_ID, retry_after=1, times=2)
    started = time.monotonic()
    sent = [await h.says(ALICE, f"message {i}") for i in range(3)]
    reply = await h.staff("answer while the group is limited", thread_id=case.topic_id)
    await h.settle()
    elapsed = time.monotonic() - started
    copies = h.forum.copies(STAFF_CHAT_ID, case.topic_id)
    assert [int(c["message_id"]) for c in copies] == [m.message_id for m in sent]
    assert len(h.forum.calls_for("copyMessage", STAFF_CHAT_ID, ok=False)) == 5
    assert elapsed >= 1.9  # retry_after obeyed twice
    assert [int(c["message_id"]) for c in h.forum.copies(ALICE)] == [reply]


async def test_server_errors_are_retried(h: Harness) -> None:
    await h.service.open_case(ALICE, "en", "user_request", None, "", False)
    await h.settle()
    h.forum.fail("copyMessage", 500, chat_id=STAFF_CHAT_ID, times=2)
    message = await h.says(ALICE, "hello")
    await h.settle()
    assert [int(c["message_id"]) for c in h.forum.copies(STAFF_CHAT_ID)] == [message.message_id]


async def test_deleted_topic_is_recreated_and_the_message_resent(h: Harness) -> None:
    await h.service.open_case(ALICE, "en", "user_request", None, "", False)
    await h.settle()
    old = (await h.case(ALICE)).topic_id
    h.forum.delete_topic(old)
    message = await h.says(ALICE, "are you there?")
    await h.settle()
    new = (await h.case(ALICE)).topic_id
    assert new != old and new in h.forum.topics
    assert h.forum.topics[new] == h.forum.created_topics()[0][1]
    assert [int(c["message_id"]) for c in h.forum.copies(STAFF_CHAT_ID, new)] == [
        message.message_id]
    texts = h.forum.staff_texts(new)
    assert "deleted" in texts[0] and "Case #" in texts[0]
    reply = await h.staff("yes", thread_id=new)
    await h.settle()
    assert [int(c["message_id"]) for c in h.forum.copies(ALICE)] == [reply]


async def test_person_who_blocked_the_bot_is_noted_and_staff_told(h: Harness) -> None:
    await h.service.open_case(ALICE, "en", "user_request", None, "", False)
    await h.settle()
    case = await h.case(ALICE)
    h.forum.fail("copyMessage", 403, chat_id=ALICE, times=None)
    await h.staff("hello?", thread_id=case.topic_id)
    await h.staff("hello again?", thread_id=case.topic_id)
    await h.settle()
    assert (await h.case(ALICE)).person_blocked_at is not None
    warnings = [t for t in h.forum.staff_texts(case.topic_id) if "blocked the bot" in t]
    assert len(warnings) == 1
    await h.staff("/queue")
    await h.settle()
    assert "blocked the bot" in h.forum.staff_texts()[-1]


async def test_restart_loses_nothing_and_sends_nothing_twice(h: Harness) -> None:
    await h.stop(h.service)  # the running gateway goes down before sending anything
    down = await h.start(run=False)
    await down.open_case(ALICE, "en", "user_request", None, "", False)
    assert await h.pending() == 2 and h.forum.calls_for("sendMessage") == []
    case = await h.case(ALICE)
    # the topic exists already (made just before the crash), the header is pending
    await h.start()
    await h.settle()
    case = await h.case(ALICE)
    await h.says(ALICE, "after restart")
    await h.settle()
    assert len(h.forum.calls_for("createForumTopic")) == 1
    assert len(h.forum.staff_texts(case.topic_id)) == 1
    assert len(h.forum.texts_to(ALICE)) == 1
    assert len(h.forum.copies(STAFF_CHAT_ID)) == 1
    # a replay of the same update after another restart does not send it again
    third = await h.start()
    await third.relay_from_user(h.person(ALICE, "x").model_copy(
        update={"message_id": h.forum.copies(STAFF_CHAT_ID)[0]["message_id"]}))
    await asyncio.sleep(0.3)
    await h.settle()
    assert len(h.forum.copies(STAFF_CHAT_ID)) == 1
    assert len(h.forum.texts_to(ALICE)) == 1


async def test_reminder_is_sent_once_when_staff_are_slow(h: Harness) -> None:
    service = await h.start(case_reminder_minutes=0.01, reminder_check_seconds=0.1)
    await service.open_case(ALICE, "en", "user_request", None, "", False)
    await service.open_case(BOB, "en", "user_request", None, "", False)
    await h.settle()
    await h.staff("on it", thread_id=(await h.case(BOB)).topic_id)
    await asyncio.sleep(1.5)
    await h.settle()
    alice = h.forum.texts_to(ALICE)
    assert len(alice) == 2 and "still in the queue" in alice[1]
    assert not any("still in the queue" in t for t in h.forum.texts_to(BOB))


async def test_no_rights_to_make_topics_keeps_the_case_until_they_are_given(h: Harness) -> None:
    h.forum.fail("createForumTopic", 400, times=2,
                 description="Bad Request: not enough rights to create a topic")
    await h.service.open_case(ALICE, "en", "user_request", None, "", False)
    await h.says(ALICE, "hello")
    await h.settle(timeout=15)
    case = await h.case(ALICE)
    assert case.topic_id is not None
    assert len(h.forum.calls_for("createForumTopic", ok=False)) == 3
    assert len(h.forum.staff_texts(case.topic_id)) == 1  # the header
    assert len(h.forum.copies(STAFF_CHAT_ID, case.topic_id)) == 1


async def test_forgetting_a_person_deletes_their_cases(h: Harness) -> None:
    await h.service.open_case(ALICE, "en", "user_request", None, "", False)
    await h.service.open_case(BOB, "en", "user_request", None, "", False)
    await h.says(ALICE, "hello")
    await h.settle()
    case = await h.case(ALICE)
    await h.staff("/note private", thread_id=case.topic_id)
    await h.staff("/close", thread_id=case.topic_id)
    await h.settle()
    assert await h.service.forget_person(ALICE) == 1
    async with h.sessions() as session:
        assert (await session.scalars(select(Case.chat_id))).all() == [BOB]
        assert await session.scalar(select(func.count()).select_from(CaseMessage)) == 0
        assert await session.scalar(select(func.count()).select_from(OutboxItem).where(
            OutboxItem.lane == f"person:{ALICE}")) == 0


async def test_replies_keep_their_context_on_both_sides(h: Harness) -> None:
    await h.service.open_case(ALICE, "en", "user_request", None, "", False)
    await h.settle()
    case = await h.case(ALICE)
    question = await h.says(ALICE, "which form?")
    await h.settle()
    copy_in_topic = int(h.forum.copies(STAFF_CHAT_ID)[0]["_message_id"])
    quoted = {"message_id": copy_in_topic, "date": 0,
              "chat": {"id": STAFF_CHAT_ID, "type": "supergroup"}, "text": "which form?"}
    await h.staff("form 7", thread_id=case.topic_id, reply_to_message=quoted)
    await h.settle()
    [to_person] = h.forum.copies(ALICE)
    assert to_person["reply_parameters"]["message_id"] == question.message_id
    copy_to_person = int(to_person["_message_id"])
    staff_message = int(to_person["message_id"])
    mine = {"message_id": copy_to_person, "date": 0, "chat": {"id": ALICE, "type": "private"},
            "text": "form 7"}
    await h.says(ALICE, "thanks", reply_to_message=mine)
    await h.settle()
    last = h.forum.copies(STAFF_CHAT_ID)[-1]
    assert last["reply_parameters"]["message_id"] == staff_message
    # a reply to anything else (another case's message, the topic itself) quotes nothing
    await h.staff("plain", thread_id=case.topic_id, reply_to_message=dict(quoted, message_id=1))
    await h.settle()
    assert "reply_parameters" not in h.forum.copies(ALICE)[-1]


async def test_a_long_queue_stays_one_message(h: Harness) -> None:
    for chat_id in range(2000, 2030):
        await h.service.open_case(chat_id, "en", "fallback", None, "", chat_id == 2029)
    await h.staff("/queue")
    await h.settle(timeout=30)
    queue = h.forum.staff_texts()[-1]
    assert len(queue) < 4096 and "Open cases: 30" in queue
    assert queue.splitlines()[1].startswith("🔴") and queue.endswith("… and 5 more")


async def test_callbacks_and_edits_in_the_staff_group_do_nothing(h: Harness) -> None:
    await h.service.open_case(ALICE, "en", "user_request", None, "", False)
    await h.settle()
    case = await h.case(ALICE)
    before = len(h.forum.calls)
    service, dp, bot = h.services[-1]
    for user_id in (STAFF_USER_ID, NOT_STAFF_USER_ID):
        raw = {"update_id": 1, "callback_query": {
            "id": f"q{user_id}", "chat_instance": "x", "data": "lang:ru",
            "from": {"id": user_id, "is_bot": False, "first_name": "X"},
            "message": {"message_id": 5, "date": 0, "text": "t",
                        "chat": {"id": STAFF_CHAT_ID, "type": "supergroup"}}}}
        await dp.feed_update(bot, Update.model_validate(raw, context={"bot": bot}))
    edit = h.forum.staff_update("edited text", thread_id=case.topic_id)
    edit["edited_message"] = dict(edit.pop("message"), edit_date=1)
    await dp.feed_update(bot, Update.model_validate(edit, context={"bot": bot}))
    await asyncio.sleep(0.3)
    await h.settle()
    assert {c.method for c in h.forum.calls[before:]} == {"answerCallbackQuery"}
    assert h.forum.copies(ALICE) == []


async def test_old_finished_sends_are_pruned(h: Harness) -> None:
    await h.service.open_case(ALICE, "en", "user_request", None, "", False)
    await h.settle()
    assert await h.service.reminders.prune_outbox() == 0
    async with h.sessions() as session:
        total = await session.scalar(select(func.count()).select_from(OutboxItem))
    assert total == 2
    assert await h.service.reminders.prune_outbox(older_than=timedelta(seconds=-1)) == 2


async def test_stop_lets_the_send_in_flight_finish(h: Harness) -> None:
    await h.service.open_case(ALICE, "en", "user_request", None, "", False)
    await h.settle()
    service, dp, bot = h.services[-1]
    await h.says(ALICE, "last words")
    await dp.emit_shutdown(**dp.workflow_data)
    async with h.sessions() as session:
        leased = await session.scalar(select(func.count()).select_from(OutboxItem).where(
            OutboxItem.lease_until.is_not(None)))
    assert leased == 0  # nothing is left half-sent for the next start to wait on
    await h.start()
    await h.settle()
    assert len(h.forum.copies(STAFF_CHAT_ID)) == 1
