"""Case topics of the staff forum group: made on first use, made again when deleted, written to."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from aiogram import Bot
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from channels.handoff import texts
from channels.handoff.models import Case, CaseMessage, OutboxItem
from channels.handoff.outbox import STAFF_LANE, RateLimiter, enqueue
from channels.handoff.settings import HandoffSettings

log = logging.getLogger(__name__)

URGENT_COLOUR = 0xFB6F5F
NORMAL_COLOUR = 0x6FB9F0


class Topics:
    """One forum topic per case, and staff-language lines into topics or the general topic."""

    def __init__(
        self,
        bot: Bot,
        sessions: async_sessionmaker[AsyncSession],
        settings: HandoffSettings,
        limiter: RateLimiter,
        kick: Callable[[], None],
    ) -> None:
        self.bot = bot
        self.sessions = sessions
        self.settings = settings
        self.limiter = limiter
        self.kick = kick
        # One topic per case even when two sends of a new case go out at once.
        self._lock = asyncio.Lock()

    async def ensure(self, case_id: int) -> int:
        """The case's topic id, creating the topic the first time."""
        async with self._lock:
            async with self.sessions() as session:
                case = await session.get(Case, case_id)
                assert case is not None
                if case.topic_id is not None:
                    return case.topic_id
                topic = await self._create(case)
                case.topic_id = topic
                await session.commit()
                log.info("handoff: case %s has topic %s", case.id, case.topic_id)
                return topic

    async def recreate(self, case_id: int) -> int:
        """The topic was deleted: make a new one, update the mapping, post the header again."""
        async with self._lock:
            async with self.sessions() as session:
                case = await session.get(Case, case_id)
                assert case is not None
                self.limiter.take()
                old, case.topic_id = case.topic_id, await self._create(case)
                session.add(CaseMessage(case_id=case.id, direction="system",
                                        note=f"topic {old} deleted; now {case.topic_id}"))
                await session.commit()
                topic = case.topic_id
                header = await session.scalar(select(OutboxItem.payload).where(
                    OutboxItem.idempotency_key == f"header:{case.id}"))
        text = texts.staff(self.settings.staff_language,
                           "The topic of this case was deleted; this is its new topic.")
        if header:
            text = text + "\n\n" + header["text"]
        self.limiter.take()
        await self.bot.send_message(chat_id=self.settings.staff_chat_id, message_thread_id=topic,
                                    text=text, parse_mode="HTML")
        return topic

    async def _create(self, case: Case) -> int:
        made = await self.bot.create_forum_topic(
            chat_id=self.settings.staff_chat_id,
            name=case.topic_name or f"#{case.id}",
            icon_color=URGENT_COLOUR if case.urgent else NORMAL_COLOUR,
        )
        return made.message_thread_id

    async def tell(self, case_id: int, text_html: str, *, key: str) -> None:
        """A staff-language line into a case topic (sent once per key)."""
        async with self.sessions() as session:
            await enqueue(session, key=key, lane=STAFF_LANE, kind="staff_text", case_id=case_id,
                          payload={"text": text_html})
            await session.commit()
        self.kick()

    async def tell_general(self, text_html: str, *, key: str, thread_id: int | None = None) -> None:
        """A staff-language message into the general topic (or the given thread), sent once per key."""
        async with self.sessions() as session:
            await enqueue(session, key=key, lane=STAFF_LANE, kind="staff_text",
                          payload={"text": text_html, "thread_id": thread_id})
            await session.commit()
        self.kick()
