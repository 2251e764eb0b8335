"""Who is asking: the one-tap question after /start, /settings, inference from answers, the header, counts."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from sqlalchemy import inspect
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from channels.audience import QUESTION, inferred
from channels.db import migrate
from channels.db.models import User
from channels.db.repo import Repository
from channels.db.session import create_engine, create_session_factory
from channels.handoff.people import header_context
from channels.handoff.texts import header
from tests.channels.e2e_helpers import t
from tests.channels.fake_engine import FakeEngine
from tests.channels.fake_telegram import FakeTelegram
from tests.channels.test_conversation import Harness, close, make_harness

DISPLACED = '/entry{"entry_id":"displaced.housing"}'


@pytest_asyncio.fixture
async def harness(telegram: FakeTelegram, fake_engine: FakeEngine, tmp_path: Path) -> AsyncIterator[Harness]:
    scripted = fake_engine.reply

    def reply(body: dict[str, Any]) -> list[dict[str, Any]]:
        # "displaced ..." is answered with a displaced.* entry, as the real engine would.
        if body["message"].startswith("displaced"):
            body = {**body, "message": DISPLACED}
        return scripted(body)

    fake_engine.reply = reply  # type: ignore[method-assign]
    h, client = await make_harness(telegram, fake_engine, tmp_path, None)
    yield h
    await close(h, client)


async def audience(h: Harness, chat_id: int) -> str | None:
    (user,) = await h.rows(User, chat_id)
    return user.audience


def asked(h: Harness, chat_id: int, language: str = "en") -> int:
    return h.telegram.texts_to(chat_id).count(t(language, QUESTION))


async def start(h: Harness, chat_id: int, language: str = "English") -> None:
    await h.text(chat_id, "/start")
    await h.press(chat_id, language)


@pytest.mark.asyncio
async def test_asked_once_after_start_in_the_chosen_language_and_skip_is_final(harness: Harness) -> None:
    await start(harness, 11, "Русский")
    assert asked(harness, 11, "ru") == 1
    assert harness.telegram.texts_to(11)[-1] == t("ru", QUESTION)  # after the language confirmation
    _message_id, keyboard = harness.telegram.last_keyboard(11) or (0, [])
    titles = [b["text"] for row in keyboard for b in row]
    assert len(titles) == 10 and titles[-2:] == ["Не хочу указывать", "Пропустить"]
    await harness.press(11, "Пропустить")
    assert await audience(harness, 11) == "skipped"
    assert harness.telegram.calls_for("editMessageReplyMarkup", 11)  # cannot be pressed twice
    await start(harness, 11, "Русский")
    assert asked(harness, 11, "ru") == 1


@pytest.mark.asyncio
async def test_a_tap_is_stored_and_not_asked_again(harness: Harness) -> None:
    await start(harness, 12)
    await harness.press(12, "Refugee")
    assert await audience(harness, 12) == "refugee"
    assert harness.telegram.texts_to(12)[-1] == "Thank you. You can change this at any time with /settings."
    await start(harness, 12)
    assert asked(harness, 12) == 1


@pytest.mark.asyncio
async def test_never_required_a_question_instead_of_a_tap_is_answered(harness: Harness) -> None:
    await start(harness, 13)
    await harness.text(13, "how do I get a work permit?")
    assert harness.engine.requests[-1]["message"] == "how do I get a work permit?"
    assert "work permit" in harness.telegram.texts_to(13)[-1]
    assert await audience(harness, 13) is None  # not asked again by that, not guessed either


@pytest.mark.asyncio
async def test_settings_shows_and_changes_it(harness: Harness) -> None:
    await start(harness, 14)
    await harness.press(14, "Repatriate")
    await harness.text(14, "/settings")
    shown = harness.telegram.texts_to(14)
    assert shown[-2] == "Language: English (change it with /language).\nWho you are: Repatriate."
    _message_id, keyboard = harness.telegram.last_keyboard(14) or (0, [])
    assert "Skip" not in [b["text"] for row in keyboard for b in row]
    await harness.press(14, "Emigrant")
    assert await audience(harness, 14) == "emigrant"
    await harness.text(14, "/help")
    assert "/settings" in harness.telegram.texts_to(14)[-1]


@pytest.mark.asyncio
async def test_inferred_from_a_displaced_answer_but_never_over_a_choice(harness: Harness) -> None:
    await harness.text(15, "displaced: where can we stay?")
    assert "Entry displaced.housing" in harness.telegram.texts_to(15)
    assert await audience(harness, 15) == "forcibly_displaced"
    # A skip is no choice of a group: the conversation may still make it plain.
    await start(harness, 16)
    await harness.press(16, "Skip")
    await harness.text(16, "displaced: where can we stay?")
    assert await audience(harness, 16) == "forcibly_displaced"
    # An explicit choice, "prefer not to say" included, stays.
    for chat_id, title, code in ((17, "Returnee", "returnee"), (18, "Prefer not to say", "undisclosed")):
        await start(harness, chat_id)
        await harness.press(chat_id, title)
        await harness.text(chat_id, "displaced: where can we stay?")
        assert await audience(harness, chat_id) == code
    # Only answers infer: a fallback or another topic does not.
    await harness.text(19, "how do I get a work permit?")
    await harness.text(19, "zzz qqq")
    assert await audience(harness, 19) is None


def test_entry_prefixes() -> None:
    assert [inferred(e) for e in ("displaced.housing", "asylum.apply", "refugee.status", "repatriation.steps")] == [
        "forcibly_displaced",
        "asylum_seeker",
        "refugee",
        "repatriate",
    ]
    assert [inferred(e) for e in ("return.reintegration", "readmission.eu", "work.permit", None, "displacedx")] == [
        "returnee",
        "returnee",
        None,
        None,
        None,
    ]
    assert inferred("displaced.idp") == "internally_displaced"  # the knowledge base's entry for IDPs


# -- the database: SQLite and PostgreSQL ----------------------------------------------------------
@pytest_asyncio.fixture
async def sessions(database_url: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    await asyncio.to_thread(migrate.upgrade, database_url)
    engine = create_engine(database_url)
    factory = create_session_factory(engine)
    async with factory() as session:
        await session.execute(User.__table__.delete())
        await session.commit()
    yield factory
    await engine.dispose()


async def columns(url: str) -> set[str]:
    engine = create_engine(url)
    async with engine.connect() as connection:
        names = await connection.run_sync(lambda c: {col["name"] for col in inspect(c).get_columns("users")})
    await engine.dispose()
    return names


@pytest.mark.asyncio
async def test_migration_adds_and_drops_the_column(database_url: str) -> None:
    await asyncio.to_thread(migrate.upgrade, database_url)
    assert "audience" in await columns(database_url)
    await asyncio.to_thread(migrate.downgrade, database_url, "0003_inbox")
    assert "audience" not in await columns(database_url)
    assert "pseudonym" in await columns(database_url)
    await asyncio.to_thread(migrate.upgrade, database_url)
    assert "audience" in await columns(database_url)


@pytest.mark.asyncio
async def test_counts_by_audience_without_ids(sessions: async_sessionmaker[AsyncSession]) -> None:
    repo = Repository(sessions)
    for chat_id in range(1, 8):
        await repo.person(chat_id, f"p{chat_id}", "en")
    for chat_id, group in ((1, "refugee"), (2, "refugee"), (3, "emigrant"), (4, "skipped")):
        await repo.set_audience(chat_id, group)
    assert await repo.infer_audience(5, "forcibly_displaced")
    assert not await repo.infer_audience(1, "forcibly_displaced")  # an explicit choice stays
    assert await repo.infer_audience(4, "returnee")  # a skip does not block it
    assert (await repo.person(1, "p1", "en")).audience == "refugee"
    counts = await repo.audience_counts()
    assert counts == {"refugee": 2, "emigrant": 1, "forcibly_displaced": 1, "returnee": 1, None: 2}
    assert sum(counts.values()) == 7


@pytest.mark.asyncio
async def test_case_header_shows_the_audience(sessions: async_sessionmaker[AsyncSession]) -> None:
    repo = Repository(sessions)
    await repo.person(21, "p21", "ru")
    await repo.person(22, "p22", "ru")
    await repo.infer_audience(21, "forcibly_displaced")
    _alias, known, _turns = await header_context(sessions, 21, None, 6)
    _alias, unknown, _turns = await header_context(sessions, 22, None, 6)
    facts: dict[str, Any] = {
        "number": 1,
        "person": "x",
        "language": "ru",
        "reason": "user_request",
        "urgent": False,
        "entry_id": None,
        "summary": None,
        "turns": [],
    }
    assert "Audience: forcibly displaced\n" in header(audience=known, lang="en", **facts)
    assert "Аудитория: вынужденно перемещённое лицо\n" in header(audience=known, lang="ru", **facts)
    assert "Լսարան: բռնի տեղահանված անձ\n" in header(audience=known, lang="hy", **facts)
    assert "Audience: unknown\n" in header(audience=unknown, lang="en", **facts)
    assert "Audience: unknown\n" in header(audience="skipped", lang="en", **facts)
    assert "Audience: prefers not to say\n" in header(audience="undisclosed", lang="en", **facts)
