"""/report in the staff group: the real dispatcher and staff router, the fake Bot API, a real database."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio
from aiogram import Bot, Dispatcher
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import Update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from channels.db.models import utcnow
from channels.engine_client import EngineClient
from channels.handoff import staff
from channels.handoff.service import HandoffService
from channels.handoff.settings import HandoffSettings
from tests.channels.handoff_support import NOT_STAFF_USER_ID, STAFF_CHAT_ID, STAFF_USER_ID
from tests.channels.report.conftest import MediaTelegram, fill

pytestmark = pytest.mark.asyncio


@pytest_asyncio.fixture
async def media() -> AsyncIterator[MediaTelegram]:
    server = MediaTelegram()
    await server.start()
    yield server
    await server.stop()


@pytest_asyncio.fixture
async def staff_group(media: MediaTelegram, sessions: async_sessionmaker[AsyncSession]) -> AsyncIterator[Any]:
    """The staff router in a dispatcher with a handoff service, as the gateway wires it."""
    settings = HandoffSettings(staff_chat_id=STAFF_CHAT_ID, staff_user_ids=f"{STAFF_USER_ID}",
                               staff_messages_per_minute=6000, staff_burst=50)
    bot = Bot(media.token, session=AiohttpSession(api=TelegramAPIServer.from_base(media.base_url)))
    client = EngineClient("http://127.0.0.1:9", timeout=1)  # /report never calls the engine
    service = HandoffService(bot, sessions, settings, engine=client, router=staff.router)
    dp = Dispatcher(handoff=service)
    staff.router._parent_router = None  # one module-level router, a dispatcher per test
    dp.include_router(service.router)

    async def say(text: str, **kwargs: Any) -> None:
        raw = media.staff_update(text, **kwargs)
        await dp.feed_update(bot, Update.model_validate(raw, context={"bot": bot}))

    yield say
    await bot.session.close()
    await client.close()


async def test_report_from_staff_posts_summary_charts_and_page(
        media: MediaTelegram, sessions: async_sessionmaker[AsyncSession], staff_group: Any) -> None:
    today = utcnow().date()
    start = dt.datetime.combine(today - dt.timedelta(days=6), dt.time(), dt.timezone.utc)
    filled = await fill(sessions, start, 6)

    await staff_group("/report")

    [summary] = media.staff_texts()
    assert f"{filled.questions} questions, {filled.declined} not answered, {filled.handoffs} handed to staff" in summary
    assert "14 × how to get a work permit?" in summary
    photos = media.calls_for("sendPhoto", STAFF_CHAT_ID)
    assert len(photos) == 4
    for call in photos:  # uploaded as a file in the same request (multipart "attach://")
        assert call.params[call.params["photo"].removeprefix("attach://")] == "<file>"
    assert [c.params["caption"] for c in photos][0] == "Questions per day by language"
    [document] = media.calls_for("sendDocument", STAFF_CHAT_ID)
    assert document.params[document.params["document"].removeprefix("attach://")] == "<file>"
    methods = [c.method for c in media.calls if c.method.startswith("send")]
    assert methods == ["sendMessage", *["sendPhoto"] * 4, "sendDocument"]
    for chat_id in filled.chat_ids:
        assert str(chat_id) not in summary


async def test_report_from_someone_not_on_the_allow_list_does_nothing(
        media: MediaTelegram, sessions: async_sessionmaker[AsyncSession], staff_group: Any) -> None:
    await staff_group("/report", user_id=NOT_STAFF_USER_ID)
    assert [c.method for c in media.calls if c.method.startswith("send")] == []


async def test_report_in_a_topic_answers_in_that_topic(
        media: MediaTelegram, sessions: async_sessionmaker[AsyncSession], staff_group: Any) -> None:
    media.topics[55] = "reports"
    await staff_group("/report", thread_id=55)
    sends = [c for c in media.calls if c.method.startswith("send")]
    assert len(sends) == 6 and all(int(c.params["message_thread_id"]) == 55 for c in sends)
