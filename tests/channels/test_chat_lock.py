"""Two gateway replicas on one PostgreSQL inbox: a person's updates one at a time, in order."""

from __future__ import annotations

import asyncio
import random

import pytest
from aiogram.types import Update
from sqlalchemy import select, text

from channels.chat_lock import AdvisoryChatLocks, ChatLocks, ShardedChatLocks, chat_locks
from channels.db import migrate
from channels.db.models import Effect, InboxUpdate
from channels.db.session import create_engine, create_session_factory
from channels.health import DatabaseHealth
from channels.inbox import Inbox
from tests.channels.fake_telegram import FakeTelegram
from tests.channels.test_inbox import BOT, update


@pytest.mark.asyncio
async def test_a_lock_held_by_one_replica_is_refused_to_another_until_its_connection_dies(postgres_url: str) -> None:
    first_engine, second_engine = create_engine(postgres_url), create_engine(postgres_url)
    first, second = AdvisoryChatLocks(first_engine), AdvisoryChatLocks(second_engine)
    try:
        assert await first.acquire(42) and not await second.acquire(42)
        assert await second.acquire(43)  # another person is not held up
        await first.release(42)
        assert await second.acquire(42) and not await first.acquire(42)
        # The replica holding it dies: PostgreSQL drops its connection and its locks.
        pid = await second._connection.scalar(text("SELECT pg_backend_pid()"))  # type: ignore[union-attr]
        async with first_engine.connect() as admin:
            await admin.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        # pg_terminate_backend only signals the backend: its locks go when it has exited.
        for _ in range(50):
            if await first.acquire(42):
                break
            await asyncio.sleep(0.1)
        else:
            raise AssertionError("the dead replica's lock was not released")
        # The replica whose connection died notices on its next call and carries on.
        assert await second.acquire(44)
    finally:
        await first.close()
        await second.close()
        await first_engine.dispose()
        await second_engine.dispose()


@pytest.mark.asyncio
async def test_a_chat_keeps_its_lock_connection_and_replicas_still_exclude_each_other(postgres_url: str) -> None:
    """Locks spread over a few connections: acquire and release of a chat meet on the same one."""
    first_engine, second_engine = create_engine(postgres_url), create_engine(postgres_url)
    first, second = ShardedChatLocks(first_engine, shards=3), ShardedChatLocks(second_engine, shards=3)
    try:
        chats = list(range(100, 112))
        assert len({id(first.shard(chat)) for chat in chats}) == 3  # spread, not one connection
        assert all(first.shard(chat) is first.shard(chat) for chat in chats)
        for chat in chats:
            assert await first.acquire(chat)
        for chat in chats:
            assert not await second.acquire(chat)
            await first.release(chat)
            assert await second.acquire(chat)
        await second.close()  # closing lets every lock go (once PostgreSQL has ended those sessions)
        left = set(chats)
        for _ in range(50):
            left = {chat for chat in left if not await first.acquire(chat)}
            if not left:
                break
            await asyncio.sleep(0.1)
        assert not left
    finally:
        await first.close()
        await second.close()
        await first_engine.dispose()
        await second_engine.dispose()


def test_sqlite_uses_the_in_process_lock(tmp_path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'g.sqlite3'}")
    assert type(chat_locks(engine)) is ChatLocks


@pytest.mark.asyncio
async def test_two_replicas_share_the_inbox_without_overlap_or_reordering(postgres_url: str) -> None:
    await asyncio.to_thread(migrate.upgrade, postgres_url)
    fake = FakeTelegram()
    engines = [create_engine(postgres_url) for _ in range(2)]
    factories = [create_session_factory(e) for e in engines]
    async with factories[0]() as session:
        for model in (Effect, InboxUpdate):
            await session.execute(model.__table__.delete())
        await session.commit()
    handled: dict[int, list[tuple[str, int]]] = {}
    active: set[int] = set()
    overlaps: list[int] = []

    def dispatcher(replica: int):
        async def dispatch(u: Update) -> None:
            chat = u.message.chat.id  # type: ignore[union-attr]
            if chat in active:
                overlaps.append(chat)
            active.add(chat)
            await asyncio.sleep(random.uniform(0, 0.01))
            handled.setdefault(chat, []).append((u.message.text, replica))  # type: ignore[union-attr]
            active.discard(chat)
        return dispatch

    inboxes = [
        Inbox(factories[i], BOT, dispatcher(i), DatabaseHealth(), locks=chat_locks(engines[i])) for i in range(2)
    ]
    chats = [900_000 + n for n in range(8)]
    stopping = asyncio.Event()
    scans = [asyncio.create_task(inbox.scan(stopping)) for inbox in inboxes]
    try:
        for n in range(15):
            for chat in chats:
                # Telegram's webhook reaches either replica: each records, each wakes.
                replica = random.randrange(2)
                woken = await inboxes[replica].record([update(fake, chat, f"m{n}")])
                inboxes[replica].wake(woken)
            if n == 7:
                await inboxes[0].locks.close()  # replica 0 loses its lock connection mid-way
            await asyncio.sleep(0.01)
        deadline = asyncio.get_running_loop().time() + 30
        while asyncio.get_running_loop().time() < deadline:
            async with factories[0]() as session:
                left = await session.scalar(select(InboxUpdate.update_id).where(InboxUpdate.state == "pending").limit(1))
            if left is None and not any(i.busy for i in inboxes):
                break
            await asyncio.sleep(0.05)
        else:
            async with factories[0]() as session:
                rows = (await session.execute(select(InboxUpdate.chat_key, InboxUpdate.update_id, InboxUpdate.attempts, InboxUpdate.last_error).where(InboxUpdate.state == "pending"))).all()
                locks = (await session.execute(text("select classid, objid, pid from pg_locks where locktype='advisory'"))).all()
            raise AssertionError(f"updates still pending: {rows[:5]} locks {locks} workers {[i._workers for i in inboxes]}")
    finally:
        stopping.set()
        await asyncio.gather(*scans)
        for inbox in inboxes:
            await inbox.locks.close()
        for engine in engines:
            await engine.dispose()
    assert overlaps == []
    for chat in chats:
        assert [message for message, _ in handled[chat]] == [f"m{n}" for n in range(15)]
    assert {replica for chat in chats for _, replica in handled[chat]} == {0, 1}
