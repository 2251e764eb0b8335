"""F-filters are checked in the event loop, with the same outcome as in aiogram's thread."""

from __future__ import annotations

import asyncio
from datetime import datetime

import pytest
from aiogram import Bot, Dispatcher, F, Router
from aiogram.types import Chat, Message, Update, User

from channels.inline_filters import inline_magic_filters


def update(update_id: int, text: str, chat_type: str = "private") -> Update:
    chat = Chat(id=5, type=chat_type)
    user = User(id=5, is_bot=False, first_name="A")
    return Update(update_id=update_id, message=Message(message_id=update_id, date=datetime.now(), chat=chat, from_user=user, text=text))


async def routed(inline: bool) -> tuple[list[str], bool]:
    """What a dispatcher with observer-level and handler-level F-filters answers; whether a thread pool was used."""
    seen: list[str] = []
    router = Router()
    router.message.filter(F.chat.type == "private")

    @router.message(F.text.startswith("/"))
    async def command(message: Message) -> None:
        seen.append("command " + (message.text or ""))

    @router.message(F.text)
    async def text(message: Message) -> None:
        seen.append("text " + (message.text or ""))

    dp = Dispatcher()
    dp.include_router(router)
    if inline:
        assert inline_magic_filters(dp) == 3
        assert inline_magic_filters(dp) == 0  # done once
    bot = Bot("42:TEST")
    for number, (said, chat_type) in enumerate([("/help", "private"), ("hello", "private"), ("hello", "group")]):
        await dp.feed_update(bot, update(number + 1, said, chat_type))
    await bot.session.close()
    return seen, asyncio.get_running_loop()._default_executor is not None  # type: ignore[attr-defined]


@pytest.mark.asyncio
async def test_inlined_filters_route_alike_without_threads() -> None:
    inlined, threads = await routed(inline=True)
    assert inlined == ["command /help", "text hello"]
    assert not threads


def test_aiogram_alone_checks_them_in_threads() -> None:
    """The yardstick: same routing, and aiogram's own way starts the loop's thread pool."""
    seen, threads = asyncio.run(routed(inline=False))
    assert seen == ["command /help", "text hello"]
    assert threads
