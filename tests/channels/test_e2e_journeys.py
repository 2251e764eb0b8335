"""End-to-end journeys of people: one gateway process for the module, the real engine."""

from __future__ import annotations

import asyncio
import json
import time
import urllib.request
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
import pytest_asyncio

from channels.db.models import Feedback, Unanswered, User
from channels.pseudonym import pseudonym
from tests.channels.conftest import (
    PSEUDONYM_SECRET,
    RASA_TOKEN,
    EngineProcess,
    GatewayProcess,
    gateway_env,
)
from tests.channels.e2e_helpers import (
    GREETING,
    NOT_TEXT,
    buttons,
    eventually_rows,
    rows,
    script,
    t,
)
from tests.channels.engine_proxy import EngineProxy
from tests.channels.fake_telegram import FakeTelegram

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def telegram() -> AsyncIterator[FakeTelegram]:
    """One fake Bot API server for the module's journeys (each uses its own chat ids)."""
    server = FakeTelegram()
    await server.start()
    yield server
    await server.stop()


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def proxy(engine: EngineProcess) -> AsyncIterator[EngineProxy]:
    """A recording proxy in front of the session's real engine."""
    p = EngineProxy(engine.url)
    await p.start()
    yield p
    await p.stop()


@pytest.fixture(scope="module")
def gateway_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return f"sqlite:///{tmp_path_factory.mktemp('journeys') / 'gateway.sqlite3'}"


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def gateway(
    telegram: FakeTelegram, proxy: EngineProxy, gateway_db: str, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[GatewayProcess]:
    """The real gateway process, shared by the journeys."""
    process = GatewayProcess(gateway_env(telegram, proxy.url, gateway_db), tmp_path_factory.mktemp("gw") / "gateway.log")
    await process.start()
    yield process
    await process.stop()


@pytest.fixture(autouse=True)
def no_error_logged(gateway: GatewayProcess) -> Iterator[None]:
    """A journey fails when a handler crashed, even if the person saw something plausible."""
    seen = len(gateway.output)
    yield
    errors = [line for line in gateway.output[seen:].splitlines() if " ERROR " in line or "Traceback" in line]
    assert errors == []


async def test_start_and_language_choice(telegram: FakeTelegram, gateway: Any, gateway_db: str) -> None:
    telegram.send_command(101, "/start", language_code="ru")
    await telegram.wait_for(lambda s: len(s.texts_to(101)) >= 3)
    greeting, notice, choose = telegram.texts_to(101)[:3]
    assert greeting == t("ru", GREETING)
    assert script(notice) == "ru" and "/privacy" in notice
    message_id, keys = buttons(telegram, 101)
    assert [k["callback_data"] for k in keys] == ["lang:hy", "lang:ru", "lang:en"]

    telegram.press_button(101, message_id, "lang:hy", language_code="ru")
    await telegram.wait_for(lambda s: len(s.texts_to(101)) >= 4)
    assert telegram.texts_to(101)[3].startswith("Ձեզ հետ կխոսեմ հայերեն")
    assert telegram.calls_for("answerCallbackQuery")
    assert telegram.calls_for("editMessageReplyMarkup", 101)  # the choice cannot be pressed twice
    (user,) = await rows(gateway_db, User, 101)
    assert user.language == "hy" and user.consent_at is not None
    assert user.pseudonym == pseudonym(PSEUDONYM_SECRET, 101)

    # A client language the bot does not speak gets English.
    telegram.send_command(102, "/start", language_code="de")
    await telegram.wait_for(lambda s: len(s.texts_to(102)) >= 3)
    assert telegram.texts_to(102)[0] == GREETING


async def test_question_in_each_language(telegram: FakeTelegram, gateway: Any, proxy: EngineProxy, gateway_db: str) -> None:
    questions = {
        201: ("en", "how do I get a work permit?"),
        202: ("ru", "Как получить ВНЖ?"),
        203: ("hy", "Ինչպե՞ս ստանալ աշխատանքի թույլտվություն"),
    }
    for chat_id, (_language, text) in questions.items():
        telegram.send_text(chat_id, text, language_code="en")
    await telegram.wait_for(lambda s: all(s.texts_to(c) for c in questions), timeout=20)
    # The privacy notice comes first (no /start), in the client's language; then the answer.
    await telegram.wait_for(lambda s: all(len(s.texts_to(c)) >= 2 for c in questions), timeout=20)
    for chat_id, (language, text) in questions.items():
        answer = "\n".join(telegram.texts_to(chat_id)[1:])
        assert script(answer) == language, (text, answer)
        # The right knowledge-base entry, with its source and the date it was checked.
        assert {"en": "workpermit.am", "ru": "жительств", "hy": "workpermit.am"}[language] in answer, answer
        assert {"en": "Checked on", "ru": "Проверено", "hy": "Ստուգված է"}[language] in answer, answer
        assert all(c.params.get("parse_mode") == "HTML" for c in telegram.calls_for("sendMessage", chat_id))
    sender = pseudonym(PSEUDONYM_SECRET, 202)
    assert proxy.messages_from(sender) == ["Как получить ВНЖ?"]
    (request,) = [r for r in proxy.requests if r["sender"] == sender]
    assert request["metadata"] == {"telegram_language_code": "en", "preferred_language": None}

    # Logs carry neither the token nor what people wrote.
    log = gateway.output
    assert "gateway started" in log
    assert telegram.token not in log and telegram.token.split(":")[1] not in log
    for _language, text in questions.values():
        assert text not in log


async def test_language_switch(telegram: FakeTelegram, gateway: Any, gateway_db: str) -> None:
    telegram.send_command(301, "/help", language_code="en")
    await telegram.wait_for(lambda s: len(s.texts_to(301)) >= 1)
    assert script(telegram.texts_to(301)[0]) == "en"
    telegram.send_command(301, "/language")
    await telegram.wait_for(lambda s: s.last_keyboard(301) is not None)
    message_id, _keys = buttons(telegram, 301)
    telegram.press_button(301, message_id, "lang:ru")
    await telegram.wait_for(lambda s: len(s.texts_to(301)) >= 4)
    assert telegram.texts_to(301)[2].startswith("Буду говорить с вами по-русски")
    assert telegram.texts_to(301)[3].startswith("Кто вы?")  # who is asking, not asked before
    telegram.send_command(301, "/help")
    await telegram.wait_for(lambda s: len(s.texts_to(301)) >= 5)
    assert telegram.texts_to(301)[4] == t("ru", _help_msgid())
    # The engine gets the choice as a hint: the topic menu comes in Russian.
    telegram.send_command(301, "/menu")
    await telegram.wait_for(lambda s: len(s.texts_to(301)) >= 6, timeout=20)
    assert script(telegram.texts_to(301)[5]) == "ru"
    (user,) = await rows(gateway_db, User, 301)
    assert user.language == "ru"


async def test_language_chosen_with_the_engines_buttons(
    telegram: FakeTelegram, gateway: Any, proxy: EngineProxy, gateway_db: str
) -> None:
    chat = 311
    sender = pseudonym(PSEUDONYM_SECRET, chat)
    telegram.send_text(chat, "change language", language_code="en")

    def offered(s: FakeTelegram) -> bool:
        found = s.last_keyboard(chat)
        return found is not None and any(k["text"] == "Русский" for row in found[1] for k in row)

    await telegram.wait_for(offered, timeout=20)
    message_id, keys = buttons(telegram, chat)
    seen = len(telegram.texts_to(chat))
    telegram.press_button(chat, message_id, next(k["callback_data"] for k in keys if k["text"] == "Русский"))
    await telegram.wait_for(lambda s: len(s.texts_to(chat)) > seen, timeout=20)
    assert script(telegram.texts_to(chat)[seen]) == "ru"  # the engine confirms in Russian
    (user,) = await eventually_language(gateway_db, chat)
    assert user.language == "ru"
    # The gateway's own texts are now in Russian (the Telegram client still says English) ...
    telegram.send_command(chat, "/help", language_code="en")
    await telegram.wait_for(lambda s: t("ru", _help_msgid()) in s.texts_to(chat))
    # ... and the engine is told the choice with every message.
    telegram.send_command(chat, "/menu", language_code="en")
    await telegram.wait_for(lambda s: any(r["message"] == "/menu" for r in proxy.requests if r["sender"] == sender), timeout=20)
    (menu,) = [r for r in proxy.requests if r["sender"] == sender and r["message"] == "/menu"]
    assert menu["metadata"]["preferred_language"] == "ru"


async def eventually_language(database_url: str, chat_id: int, timeout: float = 5) -> list[User]:
    """The person's row once a language is stored (written just after the confirmation is sent)."""
    deadline = time.monotonic() + timeout
    while True:
        found = await rows(database_url, User, chat_id)
        if any(u.language for u in found) or time.monotonic() > deadline:
            return found
        await asyncio.sleep(0.1)


def _help_msgid() -> str:
    return (
        "Write your question in your own words, in Armenian, Russian or English.\n\n"
        "/menu: topics\n"
        "/language: change the language\n"
        "/settings: tell who you are, or change it\n"
        "/privacy: how your data is handled\n"
        "/delete_my_data: delete what this bot keeps about you\n\n"
        'To talk to a person, write "I want to talk to a person".'
    )


async def test_buttons_feedback_and_related_entry(telegram: FakeTelegram, gateway: Any, gateway_db: str) -> None:
    chat = 401
    telegram.send_command(chat, "/menu", language_code="en")
    await telegram.wait_for(lambda s: s.last_keyboard(chat) is not None, timeout=20)
    message_id, keys = buttons(telegram, chat)
    assert all(k["callback_data"].startswith("e:") and len(k["callback_data"].encode()) <= 64 for k in keys)
    topic = (
        next(k for k in keys if k["text"] == "Living in Armenia")
        if any(k["text"] == "Living in Armenia" for k in keys)
        else keys[0]
    )
    seen = len(telegram.texts_to(chat))
    telegram.press_button(chat, message_id, topic["callback_data"])
    await telegram.wait_for(lambda s: len(s.texts_to(chat)) > seen, timeout=20)

    # Open entries until one has feedback buttons.
    answer_keys: list[dict[str, Any]] = []
    for _attempt in range(3):
        message_id, keys = buttons(telegram, chat)
        entry = keys[0]
        seen = len(telegram.texts_to(chat))
        telegram.press_button(chat, message_id, entry["callback_data"])
        await telegram.wait_for(lambda s, seen=seen: len(s.texts_to(chat)) > seen, timeout=20)
        answer_id, answer_keys = buttons(telegram, chat)
        if any("👍" in k["text"] for k in answer_keys):
            break
    helpful = next(k for k in answer_keys if "👍" in k["text"])
    seen = len(telegram.texts_to(chat))
    telegram.press_button(chat, answer_id, helpful["callback_data"])
    await telegram.wait_for(lambda s: len(s.texts_to(chat)) > seen, timeout=20)
    (feedback,) = await eventually_rows(gateway_db, Feedback, chat)
    assert feedback.value == "helpful" and feedback.entry_id
    removed = [c for c in telegram.calls_for("editMessageReplyMarkup", chat) if c.params.get("message_id") == answer_id]
    assert removed, "the feedback buttons go once pressed"

    # A related entry: another answer arrives.
    related = [k for k in answer_keys if not any(mark in k["text"] for mark in ("👍", "👎", "🧑"))]
    if related:
        seen = len(telegram.texts_to(chat))
        telegram.press_button(chat, answer_id, related[0]["callback_data"])
        await telegram.wait_for(lambda s: len(s.texts_to(chat)) > seen, timeout=20)
        assert related[0]["text"].split()[0] in telegram.texts_to(chat)[seen]

    # A forged or foreign button is refused politely and reaches nobody.
    before = len(telegram.calls_for("sendMessage"))
    telegram.press_button(chat, answer_id, "e:forged-id")
    await telegram.wait_for(lambda s: any(c.params.get("show_alert") for c in s.calls_for("answerCallbackQuery")))
    assert len(telegram.calls_for("sendMessage")) == before


async def test_non_text_messages(telegram: FakeTelegram, gateway: Any) -> None:
    chat = 501
    senders = [telegram.send_photo, telegram.send_voice, telegram.send_document, telegram.send_sticker, telegram.send_location]
    for send in senders:
        send(chat, language_code="ru")
    await telegram.wait_for(lambda s: len(s.texts_to(chat)) >= len(senders))
    assert telegram.texts_to(chat) == [t("ru", NOT_TEXT)] * len(senders)
    message_id, keys = buttons(telegram, chat)
    assert [k["text"] for k in keys] == ["Связаться с сотрудником"]
    # No staff group configured: the person is told so and gets the contacts pointer.
    telegram.press_button(chat, message_id, keys[0]["callback_data"], language_code="ru")
    await telegram.wait_for(lambda s: any(x.startswith("Сейчас связаться с сотрудниками") for x in s.texts_to(chat)), timeout=20)


async def test_telegram_errors_429_and_403(telegram: FakeTelegram, gateway: Any, gateway_db: str) -> None:
    telegram.fail("sendMessage", 429, chat_id=1001, retry_after=1, times=1)
    telegram.fail("sendMessage", 403, chat_id=1002, times=None)
    started = time.monotonic()
    telegram.send_command(1001, "/help")
    telegram.send_command(1002, "/help")
    await telegram.wait_for(lambda s: len(s.texts_to(1001)) == 1)
    assert time.monotonic() - started >= 1
    await telegram.wait_for(lambda s: len(s.calls_for("sendMessage", 1002, ok=False)) >= 1)
    await asyncio.sleep(0.5)
    assert len(telegram.calls_for("sendMessage", 1002, ok=False)) == 1  # a 403 is not retried
    (user,) = await rows(gateway_db, User, 1002)
    assert user.blocked_at is not None


async def test_delete_my_data(telegram: FakeTelegram, gateway: Any, proxy: EngineProxy, gateway_db: str) -> None:
    chat = 1101
    telegram.send_text(chat, "asdkjh qwe zzz", language_code="en")
    await telegram.wait_for(lambda s: len(s.texts_to(chat)) >= 2, timeout=20)
    assert await eventually_rows(gateway_db, Unanswered, chat)  # the fallback was kept
    assert user_events(proxy, chat), "the engine kept the conversation"
    telegram.send_command(chat, "/delete_my_data")
    await telegram.wait_for(lambda s: s.last_keyboard(chat) is not None and "del:yes" in str(s.last_keyboard(chat)))
    message_id, _keys = buttons(telegram, chat)
    telegram.press_button(chat, message_id, "del:yes")
    await telegram.wait_for(lambda s: any(x.startswith("Done: everything") for x in s.texts_to(chat)), timeout=20)
    assert await rows(gateway_db, User, chat) == []
    assert await rows(gateway_db, Unanswered, chat) == []
    # The engine holds nothing of the person either (its own API, every event of the tracker).
    assert user_events(proxy, chat) == []


def user_events(proxy: EngineProxy, chat_id: int) -> list[dict[str, Any]]:
    """The person's messages in the engine's tracker of their conversation."""
    url = f"{proxy.target}/conversations/{pseudonym(PSEUDONYM_SECRET, chat_id)}/tracker?token={RASA_TOKEN}"
    with urllib.request.urlopen(url, timeout=10) as response:  # 127.0.0.1
        events = json.loads(response.read())["events"]
    return [e for e in events if e.get("event") == "user"]
