"""Crisis mode wired together: state, notices, subscriptions and the announcement sender."""

from __future__ import annotations

import asyncio
import contextlib

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from channels.crisis import broadcast, texts
from channels.crisis.broadcast import Broadcaster, Outcome
from channels.crisis.models import PENDING, Announcement, Crisis, CrisisPin, Delivery
from channels.crisis.notice import Notices
from channels.crisis.settings import CrisisSettings
from channels.crisis.state import CrisisState
from channels.db.models import User, utcnow
from channels.handoff_port import HandoffPort
from channels.health import DatabaseHealth
from channels.i18n import Catalogs


class CrisisService:
    """What the gateway's routers, the conversation and the staff commands use (``crisis`` in the workflow data)."""

    def __init__(self, bot: Bot, sessions: async_sessionmaker[AsyncSession], catalogs: Catalogs,
                 settings: CrisisSettings, handoff: HandoffPort | None, staff_language: str = "en") -> None:
        self.sessions = sessions
        self.catalogs = catalogs
        self.settings = settings
        self.handoff = handoff
        self.staff_language = staff_language
        self.state = CrisisState(sessions, settings.crisis_cache_seconds)
        self.notices = Notices(bot, sessions, self.state)
        # The sender paces itself and handles 429 per row, so it talks to the same Bot API
        # server through a session without the gateway's retries (a retry could send twice).
        sender = Bot(bot.token, session=AiohttpSession(api=bot.session.api, timeout=30), default=bot.default)
        self.broadcaster = Broadcaster(sender, sessions, settings, on_finished=self._finished)

    async def run(self, stopping: asyncio.Event, health: DatabaseHealth | None = None) -> None:
        """The background sender until the gateway stops (started by the composition root).

        ``health``: the gateway's, so that an outage is logged once for the whole process.
        """
        if health is not None:
            self.broadcaster.health = health
        try:
            await self.broadcaster.run(stopping)
        finally:
            await self.broadcaster.bot.session.close()

    # -- the person ---------------------------------------------------------------------------
    async def subscribe(self, chat_id: int) -> None:
        """The person wants announcements."""
        async with self.sessions() as session:
            await session.execute(update(User).where(User.chat_id == chat_id, User.subscribed_at.is_(None))
                                  .values(subscribed_at=utcnow()))
            await session.commit()

    async def unsubscribe(self, chat_id: int) -> None:
        """The person wants none: also the ones of an announcement still under way."""
        async with self.sessions() as session:
            await session.execute(update(User).where(User.chat_id == chat_id).values(subscribed_at=None))
            await broadcast.unsubscribe_pending(session, chat_id)
            await session.commit()

    async def forget(self, chat_id: int) -> None:
        """The person deleted their data: their pins and deliveries go too."""
        async with self.sessions() as session:
            await session.execute(delete(CrisisPin).where(CrisisPin.chat_id == chat_id))
            await session.execute(delete(Delivery).where(Delivery.chat_id == chat_id))
            await session.commit()

    # -- staff ----------------------------------------------------------------------------------
    async def announce(self, *, source: str, message_texts: dict[str, str], staff_id: int | None) -> tuple[int, int, bool]:
        """Make an announcement to everyone subscribed now and wake the sender; (number, recipients, made now)."""
        crisis = await self.state.current()
        async with self.sessions() as session:
            made = await broadcast.create(session, source=source, texts=message_texts,
                                          crisis_id=crisis.id if crisis else None, staff_id=staff_id)
            await session.commit()
        self.broadcaster.kick()
        return made

    async def status(self) -> str:
        """/crisis alone, in the staff language (HTML)."""
        crisis = await self.state.current()
        async with self.sessions() as session:
            subscribers = await session.scalar(select(func.count()).select_from(User).where(
                User.subscribed_at.is_not(None), User.blocked_at.is_(None)))
            pinned = 0
            since = None
            if crisis is not None:
                pinned = await session.scalar(select(func.count()).select_from(CrisisPin).where(
                    CrisisPin.crisis_id == crisis.id)) or 0
                since = await session.scalar(select(Crisis.started_at).where(Crisis.id == crisis.id))
            open_rows = (await session.execute(
                select(Announcement.id, Announcement.recipients).where(Announcement.finished_at.is_(None))
                .order_by(Announcement.id))).all()
            sending = []
            for number, recipients in open_rows:
                left = await session.scalar(select(func.count()).select_from(Delivery).where(
                    Delivery.announcement_id == number, Delivery.state == PENDING)) or 0
                sending.append((number, recipients - left, recipients))
        return texts.status(since, crisis.topics if crisis else (), pinned, subscribers or 0, sending,
                            self.catalogs.gettext(self.staff_language))

    async def _finished(self, outcome: Outcome) -> None:
        if self.handoff is None:
            return
        _ = self.catalogs.gettext(self.staff_language)
        with contextlib.suppress(Exception):  # the counts are in the database and the log anyway
            await self.handoff.tell_general(texts.finished(outcome.announcement_id, outcome.counts, _),
                                            key=f"announcement-done:{outcome.announcement_id}")
