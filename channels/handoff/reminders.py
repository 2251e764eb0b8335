"""Reminders: one update to a person kept waiting for staff, and pruning of old sends."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from channels.crisis.state import active_crisis
from channels.crisis.topics import crisis_first
from channels.db.models import utcnow
from channels.handoff import texts
from channels.handoff.models import OPEN, Case, OutboxItem
from channels.handoff.outbox import enqueue_to_person
from channels.handoff.settings import HandoffSettings
from channels.health import DatabaseHealth

OUTBOX_KEEP = timedelta(days=7)


class Reminders:
    """A background loop: reminders for cases without a staff reply, then old sends pruned."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession], settings: HandoffSettings,
                 kick: Callable[[], None]) -> None:
        self.sessions = sessions
        self.settings = settings
        self.kick = kick
        self.health = DatabaseHealth("handoff reminders")
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        """Run the loop in the background (once)."""
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._run(), name="handoff-reminders")

    async def stop(self) -> None:
        """Stop the loop."""
        if self._task is None:
            return
        self._task.cancel()
        try:
            await self._task
        except asyncio.CancelledError:
            pass
        self._task = None

    async def _run(self) -> None:
        while True:
            try:
                await self.send()
                await self.prune_outbox()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # keep reminding after a database outage
                self.health.failed(exc)  # one line when it starts, not one per pass
            else:
                self.health.ok()
            await asyncio.sleep(self.settings.reminder_check_seconds)

    async def send(self) -> int:
        """One update to each person waiting too long for a first staff reply; how many."""
        due = utcnow() - timedelta(minutes=self.settings.case_reminder_minutes)
        sent = 0
        async with self.sessions() as session:
            crisis = await active_crisis(session)
            cases = (await session.scalars(select(Case).where(
                Case.state == OPEN, Case.first_staff_reply_at.is_(None),
                Case.reminder_sent_at.is_(None), Case.opened_at <= due)
                .order_by(*crisis_first(crisis.topics if crisis else (), Case.entry_id), Case.opened_at))).all()
            for case in cases:
                claimed = await session.execute(
                    update(Case).where(Case.id == case.id, Case.reminder_sent_at.is_(None))
                    .values(reminder_sent_at=utcnow()))
                if claimed.rowcount != 1 or case.person_blocked_at is not None:
                    continue
                await enqueue_to_person(session, case, f"reminder:{case.id}", texts.person_reminder(case.language))
                sent += 1
            await session.commit()
        if sent:
            self.kick()
        return sent

    async def prune_outbox(self, older_than: timedelta = OUTBOX_KEEP) -> int:
        """Forget sends finished long ago (their keys only guard against prompt replays)."""
        async with self.sessions() as session:
            result = await session.execute(delete(OutboxItem).where(
                OutboxItem.state != "pending", OutboxItem.done_at < utcnow() - older_than))
            await session.commit()
        return int(result.rowcount or 0)
