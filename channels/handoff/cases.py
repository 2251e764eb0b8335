"""Cases: opened for a person (one open at most), escalated, noted, closed and forgotten."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from aiogram.types import Message
from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from channels.crisis.state import active_crisis
from channels.db.models import utcnow
from channels.handoff import texts
from channels.handoff.models import CLOSED, OPEN, Case, CaseMessage, OutboxItem
from channels.handoff.outbox import STAFF_LANE, enqueue, enqueue_to_person, person_lane
from channels.handoff.people import header_context
from channels.handoff.settings import HandoffSettings
from channels.handoff.topics import Topics
from channels.i18n import DEFAULT_LANGUAGE, LANGUAGES

log = logging.getLogger(__name__)

REASONS = ("user_request", "fallback", "urgent", "entry")
ENTRY_ID = re.compile(r"^[A-Za-z0-9_.\-]{1,128}$")


class Cases:
    """The case table's life cycle; every send it causes goes through the outbox."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        settings: HandoffSettings,
        topics: Topics,
        kick: Callable[[], None],
        pseudonym_secret: str | None,
    ) -> None:
        self.sessions = sessions
        self.settings = settings
        self.topics = topics
        self.kick = kick
        self.pseudonym_secret = pseudonym_secret
        self.lang = settings.staff_language

    async def has_open(self, chat_id: int) -> bool:
        """Whether this person has an open case."""
        async with self.sessions() as session:
            found = await session.scalar(select(Case.id).where(Case.chat_id == chat_id, Case.state == OPEN))
        return found is not None

    async def by_topic(self, topic_id: int) -> Case | None:
        """The case whose topic this is."""
        async with self.sessions() as session:
            return await session.scalar(
                select(Case).where(Case.topic_id == topic_id).order_by(Case.id.desc()).limit(1)
            )

    async def open(self, chat_id: int, language: str, reason: str, entry_id: str | None, summary: str,
                   urgent: bool) -> None:
        """Open the person's case (one at most), its topic header and the person's notice."""
        language = language if language in LANGUAGES else DEFAULT_LANGUAGE
        reason = reason if reason in REASONS else str(reason or "user_request")[:32]
        urgent = bool(urgent or reason == "urgent")
        person, audience, turns = await header_context(self.sessions, chat_id, self.pseudonym_secret,
                                                       self.settings.header_turns)
        async with self.sessions() as session:
            existing = await session.scalar(select(Case).where(Case.chat_id == chat_id, Case.state == OPEN))
            if existing is not None:
                await self._escalate(session, existing, urgent)
                return
            case = Case(
                chat_id=chat_id, language=language, reason=reason, urgent=urgent,
                entry_id=entry_id if entry_id and ENTRY_ID.match(entry_id) else None,
                summary=(summary or "")[:1000] or None, state=OPEN, opened_at=utcnow(),
            )
            session.add(case)
            try:
                await session.flush()
            except IntegrityError:
                # Another message of the same person opened the case a moment ago.
                await session.rollback()
                log.info("handoff: case for this person already opened concurrently")
                return
            crisis = await active_crisis(session)
            on_crisis_topic = crisis is not None and crisis.covers(case.entry_id)
            case.topic_name = texts.topic_name(case.id, language, reason, urgent, self.lang, on_crisis_topic)
            head = texts.header(
                number=case.id, person=person, language=language, audience=audience,
                reason=reason, urgent=urgent, entry_id=case.entry_id, summary=case.summary,
                turns=turns, lang=self.lang, crisis=on_crisis_topic,
            )
            await enqueue(session, key=f"header:{case.id}", lane=STAFF_LANE, kind="staff_text",
                          payload={"text": head}, case_id=case.id)
            notice = texts.person_opened(language, self.settings.office_hours, utcnow(), urgent)
            await enqueue_to_person(session, case, f"opened:{case.id}", notice)
            try:
                await session.commit()
            except IntegrityError:
                await session.rollback()
                log.info("handoff: case for this person already opened concurrently")
                return
        log.info("handoff: case %s opened (reason %s, urgent %s)", case.id, reason, urgent)
        self.kick()

    async def _escalate(self, session: AsyncSession, case: Case, urgent: bool) -> None:
        """A red flag inside an open case: mark it urgent and tell staff."""
        if not urgent or case.urgent:
            return
        case.urgent = True
        await enqueue(session, key=f"escalated:{case.id}", lane=STAFF_LANE, kind="staff_text",
                      case_id=case.id, payload={"text": "🔴 <b>" + texts.staff(
                          self.lang, "URGENT: red flag. Safety information has already been "
                          "sent to the person.") + "</b>"})
        await session.commit()
        self.kick()

    async def cancel(self, session: AsyncSession, case: Case, message: Message) -> None:
        """/cancel from the person: the request is withdrawn (the caller commits)."""
        await self._close(session, case, staff_user_id=None, reason="cancel",
                          key=f"cancel:{case.chat_id}:{message.message_id}")

    async def close_by_staff(self, case: Case, message: Message) -> None:
        """/close: the person is told, the topic closed, the assistant resumes."""
        async with self.sessions() as session:
            fresh = await session.get(Case, case.id)
            if fresh is None or fresh.state != OPEN:
                await self.topics.tell(case.id, texts.staff(self.lang, "This case is already closed."),
                                       key=f"reply:{message.message_id}")
                return
            await self._close(session, fresh, staff_user_id=message.from_user.id, reason="staff",
                              key=f"close:{message.message_id}", staff_name=message.from_user.full_name)
            await session.commit()
        self.kick()

    async def _close(self, session: AsyncSession, case: Case, *, staff_user_id: int | None,
                     reason: str, key: str, staff_name: str | None = None) -> None:
        result = await session.execute(
            update(Case).where(Case.id == case.id, Case.state == OPEN).values(
                state=CLOSED, closed_at=utcnow(), closed_by=staff_user_id, close_reason=reason)
        )
        if result.rowcount != 1:
            return
        if reason == "cancel":
            notice = texts.person_cancelled(case.language)
            staff_line = texts.staff(self.lang, "The person withdrew the request (/cancel). "
                                     "The case is closed.")
        else:
            notice = texts.person_closed(case.language)
            staff_line = texts.staff(self.lang, "Closed by {name}. The assistant answers the "
                                     "person again.", name=staff_name or "staff")
        if case.person_blocked_at is None:
            await enqueue_to_person(session, case, key, notice)
        await enqueue(session, key=f"{key}:staff", lane=STAFF_LANE, kind="staff_text",
                      case_id=case.id, payload={"text": "✅ " + staff_line})
        await enqueue(session, key=f"{key}:topic", lane=STAFF_LANE, kind="close_topic",
                      case_id=case.id, payload={})
        log.info("handoff: case %s closed (%s)", case.id, reason)

    async def note(self, case: Case, message: Message, text: str) -> None:
        """/note: kept in the case, never sent to the person."""
        async with self.sessions() as session:
            session.add(CaseMessage(case_id=case.id, direction="note", note=text[:4000],
                                    source_chat_id=message.chat.id,
                                    source_message_id=message.message_id,
                                    staff_user_id=message.from_user.id))
            await enqueue(session, key=f"reply:{message.message_id}", lane=STAFF_LANE,
                          kind="staff_text", case_id=case.id,
                          payload={"text": texts.staff(self.lang, "Note saved. It is never sent "
                                                       "to the person.")})
            await session.commit()
        self.kick()

    async def person_blocked(self, chat_id: int) -> None:
        """The person blocked the bot: note it in the case and tell staff, once."""
        async with self.sessions() as session:
            case = await session.scalar(
                select(Case).where(Case.chat_id == chat_id).order_by(Case.id.desc()).limit(1))
            if case is None or case.person_blocked_at is not None:
                return
            case.person_blocked_at = utcnow()
            session.add(CaseMessage(case_id=case.id, direction="system", note="person blocked"))
            if case.state == OPEN:
                await enqueue(
                    session, key=f"blocked:{case.id}:{int(utcnow().timestamp())}",
                    lane=STAFF_LANE, kind="staff_text", case_id=case.id,
                    payload={"text": "⚠️ " + texts.staff(
                        self.lang, "The person has blocked the bot; messages cannot be "
                        "delivered. Close the case with /close.")})
            await session.commit()
        self.kick()

    async def forget_person(self, chat_id: int) -> int:
        """Delete every case of a person with its messages and pending sends (their data
        deletion request); returns how many cases went. The topics stay in Telegram."""
        async with self.sessions() as session:
            cases = (await session.scalars(select(Case).where(Case.chat_id == chat_id))).all()
            ids = [case.id for case in cases]
            for case in cases:
                if case.state == OPEN and case.topic_id is not None:
                    # Not tied to the case (its sends are deleted below): staff learn why it ended.
                    note = texts.staff(self.lang, "The person asked to delete their data: this case is closed "
                                                  "and its records are deleted.")
                    await enqueue(session, key=f"forgotten:{case.id}", lane=STAFF_LANE, kind="staff_text",
                                  payload={"text": note, "thread_id": case.topic_id})
            if ids:
                await session.execute(delete(OutboxItem).where(OutboxItem.case_id.in_(ids)))
                await session.execute(delete(CaseMessage).where(CaseMessage.case_id.in_(ids)))
                await session.execute(delete(Case).where(Case.id.in_(ids)))
            await session.execute(delete(OutboxItem).where(OutboxItem.lane == person_lane(chat_id)))
            await session.commit()
        self.kick()
        return len(ids)
