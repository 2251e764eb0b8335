"""Helpers of the end-to-end tests (strings, scripts, database reads, keyboards)."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from sqlalchemy import select

from channels.db.session import create_engine, create_session_factory
from channels.i18n import Catalogs
from tests.channels.fake_telegram import FakeTelegram

CATALOGS = Catalogs()
ENGINE_DOWN = "Sorry, I cannot answer right now because of a technical problem. I have kept your message and will answer as soon as it is fixed."
NOT_TEXT = (
    "I can only read text messages, so I could not understand this one. Please write your question "
    "in words, in Armenian, Russian or English. If you need a person to look at it, press the button below."
)
GREETING = (
    "Hello! I am an information assistant for migrants and the diaspora of Armenia. I answer questions "
    "about residence, work, documents and daily life in Armenia."
)


def t(language: str, msgid: str) -> str:
    """The gateway's string in a language (HTML-escaped as sent)."""
    return CATALOGS.gettext(language)(msgid).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def script(text: str) -> str:
    """hy / ru / en by the letters that dominate a text."""
    counts = {"hy": 0, "ru": 0, "en": 0}
    for ch in text:
        if "\u0531" <= ch <= "\u0587":
            counts["hy"] += 1
        elif "\u0400" <= ch <= "\u04ff":
            counts["ru"] += 1
        elif ch.isascii() and ch.isalpha():
            counts["en"] += 1
    return max(counts, key=lambda k: counts[k])


async def eventually_rows(database_url: str, model: type, chat_id: int, timeout: float = 5) -> list[Any]:
    """Rows once there are some (the gateway writes them just after replying)."""
    deadline = time.monotonic() + timeout
    while True:
        found = await rows(database_url, model, chat_id)
        if found or time.monotonic() > deadline:
            return found
        await asyncio.sleep(0.1)


async def rows(database_url: str, model: type, chat_id: int) -> list[Any]:
    engine = create_engine(database_url)
    try:
        async with create_session_factory(engine)() as session:
            return list((await session.scalars(select(model).where(model.chat_id == chat_id))).all())
    finally:
        await engine.dispose()


def buttons(telegram: FakeTelegram, chat_id: int) -> tuple[int, list[dict[str, Any]]]:
    found = telegram.last_keyboard(chat_id)
    assert found is not None, telegram.texts_to(chat_id)
    message_id, keyboard = found
    return message_id, [b for row in keyboard for b in row]
