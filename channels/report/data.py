"""What the report reads from the gateway's tables over a period (never a chat id or a name)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from channels.db.models import Feedback, Turn, Unanswered, User
from channels.handoff.models import Case, aware

NOT_HELPFUL = "not_helpful"


@dataclass(frozen=True)
class Question:
    """A question a person sent (a user turn), with the person's chosen language."""

    at: dt.datetime
    language: str


@dataclass(frozen=True)
class Declined:
    """A question the assistant could not answer."""

    at: dt.datetime
    text: str
    language: str


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
    questions: list[Question] = field(default_factory=list)
    declined: list[Declined] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    handoffs: list[Handoff] = field(default_factory=list)


def _language(value: str | None) -> str:
    return value or "unknown"


async def read_period(sessions: async_sessionmaker[AsyncSession], start: dt.datetime, end: dt.datetime) -> PeriodData:
    """Read the period's questions, unanswered questions, votes and cases."""
    data = PeriodData(start, end)
    async with sessions() as session:
        rows = await session.execute(
            select(Turn.created_at, User.language)
            .outerjoin(User, User.chat_id == Turn.chat_id)
            .where(Turn.role == "user", Turn.created_at >= start, Turn.created_at < end))
        data.questions = [Question(aware(at), _language(lang)) for at, lang in rows]
        rows = await session.execute(
            select(Unanswered.created_at, Unanswered.text, Unanswered.language)
            .where(Unanswered.created_at >= start, Unanswered.created_at < end)
            .order_by(Unanswered.id))
        data.declined = [Declined(aware(at), text, _language(lang)) for at, text, lang in rows]
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
