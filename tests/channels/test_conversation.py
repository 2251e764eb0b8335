"""The dispatcher in process: rendering, signals of the engine, and the handoff port flow."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from aiogram import Bot, Dispatcher, Router
from aiogram.types import Message, Update
from sqlalchemy import select

from channels.app import build_bot, create_dispatcher
from channels.db import migrate
from channels.db.models import Turn, Unanswered
from channels.db.session import create_engine, create_session_factory
from channels.engine_client import EngineClient
from channels.handoff_port import HandoffPort
from channels.i18n import Catalogs
from channels.pseudonym import pseudonym
from channels.render import TELEGRAM_LIMIT
from channels.settings import load_settings
from tests.channels.conftest import PSEUDONYM_SECRET
from tests.channels.fake_engine import FakeEngine
from tests.channels.fake_telegram import FakeTelegram


@dataclass
class FakeHandoff:
    """A HandoffPort that records what the gateway asked of it."""

    open_chats: set[int] = field(default_factory=set)
    relayed: list[int] = field(default_factory=list)
    opened: list[tuple[Any, ...]] = field(default_factory=list)
    forgotten: list[int] = field(default_factory=list)
    told: list[tuple[str, str]] = field(default_factory=list)
    router: Router = field(default_factory=lambda: Router(name="fake-handoff"))

    async def has_open_case(self, chat_id: int) -> bool:
        return chat_id in self.open_chats

    async def relay_from_user(self, message: Message) -> None:
        self.relayed.append(message.message_id)

    async def open_case(self, chat_id: int, language: str, reason: str, entry_id: str | None, summary: str, urgent: bool) -> None:
        self.opened.append((chat_id, language, reason, entry_id, summary, urgent))
        self.open_chats.add(chat_id)

    async def tell_general(self, text_html: str, *, key: str, thread_id: int | None = None) -> None:
        self.told.append((key, text_html))

    async def forget_person(self, chat_id: int) -> int:
        self.open_chats.discard(chat_id)
        self.forgotten.append(chat_id)
        return 1


@dataclass
class Harness:
    telegram: FakeTelegram
    engine: FakeEngine
    bot: Bot
    dp: Dispatcher
    database_url: str

    async def feed(self, update: dict[str, Any]) -> None:
        await self.dp.feed_update(self.bot, Update.model_validate(update, context={"bot": self.bot}))

    async def text(self, chat_id: int, text: str, language_code: str = "en") -> None:
        await self.feed(self.telegram.message_update(chat_id, language_code, text=text))

    async def rows(self, model: type, chat_id: int) -> list[Any]:
        engine = create_engine(self.database_url)
        async with create_session_factory(engine)() as session:
            found = list((await session.scalars(select(model).where(model.chat_id == chat_id))).all())
        await engine.dispose()
        return found


async def make_harness(
    telegram: FakeTelegram, engine: FakeEngine, tmp_path: Path, handoff: HandoffPort | None
) -> tuple[Harness, EngineClient]:
    url = f"sqlite:///{tmp_path / 'gw.sqlite3'}"
    await asyncio.to_thread(migrate.upgrade, url)
    settings = load_settings(
        telegram_bot_token=telegram.token,
        telegram_api_base=telegram.base_url,
        pseudonym_secret=PSEUDONYM_SECRET,
        rasa_url=engine.url,
        database_url=url,
        engine_timeout=2,
    )
    db = create_engine(url)
    sessions = create_session_factory(db)
    bot = build_bot(settings, sessions)
    client = EngineClient(engine.url, 2, token="tok")
    dp = create_dispatcher(settings, bot, sessions, client, Catalogs(), handoff)
    return Harness(telegram, engine, bot, dp, url), client


@pytest_asyncio.fixture
async def harness(telegram: FakeTelegram, fake_engine: FakeEngine, tmp_path: Path) -> AsyncIterator[Harness]:
    h, client = await make_harness(telegram, fake_engine, tmp_path, None)
    yield h
    await client.close()
    await h.bot.session.close()


@pytest_asyncio.fixture
async def with_handoff(
    telegram: FakeTelegram, fake_engine: FakeEngine, tmp_path: Path
) -> AsyncIterator[tuple[Harness, FakeHandoff]]:
    port = FakeHandoff()
    assert isinstance(port, HandoffPort)
    h, client = await make_harness(telegram, fake_engine, tmp_path, port)
    yield h, port
    await client.close()
    await h.bot.session.close()


@pytest.mark.asyncio
async def test_long_answer_split_with_keyboard_on_last_part(harness: Harness) -> None:
    await harness.text(1, "html")  # the first message also gets the privacy notice
    before = len(harness.telegram.texts_to(1))
    await harness.text(1, "long")
    sent = harness.telegram.messages_to(1)[before:]
    assert len(sent) >= 2
    assert all(len(m["text"]) < TELEGRAM_LIMIT for m in sent)
    assert all(m["text"].startswith("Paragraph") for m in sent)
    assert [bool(m.get("reply_markup")) for m in sent] == [False] * (len(sent) - 1) + [True]


@pytest.mark.asyncio
async def test_engine_text_is_html_escaped(harness: Harness) -> None:
    await harness.text(2, "html")
    assert harness.telegram.texts_to(2)[-1] == "&lt;b&gt;bold&lt;/b&gt; &amp; &lt;a href='x'&gt;link&lt;/a&gt;"


@pytest.mark.asyncio
async def test_fallback_kept_and_turns_stored(harness: Harness) -> None:
    await harness.text(3, "zzz qqq")
    (kept,) = await harness.rows(Unanswered, 3)
    assert (kept.text, kept.reason) == ("zzz qqq", "fallback")
    turns = await harness.rows(Turn, 3)
    assert [(t.role, t.text) for t in turns] == [
        ("user", "zzz qqq"),
        ("bot", "Sorry, I did not understand. Rephrase, or open /menu."),
    ]


@pytest.mark.asyncio
async def test_without_staff_the_person_gets_the_contacts(harness: Harness) -> None:
    await harness.text(4, "Хочу поговорить с человеком (person)", language_code="ru")
    texts = harness.telegram.texts_to(4)
    assert any(t.startswith("Сейчас связаться с сотрудниками") for t in texts)
    assert harness.engine.requests[-1]["message"] == '/entry{"entry_id":"contacts.migration_service"}'


@pytest.mark.asyncio
async def test_handoff_opened_then_messages_relayed(with_handoff: tuple[Harness, FakeHandoff]) -> None:
    h, port = with_handoff
    await h.text(5, "I want a person")
    assert h.telegram.texts_to(5)[-1] == "I will connect you with a person."
    assert port.opened == [(5, "en", "user_request", None, "I want a person", False)]
    asked = len(h.engine.requests)
    await h.text(5, "my follow-up")
    await h.feed(h.telegram.message_update(5, photo=[{"file_id": "p", "file_unique_id": "u", "width": 1, "height": 1}]))
    assert len(port.relayed) == 2
    assert len(h.engine.requests) == asked  # the engine is not asked while a case is open
    # Someone else is still served by the assistant.
    await h.text(6, "how do I get a work permit?")
    assert port.relayed == port.relayed[:2]
    assert "work permit" in h.telegram.texts_to(6)[-1]


@pytest.mark.asyncio
async def test_deleting_my_data_also_deletes_my_cases(with_handoff: tuple[Harness, FakeHandoff]) -> None:
    h, port = with_handoff
    await h.text(7, "I want a person")
    assert 7 in port.open_chats
    relayed = list(port.relayed)
    await h.text(7, "/delete_my_data")
    assert port.relayed == relayed  # carried out, not relayed to staff
    query = {
        "update_id": 999, "callback_query": {
            "id": "q7", "chat_instance": "7", "data": "del:yes",
            "from": {"id": 7, "is_bot": False, "first_name": "P", "language_code": "en"},
            "message": {"message_id": 1, "date": 0, "text": "t", "chat": {"id": 7, "type": "private"}},
        },
    }
    await h.feed(query)
    assert port.forgotten == [7]
    assert await h.rows(Turn, 7) == []
    assert {"forget": pseudonym(PSEUDONYM_SECRET, 7), "token": "tok"} in h.engine.requests


@pytest.mark.asyncio
async def test_group_messages_are_not_answered(harness: Harness) -> None:
    update = harness.telegram.message_update(-100123, text="hello")
    update["message"]["chat"] = {"id": -100123, "type": "supergroup", "title": "staff"}
    await harness.feed(update)
    assert harness.telegram.calls_for("sendMessage", -100123) == []


@pytest.mark.asyncio
async def test_block_and_unblock_recorded(harness: Harness) -> None:
    await harness.text(7, "html")

    def member_update(status: str) -> dict[str, Any]:
        bot_user = {"id": 4242, "is_bot": True, "first_name": "Migrabot"}
        person = {"id": 7, "is_bot": False, "first_name": "P"}
        return {
            "update_id": 77 if status == "kicked" else 78,
            "my_chat_member": {
                "chat": {"id": 7, "type": "private"},
                "from": person,
                "date": 1,
                "old_chat_member": {"status": "member", "user": bot_user},
                "new_chat_member": {"status": status, "user": bot_user, "until_date": 0}
                if status == "kicked"
                else {"status": "member", "user": bot_user},
            },
        }

    from channels.db.models import User

    await harness.feed(member_update("kicked"))
    (user,) = await harness.rows(User, 7)
    assert user.blocked_at is not None
    await harness.feed(member_update("member"))
    (user,) = await harness.rows(User, 7)
    assert user.blocked_at is None
