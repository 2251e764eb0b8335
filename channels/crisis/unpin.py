"""Turning crisis mode off takes its notice down: unpinned in every chat where it was pinned."""

from __future__ import annotations

import logging
from datetime import UTC, timedelta

from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError, TelegramRetryAfter
from aiolimiter import AsyncLimiter
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from channels.crisis.models import Crisis, CrisisPin
from channels.db.models import utcnow

log = logging.getLogger(__name__)

BATCH = 200
# On PostgreSQL a batch stays locked while it is taken down (another replica skips it): a short one.
LOCKED_BATCH = 25
# A pin row without a message id is a pin under way; older than this, it never completed.
PIN_UNDER_WAY = timedelta(minutes=1)


async def unpin_ended(bot: Bot, sessions: async_sessionmaker[AsyncSession], limiter: AsyncLimiter) -> int:
    """Unpin the notices of ended crises not yet taken down (one batch); how many rows were settled.

    With several gateway replicas on PostgreSQL, each takes rows no other replica holds
    (``FOR UPDATE SKIP LOCKED``) and marks them in the same transaction, so a notice is taken
    down once. On SQLite (one replica) each row is marked in a commit of its own: the single
    writer's lock is never held across a Bot API call.
    """
    async with sessions() as session:
        postgres = session.get_bind().dialect.name == "postgresql"
        query = (
            select(CrisisPin.id, CrisisPin.chat_id, CrisisPin.message_id, CrisisPin.pinned_at)
            .join(Crisis, Crisis.id == CrisisPin.crisis_id)
            .where(Crisis.active.is_(None), CrisisPin.unpinned_at.is_(None))
            .order_by(CrisisPin.id)
        )
        if postgres:
            query = query.limit(LOCKED_BATCH).with_for_update(of=CrisisPin, skip_locked=True)
        else:
            query = query.limit(BATCH)
        rows = (await session.execute(query)).all()
        settled = 0
        for pin_id, chat_id, message_id, pinned_at in rows:
            if message_id is None:
                # SQLite gives naive datetimes back: they are UTC.
                if utcnow() - (pinned_at if pinned_at.tzinfo else pinned_at.replace(tzinfo=UTC)) < PIN_UNDER_WAY:
                    continue
            else:
                await limiter.acquire()
                try:
                    await bot.unpin_chat_message(chat_id=chat_id, message_id=message_id)
                except TelegramRetryAfter:
                    await session.commit()  # keep what was taken down; the caller waits and comes back
                    raise
                except (TelegramBadRequest, TelegramForbiddenError) as exc:
                    # Unpinned by the person, message deleted, or the bot blocked: nothing to take down.
                    log.info("crisis notice %s: not unpinned (%s)", pin_id, exc.message)
            await session.execute(update(CrisisPin).where(CrisisPin.id == pin_id).values(unpinned_at=utcnow()))
            if not postgres:
                await session.commit()
            settled += 1
        await session.commit()
    return settled
