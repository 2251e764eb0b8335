"""The dispatcher in process: rendering, signals of the engine, and the handoff port flow."""

from __future__ import annotations

import asyncio
import json
import logging
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
from channels.db.models import Turn, Unanswered, User
from channels.db.session import create_engine, create_session_factory
from channels.engine_client import EngineClient
from channels.handoff_port import HandoffPort
from channels.i18n import Catalogs
from channels.pseudonym import pseudonym
from channels.settings import load_settings
from tests.channels.conftest import PSEUDONYM_SECRET
from tests.channels.e2e_helpers import t
from tests.channels.fake_engine import FakeEngine
from tests.channels.fake_telegram import FakeTelegram

TELEGRAM_LIMIT = 4096  # characters of one message, as the Bot API counts them


class Errors(logging.Handler):
    """Errors the gateway logs; the dispatcher's error handler swallows a crashed handler's exception."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


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
    errors: Errors

    async def feed(self, update: dict[str, Any]) -> None:
        """Handle one update; fail when a handler crashed (the error handler only logs it)."""
        seen = len(self.errors.records)
        await self.dp.feed_update(self.bot, Update.model_validate(update, context={"bot": self.bot}))
        assert [r.getMessage() for r in self.errors.records[seen:]] == []

    async def text(self, chat_id: int, text: str, language_code: str = "en") -> None:
        await self.feed(self.telegram.message_update(chat_id, language_code, text=text))

    async def press(self, chat_id: int, title: str) -> None:
        """Press the button titled ``title`` of the last message with a keyboard."""
        found = self.telegram.last_keyboard(chat_id)
        assert found is not None, self.telegram.texts_to(chat_id)
        message_id, keyboard = found
        (data,) = [b["callback_data"] for row in keyboard for b in row if b["text"] == title]
        message = {
            "message_id": message_id,
            "date": 0,
            "chat": {"id": chat_id, "type": "private"},
            "text": "t",
            "reply_markup": {"inline_keyboard": keyboard},
        }
        person = {"id": chat_id, "is_bot": False, "first_name": "P", "language_code": "en"}
        query = {
            "id": f"q{len(self.telegram.calls)}",
            "chat_instance": str(chat_id),
            "data": data,
            "from": person,
            "message": message,
        }
        await self.feed({"update_id": 1000 + len(self.telegram.calls), "callback_query": query})

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
    errors = Errors()
    logging.getLogger("channels").addHandler(errors)
    return Harness(telegram, engine, bot, dp, url, errors), client


async def close(h: Harness, client: EngineClient) -> None:
    logging.getLogger("channels").removeHandler(h.errors)
    await client.close()
    await h.bot.session.close()


@pytest_asyncio.fixture
async def harness(telegram: FakeTelegram, fake_engine: FakeEngine, tmp_path: Path) -> AsyncIterator[Harness]:
    h, client = await make_harness(telegram, fake_engine, tmp_path, None)
    yield h
    await close(h, client)


@pytest_asyncio.fixture
async def with_handoff(
    telegram: FakeTelegram, fake_engine: FakeEngine, tmp_path: Path
) -> AsyncIterator[tuple[Harness, FakeHandoff]]:
    port = FakeHandoff()
    assert isinstance(port, HandoffPort)
    h, client = await make_harness(telegram, fake_engine, tmp_path, port)
    yield h, port
    await close(h, client)


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
    assert len(port.relayed) == 2
    assert "work permit" in h.telegram.texts_to(6)[-1]


@pytest.mark.asyncio
async def test_deleting_my_data_also_deletes_my_cases(with_handoff: tuple[Harness, FakeHandoff]) -> None:
    h, port = with_handoff
    await h.text(7, "I want a person")
    assert 7 in port.open_chats
    assert await h.rows(Turn, 7)  # something to delete
    relayed = list(port.relayed)
    await h.text(7, "/delete_my_data")
    assert port.relayed == relayed  # carried out, not relayed to staff
    await h.press(7, "Yes, delete")
    assert port.forgotten == [7]
    assert h.telegram.texts_to(7)[-1].startswith("Done: everything this bot kept about you is deleted.")
    assert await h.rows(Turn, 7) == []
    assert await h.rows(User, 7) == []
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


def with_language_buttons(engine: FakeEngine) -> None:
    """Teach the fake engine its language buttons: it answers a choice in the chosen language."""
    scripted = engine.reply

    def reply(body: dict[str, Any]) -> list[dict[str, Any]]:
        sender, message = body["sender"], body["message"]
        if message == "change language":
            choices = [
                {"title": name, "payload": '/set_language{"language":"%s"}' % code}
                for code, name in (("hy", "Հայերեն"), ("ru", "Русский"), ("en", "English"))
            ]
            return [
                {"recipient_id": sender, "text": "Choose a language:", "buttons": choices},
                {"recipient_id": sender, "custom": {"language": "en", "action": "smalltalk"}},
            ]
        if message == "please answer in armenian":
            return [
                {"recipient_id": sender, "text": "Լավ։"},
                {"recipient_id": sender, "custom": {"language": "hy", "action": "smalltalk", "language_switch": True}},
            ]
        if message.startswith("/set_language"):
            language = json.loads(message[len("/set_language") :])["language"]
            return [
                {"recipient_id": sender, "text": f"Done ({language})."},
                {"recipient_id": sender, "custom": {"language": language, "action": "smalltalk", "language_switch": True}},
            ]
        return scripted(body)

    engine.reply = reply  # type: ignore[method-assign]


@pytest.mark.asyncio
async def test_language_chosen_with_the_engines_buttons_is_the_persons_language(harness: Harness) -> None:
    with_language_buttons(harness.engine)
    await harness.text(8, "change language")
    await harness.press(8, "Русский")
    assert harness.telegram.texts_to(8)[-1] == "Done (ru)."
    (user,) = await harness.rows(User, 8)
    assert user.language == "ru"
    # The gateway's own texts follow, and the engine gets the choice as the person's language.
    await harness.text(8, "/nonsense")
    assert harness.telegram.texts_to(8)[-1] == t("ru", "I do not know this command. Send /help to see what I can do.")
    await harness.text(8, "/menu")
    assert harness.engine.requests[-1]["metadata"]["preferred_language"] == "ru"


@pytest.mark.asyncio
async def test_a_language_asked_for_in_words_is_the_persons_language(harness: Harness) -> None:
    with_language_buttons(harness.engine)
    await harness.text(10, "please answer in armenian")
    (user,) = await harness.rows(User, 10)
    assert user.language == "hy"
    await harness.text(10, "/menu")
    assert harness.engine.requests[-1]["metadata"]["preferred_language"] == "hy"


@pytest.mark.asyncio
async def test_a_reply_in_another_language_does_not_change_the_choice(harness: Harness) -> None:
    await harness.text(9, "/language")
    await harness.press(9, "Русский")
    await harness.text(9, "how do I get a work permit?")
    assert "work permit" in harness.telegram.texts_to(9)[-1]  # answered in English, the text's language
    (user,) = await harness.rows(User, 9)
    assert user.language == "ru"


@pytest.mark.asyncio
async def test_privacy_notice_says_how_long_texts_are_kept(harness: Harness) -> None:
    await harness.text(11, "/privacy", language_code="ru")
    notice = harness.telegram.texts_to(11)[-1]
    assert "хранится не дольше 90 дн." in notice and "/delete_my_data" in notice
    assert "кем вы себя назвали (/settings)" in notice
    await harness.text(12, "/privacy", language_code="hy")
    assert "ջնջվում է 90 օր հետո" in harness.telegram.texts_to(12)[-1]


@pytest.mark.asyncio
async def test_typing_is_shown_only_while_a_slow_answer_is_awaited(harness: Harness) -> None:
    await harness.text(4, "hello")
    assert harness.telegram.calls_for("sendChatAction", 4) == []  # a quick answer: no "typing" call
    harness.engine.delay = 1.5
    try:
        await harness.text(4, "hello again")
    finally:
        harness.engine.delay = 0.0
    (typing,) = harness.telegram.calls_for("sendChatAction", 4)
    assert typing.params["action"] == "typing"
