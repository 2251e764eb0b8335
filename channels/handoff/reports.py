"""Staff reports from the case table: /queue and /stats (HTML in the staff language)."""

from __future__ import annotations

import html
import statistics
from datetime import datetime, timedelta, timezone

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from channels.crisis.state import active_crisis
from channels.crisis.topics import crisis_first
from channels.db.models import utcnow
from channels.handoff import texts
from channels.handoff.models import CLOSED, OPEN, Case, aware
from channels.handoff.office_hours import YEREVAN
from channels.handoff.settings import HandoffSettings

QUEUE_LIMIT = 25  # lines of /queue: one message, well under Telegram's 4096 characters

Sessions = async_sessionmaker[AsyncSession]


def topic_link(staff_chat_id: int, topic_id: int | None) -> str | None:
    """A t.me link that opens a topic of the staff supergroup."""
    chat = str(staff_chat_id)
    if topic_id is None or not chat.startswith("-100"):
        return None
    return f"https://t.me/c/{chat[4:]}/{topic_id}"


async def queue(sessions: Sessions, settings: HandoffSettings) -> str:
    """Open cases, urgent first, then those on the topics of a crisis now on, then the longest waiting."""
    lang = settings.staff_language
    now = utcnow()
    async with sessions() as session:
        crisis = await active_crisis(session)
        topics = crisis.topics if crisis else ()
        cases = (await session.scalars(
            select(Case).where(Case.state == OPEN)
            .order_by(Case.urgent.desc(), *crisis_first(topics, Case.entry_id), Case.opened_at, Case.id)
        )).all()
    if not cases:
        return texts.staff(lang, "No open cases.")
    title = texts.staff(lang, "Open cases: {count}", count=len(cases))
    lines = [f"<b>{title}</b>"]
    for case in cases[:QUEUE_LIMIT]:
        line = texts.queue_line(
            case.id, case.language, case.reason, case.urgent,
            now - aware(case.opened_at), case.first_staff_reply_at is not None,
            topic_link(settings.staff_chat_id, case.topic_id), lang,
            crisis=crisis is not None and crisis.covers(case.entry_id),
        )
        if case.person_blocked_at is not None:
            line += " · " + texts.staff(lang, "blocked the bot")
        lines.append(line)
    if len(cases) > QUEUE_LIMIT:
        lines.append(texts.staff(lang, "… and {count} more", count=len(cases) - QUEUE_LIMIT))
    return "\n".join(lines)


async def stats(sessions: Sessions, settings: HandoffSettings) -> str:
    """Open cases, opened and closed today (Yerevan) and in 7 days, first reply times."""
    lang = settings.staff_language
    now = utcnow()
    # Midnight in Yerevan, compared in UTC (SQLite keeps UTC digits without a zone).
    today = (datetime.now(YEREVAN).replace(hour=0, minute=0, second=0, microsecond=0)
             .astimezone(timezone.utc))
    week = now - timedelta(days=7)
    async with sessions() as session:
        open_count = await session.scalar(select(func.count()).where(Case.state == OPEN))
        urgent_open = await session.scalar(
            select(func.count()).where(Case.state == OPEN, Case.urgent.is_(True)))
        opened_today = await session.scalar(select(func.count()).where(Case.opened_at >= today))
        closed_today = await session.scalar(
            select(func.count()).where(Case.state == CLOSED, Case.closed_at >= today))
        opened_week = await session.scalar(select(func.count()).where(Case.opened_at >= week))
        reasons = (await session.execute(
            select(Case.reason, func.count()).where(Case.opened_at >= week)
            .group_by(Case.reason))).all()
        replies = (await session.execute(
            select(Case.opened_at, Case.first_staff_reply_at).where(
                Case.opened_at >= week, Case.first_staff_reply_at.is_not(None)))).all()
    lines = [
        "<b>" + texts.staff(lang, "Statistics") + "</b>",
        texts.staff(lang, "Open now: {count} (urgent: {urgent})", count=open_count,
                    urgent=urgent_open),
        texts.staff(lang, "Today: {opened} opened, {closed} closed", opened=opened_today,
                    closed=closed_today),
        texts.staff(lang, "Last 7 days: {count} opened", count=opened_week),
    ]
    for reason, count in sorted(reasons):
        lines.append(f"  · {html.escape(texts.reason_label(reason, lang))}: {count}")
    if replies:
        waits = [(aware(r) - aware(o)).total_seconds() for o, r in replies]
        median = timedelta(seconds=statistics.median(waits))
        lines.append(texts.staff(lang, "Median time to the first staff reply: {time}",
                                 time=texts.duration(median, lang)))
    return "\n".join(lines)
