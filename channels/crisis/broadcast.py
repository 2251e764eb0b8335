"""Announcements to subscribers: one delivery row per person, claimed before it is sent, paced, resumed after a restart.

At most once: a row is marked ``claimed`` (committed) right before its Bot API call and is
never sent again. A process killed between the claim and the "sent" mark leaves at most
``broadcast_in_flight`` rows claimed; those people may or may not have the message, and they
are counted as unconfirmed, not sent twice. Only a 429 (Telegram says it did not send) is retried.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import time
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import timedelta

from aiogram import Bot
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramRetryAfter,
)
from aiolimiter import AsyncLimiter
from sqlalchemy import ColumnElement, case, func, insert, literal, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from channels.crisis.models import BLOCKED, CANCELLED, CLAIMED, FAILED, PENDING, SENT, Announcement, Delivery
from channels.crisis.settings import CrisisSettings
from channels.crisis.unpin import unpin_ended
from channels.db.models import User, utcnow
from channels.health import DatabaseHealth
from channels.i18n import DEFAULT_LANGUAGE, LANGUAGES
from channels.render import escape

log = logging.getLogger(__name__)

RETRIES_AFTER_429 = 5
CLAIM_PACE = 0.9  # claims go at 90% of the call pace


@dataclass(frozen=True)
class Outcome:
    """How an announcement ended: counts per delivery state."""

    announcement_id: int
    recipients: int
    counts: Mapping[str, int]


Finished = Callable[[Outcome], Awaitable[None]]


def language_of_user() -> ColumnElement[str]:
    """SQL for the language a person reads: their choice, else their Telegram client's, else English."""
    client = func.substr(func.lower(func.coalesce(User.telegram_language_code, "")), 1, 2)
    return case(
        (User.language.in_(LANGUAGES), User.language),
        (client.in_(LANGUAGES), client),
        else_=literal(DEFAULT_LANGUAGE),
    )


async def create(session: AsyncSession, *, source: str, texts: Mapping[str, str], crisis_id: int | None,
                 staff_id: int | None) -> tuple[int, int, bool]:
    """Make an announcement for everyone subscribed and not blocked now; (id, recipients, made now).

    The caller commits. The same staff message (``source``) makes one announcement only.
    """
    existing = await session.scalar(select(Announcement).where(Announcement.source == source))
    if existing is not None:
        return existing.id, existing.recipients, False
    row = Announcement(source=source, texts=dict(texts), crisis_id=crisis_id, created_by=staff_id, created_at=utcnow())
    session.add(row)
    await session.flush()
    people = select(literal(row.id), User.chat_id, language_of_user(), literal(PENDING)).where(
        User.subscribed_at.is_not(None), User.blocked_at.is_(None))
    await session.execute(insert(Delivery).from_select(["announcement_id", "chat_id", "language", "state"], people))
    row.recipients = int(await session.scalar(
        select(func.count()).select_from(Delivery).where(Delivery.announcement_id == row.id)) or 0)
    return row.id, row.recipients, True


class Broadcaster:
    """The background sender: takes the oldest unfinished announcement (one replica at a time) and sends it."""

    def __init__(self, bot: Bot, sessions: async_sessionmaker[AsyncSession], settings: CrisisSettings,
                 on_finished: Finished | None = None) -> None:
        self.bot = bot
        self.sessions = sessions
        self.settings = settings
        self.on_finished = on_finished
        rate = settings.broadcast_per_second
        # Right before each call, one token refilled every 1/rate s: no 1-second window holds more
        # than rate + 1 calls, however long each claim's database write took.
        self.spacing = AsyncLimiter(1, 1 / rate)
        # Before each claim, a little slower: a row rarely waits claimed for its call (what a kill
        # could lose stays near one), and a slow write's delay is caught up instead of carried on.
        self.limiter = AsyncLimiter(1, 1 / (rate * CLAIM_PACE))
        self.owner = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"[:64]
        self.health = DatabaseHealth("crisis broadcast")
        self._wake = asyncio.Event()
        self._paused_until = 0.0
        self._postgres = sessions.kw["bind"].dialect.name == "postgresql"

    def kick(self) -> None:
        """Look for work now (a new announcement, a crisis ended)."""
        self._wake.set()

    async def run(self, stopping: asyncio.Event) -> None:
        """Send and unpin until ``stopping`` is set; what is left stays in the database for the next start."""
        while not stopping.is_set():
            busy = False
            try:
                busy = await self._unpin() > 0
                announcement = await self._lease()
                if announcement is not None:
                    await self._send(announcement, stopping)
                    busy = True
            except Exception as exc:  # an outage: keep going once it passes
                self.health.failed(exc)
            else:
                self.health.ok()
            if busy:
                continue
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self.settings.broadcast_check_seconds):
                    waiters = (asyncio.ensure_future(self._wake.wait()), asyncio.ensure_future(stopping.wait()))
                    try:
                        await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
                    finally:
                        for waiter in waiters:
                            waiter.cancel()

    async def _unpin(self) -> int:
        try:
            return await unpin_ended(self.bot, self.sessions, self.limiter)
        except TelegramRetryAfter as exc:
            await asyncio.sleep(exc.retry_after)
            return 1

    # -- one replica at a time ------------------------------------------------------------
    async def _lease(self) -> Announcement | None:
        """The oldest unfinished announcement, if no other live replica is sending it."""
        now = utcnow()
        async with self.sessions() as session:
            announcement = await session.scalar(
                select(Announcement).where(Announcement.finished_at.is_(None)).order_by(Announcement.id).limit(1))
            if announcement is None:
                return None
            taken = await session.execute(
                update(Announcement).where(
                    Announcement.id == announcement.id, Announcement.finished_at.is_(None),
                    or_(Announcement.lease_until.is_(None), Announcement.lease_until < now,
                        Announcement.lease_owner == self.owner))
                .values(lease_owner=self.owner, lease_until=now + timedelta(seconds=self.settings.broadcast_lease_seconds))
                .execution_options(synchronize_session=False))
            await session.commit()
        return announcement if taken.rowcount == 1 else None  # type: ignore[attr-defined]

    async def _renew(self, announcement_id: int) -> bool:
        now = utcnow()
        async with self.sessions() as session:
            kept = await session.execute(
                update(Announcement).where(Announcement.id == announcement_id, Announcement.lease_owner == self.owner)
                .values(lease_until=now + timedelta(seconds=self.settings.broadcast_lease_seconds)))
            await session.commit()
        return kept.rowcount == 1  # type: ignore[attr-defined]

    async def _release(self, announcement_id: int) -> None:
        async with self.sessions() as session:
            await session.execute(
                update(Announcement).where(Announcement.id == announcement_id, Announcement.lease_owner == self.owner)
                .values(lease_owner=None, lease_until=None))
            await session.commit()

    # -- sending ----------------------------------------------------------------------------
    async def _send(self, announcement: Announcement, stopping: asyncio.Event) -> None:
        slots = asyncio.Semaphore(self.settings.broadcast_in_flight)
        tasks: set[asyncio.Task[None]] = set()
        renew_every = self.settings.broadcast_lease_seconds / 3
        renewed = time.monotonic()
        log.info("announcement %s: sending to %s people", announcement.id, announcement.recipients)
        try:
            while not stopping.is_set():
                # A slot before the claim: at most broadcast_in_flight rows are claimed and not yet answered.
                await slots.acquire()
                await self._paced(self.limiter)
                if time.monotonic() - renewed > renew_every:
                    if not await self._renew(announcement.id):
                        slots.release()
                        log.warning("announcement %s: another replica took over", announcement.id)
                        return
                    renewed = time.monotonic()
                claimed = await self._claim(announcement.id)
                if claimed is None:
                    slots.release()
                    break
                task = asyncio.create_task(self._deliver(announcement, *claimed))
                tasks.add(task)
                task.add_done_callback(lambda t: (tasks.discard(t), slots.release()))
        finally:
            if tasks:
                await asyncio.gather(*tasks, return_exceptions=True)
        if stopping.is_set():
            await self._release(announcement.id)
        else:
            await self._finish(announcement)

    async def _paced(self, limiter: AsyncLimiter) -> None:
        while True:
            pause = self._paused_until - time.monotonic()
            if pause > 0:  # Telegram asked everyone to wait (429)
                await asyncio.sleep(pause)
            await limiter.acquire()
            if self._paused_until <= time.monotonic():
                return

    async def _claim(self, announcement_id: int) -> tuple[int, int, str] | None:
        """Mark the next pending row claimed (committed); (row id, chat id, language), or None when none is left."""
        while True:
            async with self.sessions() as session:
                query = (select(Delivery.id, Delivery.chat_id, Delivery.language)
                         .where(Delivery.announcement_id == announcement_id, Delivery.state == PENDING)
                         .order_by(Delivery.id).limit(1))
                if self._postgres:
                    query = query.with_for_update(skip_locked=True)
                row = (await session.execute(query)).first()
                if row is None:
                    return None
                claimed = await session.execute(
                    update(Delivery).where(Delivery.id == row.id, Delivery.state == PENDING)
                    .values(state=CLAIMED, claimed_at=utcnow()))
                await session.commit()
            if claimed.rowcount == 1:  # type: ignore[attr-defined]
                return int(row.id), int(row.chat_id), str(row.language)

    async def _deliver(self, announcement: Announcement, row_id: int, chat_id: int, language: str) -> None:
        texts = announcement.texts
        text = escape(texts.get(language) or texts.get(DEFAULT_LANGUAGE) or next(iter(texts.values())))
        state, message_id, error = FAILED, None, None
        for _attempt in range(RETRIES_AFTER_429 + 1):
            await self._paced(self.spacing)
            try:
                sent = await self.bot.send_message(chat_id, text)
            except TelegramRetryAfter as exc:
                # Not sent: Telegram says so. Everyone waits, then this row is tried again.
                self._paused_until = max(self._paused_until, time.monotonic() + exc.retry_after)
                error = "429"
                continue
            except TelegramForbiddenError:
                state, error = BLOCKED, "403"
            except TelegramBadRequest as exc:
                error = exc.message[:200]
            except (TelegramAPIError, OSError, TimeoutError) as exc:
                # It may have arrived: never sent again.
                error = f"{type(exc).__name__}: unknown whether it arrived"[:200]
            else:
                state, message_id, error = SENT, sent.message_id, None
            break
        try:
            async with self.sessions() as session:
                await session.execute(update(Delivery).where(Delivery.id == row_id).values(
                    state=state, done_at=utcnow(), message_id=message_id, error=error))
                if state == BLOCKED:
                    await session.execute(update(User).where(User.chat_id == chat_id).values(blocked_at=utcnow()))
                await session.commit()
        except Exception as exc:  # the row stays claimed: counted as unconfirmed, never resent
            self.health.failed(exc)

    async def _finish(self, announcement: Announcement) -> None:
        async with self.sessions() as session:
            counts = Counter({state: int(n) for state, n in (await session.execute(
                select(Delivery.state, func.count()).where(Delivery.announcement_id == announcement.id)
                .group_by(Delivery.state))).all()})
            if counts[PENDING]:
                return
            done = await session.execute(
                update(Announcement).where(Announcement.id == announcement.id, Announcement.finished_at.is_(None))
                .values(finished_at=utcnow(), lease_owner=None, lease_until=None)
                .execution_options(synchronize_session=False))
            await session.commit()
        if done.rowcount != 1:  # type: ignore[attr-defined]
            return
        outcome = Outcome(announcement.id, announcement.recipients, counts)
        log.info("announcement %s finished: %s", announcement.id, dict(counts))
        if self.on_finished is not None:
            await self.on_finished(outcome)


async def unsubscribe_pending(session: AsyncSession, chat_id: int) -> None:
    """Someone unsubscribed: their rows not yet sent are cancelled (the caller commits)."""
    await session.execute(update(Delivery).where(Delivery.chat_id == chat_id, Delivery.state == PENDING)
                          .values(state=CANCELLED, done_at=utcnow()))
