"""Fixtures of the report tests: a fresh migrated database per backend, filled with known rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from channels.db import models as gw
from channels.db.session import create_engine, create_session_factory
from channels.handoff.models import Case
from tests.channels.handoff_support import ForumTelegram

UTC = dt.timezone.utc
# Telegram ids far from every count and date in the report, so a leak is easy to find.
FIRST_CHAT_ID = 7_340_000_001
PEOPLE = 90
LANGUAGES = ("en", "ru", "hy")

# Near-duplicates that must end up together: (wording, times asked).
WORK_PERMIT_EN = [("how to get a work permit?", 5), ("How to get work permit", 4),
                  ("how do i get a work permit", 3), ("HOW TO GET A WORK PERMIT!!", 2)]
WORK_PERMIT_RU = [("Как получить разрешение на работу?", 4), ("как получить разрешение на работу", 3),
                  ("как мне получить разрешение на работу", 2)]
WORK_PERMIT_HY = [("Ինչպե՞ս ստանալ աշխատանքի թույլտվություն։", 3),
                  ("ինչպես ստանալ աշխատանքի թույլտվություն", 3)]
CAT = [("can i bring my cat to armenia", 4), ("Can I bring my cat to Armenia?", 3)]
SIM = [("where to buy sim card", 3), ("where can i buy a sim card", 3)]
ALONE = [("how to get a residence permit", 2), ("what is the weather today", 1),
         ("как получить вид на жительство", 2)]

KB = """\
entries:
  - id: work.permit
    topic: work
    status: published
    reviewed: 2026-11-20
    questions:
      en: [how do i get a work permit, work permit for foreigners]
      ru: [как получить разрешение на работу]
      hy: [ինչպես ստանալ աշխատանքի թույլտվություն]
  - id: residence.temporary
    topic: residence
    status: published
    reviewed: 2025-01-10
    questions:
      en: [how to get a residence permit, temporary residence card]
      ru: [как получить вид на жительство]
  - id: pets.import
    topic: entry
    status: draft
    reviewed: 2026-11-01
    questions:
      en: [can i bring my dog to armenia, bringing pets into armenia]
  - id: telecom.sim
    topic: services
    status: published
    reviewed: 2024-06-01
    questions:
      en: [how do i buy a local sim card]
"""


class MediaTelegram(ForumTelegram):
    """ForumTelegram whose sendPhoto and sendDocument answer with a message, as Telegram does."""

    def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "sendPhoto":
            return self._sent_message(params, photo=[{"file_id": "p", "file_unique_id": "p", "width": 800,
                                                      "height": 350}])
        if method == "sendDocument":
            return self._sent_message(params, document={"file_id": "d", "file_unique_id": "d"})
        return super()._result(method, params)


@dataclass
class Filled:
    """What was written, for the assertions."""

    chat_ids: list[int] = field(default_factory=list)
    pseudonyms: list[str] = field(default_factory=list)
    questions: int = 0
    questions_by_language: dict[str, int] = field(default_factory=dict)
    declined: int = 0
    handoffs: int = 0


@pytest_asyncio.fixture
async def sessions(migrated_db: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """Sessions on a fresh, migrated database of each backend (PostgreSQL when one runs here)."""
    engine = create_engine(migrated_db)
    yield create_session_factory(engine)
    await engine.dispose()


@pytest.fixture
def knowledge_base(tmp_path: Path) -> Path:
    """A miniature knowledge base: one fresh entry, two stale ones and a draft."""
    directory = tmp_path / "kb"
    directory.mkdir()
    (directory / "small.yml").write_text(KB, encoding="utf-8")
    (directory / "catalogue.yml").write_text("areas: {}\n", encoding="utf-8")
    return directory


async def fill(sessions: async_sessionmaker[AsyncSession], start: dt.datetime, days: int) -> Filled:
    """People in three languages over ``days`` days from ``start``, plus rows before it."""
    filled = Filled()
    before = start - dt.timedelta(days=3)
    async with sessions() as session:
        for n in range(PEOPLE):
            chat_id = FIRST_CHAT_ID + n
            language = LANGUAGES[n % 3]
            alias = f"pseudonym-{n:04d}-secretish"
            filled.chat_ids.append(chat_id)
            filled.pseudonyms.append(alias)
            session.add(gw.User(chat_id=chat_id, pseudonym=alias, language=language))
            for k in range(4):
                at = start + dt.timedelta(days=(n + k) % days, hours=k + 1)
                session.add(gw.Turn(chat_id=chat_id, role="user", text=f"question {k} of person {n}", created_at=at))
                session.add(gw.Turn(chat_id=chat_id, role="bot", text="an answer", created_at=at))
                filled.questions += 1
                filled.questions_by_language[language] = filled.questions_by_language.get(language, 0) + 1
            # Outside the period: never counted.
            session.add(gw.Turn(chat_id=chat_id, role="user", text="old question", created_at=before))
        texts = WORK_PERMIT_EN + WORK_PERMIT_RU + WORK_PERMIT_HY + CAT + SIM + ALONE
        n = 0
        for text, times in texts:
            for _ in range(times):
                language = "ru" if text[0] in "КкВв" else "hy" if text[0] in "Իի" else "en"
                session.add(gw.Unanswered(chat_id=FIRST_CHAT_ID + n % PEOPLE, text=text, language=language,
                                          reason="fallback", created_at=start + dt.timedelta(hours=n)))
                n += 1
        filled.declined = n
        session.add(gw.Unanswered(chat_id=FIRST_CHAT_ID, text="how to get a work permit?", language="en",
                                  reason="fallback", created_at=before))
        votes = [("work.permit", "not_helpful", 7), ("work.permit", "helpful", 3),
                 ("residence.temporary", "not_helpful", 2), ("telecom.sim", "helpful", 4),
                 ("pets.import", "not_helpful", 1)]
        n = 0
        for entry_id, value, times in votes:
            for _ in range(times):
                session.add(gw.Feedback(chat_id=FIRST_CHAT_ID + n, entry_id=entry_id, value=value, language="en",
                                        created_at=start + dt.timedelta(hours=2 * n + 1)))
                n += 1
        session.add(gw.Feedback(chat_id=FIRST_CHAT_ID, entry_id="work.permit", value="not_helpful",
                                language="en", created_at=before))
        cases = [("work.permit", "fallback", 3), ("residence.temporary", "user_request", 1),
                 (None, "urgent", 2)]
        n = 0
        for entry_id, reason, times in cases:
            for _ in range(times):
                opened = start + dt.timedelta(days=n % days, hours=3)
                session.add(Case(chat_id=FIRST_CHAT_ID + n, state="closed", language="ru", reason=reason,
                                 urgent=reason == "urgent", entry_id=entry_id, opened_at=opened,
                                 first_staff_reply_at=opened + dt.timedelta(minutes=10 * (n + 1)),
                                 closed_at=opened + dt.timedelta(hours=1), close_reason="staff"))
                n += 1
        filled.handoffs = n
        await session.commit()
    return filled
