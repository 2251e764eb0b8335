"""Taking crisis notices down: each notice is unpinned once, also by two replicas at work on PostgreSQL."""

from __future__ import annotations

import asyncio
from collections import Counter

import pytest
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiolimiter import AsyncLimiter
from sqlalchemy import func, insert, select

from channels.crisis.models import Crisis, CrisisPin
from channels.crisis.unpin import unpin_ended
from channels.db import migrate
from channels.db.session import create_engine, create_session_factory
from tests.channels.fake_telegram import FakeTelegram

PEOPLE = 120


@pytest.mark.asyncio
async def test_two_replicas_take_each_notice_down_once(fresh_db: str, telegram: FakeTelegram) -> None:
    await asyncio.to_thread(migrate.upgrade, fresh_db)
    # Several replicas share PostgreSQL only; a SQLite deployment runs one gateway.
    engines = [create_engine(fresh_db) for _ in range(2 if fresh_db.startswith("postgresql") else 1)]
    replicas = [create_session_factory(engine) for engine in engines]
    async with replicas[0]() as session:
        ended = (await session.execute(insert(Crisis).values(active=None, topics=["displaced"], notice={"en": "n"}).returning(Crisis.id))).scalar_one()
        going = (await session.execute(insert(Crisis).values(active=1, topics=["work"], notice={"en": "m"}).returning(Crisis.id))).scalar_one()
        await session.execute(insert(CrisisPin), [{"crisis_id": ended, "chat_id": 5000 + n, "message_id": 10 + n} for n in range(PEOPLE)])
        await session.execute(insert(CrisisPin), [{"crisis_id": going, "chat_id": 9000 + n, "message_id": 20 + n} for n in range(5)])
        await session.commit()
    bots = [Bot(telegram.token, session=AiohttpSession(api=TelegramAPIServer.from_base(telegram.base_url))) for _ in replicas]

    async def replica(index: int) -> None:
        limiter = AsyncLimiter(1000, 1)
        while await unpin_ended(bots[index], replicas[index], limiter):
            pass

    try:
        await asyncio.gather(*(replica(index) for index in range(len(replicas))))
        async with replicas[0]() as session:
            left = await session.scalar(select(func.count()).select_from(CrisisPin).where(CrisisPin.unpinned_at.is_(None)))
    finally:
        for bot in bots:
            await bot.session.close()
        for engine in engines:
            await engine.dispose()
    calls = Counter(call.chat_id for call in telegram.calls_for("unpinChatMessage"))
    assert set(calls) == {5000 + n for n in range(PEOPLE)}  # the crisis still on keeps its notices
    assert max(calls.values()) == 1, "a notice was unpinned twice"
    assert left == 5
