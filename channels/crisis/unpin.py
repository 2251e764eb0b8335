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
# A pin row without a message id is a pin under way; older than this, it never completed.
PIN_UNDER_WAY = timedelta(minutes=1)


async def unpin_ended(bot: Bot, sessions: async_sessionmaker[AsyncSession], limiter: AsyncLimiter) -> int:
    """Unpin the notices of ended crises not yet taken down (one batch); how many rows were settled."""
    async with sessions() as session:
        rows = (await session.execute(
            select(CrisisPin.id, CrisisPin.chat_id, CrisisPin.message_id, CrisisPin.pinned_at)
            .join(Crisis, Crisis.id == CrisisPin.crisis_id)
            .where(Crisis.active.is_(None), CrisisPin.unpinned_at.is_(None))
            .order_by(CrisisPin.id).limit(BATCH))).all()
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
                raise  # the caller waits and comes back; this row is still to do
            except (TelegramBadRequest, TelegramForbiddenError) as exc:
                # Unpinned by the person, message deleted, or the bot blocked: nothing to take down.
                log.info("crisis notice %s: not unpinned (%s)", pin_id, exc.message)
        async with sessions() as session:
            await session.execute(update(CrisisPin).where(CrisisPin.id == pin_id).values(unpinned_at=utcnow()))
            await session.commit()
        settled += 1
    return settled
