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
async def test_a_429_holds_the_chat_s_next_calls_but_not_other_chats(telegram: FakeTelegram) -> None:
    import asyncio

    bot = make_bot(telegram, RetryMiddleware())
    telegram.fail("sendMessage", 429, chat_id=5, retry_after=2, times=1)
    started = time.monotonic()
    first = asyncio.create_task(bot.send_message(5, "one"))
    await asyncio.sleep(0.3)  # the 429 has come back: the chat is held
    await bot.send_message(6, "other chat")
    other_done = time.monotonic() - started
    await bot.send_message(5, "two")  # waits out the same retry_after, no second 429
    await first
    assert other_done < 1.0
    assert time.monotonic() - started >= 2.0
    assert [c.failed for c in telegram.calls if c.method == "sendMessage" and c.chat_id == 5] == [429, None, None]
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
