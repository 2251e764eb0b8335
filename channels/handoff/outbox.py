"""The outbox: every Bot API call of the handoff, stored first, sent once, paced per lane."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

from aiogram import Bot
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramNotFound,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.types import ReplyParameters
from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from channels.db.models import utcnow
from channels.errors import GatewayError
from channels.handoff.models import Case, CaseMessage, OutboxItem, aware
from channels.health import DatabaseHealth
from channels.render import escape, split_message

log = logging.getLogger(__name__)

STAFF_LANE = "staff"
# Longer than one Bot API call may take (the outbox bot's request timeout is 30 s).
LEASE = timedelta(seconds=45)
MAX_BACKOFF = 60.0
# What Telegram says when a message goes to a forum topic that no longer exists.
TOPIC_GONE = ("message thread not found", "topic_deleted", "topic deleted", "thread not found")


def person_lane(chat_id: int) -> str:
    """The lane of sends to one person: their order is kept, other lanes do not wait."""
    return f"person:{chat_id}"


async def enqueue(
    session: AsyncSession,
    *,
    key: str,
    lane: str,
    kind: str,
    payload: dict[str, Any],
    case_id: int | None = None,
) -> bool:
    """Add a send unless one with the same key exists; the caller commits."""
    found = await session.scalar(select(OutboxItem.id).where(OutboxItem.idempotency_key == key))
    if found is not None:
        return False
    session.add(
        OutboxItem(idempotency_key=key, lane=lane, kind=kind, payload=payload, case_id=case_id)
    )
    return True


async def enqueue_to_person(session: AsyncSession, case: Case, key: str, text: str) -> None:
    """Plain text to the person: escaped here (never parsed as markup), in parts under the limit."""
    for i, part in enumerate(split_message(escape(text))):
        await enqueue(session, key=f"{key}:{i}", lane=person_lane(case.chat_id), kind="person_text",
                      case_id=case.id, payload={"chat_id": case.chat_id, "text": part})


def _reply(payload: dict[str, Any]) -> ReplyParameters | None:
    """Quote the message replied to, and send anyway when it is gone."""
    if not payload.get("reply_to"):
        return None
    return ReplyParameters(message_id=int(payload["reply_to"]), allow_sending_without_reply=True)


class RateLimiter:
    """Token bucket for the staff group (Telegram allows about 20 messages a minute)."""

    def __init__(self, per_minute: float, burst: int) -> None:
        self.rate = per_minute / 60.0
        self.capacity = float(burst)
        self.tokens = float(burst)
        self.stamp = time.monotonic()
        self.paused_until = 0.0

    def _refill(self) -> None:
        now = time.monotonic()
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now

    def wait_time(self) -> float:
        """Seconds until one send is allowed."""
        self._refill()
        pause = max(0.0, self.paused_until - time.monotonic())
        need = 0.0 if self.tokens >= 1 else (1 - self.tokens) / self.rate
        return max(pause, need)

    def take(self) -> None:
        """Spend one token."""
        self._refill()
        self.tokens -= 1

    def pause(self, seconds: float) -> None:
        """Telegram asked to wait: no send before then, and start again from an empty bucket."""
        self.paused_until = max(self.paused_until, time.monotonic() + seconds)
        self.tokens = 0.0


class TopicUnavailable(GatewayError):
    """No topic can be made now (the group is no forum, or the bot may not manage topics)."""


BlockedHook = Callable[[int], Awaitable[None]]
TopicHook = Callable[[int], Awaitable[int]]


class OutboxWorker:
    """Sends pending outbox items in id order per lane, obeying retry_after and the pace."""

    def __init__(
        self,
        bot: Bot,
        session_factory: async_sessionmaker[AsyncSession],
        staff_chat_id: int,
        limiter: RateLimiter,
        *,
        on_person_blocked: BlockedHook,
        ensure_topic: TopicHook,
        recreate_topic: TopicHook,
        poll_seconds: float = 2.0,
    ) -> None:
        self.bot = bot
        self.health = DatabaseHealth("handoff outbox")
        self.sessions = session_factory
        self.staff_chat_id = staff_chat_id
        self.limiter = limiter
        self.on_person_blocked = on_person_blocked
        self.ensure_topic = ensure_topic
        self.recreate_topic = recreate_topic
        self.poll_seconds = poll_seconds
        self.wakeup = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._stopping = False

    def start(self) -> None:
        """Run the worker in the background."""
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._run(), name="handoff-outbox")

    async def stop(self, grace: float = 5.0) -> None:
        """Stop after the send in flight (cut off after `grace` seconds); what is pending
        stays in the database for the next start."""
        if self._task is None:
            return
        self._stopping = True
        self.wakeup.set()
        try:
            await asyncio.wait_for(asyncio.shield(self._task), timeout=grace)
        except TimeoutError:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
        self._task = None
        self._stopping = False

    def kick(self) -> None:
        """Something was enqueued: look now."""
        self.wakeup.set()

    async def _run(self) -> None:
        while not self._stopping:
            try:
                delay = await self.run_once()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the worker must outlive a database outage
                self.health.failed(exc)  # one line when it starts, not one per pass
                delay = self.poll_seconds
            else:
                self.health.ok()
            self.wakeup.clear()
            if self._stopping:
                break
            if delay is None or delay > 0:
                timeout = self.poll_seconds if delay is None else min(delay, self.poll_seconds)
                try:
                    await asyncio.wait_for(self.wakeup.wait(), timeout=timeout)
                except TimeoutError:
                    pass

    async def run_once(self) -> float | None:
        """Send what is due now; return 0 to go on at once, seconds to wait, or None."""
        now = utcnow()
        async with self.sessions() as session:
            items = (
                await session.scalars(
                    select(OutboxItem)
                    .where(OutboxItem.state == "pending")
                    .order_by(OutboxItem.id)
                    .limit(200)
                )
            ).all()
        blocked: set[str] = set()
        next_due: float | None = None
        sent_any = False
        for item in items:
            if self._stopping:
                break
            if item.lane in blocked:
                continue
            lease = aware(item.lease_until)
            not_before = aware(item.not_before)
            if (lease and lease > now) or (not_before and not_before > now):
                blocked.add(item.lane)
                until = max(t for t in (lease, not_before) if t is not None)
                wait = (until - now).total_seconds()
                next_due = wait if next_due is None else min(next_due, wait)
                continue
            if item.lane == STAFF_LANE:
                wait = self.limiter.wait_time()
                if wait > 0:
                    blocked.add(item.lane)
                    next_due = wait if next_due is None else min(next_due, wait)
                    continue
            if not await self._claim(item.id):
                blocked.add(item.lane)
                continue
            ok = await self._deliver(item)
            sent_any = True
            if not ok:
                blocked.add(item.lane)
        if sent_any:
            return 0.0
        return next_due

    async def _claim(self, item_id: int) -> bool:
        now = utcnow()
        async with self.sessions() as session:
            result = await session.execute(
                update(OutboxItem)
                .where(
                    OutboxItem.id == item_id,
                    OutboxItem.state == "pending",
                    or_(OutboxItem.lease_until.is_(None), OutboxItem.lease_until < now),
                )
                .values(lease_until=now + LEASE)
            )
            await session.commit()
            return result.rowcount == 1

    async def _finish(self, item: OutboxItem, **values: Any) -> None:
        async with self.sessions() as session:
            await session.execute(
                update(OutboxItem).where(OutboxItem.id == item.id).values(lease_until=None, **values)
            )
            message_id = values.get("result_message_id")
            cm_id = item.payload.get("case_message_id")
            if message_id is not None and cm_id is not None:
                await session.execute(
                    update(CaseMessage)
                    .where(CaseMessage.id == cm_id)
                    .values(copied_message_id=message_id)
                )
            await session.commit()

    async def _deliver(self, item: OutboxItem) -> bool:
        """Make one call; True when the item is finished (sent or given up)."""
        if item.lane == STAFF_LANE:
            self.limiter.take()
        try:
            message_id = await self._call(item)
        except TelegramRetryAfter as exc:
            log.warning("handoff outbox %s: flood control, retry after %s s", item.id,
                        exc.retry_after)
            if item.lane == STAFF_LANE:
                self.limiter.pause(exc.retry_after)
            await self._retry_later(item, float(exc.retry_after), str(exc.message))
            return False
        except TopicUnavailable as exc:
            # Keep the item: once staff fix the group or the bot's rights, it goes out.
            log.error("handoff outbox %s: cannot create the case topic: %s", item.id, exc)
            await self._retry_later(item, self._backoff(item), str(exc))
            return False
        except TelegramForbiddenError as exc:
            if item.lane != STAFF_LANE:
                log.warning("handoff outbox %s: the person blocked the bot", item.id)
                await self._finish(item, state="failed", last_error="blocked", done_at=utcnow())
                await self.on_person_blocked(item.payload["chat_id"])
                return True
            log.error("handoff outbox %s: forbidden in the staff group", item.id)
            await self._retry_later(item, self._backoff(item), str(exc.message))
            return False
        except (TelegramBadRequest, TelegramNotFound) as exc:
            log.error("handoff outbox %s (%s): rejected: %s", item.id, item.kind, exc.message)
            await self._finish(item, state="failed", last_error=str(exc.message)[:300],
                               done_at=utcnow())
            return True
        except (TelegramServerError, TelegramNetworkError, TelegramAPIError, OSError,
                TimeoutError) as exc:
            log.warning("handoff outbox %s: %s, will retry", item.id, type(exc).__name__)
            await self._retry_later(item, self._backoff(item), type(exc).__name__)
            return False
        await self._finish(item, state="done", result_message_id=message_id, done_at=utcnow(),
                           last_error=None)
        return True

    def _backoff(self, item: OutboxItem) -> float:
        return min(MAX_BACKOFF, 0.5 * 2 ** min(item.attempts, 8))

    async def _retry_later(self, item: OutboxItem, seconds: float, error: str) -> None:
        await self._finish(
            item,
            attempts=item.attempts + 1,
            not_before=utcnow() + timedelta(seconds=seconds),
            last_error=error[:300],
        )

    async def _call(self, item: OutboxItem) -> int | None:
        p = item.payload
        kind = item.kind
        if kind == "person_text":
            sent = await self.bot.send_message(
                chat_id=p["chat_id"], text=p["text"], parse_mode="HTML",
                disable_web_page_preview=True,
            )
            return sent.message_id
        if kind == "copy_to_person":
            copied = await self.bot.copy_message(
                chat_id=p["chat_id"], from_chat_id=p["from_chat_id"], message_id=p["message_id"],
                reply_parameters=_reply(p),
            )
            return copied.message_id
        if kind == "staff_text" and item.case_id is None:
            sent = await self.bot.send_message(
                chat_id=self.staff_chat_id, text=p["text"], parse_mode="HTML",
                message_thread_id=p.get("thread_id"), disable_web_page_preview=True,
            )
            return sent.message_id
        if kind in ("staff_text", "copy_to_topic", "close_topic"):
            return await self._to_topic(item)
        raise TelegramBadRequest(method=None, message=f"unknown outbox kind {kind}")  # type: ignore[arg-type]

    async def _to_topic(self, item: OutboxItem) -> int | None:
        assert item.case_id is not None
        try:
            topic_id = await self.ensure_topic(item.case_id)
        except TelegramBadRequest as exc:
            raise TopicUnavailable(str(exc.message)) from exc
        try:
            return await self._topic_call(item, topic_id)
        except TelegramBadRequest as exc:
            if not any(word in str(exc.message).lower() for word in TOPIC_GONE):
                raise
        if item.kind == "close_topic":
            return None  # the topic is gone: nothing left to close
        log.warning("handoff case %s: topic %s was deleted, recreating", item.case_id, topic_id)
        try:
            topic_id = await self.recreate_topic(item.case_id)
        except TelegramBadRequest as exc:
            raise TopicUnavailable(str(exc.message)) from exc
        return await self._topic_call(item, topic_id)

    async def _topic_call(self, item: OutboxItem, topic_id: int) -> int | None:
        p = item.payload
        if item.kind == "staff_text":
            sent = await self.bot.send_message(
                chat_id=self.staff_chat_id, message_thread_id=topic_id, text=p["text"],
                parse_mode="HTML", disable_web_page_preview=True,
            )
            return sent.message_id
        if item.kind == "copy_to_topic":
            copied = await self.bot.copy_message(
                chat_id=self.staff_chat_id, message_thread_id=topic_id,
                from_chat_id=p["from_chat_id"], message_id=p["message_id"],
                reply_parameters=_reply(p),
            )
            return copied.message_id
        await self.bot.close_forum_topic(chat_id=self.staff_chat_id, message_thread_id=topic_id)
        return None

