"""/answer: a knowledge-base entry's answer from the engine, sent to the person in their language."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable

from aiogram.types import Message
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from channels.db.models import utcnow
from channels.engine_client import EngineClient, EngineUnavailable
from channels.handoff import texts
from channels.handoff.cases import ENTRY_ID
from channels.handoff.models import OPEN, Case, CaseMessage
from channels.handoff.outbox import STAFF_LANE, enqueue, enqueue_to_person
from channels.handoff.people import pseudonym_of
from channels.handoff.settings import HandoffSettings
from channels.handoff.topics import Topics

log = logging.getLogger(__name__)

SHOWN_TO_STAFF = 3000  # characters of the sent answer echoed into the topic


class Answers:
    """Sends an entry's answer to the person and shows staff what was sent."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        settings: HandoffSettings,
        topics: Topics,
        engine: EngineClient,
        kick: Callable[[], None],
        pseudonym_secret: str | None,
    ) -> None:
        self.sessions = sessions
        self.lang = settings.staff_language
        self.topics = topics
        self.engine = engine
        self.kick = kick
        self.pseudonym_secret = pseudonym_secret

    async def send(self, case: Case, message: Message, entry_id: str) -> None:
        """/answer <entry_id> in a case topic."""
        key = f"reply:{message.message_id}"
        if case.state != OPEN:
            await self.topics.tell(case.id, texts.staff(self.lang, "This case is already closed."), key=key)
            return
        if not ENTRY_ID.match(entry_id):
            await self.topics.tell(case.id, texts.staff(self.lang, "Unknown entry id: {entry_id}. "
                                   "Nothing was sent.", entry_id=entry_id[:64]), key=key)
            return
        sender = await pseudonym_of(self.sessions, case.chat_id, self.pseudonym_secret)
        try:
            found = await self.engine.entry(sender, entry_id, case.language)
        except EngineUnavailable as exc:
            log.warning("handoff /answer: engine unavailable (%s)", exc)
            await self.topics.tell(case.id, texts.staff(self.lang, "The assistant's engine is not "
                                   "reachable; nothing was sent. Try again later."), key=key)
            return
        if found is None:
            await self.topics.tell(case.id, texts.staff(self.lang, "Unknown entry id: {entry_id}. "
                                   "Nothing was sent.", entry_id=entry_id), key=key)
            return
        async with self.sessions() as session:
            fresh = await session.get(Case, case.id)
            if fresh is None or fresh.state != OPEN:
                return
            session.add(CaseMessage(case_id=case.id, direction="answer", note=entry_id,
                                    source_chat_id=message.chat.id,
                                    source_message_id=message.message_id,
                                    staff_user_id=message.from_user.id))
            for i, part in enumerate(found):
                await enqueue_to_person(session, fresh, f"answer:{message.message_id}:{i}", part)
            shown = "\n\n".join(found)
            if len(shown) > SHOWN_TO_STAFF:
                shown = shown[:SHOWN_TO_STAFF] + "…"
            confirm = (texts.staff(self.lang, "Sent the answer {entry_id} to the person:",
                                   entry_id=entry_id) + "\n\n" + html.escape(shown))
            await enqueue(session, key=key, lane=STAFF_LANE, kind="staff_text", case_id=case.id,
                          payload={"text": confirm})
            await session.execute(
                update(Case).where(Case.id == case.id, Case.first_staff_reply_at.is_(None))
                .values(first_staff_reply_at=utcnow())
            )
            await session.commit()
        self.kick()
