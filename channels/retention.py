"""What people wrote is kept for RETENTION_DAYS; a daily purge deletes or blanks what is older.

Deleted: conversation turns, unanswered questions, finished inbox updates and their recorded
effects, and the per-person rows of crisis mode once done with (each names a chat: an
announcement's deliveries when it finished that long ago, a notice's pin when it was taken
down that long ago; the announcement itself and its totals stay). Blanked (the row stays, so counts for reports stay right): a closed case's summary
and its staff notes. Feedback holds no text (an entry id and helpful / not helpful) and stays.
The engine is asked to delete the conversation events it holds that are as old.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from channels.crisis.models import Announcement, CrisisPin, Delivery
from channels.db.models import Effect, InboxUpdate, Turn, Unanswered, utcnow
from channels.engine_client import EngineClient, EngineUnavailable
from channels.handoff.models import Case, CaseMessage

log = logging.getLogger(__name__)
DAY = 24 * 3600.0


async def purge(sessions: async_sessionmaker[AsyncSession], days: int, now: datetime | None = None) -> dict[str, int]:
    """Delete or blank every text older than `days`; the number of rows touched, per kind."""
    cutoff = (now or utcnow()) - timedelta(days=days)
    old_updates = select(InboxUpdate.update_id).where(InboxUpdate.state != "pending", InboxUpdate.done_at < cutoff)
    finished_before = select(Announcement.id).where(Announcement.finished_at.is_not(None), Announcement.finished_at < cutoff)
    closed_before = select(Case.id).where(Case.closed_at.is_not(None), Case.closed_at < cutoff)
    async with sessions() as session, session.begin():
        counts = {
            "turns": (await session.execute(delete(Turn).where(Turn.created_at < cutoff))).rowcount,
            "unanswered": (await session.execute(delete(Unanswered).where(Unanswered.created_at < cutoff))).rowcount,
            "effects": (await session.execute(delete(Effect).where(Effect.update_id.in_(old_updates)))).rowcount,
            "inbox": (
                await session.execute(delete(InboxUpdate).where(InboxUpdate.state != "pending", InboxUpdate.done_at < cutoff))
            ).rowcount,
            "deliveries": (await session.execute(delete(Delivery).where(Delivery.announcement_id.in_(finished_before)))).rowcount,
            "pins": (
                await session.execute(delete(CrisisPin).where(CrisisPin.unpinned_at.is_not(None), CrisisPin.unpinned_at < cutoff))
            ).rowcount,
            "case_summaries": (
                await session.execute(update(Case).where(Case.id.in_(closed_before), Case.summary.is_not(None)).values(summary=None))
            ).rowcount,
            "case_notes": (
                await session.execute(
                    update(CaseMessage)
                    .where(CaseMessage.case_id.in_(closed_before), CaseMessage.note.is_not(None))
                    .values(note=None)
                )
            ).rowcount,
        }
    return counts


async def run_daily(
    sessions: async_sessionmaker[AsyncSession],
    days: int,
    stopping: asyncio.Event,
    engine: EngineClient | None = None,
    every: float = DAY,
) -> None:
    """Purge here and in the engine at start, then every `every` seconds until `stopping` is set.

    A failure (an outage) waits for the next round; several gateway replicas purging the same
    rows is harmless.
    """
    while not stopping.is_set():
        try:
            counts = await purge(sessions, days)
            log.info("retention purge (older than %d days): %s", days, counts)
        except Exception as exc:  # an outage: the next round tries again
            log.warning("retention purge failed (%s); next try in %.0f s", type(exc).__name__, every)
        if engine is not None:
            try:
                removed = await engine.purge(timedelta(days=days))
                log.info("engine retention purge: %d records deleted", removed)
            except EngineUnavailable as exc:
                log.warning("engine retention purge not done (%s); next try in %.0f s", exc, every)
        try:
            await asyncio.wait_for(stopping.wait(), timeout=every)
        except TimeoutError:
            continue
