"""The report from a database the real gateway filled: the fake Bot API, the real engine (fast model).

240 people a backend, a third each in Armenian, Russian and English: questions answered, some voted
"not helpful" with the feedback buttons, questions the engine declines (known near-duplicates),
and requests for a person (cases in the staff group). Then the report is built from that database and
checked against SQL counts, rendered in Chromium, and asked for with /report in the staff group.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from sqlalchemy import func, select

from channels.db import models as gw
from channels.db.models import utcnow
from channels.db.session import create_engine, create_session_factory
from channels.handoff.models import Case
from channels.report.builder import build_report
from channels.report.output import write_report
from channels.report.themes import themes
from tests.channels.conftest import PG_ADMIN_URL, EngineProcess, _postgres_reachable, gateway_env
from tests.channels.handoff_support import STAFF_CHAT_ID, STAFF_USER_ID, drop_postgres_database, fresh_postgres_database
from tests.channels.report.browser import CHROMIUM, check_page, render
from tests.channels.report.conftest import MediaTelegram

pytestmark = pytest.mark.asyncio
ROOT = Path(__file__).resolve().parents[3]
PEOPLE = 240
LANGUAGES = ("hy", "ru", "en")
# Questions the engine declines (checked with `migrabot ask --fast`), as near-duplicate families.
DECLINED = {
    "en": [["set the thermostat to 22 degrees", "Set the thermostat to 22 degrees!", "set the termostat to 22 degrees"],
           ["who won the football match yesterday?", "Who won the football match yesterday"],
           ["recipe for chocolate cake", "Recipe for chocolate cake?", "recipe for a chocolate cake"]],
    "ru": [["поставь будильник на 7 утра", "Поставь будильник на 7 утра!", "поставь будильник на 7 утро"],
           ["Кто выиграл футбольный матч вчера?", "кто выиграл футбольный матч вчера"],
           ["рецепт шоколадного торта", "Рецепт шоколадного торта?", "рецепт шоколадного торта!!"]],
    "hy": [["ինչ եղանակ է վաղը", "Ինչ եղանակ է վաղը՞", "ինչ եղանակ կլինի վաղը"],
           ["Ով հաղթեց երեկվա ֆուտբոլի խաղում", "ով հաղթեց երեկվա ֆուտբոլի խաղում?"],
           ["երգ միացրու", "Երգ միացրու!", "մի երգ միացրու"]],
}
WORK_PERMIT = {"en": "how do I get a work permit?", "ru": "как получить разрешение на работу",
               "hy": "ինչպես ստանալ աշխատանքի թույլտվություն"}
RENEWAL = {"en": "how to renew residence card", "ru": "как продлить карту резидента",
           "hy": "ինչպես երկարաձգել կացության քարտը"}
A_PERSON = {"en": "I want to talk to a person", "ru": "хочу поговорить с человеком",
            "hy": "ուզում եմ խոսել մարդու հետ"}


class Plan:
    """What each person says and presses, and what the database must then hold."""

    def __init__(self, first_chat: int) -> None:
        self.messages: dict[int, tuple[str, list[str]]] = {}
        self.vote: dict[int, str] = {}
        self.declined: Counter[str] = Counter()
        self.handoffs = 0
        for n in range(PEOPLE):
            chat, lang, kind = first_chat + n, LANGUAGES[n % 3], (n // 3) % 8
            said: list[str] = []
            if kind in (0, 1, 2):
                said.append((WORK_PERMIT if kind != 1 else RENEWAL)[lang])
                if kind < 2:
                    self.vote[chat] = "👎" if kind == 0 else "👍"
            elif kind in (3, 4, 5, 7):
                family = DECLINED[lang][{3: 0, 4: 1, 5: 2, 7: 1}[kind]]
                said.append(family[(n // 24) % len(family)])
                self.declined[said[-1]] += 1
                if kind == 5:
                    said.append(WORK_PERMIT[lang])  # then a question it answers
            else:
                said.append(A_PERSON[lang])
                self.handoffs += 1
            self.messages[chat] = (lang, said)


async def count(url: str, statement: Any) -> Any:
    engine = create_engine(url)
    try:
        async with create_session_factory(engine)() as session:
            return (await session.execute(statement)).all()
    finally:
        await engine.dispose()


async def until(check: Callable[[], Awaitable[bool]], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not await check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.25)


@pytest_asyncio.fixture(params=["sqlite", "postgresql"])
async def database(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[tuple[str, int]]:
    """A fresh database of each backend, and the first chat id of its people (the engine remembers)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'gateway.sqlite3'}", 8_710_000
        return
    if not _postgres_reachable():
        pytest.skip("no PostgreSQL on 127.0.0.1:5432")
    url = await fresh_postgres_database(PG_ADMIN_URL)
    try:
        yield url, 8_720_000
    finally:
        await drop_postgres_database(PG_ADMIN_URL, url)


@pytest_asyncio.fixture
async def media() -> AsyncIterator[MediaTelegram]:
    server = MediaTelegram()
    await server.start()
    yield server
    await server.stop()


@pytest.mark.skipif(not CHROMIUM.exists(), reason="make chromium installs Debian's chromium")
async def test_report_from_a_real_gateway_run(media: MediaTelegram, engine: EngineProcess, database: tuple[str, int],
                                              gateway_factory: Any, tmp_path: Path) -> None:
    url, first_chat = database
    plan = Plan(first_chat)
    await gateway_factory(gateway_env(
        media, engine.url, url, STAFF_CHAT_ID=str(STAFF_CHAT_ID), STAFF_USER_IDS=str(STAFF_USER_ID),
        OFFICE_HOURS="Mon-Sun 00:00-23:59", STAFF_LANGUAGE="en", STAFF_MESSAGES_PER_MINUTE="6000",
        STAFF_BURST="50"))

    for chat, (lang, said) in plan.messages.items():
        for text in said:
            media.send_text(chat, text, language_code=lang)
    sent = sum(len(said) for _, said in plan.messages.values())

    async def all_done() -> bool:
        [(turns,)] = await count(url, select(func.count()).select_from(gw.Turn).where(gw.Turn.role == "user"))
        [(cases,)] = await count(url, select(func.count()).select_from(Case))
        [(declined,)] = await count(url, select(func.count()).select_from(gw.Unanswered)
                                    .where(gw.Unanswered.reason == "fallback"))
        voters = all(any("👎" in k["text"] for row in (media.last_keyboard(c) or (0, []))[1] for k in row)
                     for c in plan.vote)
        return (turns >= sent - plan.handoffs and cases == plan.handoffs and voters
                and declined >= sum(plan.declined.values()))

    await until(all_done, 300, "every message answered, declined or handed to staff")
    for chat, mark in plan.vote.items():
        message_id, keyboard = media.last_keyboard(chat)  # type: ignore[misc]
        button = next(k for row in keyboard for k in row if mark in k["text"])
        media.press_button(chat, message_id, button["callback_data"], language_code=plan.messages[chat][0])

    async def votes_stored() -> bool:
        [(votes,)] = await count(url, select(func.count()).select_from(gw.Feedback))
        return votes == len(plan.vote)

    await until(votes_stored, 120, "every vote stored")

    # Then nothing more moves (a turn is recorded just after its reply is sent).
    async def totals() -> list[Any]:
        return [await count(url, select(func.count()).select_from(table)) for table in (gw.Turn, gw.Unanswered, Case)]

    settled: list[Any] = []

    async def still() -> bool:
        now = await totals()
        same = now == (settled[-1] if settled else None)
        settled.append(now)
        await asyncio.sleep(1.5)
        return same

    await until(still, 60, "the database to settle")

    today = utcnow().date()
    engine_db = create_engine(url)
    try:
        report = await build_report(create_session_factory(engine_db), today - dt.timedelta(days=1), today,
                                    ROOT / "knowledge_base")
    finally:
        await engine_db.dispose()

    # Counts match the database ...
    # A question kept while the engine was slow or down is answered later: not a declined one.
    [(declined,)] = await count(url, select(func.count()).select_from(gw.Unanswered)
                                .where(gw.Unanswered.reason == "fallback"))
    [(cases,)] = await count(url, select(func.count()).select_from(Case))
    [(questions,)] = await count(url, select(func.count()).select_from(gw.Turn).where(gw.Turn.role == "user"))
    by_language = dict(await count(url, select(gw.User.language, func.count()).join(
        gw.Turn, gw.Turn.chat_id == gw.User.chat_id).where(gw.Turn.role == "user").group_by(gw.User.language)))
    votes = dict(((e, v), n) for e, v, n in await count(url, select(
        gw.Feedback.entry_id, gw.Feedback.value, func.count()).group_by(gw.Feedback.entry_id, gw.Feedback.value)))
    assert report.outcomes["declined"] == declined and report.outcomes["handed to staff"] == cases
    assert report.questions == questions
    per_language: Counter[str] = Counter()
    for day in report.per_day.values():
        per_language.update(day)
    assert dict(per_language) == {lang or "unknown": n for lang, n in by_language.items()}
    rows = {e.entry_id: e for e in report.entries}
    assert rows["work.permit"].not_helpful == votes[("work.permit", "not_helpful")]
    assert "residence.renewal" not in rows  # voted helpful only
    # ... and what the people did: every declined question stored once, every request a case.
    assert declined == sum(plan.declined.values()) and cases == plan.handoffs
    assert votes == {("work.permit", "not_helpful"): 30, ("residence.renewal", "helpful"): 30}

    # Groups: each family of near-duplicates is one group, with every wording and the right count.
    families = [f for fams in DECLINED.values() for f in fams]
    assert len(report.groups) == len(families)
    for family in families:
        [group] = [g for g in report.groups if family[0] in g.variants]
        assert set(group.variants) == set(family)
        assert group.count == sum(plan.declined[w] for w in family)
        assert len(group.languages) == 1
    assert themes(report.groups) == []  # none is near a knowledge-base entry

    # The page renders in Chromium.
    write_report(report, tmp_path / "out")
    seen = await render(tmp_path / "out" / "report.html", tmp_path / "page.png")
    check_page(seen, tmp_path / "page.png")

    # /report in the staff group: the summary, the four charts as photos and the page as a document.
    media.staff_says("/report")
    await media.wait_for(lambda s: bool(s.calls_for("sendDocument", STAFF_CHAT_ID)), timeout=120)
    summary = next(t for t in media.staff_texts() if "not answered" in t)
    assert f"{questions} questions, {declined} not answered, {cases} handed to staff" in summary
    assert len(media.calls_for("sendPhoto", STAFF_CHAT_ID)) == 4
