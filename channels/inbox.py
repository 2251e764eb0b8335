"""At-least-once intake: an update is stored before Telegram is told it arrived, then handled from the store.

Polling confirms an update (the next ``offset``) only after its row is committed; the webhook
answers 200 only after the commit. Each person's updates are handled one at a time in
update-id order, other people's concurrently. A handling that fails for a reason that can
pass (database, engine or Bot API down) is retried with backoff, and the person's later
updates wait behind it, so order is kept. With several replicas on PostgreSQL, a chat's
advisory lock (``chat_lock``) keeps that one-at-a-time across them. A row is marked done after its replies were sent;
the replies themselves are recorded in the effects log, so a retry does not send them twice.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable
from datetime import timedelta
from typing import Any

from aiogram import Bot
from aiogram.types import Update
from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from channels import effects
from channels.chat_lock import ChatLocks
from channels.db.models import Effect, InboxUpdate, User, utcnow
from channels.db.repo import KNOWN_USER
from channels.db.session import autocommit
from channels.db.upsert import insert_ignoring
from channels.errors import GatewayError
from channels.health import DatabaseHealth

log = logging.getLogger(__name__)

Dispatch = Callable[[Update], Awaitable[None]]
OnGiveUp = Callable[[Update], Awaitable[None]]

RECEIVED_KEPT = 1000  # updates kept parsed between intake and handling (their rows are the truth)
MAX_ATTEMPTS = 20  # with the backoff below: about 16 minutes of retries
MAX_BACKOFF = 60.0
SCAN_EVERY = 1.0


class RetryLater(GatewayError):
    """Handling could not finish for a reason that passes (an outage): try the update again."""


def chat_key(update: Update) -> int:
    """The chat an update belongs to (its own id when it has none)."""
    event = update.event
    chat = getattr(event, "chat", None)
    if chat is None:
        message = getattr(event, "message", None)
        chat = getattr(message, "chat", None)
    if chat is not None:
        return int(chat.id)
    user = getattr(event, "from_user", None)
    if user is not None:
        return int(user.id)
    return -int(update.update_id) - 1


# Built once, values bound at execution: a statement made per call cost SQLAlchemy more than running it.
_FINISH = update(InboxUpdate.__table__).where(InboxUpdate.update_id == bindparam("finished"))


def _next_of_chat(*, after_finishing: bool) -> Any:
    """The chat's oldest pending update with its recorded effects and its person's row, in one query."""
    oldest = select(InboxUpdate.update_id).where(InboxUpdate.chat_key == bindparam("chat"), InboxUpdate.state == "pending")
    if after_finishing:
        # the finishing UPDATE runs in the same statement: the query still sees that row pending
        oldest = oldest.where(InboxUpdate.update_id != bindparam("finished"))
    query = (
        select(InboxUpdate, Effect.key, Effect.result, User)
        .outerjoin(Effect, Effect.update_id == InboxUpdate.update_id)
        .outerjoin(User, User.chat_id == InboxUpdate.chat_key)
        .where(InboxUpdate.update_id == oldest.order_by(InboxUpdate.update_id).limit(1).scalar_subquery())
    )
    if after_finishing:
        finishing = _FINISH.values(state=bindparam("state"), done_at=bindparam("done_at"), last_error=bindparam("last_error"))
        query = query.add_cte(finishing.cte("finished_update"))
    return query


_NEXT = _next_of_chat(after_finishing=False)
# PostgreSQL: mark an update finished and read the chat's next one in one round-trip (SQLite
# cannot run an UPDATE inside WITH, so it takes two).
_FINISH_THEN_NEXT = _next_of_chat(after_finishing=True)


def backoff(attempts: int, cap: float = MAX_BACKOFF) -> float:
    """Seconds before the next attempt after ``attempts`` failures."""
    return min(cap, 2.0 ** attempts)


class Inbox:
    """The stored updates and the per-person workers that handle them."""

    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        bot: Bot,
        dispatch: Dispatch,
        health: DatabaseHealth,
        on_give_up: OnGiveUp | None = None,
        *,
        max_attempts: int = MAX_ATTEMPTS,
        retry_delay: Callable[[int], float] = backoff,
        locks: ChatLocks | None = None,
    ) -> None:
        self.session_factory = session_factory
        # reads and one-statement writes: each update's steps without BEGIN/COMMIT round-trips
        self.quick = autocommit(session_factory)
        self.bot = bot
        self.dispatch = dispatch
        self.health = health
        self.on_give_up = on_give_up
        self.max_attempts = max_attempts
        self.retry_delay = retry_delay
        self.locks = locks or ChatLocks()
        self._workers: dict[int, asyncio.Task[None]] = {}
        # Chats woken while their worker ran: it may have read "nothing left" before the new row
        # was stored, so it looks again instead of leaving the update to the next scan.
        self._again: set[int] = set()
        # Updates this process stored, as they arrived: handled from here instead of parsing the
        # stored payload again (an update handled later, or by another replica, is read from its row).
        self._received: dict[int, Update] = {}

    async def record(self, updates: Iterable[Update]) -> list[int]:
        """Store updates (a duplicate id is ignored), all committed on return; return the chats to wake."""
        chats: list[int] = []
        fresh: list[Update] = []
        # one statement per update: each is committed before any of them is confirmed to Telegram
        async with self.quick() as session:
            insert = insert_ignoring(session, InboxUpdate.__table__, "update_id")
            for item in updates:
                key = chat_key(item)
                # ON CONFLICT DO NOTHING: a savepoint per update cost two more round-trips
                result = await session.execute(
                    insert,
                    {
                        "update_id": item.update_id,
                        "chat_key": key,
                        "payload": item.model_dump_json(exclude_none=True),
                        "state": "pending",
                        "attempts": 0,
                    },
                )
                if not result.rowcount:  # type: ignore[attr-defined]
                    log.info("update %s already received: ignored", item.update_id)
                    continue
                if key not in chats:
                    chats.append(key)
                fresh.append(item)
            await session.commit()
        for item in fresh:
            self._received[item.update_id] = item
        while len(self._received) > RECEIVED_KEPT:
            del self._received[next(iter(self._received))]
        return chats

    def wake(self, chats: Iterable[int]) -> None:
        """Make sure each chat has a worker going through its pending updates."""
        for key in chats:
            if key in self._workers:
                self._again.add(key)
            else:
                self._workers[key] = asyncio.create_task(self._work(key))

    async def _work(self, key: int) -> None:
        locked = False
        try:
            if not await self.locks.acquire(key):
                return  # another replica is handling this person; the scan comes back
            locked = True
            while True:
                self._again.discard(key)
                async with self.quick() as session:
                    pending = await self._next(session, key)
                while pending is not None:
                    pending = await self._handle(key, *pending)
                if key not in self._again:
                    break
        except Exception as exc:  # the database went away between steps: the scan wakes us again
            self.health.failed(exc)
        finally:
            if locked:
                await self.locks.release(key)
            self._workers.pop(key, None)
            if key in self._again:  # woken while the lock was being released
                self._again.discard(key)
                self.wake([key])

    async def _next(
        self, session: AsyncSession, key: int, finishing: dict[str, Any] | None = None
    ) -> tuple[InboxUpdate, dict[str, str], User | None] | None:
        """The chat's oldest pending update if it is due, with what earlier attempts already did and the person's row.

        With ``finishing`` (the values of ``_FINISH``), that update is marked finished in the same statement.
        """
        if finishing is None:
            found = (await session.execute(_NEXT, {"chat": key})).all()
        else:
            found = (await session.execute(_FINISH_THEN_NEXT, {"chat": key, **finishing})).all()
        if not found or found[0][0].next_attempt_at.timestamp() > utcnow().timestamp():
            return None  # nothing left, or the oldest waits for its retry: later ones wait too
        return found[0][0], {effect_key: result for _row, effect_key, result, _user in found if effect_key is not None}, found[0][3]

    async def _handle(
        self, key: int, row: InboxUpdate, done: dict[str, str], user: User | None
    ) -> tuple[InboxUpdate, dict[str, str], User | None] | None:
        """Handle one stored update; the chat's next one when this one is finished (done or given up)."""
        item = self._received.pop(row.update_id, None)
        if item is None:
            item = Update.model_validate_json(row.payload, context={"bot": self.bot})
        token = effects.begin(effects.EffectLog(self.quick, row.update_id, done))
        known = KNOWN_USER.set(user)
        try:
            await self.dispatch(item)
        except Exception as exc:  # classified below, never lost
            if not await self._failed(row, item, exc):
                return None
            async with self.quick() as session:
                return await self._next(session, key)
        finally:
            KNOWN_USER.reset(known)
            effects.end(token)
        return await self._finish(row.update_id, "done", None, then=key)

    async def _failed(self, row: InboxUpdate, item: Update, exc: Exception) -> bool:
        attempts = row.attempts + 1
        reason = f"{type(exc).__name__}: {exc}"[:200]
        if attempts >= self.max_attempts:
            log.error("update %s given up after %d attempts (%s)", row.update_id, attempts, reason)
            await self._finish(row.update_id, "failed", reason)
            if self.on_give_up is not None:
                try:
                    await self.on_give_up(item)
                except Exception:  # the person may be unreachable too
                    log.warning("could not tell chat %s that update %s was given up", row.chat_key, row.update_id)
            return True
        wait = self.retry_delay(attempts)
        log.warning("update %s: attempt %d failed (%s), retry in %.0f s", row.update_id, attempts, reason, wait)
        async with self.quick() as session:
            await session.execute(
                update(InboxUpdate)
                .where(InboxUpdate.update_id == row.update_id)
                .values(attempts=attempts, last_error=reason, next_attempt_at=utcnow() + timedelta(seconds=wait))
            )
            await session.commit()
        return False

    async def _finish(
        self, update_id: int, state: str, reason: str | None, then: int | None = None
    ) -> tuple[InboxUpdate, dict[str, str], User | None] | None:
        """Mark an update finished; with ``then`` (a chat), also read that chat's next update."""
        values = {"finished": update_id, "state": state, "done_at": utcnow(), "last_error": reason}
        async with self.quick() as session:
            if then is not None and session.get_bind().dialect.name == "postgresql":
                return await self._next(session, then, finishing=values)
            await session.execute(_FINISH, values)
            await session.commit()
            return await self._next(session, then) if then is not None else None

    async def due_chats(self) -> list[int]:
        """Chats whose oldest pending update may be handled now."""
        async with self.quick() as session:
            rows = await session.scalars(
                select(InboxUpdate.chat_key)
                .where(InboxUpdate.state == "pending", InboxUpdate.next_attempt_at <= utcnow())
                .distinct()
            )
            return list(rows)

    async def scan(self, stopping: asyncio.Event) -> None:
        """Wake the chats with due updates (retries, and what a crash left) until stopped."""
        while not stopping.is_set():
            try:
                chats = await self.due_chats()
            except Exception as exc:  # an outage: logged once by health
                self.health.failed(exc)
            else:
                self.health.ok()
                self.wake(chats)
            try:
                await asyncio.wait_for(stopping.wait(), timeout=SCAN_EVERY)
            except TimeoutError:
                pass

    async def prune(self, older_than: timedelta) -> None:
        """Forget finished updates (and their effects) old enough that Telegram cannot resend them."""
        cutoff = utcnow() - older_than
        async with self.session_factory() as session:
            old = select(InboxUpdate.update_id).where(InboxUpdate.state != "pending", InboxUpdate.done_at < cutoff)
            await session.execute(delete(Effect).where(Effect.update_id.in_(old)))
            await session.execute(delete(InboxUpdate).where(InboxUpdate.state != "pending", InboxUpdate.done_at < cutoff))
            await session.commit()

    @property
    def busy(self) -> int:
        """Number of chats with a worker."""
        return len(self._workers)

    async def drain(self, timeout: float) -> None:
        """Wait for the workers to finish (at shutdown); what is left stays pending."""
        if self._workers:
            await asyncio.wait(list(self._workers.values()), timeout=timeout)
