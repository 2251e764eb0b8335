"""Inbox: stored before handled, one chat in order, retried after an outage, replies not repeated."""

from __future__ import annotations

import asyncio
import itertools
import random
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
from aiogram import Bot
from aiogram.types import Update
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from channels import effects
from channels.db.models import Effect, InboxUpdate
from channels.health import DatabaseHealth
from channels.inbox import Inbox, RetryLater
from tests.channels.conftest import emptied
from tests.channels.fake_telegram import FakeTelegram

BOT = Bot("123456:TEST-token-abcdefghijklmnop")


@pytest_asyncio.fixture
async def sessions(database_url: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    engine, factory = await emptied(database_url, Effect, InboxUpdate)
    yield factory
    await engine.dispose()


IDS = itertools.count(random.randint(10_000, 1_000_000_000))


def update(fake: FakeTelegram, chat_id: int, text: str) -> Update:
    return Update.model_validate({**fake.message_update(chat_id, text=text), "update_id": next(IDS)})


async def settle(inbox: Inbox, stopping: asyncio.Event, until: float = 10.0) -> None:
    """Run the scan until no update is pending (or the time is up)."""
    scan = asyncio.create_task(inbox.scan(stopping))
    deadline = asyncio.get_running_loop().time() + until
    try:
        while asyncio.get_running_loop().time() < deadline:
            async with inbox.session_factory() as session:
                left = await session.scalar(select(InboxUpdate.update_id).where(InboxUpdate.state == "pending").limit(1))
            if left is None and inbox.busy == 0:
                return
            await asyncio.sleep(0.05)
        raise AssertionError("updates still pending")
    finally:
        stopping.set()
        await scan


@pytest.mark.asyncio
async def test_order_per_chat_and_concurrency(sessions: async_sessionmaker[AsyncSession]) -> None:
    fake = FakeTelegram()
    handled: dict[int, list[str]] = {1: [], 2: []}
    active: set[int] = set()
    twice: list[int] = []  # an assert in dispatch would be caught by the inbox and retried
    overlap = False

    async def dispatch(u: Update) -> None:
        nonlocal overlap
        chat = u.message.chat.id  # type: ignore[union-attr]
        if chat in active:
            twice.append(chat)
        active.add(chat)
        overlap = overlap or len(active) > 1
        await asyncio.sleep(random.uniform(0, 0.01))
        handled[chat].append(u.message.text)  # type: ignore[union-attr]
        active.discard(chat)

    inbox = Inbox(sessions, BOT, dispatch, DatabaseHealth())
    for i in range(30):
        inbox.wake(await inbox.record([update(fake, 1, f"a{i}")]))
        if i % 3 == 0:
            inbox.wake(await inbox.record([update(fake, 2, f"b{i}")]))
    await settle(inbox, asyncio.Event())
    assert twice == [], "two updates of one chat at once"
    assert handled[1] == [f"a{i}" for i in range(30)]
    assert handled[2] == [f"b{i}" for i in range(0, 30, 3)]
    assert overlap


@pytest.mark.asyncio
async def test_a_duplicate_update_is_stored_once(sessions: async_sessionmaker[AsyncSession]) -> None:
    fake = FakeTelegram()
    seen: list[int] = []

    async def dispatch(u: Update) -> None:
        seen.append(u.update_id)

    inbox = Inbox(sessions, BOT, dispatch, DatabaseHealth())
    first = update(fake, 5, "hello")
    assert await inbox.record([first, first]) == [5]
    assert await inbox.record([first]) == []
    await settle(inbox, asyncio.Event())
    assert seen == [first.update_id]


@pytest.mark.asyncio
async def test_an_outage_is_retried_and_later_messages_wait_behind_it(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    fake = FakeTelegram()
    handled: list[str] = []
    engine_calls: list[str] = []
    outage = {"left": 2}

    async def ask_engine() -> str:
        engine_calls.append("asked")
        return "answer"

    async def dispatch(u: Update) -> None:
        text = u.message.text  # type: ignore[union-attr]
        # A reply sent before the failure is recorded, so the retry does not send it again.
        await effects.once("engine", text or "", ask_engine)
        if text == "first" and outage["left"] > 0:
            outage["left"] -= 1
            raise RetryLater("engine unavailable")
        handled.append(f"{u.message.chat.id}:{text}")  # type: ignore[union-attr]

    inbox = Inbox(sessions, BOT, dispatch, DatabaseHealth(), retry_delay=lambda n: 0.2)
    first = update(fake, 1, "first")
    inbox.wake(await inbox.record([first, update(fake, 1, "second"), update(fake, 2, "other")]))
    await settle(inbox, asyncio.Event())
    assert handled.index("1:first") < handled.index("1:second")
    assert handled.index("2:other") < handled.index("1:first")  # the other person did not wait
    assert engine_calls == ["asked"] * 3  # first (once, though handled three times), second, other
    async with sessions() as session:
        row = await session.get(InboxUpdate, first.update_id)
    assert row is not None and row.attempts == 2 and row.state == "done"


@pytest.mark.asyncio
async def test_gives_up_after_the_last_attempt_and_says_so(sessions: async_sessionmaker[AsyncSession]) -> None:
    fake = FakeTelegram()
    told: list[int] = []

    async def dispatch(u: Update) -> None:
        raise RetryLater("engine unavailable")

    async def give_up(u: Update) -> None:
        told.append(u.update_id)

    inbox = Inbox(sessions, BOT, dispatch, DatabaseHealth(), give_up, max_attempts=3, retry_delay=lambda n: 0.05)
    item = update(fake, 3, "hello")
    inbox.wake(await inbox.record([item]))
    await settle(inbox, asyncio.Event())
    assert told == [item.update_id]
    async with sessions() as session:
        row = await session.get(InboxUpdate, item.update_id)
    assert row is not None and row.state == "failed" and row.last_error == "RetryLater: engine unavailable"


@pytest.mark.asyncio
async def test_what_a_crash_left_pending_is_handled_by_the_next_process(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    fake = FakeTelegram()
    seen: list[str] = []

    called: list[int] = []

    async def never(u: Update) -> None:
        called.append(u.update_id)  # the first process dies before handling

    crashed = Inbox(sessions, BOT, never, DatabaseHealth())
    await crashed.record([update(fake, 9, "kept"), update(fake, 9, "also kept")])  # recorded, never woken

    async def dispatch(u: Update) -> None:
        seen.append(u.message.text or "")  # type: ignore[union-attr]

    await settle(Inbox(sessions, BOT, dispatch, DatabaseHealth()), asyncio.Event())
    assert seen == ["kept", "also kept"]
    assert called == []


@pytest.mark.asyncio
async def test_a_message_sent_before_a_failure_is_not_sent_again(
    sessions: async_sessionmaker[AsyncSession], telegram: FakeTelegram
) -> None:
    from aiogram.client.session.aiohttp import AiohttpSession
    from aiogram.client.telegram import TelegramAPIServer

    from channels.effects import EffectMiddleware

    session = AiohttpSession(api=TelegramAPIServer.from_base(telegram.base_url))
    session.middleware(EffectMiddleware())
    bot = Bot(telegram.token, session=session)
    attempts = {"n": 0}
    message_ids: list[int] = []

    async def dispatch(u: Update) -> None:
        attempts["n"] += 1
        sent = await bot.send_message(u.message.chat.id, "first part")  # type: ignore[union-attr]
        message_ids.append(sent.message_id)  # a replayed call returns the recorded message
        if attempts["n"] < 3:
            raise RetryLater("the second part could not be sent")
        await bot.send_message(u.message.chat.id, "second part")  # type: ignore[union-attr]

    inbox = Inbox(sessions, bot, dispatch, DatabaseHealth(), retry_delay=lambda n: 0.05)
    inbox.wake(await inbox.record([update(telegram, 77, "hello")]))
    await settle(inbox, asyncio.Event())
    await bot.session.close()
    assert telegram.texts_to(77) == ["first part", "second part"]
    assert attempts["n"] == 3 and len(set(message_ids)) == 1


@pytest.mark.asyncio
async def test_an_update_stored_as_the_worker_finds_nothing_left_is_handled_at_once(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    # The worker reads "nothing pending", then the person's next message is stored and woken
    # before the worker has gone: it must not wait for the periodic scan (a second) to be seen.
    fake = FakeTelegram()
    handled: list[str] = []
    handled_event = asyncio.Event()

    async def dispatch(u: Update) -> None:
        handled.append(u.message.text)  # type: ignore[union-attr]
        if len(handled) == 2:
            handled_event.set()

    inbox = Inbox(sessions, BOT, dispatch, DatabaseHealth())
    real_next = inbox._next
    stored_late = False

    async def next_then_a_late_arrival(session: AsyncSession, key: int, finishing=None):  # type: ignore[no-untyped-def]
        nonlocal stored_late
        found = await real_next(session, key, finishing)
        if found is None and not stored_late:
            stored_late = True
            inbox.wake(await inbox.record([update(fake, 9, "second")]))
        return found

    inbox._next = next_then_a_late_arrival  # type: ignore[method-assign]
    inbox.wake(await inbox.record([update(fake, 9, "first")]))
    # no scan runs here: only the wake can bring the second message in
    await asyncio.wait_for(handled_event.wait(), 5)
    assert handled == ["first", "second"]
    while inbox.busy:
        await asyncio.sleep(0.01)


@pytest.mark.asyncio
async def test_the_persons_row_comes_with_the_update(sessions: async_sessionmaker[AsyncSession]) -> None:
    """The inbox reads the person's row with the update: the person lookup in the handling runs no statement."""
    from sqlalchemy import event

    from channels.db.repo import Repository

    fake = FakeTelegram()
    people = Repository(sessions)
    chat = next(IDS)
    sample = update(fake, chat, "x")
    language = sample.message.from_user.language_code  # type: ignore[union-attr]
    await people.person(chat, f"p{chat}", language)
    await people.set_language(chat, "hy")
    bind = sessions.kw["bind"].sync_engine
    in_handling: list[str] = []
    seen = []

    async def dispatch(u: Update) -> None:
        statements: list[str] = []

        def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
            statements.append(statement)

        event.listen(bind, "before_cursor_execute", count)
        try:
            seen.append(await people.person(chat, f"p{chat}", u.message.from_user.language_code))  # type: ignore[union-attr]
        finally:
            event.remove(bind, "before_cursor_execute", count)
        in_handling.extend(statements)

    inbox = Inbox(sessions, BOT, dispatch, DatabaseHealth())
    inbox.wake(await inbox.record([update(fake, chat, "hello"), update(fake, chat, "again")]))
    await settle(inbox, asyncio.Event())
    assert [p.language for p in seen] == ["hy", "hy"] and not any(p.is_new for p in seen)
    assert in_handling == []
