"""Retry middleware on the real Bot session against the fake Bot API server."""

import time

import pytest
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import TelegramForbiddenError, TelegramServerError

from channels.retry import RetryMiddleware
from tests.channels.fake_telegram import FakeTelegram


def make_bot(telegram: FakeTelegram, middleware: RetryMiddleware) -> Bot:
    session = AiohttpSession(api=TelegramAPIServer.from_base(telegram.base_url))
    session.middleware(middleware)
    return Bot(telegram.token, session=session)


@pytest.mark.asyncio
async def test_429_waits_retry_after(telegram: FakeTelegram) -> None:
    bot = make_bot(telegram, RetryMiddleware())
    telegram.fail("sendMessage", 429, retry_after=1, times=1)
    started = time.monotonic()
    await bot.send_message(5, "hi")
    assert time.monotonic() - started >= 1.0
    assert [c.failed for c in telegram.calls if c.method == "sendMessage"] == [429, None]
    await bot.session.close()


@pytest.mark.asyncio
async def test_5xx_retried_a_bounded_number_of_times(telegram: FakeTelegram) -> None:
    bot = make_bot(telegram, RetryMiddleware(max_server_errors=2, backoff=0.01))
    telegram.fail("sendMessage", 502, times=2)
    await bot.send_message(5, "hi")
    assert len(telegram.calls_for("sendMessage", ok=False)) == 3
    telegram.fail("sendMessage", 500, times=None)
    with pytest.raises(TelegramServerError):
        await bot.send_message(5, "again")
    assert len([c for c in telegram.calls if c.failed == 500]) == 3  # 1 try + 2 retries
    await bot.session.close()


@pytest.mark.asyncio
async def test_403_recorded_not_retried(telegram: FakeTelegram) -> None:
    blocked: list[int] = []

    async def on_forbidden(chat_id: int) -> None:
        blocked.append(chat_id)

    bot = make_bot(telegram, RetryMiddleware(on_forbidden=on_forbidden))
    telegram.fail("sendMessage", 403, chat_id=77, times=None)
    with pytest.raises(TelegramForbiddenError):
        await bot.send_message(77, "hi")
    assert blocked == [77]
    assert len(telegram.calls_for("sendMessage", 77, ok=False)) == 1
    await bot.send_message(78, "others still served")
    assert telegram.texts_to(78) == ["others still served"]
    await bot.session.close()
