"""The relay: the person's messages copied into their topic, staff replies copied to the person."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from aiogram.types import Message
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from channels.db.models import utcnow
from channels.handoff import texts
from channels.handoff.cases import Cases
from channels.handoff.models import OPEN, Case, CaseMessage, OutboxItem
from channels.handoff.outbox import STAFF_LANE, enqueue, person_lane
from channels.handoff.topics import Topics

log = logging.getLogger(__name__)


async def counterpart(session: AsyncSession, case_id: int, message: Message, direction: str) -> int | None:
    """The id, on the other side, of the message this one replies to (same case only)."""
    reply = message.reply_to_message
    if reply is None:
        return None
    # Staff reply to a copy of the person's message ("in"), or the person to a copy of a
    # staff message ("out"): the copy's id leads to the original on the other side.
    return await session.scalar(
        select(CaseMessage.source_message_id).where(
            CaseMessage.case_id == case_id, CaseMessage.direction == direction,
            CaseMessage.copied_message_id == reply.message_id).limit(1))


async def _already_sent(session: AsyncSession, key: str) -> bool:
    return await session.scalar(select(OutboxItem.id).where(OutboxItem.idempotency_key == key)) is not None


class Relay:
    """Copies messages between a person and their case topic; copies, so nothing is re-parsed."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession], cases: Cases, topics: Topics,
                 kick: Callable[[], None]) -> None:
        self.sessions = sessions
        self.cases = cases
        self.topics = topics
        self.kick = kick

    async def from_person(self, message: Message) -> None:
        """Copy the person's message into their topic; /cancel withdraws the request."""
        chat_id = message.chat.id
        async with self.sessions() as session:
            case = await session.scalar(select(Case).where(Case.chat_id == chat_id, Case.state == OPEN))
            if case is None:
                log.warning("handoff: relay without an open case")
                return
            command = (message.text or "").strip().split(maxsplit=1)
            if command and command[0].split("@", 1)[0].lower() == "/cancel":
                await self.cases.cancel(session, case, message)
                await session.commit()
                self.kick()
                return
            if case.person_blocked_at is not None:
                case.person_blocked_at = None  # they wrote again, so they unblocked the bot
            key = f"in:{chat_id}:{message.message_id}"
            if await _already_sent(session, key):
                return  # a replay of a message already relayed
            row = CaseMessage(case_id=case.id, direction="in", source_chat_id=chat_id,
                              source_message_id=message.message_id)
            session.add(row)
            await session.flush()
            payload: dict[str, Any] = {"from_chat_id": chat_id, "message_id": message.message_id,
                                       "case_message_id": row.id}
            # The person answered a staff message: point at that message in the topic.
            replied = await counterpart(session, case.id, message, "out")
            if replied is not None:
                payload["reply_to"] = replied
            await enqueue(session, key=key, lane=STAFF_LANE, kind="copy_to_topic", case_id=case.id,
                          payload=payload)
            await session.commit()
        self.kick()

    async def from_staff(self, case: Case, message: Message) -> None:
        """Copy a staff member's message in the topic to the person."""
        if case.state != OPEN:
            await self.topics.tell(case.id, texts.staff(self.cases.lang, "This case is closed; "
                                   "messages here are not sent."), key=f"closed-note:{message.message_id}")
            return
        async with self.sessions() as session:
            key = f"out:{message.message_id}"
            if await _already_sent(session, key):
                return
            row = CaseMessage(case_id=case.id, direction="out", source_chat_id=message.chat.id,
                              source_message_id=message.message_id,
                              staff_user_id=message.from_user.id if message.from_user else None)
            session.add(row)
            await session.flush()
            payload: dict[str, Any] = {"chat_id": case.chat_id, "from_chat_id": message.chat.id,
                                       "message_id": message.message_id, "case_message_id": row.id}
            # Staff answered one of the person's messages: quote it on the person's side.
            replied = await counterpart(session, case.id, message, "in")
            if replied is not None:
                payload["reply_to"] = replied
            await enqueue(session, key=key, lane=person_lane(case.chat_id), kind="copy_to_person",
                          case_id=case.id, payload=payload)
            await session.execute(
                update(Case).where(Case.id == case.id, Case.first_staff_reply_at.is_(None))
                .values(first_staff_reply_at=utcnow())
            )
            await session.commit()
        self.kick()
