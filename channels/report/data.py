"""What the report reads from the gateway's tables over a period (never a chat id or a name)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from channels.db.models import Feedback, Turn, Unanswered, User
from channels.handoff.models import Case, aware

NOT_HELPFUL = "not_helpful"


@dataclass(frozen=True)
class Declined:
    """A wording the assistant could not answer, and how many times it came in the period."""

    text: str
    language: str
    times: int = 1


@dataclass(frozen=True)
class Vote:
    """A helpful / not helpful press on an answer."""

    at: dt.datetime
    entry_id: str | None
    value: str


@dataclass(frozen=True)
class Handoff:
    """A case opened for staff, without the person's id."""

    opened_at: dt.datetime
    entry_id: str | None
    reason: str
    language: str
    first_staff_reply_at: dt.datetime | None


@dataclass
class PeriodData:
    """The rows of one period, [start, end) in UTC."""

    start: dt.datetime
    end: dt.datetime
    # Questions people sent (user turns), by UTC day and the person's language.
    questions: Counter[tuple[dt.date, str]] = field(default_factory=Counter)
    declined: list[Declined] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    handoffs: list[Handoff] = field(default_factory=list)


def _language(value: str | None) -> str:
    return value or "unknown"


def _day(column: Any, dialect: str) -> Any:
    """The UTC calendar day of a timestamp column, computed by the database."""
    if dialect == "postgresql":
        return func.date(func.timezone("UTC", column))
    return func.date(column)  # SQLite keeps UTC text; date() reads it (and any offset) as UTC


def _date(value: dt.date | str) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


async def read_period(sessions: async_sessionmaker[AsyncSession], start: dt.datetime, end: dt.datetime) -> PeriodData:
    """Read the period's questions, unanswered questions, votes and cases."""
    data = PeriodData(start, end)
    async with sessions() as session:
        # Counted and grouped by the database: 100,000 rows are not worth carrying over one by one.
        dialect = (await session.connection()).dialect.name
        day = _day(Turn.created_at, dialect).label("day")
        people = select(User.chat_id, User.language).cte("people")
        if dialect == "sqlite":
            # Copied once with an index of its own (chat id -> language): SQLite then finds each
            # turn's language in one look-up instead of two, a third of this query's time.
            people = people.prefix_with("MATERIALIZED")
        rows = await session.execute(
            select(day, people.c.language, func.count())
            .select_from(Turn).outerjoin(people, people.c.chat_id == Turn.chat_id)
            .where(Turn.role == "user", Turn.created_at >= start, Turn.created_at < end)
            .group_by(day, people.c.language))
        data.questions = Counter({(_date(at), _language(lang)): n for at, lang, n in rows})
        rows = await session.execute(
            select(Unanswered.text, Unanswered.language, func.count())
            # The engine's fallback only: a question kept while the engine was down is answered later.
            .where(Unanswered.created_at >= start, Unanswered.created_at < end, Unanswered.reason == "fallback")
            .group_by(Unanswered.text, Unanswered.language)
            .order_by(func.min(Unanswered.id)))
        data.declined = [Declined(text, _language(lang), n) for text, lang, n in rows]
        rows = await session.execute(
            select(Feedback.created_at, Feedback.entry_id, Feedback.value)
            .where(Feedback.created_at >= start, Feedback.created_at < end))
        data.votes = [Vote(aware(at), entry, value) for at, entry, value in rows]
        rows = await session.execute(
            select(Case.opened_at, Case.entry_id, Case.reason, Case.language, Case.first_staff_reply_at)
            .where(Case.opened_at >= start, Case.opened_at < end))
        data.handoffs = [Handoff(aware(at), entry, reason, _language(lang), aware(first))
                         for at, entry, reason, lang, first in rows]
    return data
