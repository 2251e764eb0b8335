"""Retention: texts older than RETENTION_DAYS are purged, newer ones and counts stay (SQLite and PostgreSQL)."""

import asyncio
import uuid
from collections.abc import AsyncIterator
from datetime import timedelta

import aiohttp
import pytest
import pytest_asyncio
from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from channels import retention
from channels.crisis.models import SENT, Announcement, Crisis, CrisisPin, Delivery
from channels.db import migrate
from channels.db.models import Effect, Feedback, InboxUpdate, Turn, Unanswered, utcnow
from channels.db.session import create_engine, create_session_factory
from channels.engine_client import EngineClient, EngineUnavailable
from channels.handoff.models import Case, CaseMessage
from tests.channels.conftest import RASA_TOKEN, EngineProcess

OLD, NEW = 700101, 700102  # chat ids: one person who wrote 100 days ago, one who wrote today
UPDATES = (9_000_001, 9_000_002)


@pytest_asyncio.fixture
async def sessions(database_url: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    await asyncio.to_thread(migrate.upgrade, database_url)
    engine = create_engine(database_url)
    factory = create_session_factory(engine)
    async with factory() as session, session.begin():  # PostgreSQL's database is shared by the session's tests
        chats = [OLD, NEW, OLD + 10]
        await session.execute(delete(CaseMessage).where(CaseMessage.case_id.in_(select(Case.id).where(Case.chat_id.in_(chats)))))
        for model in (Turn, Unanswered, Feedback, Case):
            await session.execute(delete(model).where(model.chat_id.in_(chats)))
        await session.execute(delete(Effect).where(Effect.update_id.in_(UPDATES)))
        await session.execute(delete(InboxUpdate).where(InboxUpdate.update_id.in_(UPDATES)))
    yield factory
    await engine.dispose()


async def fill(sessions: async_sessionmaker[AsyncSession]) -> None:
    now = utcnow()
    long_ago = now - timedelta(days=100)
    async with sessions() as session, session.begin():
        for chat, when, update_id in ((OLD, long_ago, 9_000_001), (NEW, now, 9_000_002)):
            session.add_all(
                [
                    Turn(chat_id=chat, role="user", text=f"question of {chat}", created_at=when),
                    Unanswered(chat_id=chat, text=f"unanswered of {chat}", language="en", reason="fallback", created_at=when),
                    Feedback(chat_id=chat, entry_id="work.permit", value="not_helpful", language="en", created_at=when),
                    InboxUpdate(update_id=update_id, chat_key=chat, payload='{"text": "hi"}', state="done", received_at=when, done_at=when),
                    Effect(key=f"k-{update_id}", update_id=update_id, result="{}", created_at=when),
                ]
            )
            case = Case(chat_id=chat, state="closed", language="en", reason="fallback", summary=f"summary of {chat}", opened_at=when, closed_at=when)
            session.add(case)
            await session.flush()
            session.add(CaseMessage(case_id=case.id, direction="note", note=f"note on {chat}", created_at=when))
        # A case still open keeps its summary however old it is: staff are working on it.
        session.add(Case(chat_id=OLD + 10, state="open", language="ru", reason="user_request", summary="still open", opened_at=long_ago))



@pytest.mark.asyncio
async def test_texts_older_than_the_retention_period_are_purged(sessions: async_sessionmaker[AsyncSession]) -> None:
    await fill(sessions)
    counts = await retention.purge(sessions, days=90)
    assert counts["turns"] >= 1 and counts["unanswered"] >= 1 and counts["case_summaries"] >= 1 and counts["case_notes"] >= 1
    async with sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Turn).where(Turn.chat_id == OLD)) == 0
        assert await session.scalar(select(func.count()).select_from(Turn).where(Turn.chat_id == NEW)) == 1
        assert await session.scalar(select(func.count()).select_from(Unanswered).where(Unanswered.chat_id == OLD)) == 0
        assert await session.scalar(select(func.count()).select_from(Unanswered).where(Unanswered.chat_id == NEW)) == 1
        assert await session.scalar(select(func.count()).select_from(InboxUpdate).where(InboxUpdate.update_id == 9_000_001)) == 0
        assert await session.scalar(select(func.count()).select_from(Effect).where(Effect.update_id == 9_000_001)) == 0
        assert await session.scalar(select(func.count()).select_from(Effect).where(Effect.update_id == 9_000_002)) == 1
        # Counts for reports stay: the case rows and feedback remain, only their texts go.
        old_case = (await session.scalars(select(Case).where(Case.chat_id == OLD))).one()
        new_case = (await session.scalars(select(Case).where(Case.chat_id == NEW))).one()
        assert old_case.summary is None and new_case.summary == f"summary of {NEW}"
        notes = dict((await session.execute(select(CaseMessage.case_id, CaseMessage.note).where(CaseMessage.case_id.in_([old_case.id, new_case.id])))).all())
        assert notes == {old_case.id: None, new_case.id: f"note on {NEW}"}
        open_case = (await session.scalars(select(Case).where(Case.chat_id == OLD + 10))).one()
        assert open_case.summary == "still open"
        assert await session.scalar(select(func.count()).select_from(Feedback).where(Feedback.chat_id.in_([OLD, NEW]))) == 2
    # A second purge finds nothing more to do.
    again = await retention.purge(sessions, days=90)
    assert again["turns"] == 0 and again["unanswered"] == 0 and again["case_summaries"] == 0


@pytest.mark.asyncio
async def test_crisis_rows_that_name_a_person_go_once_done_with_for_the_period(sessions: async_sessionmaker[AsyncSession]) -> None:
    now = utcnow()
    long_ago = now - timedelta(days=100)
    tag = uuid.uuid4().hex[:8]
    async with sessions() as session, session.begin():
        crisis = Crisis(active=None, topics=["displaced"], notice={"en": "n"}, started_at=long_ago, ended_at=long_ago)
        session.add(crisis)
        await session.flush()
        old = Announcement(source=f"old-{tag}", texts={"en": "a"}, created_at=long_ago, finished_at=long_ago, recipients=2)
        recent = Announcement(source=f"recent-{tag}", texts={"en": "b"}, created_at=now, finished_at=now, recipients=1)
        going = Announcement(source=f"going-{tag}", texts={"en": "c"}, created_at=long_ago, recipients=1)  # never finished
        session.add_all([old, recent, going])
        await session.flush()
        session.add_all([
            Delivery(announcement_id=old.id, chat_id=OLD, language="en", state=SENT),
            Delivery(announcement_id=old.id, chat_id=NEW, language="en", state=SENT),
            Delivery(announcement_id=recent.id, chat_id=NEW, language="en", state=SENT),
            Delivery(announcement_id=going.id, chat_id=OLD, language="en"),
            CrisisPin(crisis_id=crisis.id, chat_id=OLD, message_id=1, pinned_at=long_ago, unpinned_at=long_ago),
            CrisisPin(crisis_id=crisis.id, chat_id=NEW, message_id=2, pinned_at=long_ago, unpinned_at=now),
            CrisisPin(crisis_id=crisis.id, chat_id=OLD + 10, message_id=3, pinned_at=long_ago),  # not yet taken down
        ])
    counts = await retention.purge(sessions, days=90)
    assert counts["deliveries"] == 2 and counts["pins"] == 1
    async with sessions() as session:
        left = dict((await session.execute(
            select(Delivery.announcement_id, func.count()).where(Delivery.announcement_id.in_([old.id, recent.id, going.id]))
            .group_by(Delivery.announcement_id))).all())
        assert left == {recent.id: 1, going.id: 1}
        pins = set((await session.scalars(select(CrisisPin.chat_id).where(CrisisPin.crisis_id == crisis.id))).all())
        assert pins == {NEW, OLD + 10}
        # The announcements and their totals stay for the record.
        assert await session.scalar(select(Announcement.recipients).where(Announcement.id == old.id)) == 2


@pytest.mark.asyncio
async def test_the_daily_loop_purges_at_start_and_stops_when_told(sessions: async_sessionmaker[AsyncSession]) -> None:
    await fill(sessions)
    stopping = asyncio.Event()
    task = asyncio.create_task(retention.run_daily(sessions, 90, stopping, every=0.05))
    for _ in range(100):
        async with sessions() as session:
            if await session.scalar(select(func.count()).select_from(Turn).where(Turn.chat_id == OLD)) == 0:
                break
        await asyncio.sleep(0.05)
    stopping.set()
    await asyncio.wait_for(task, timeout=5)
    async with sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Turn).where(Turn.chat_id == OLD)) == 0
        assert await session.scalar(select(func.count()).select_from(Turn).where(Turn.chat_id == NEW)) >= 1


async def user_texts(client: aiohttp.ClientSession, url: str, sender: str) -> list[str]:
    async with client.get(f"{url}/conversations/{sender}/tracker", params={"token": RASA_TOKEN}) as response:
        tracker = await response.json()
    return [e.get("text") for e in tracker.get("events", []) if e.get("event") == "user"]


@pytest.mark.asyncio
async def test_the_engine_deletes_conversation_events_older_than_the_period(engine: EngineProcess) -> None:
    """Through the gateway's engine client to the real engine and its SQLite store."""
    client = EngineClient(engine.url, 30, RASA_TOKEN)
    earlier, later = f"ret-{uuid.uuid4().hex[:8]}", f"ret-{uuid.uuid4().hex[:8]}"
    try:
        await client.send(earlier, "How do I get a work permit?", {})
        await asyncio.sleep(2.5)
        await client.send(later, "How do I get a work permit?", {})
        assert await client.purge(timedelta(seconds=1.5)) >= 4
        async with aiohttp.ClientSession() as http:
            assert await user_texts(http, engine.url, earlier) == []
            assert await user_texts(http, engine.url, later) == ["How do I get a work permit?"]
        with pytest.raises(EngineUnavailable):  # the route needs the engine's token
            await EngineClient(engine.url, 30, "wrong-token").purge(timedelta(days=90))
    finally:
        await client.close()
