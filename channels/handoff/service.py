"""The handoff service: opens and closes cases, relays messages both ways through the outbox."""

from __future__ import annotations

import asyncio
import html
import logging
import re
from datetime import timedelta
from typing import Any

from aiogram import Bot, Router
from aiogram.types import Message
from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from channels.handoff import reports, texts
from channels.handoff.engine import EngineError, fetch_entry
from channels.handoff.models import CLOSED, OPEN, Case, CaseMessage, OutboxItem, utcnow
from channels.handoff.outbox import STAFF_LANE, OutboxWorker, RateLimiter, enqueue, person_lane
from channels.handoff.settings import HandoffSettings
from channels.health import DatabaseHealth

log = logging.getLogger(__name__)

REASONS = ("user_request", "fallback", "urgent", "entry")
ENTRY_ID = re.compile(r"^[A-Za-z0-9_.\-]{1,128}$")
TELEGRAM_LIMIT = 4000
OUTBOX_KEEP = timedelta(days=7)


def split_text(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Split plain text under Telegram's limit, at paragraph, then line, then hard bounds."""
    chunks: list[str] = []
    current = ""
    for paragraph in text.split("\n\n"):
        candidate = paragraph if not current else current + "\n\n" + paragraph
        if len(candidate) <= limit:
            current = candidate
            continue
        if current:
            chunks.append(current)
        while len(paragraph) > limit:
            cut = paragraph.rfind("\n", 0, limit)
            cut = cut if cut > 0 else limit
            chunks.append(paragraph[:cut])
            paragraph = paragraph[cut:].lstrip("\n")
        current = paragraph
    if current:
        chunks.append(current)
    return chunks or [""]


class HandoffService:
    """Cases for people and their staff topics; implements the gateway's HandoffPort."""

    router: Router

    def __init__(
        self,
        bot: Bot,
        session_factory: async_sessionmaker[AsyncSession],
        settings: HandoffSettings,
        *,
        engine_url: str,
        engine_timeout: float = 10.0,
        pseudonym_secret: str | None = None,
    ) -> None:
        self.bot = bot
        self.sessions = session_factory
        self.settings = settings
        self.engine_url = engine_url
        self.engine_timeout = engine_timeout
        self.pseudonym_secret = pseudonym_secret
        self.limiter = RateLimiter(settings.staff_messages_per_minute, settings.staff_burst)
        self._reminder_health = DatabaseHealth("handoff reminders")
        self.worker = OutboxWorker(
            bot,
            session_factory,
            settings.staff_chat_id,
            self.limiter,
            on_person_blocked=self._person_blocked,
            ensure_topic=self._ensure_topic,
            recreate_topic=self._recreate_topic,
        )
        self._reminders: asyncio.Task[None] | None = None
        self._starter: asyncio.Task[None] | None = None
        self._topic_lock = asyncio.Lock()
        from channels.handoff.staff import build_router  # the router needs the service

        self.router = build_router(self)

    @property
    def lang(self) -> str:
        """The staff language."""
        return self.settings.staff_language

    # lifecycle -------------------------------------------------------------------------

    async def start(self) -> None:
        """Start the outbox worker and the reminder loop (on dispatcher start-up)."""
        self.worker.start()
        if self._reminders is None or self._reminders.done():
            self._reminders = asyncio.create_task(self._reminder_loop(), name="handoff-reminders")

    def start_soon(self) -> None:
        """Start the background tasks once the running event loop gets to it (if any)."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        self._starter = loop.create_task(self.start(), name="handoff-start")

    async def stop(self) -> None:
        """Stop the background tasks; the database keeps what is pending."""
        if self._reminders is not None:
            self._reminders.cancel()
            try:
                await self._reminders
            except asyncio.CancelledError:
                pass
            self._reminders = None
        await self.worker.stop()
        await self.bot.session.close()

    # the gateway's side ------------------------------------------------------------------

    async def has_open_case(self, chat_id: int) -> bool:
        """Whether this person has an open case."""
        async with self.sessions() as session:
            found = await session.scalar(
                select(Case.id).where(Case.chat_id == chat_id, Case.state == OPEN)
            )
        return found is not None

    async def open_case(
        self,
        chat_id: int,
        language: str,
        reason: str,
        entry_id: str | None,
        summary: str,
        urgent: bool,
    ) -> None:
        """Open the person's case (one at most), its topic header and the person's notice."""
        language = language if language in ("hy", "ru", "en") else "en"
        reason = reason if reason in REASONS else str(reason or "user_request")[:32]
        urgent = bool(urgent or reason == "urgent")
        person, audience, turns = await self._context(chat_id)
        async with self.sessions() as session:
            existing = await session.scalar(
                select(Case).where(Case.chat_id == chat_id, Case.state == OPEN)
            )
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
            case.topic_name = texts.topic_name(case.id, language, reason, urgent, self.lang)
            head = texts.header(
                number=case.id, person=person, language=language, audience=audience,
                reason=reason, urgent=urgent, entry_id=case.entry_id, summary=case.summary,
                turns=turns, lang=self.lang,
            )
            await enqueue(session, key=f"header:{case.id}", lane=STAFF_LANE, kind="staff_text",
                          payload={"text": head}, case_id=case.id)
            notice = texts.person_opened(language, self.settings.office_hours, utcnow(), urgent)
            await self._to_person(session, case, f"opened:{case.id}", notice)
            try:
                await session.commit()
            except IntegrityError:
                await session.rollback()
                log.info("handoff: case for this person already opened concurrently")
                return
        log.info("handoff: case %s opened (reason %s, urgent %s)", case.id, reason, urgent)
        self.worker.kick()

    async def relay_from_user(self, message: Message) -> None:
        """Copy the person's message into their topic; /cancel withdraws the request."""
        chat_id = message.chat.id
        async with self.sessions() as session:
            case = await session.scalar(
                select(Case).where(Case.chat_id == chat_id, Case.state == OPEN)
            )
            if case is None:
                log.warning("handoff: relay without an open case")
                return
            command = (message.text or "").strip().split(maxsplit=1)
            if command and command[0].split("@", 1)[0].lower() == "/cancel":
                await self._close(session, case, staff_user_id=None, reason="cancel",
                                  key=f"cancel:{chat_id}:{message.message_id}")
                await session.commit()
                self.worker.kick()
                return
            if case.person_blocked_at is not None:
                case.person_blocked_at = None  # they wrote again, so they unblocked the bot
            row = CaseMessage(case_id=case.id, direction="in", source_chat_id=chat_id,
                              source_message_id=message.message_id)
            key = f"in:{chat_id}:{message.message_id}"
            if await session.scalar(select(OutboxItem.id).where(
                    OutboxItem.idempotency_key == key)) is not None:
                return  # a replay of a message already relayed
            session.add(row)
            await session.flush()
            payload: dict[str, Any] = {"from_chat_id": chat_id, "message_id": message.message_id,
                                       "case_message_id": row.id}
            # The person answered a staff message: point at that message in the topic.
            replied = await self._counterpart(session, case.id, message, "out")
            if replied is not None:
                payload["reply_to"] = replied
            await enqueue(session, key=key, lane=STAFF_LANE, kind="copy_to_topic", case_id=case.id,
                          payload=payload)
            await session.commit()
        self.worker.kick()

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
        self.worker.kick()
        return len(ids)

    # staff actions -------------------------------------------------------------------------

    async def case_by_topic(self, topic_id: int) -> Case | None:
        """The case whose topic this is."""
        async with self.sessions() as session:
            return await session.scalar(
                select(Case).where(Case.topic_id == topic_id).order_by(Case.id.desc()).limit(1)
            )

    async def staff_reply(self, case: Case, message: Message) -> None:
        """Copy a staff member's message in the topic to the person."""
        if case.state != OPEN:
            await self.tell_topic(case.id, texts.staff(self.lang, "This case is closed; "
                                  "messages here are not sent."), key=f"closed-note:{message.message_id}")
            return
        async with self.sessions() as session:
            key = f"out:{message.message_id}"
            if await session.scalar(select(OutboxItem.id).where(
                    OutboxItem.idempotency_key == key)) is not None:
                return
            row = CaseMessage(case_id=case.id, direction="out", source_chat_id=message.chat.id,
                              source_message_id=message.message_id,
                              staff_user_id=message.from_user.id if message.from_user else None)
            session.add(row)
            await session.flush()
            payload: dict[str, Any] = {"chat_id": case.chat_id, "from_chat_id": message.chat.id,
                                       "message_id": message.message_id, "case_message_id": row.id}
            # Staff answered one of the person's messages: quote it on the person's side.
            replied = await self._counterpart(session, case.id, message, "in")
            if replied is not None:
                payload["reply_to"] = replied
            await enqueue(session, key=key, lane=person_lane(case.chat_id), kind="copy_to_person",
                          case_id=case.id, payload=payload)
            await session.execute(
                update(Case).where(Case.id == case.id, Case.first_staff_reply_at.is_(None))
                .values(first_staff_reply_at=utcnow())
            )
            await session.commit()
        self.worker.kick()

    async def close_by_staff(self, case: Case, message: Message) -> None:
        """/close: the person is told, the topic closed, the assistant resumes."""
        async with self.sessions() as session:
            fresh = await session.get(Case, case.id)
            if fresh is None or fresh.state != OPEN:
                await self.tell_topic(case.id, texts.staff(self.lang, "This case is already "
                                      "closed."), key=f"reply:{message.message_id}")
                return
            await self._close(session, fresh, staff_user_id=message.from_user.id,
                              reason="staff", key=f"close:{message.message_id}",
                              staff_name=message.from_user.full_name)
            await session.commit()
        self.worker.kick()

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
        self.worker.kick()

    async def answer(self, case: Case, message: Message, entry_id: str) -> None:
        """/answer <entry_id>: the entry's answer from the engine, in the person's language."""
        key = f"reply:{message.message_id}"
        if case.state != OPEN:
            await self.tell_topic(case.id, texts.staff(self.lang, "This case is already closed."),
                                  key=key)
            return
        if not ENTRY_ID.match(entry_id):
            await self.tell_topic(case.id, texts.staff(self.lang, "Unknown entry id: {entry_id}. "
                                  "Nothing was sent.", entry_id=entry_id[:64]), key=key)
            return
        sender = await self._pseudonym(case.chat_id)
        try:
            found = await fetch_entry(self.engine_url, sender, entry_id, case.language,
                                      timeout=self.engine_timeout)
        except EngineError as exc:
            log.warning("handoff /answer: engine unavailable (%s)", exc)
            await self.tell_topic(case.id, texts.staff(self.lang, "The assistant's engine is not "
                                  "reachable; nothing was sent. Try again later."), key=key)
            return
        if found is None:
            await self.tell_topic(case.id, texts.staff(self.lang, "Unknown entry id: {entry_id}. "
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
                await self._to_person(session, fresh, f"answer:{message.message_id}:{i}", part)
            shown = "\n\n".join(found)
            if len(shown) > 3000:
                shown = shown[:3000] + "…"
            confirm = (texts.staff(self.lang, "Sent the answer {entry_id} to the person:",
                                   entry_id=entry_id) + "\n\n" + html.escape(shown))
            await enqueue(session, key=key, lane=STAFF_LANE, kind="staff_text", case_id=case.id,
                          payload={"text": confirm})
            await session.execute(
                update(Case).where(Case.id == case.id, Case.first_staff_reply_at.is_(None))
                .values(first_staff_reply_at=utcnow())
            )
            await session.commit()
        self.worker.kick()

    async def tell_topic(self, case_id: int, text_html: str, *, key: str) -> None:
        """A staff-language line into a case topic."""
        async with self.sessions() as session:
            await enqueue(session, key=key, lane=STAFF_LANE, kind="staff_text", case_id=case_id,
                          payload={"text": text_html})
            await session.commit()
        self.worker.kick()

    async def tell_general(self, text_html: str, *, key: str, thread_id: int | None = None) -> None:
        """A staff-language message into the general topic (or the given thread)."""
        async with self.sessions() as session:
            await enqueue(session, key=key, lane=STAFF_LANE, kind="staff_text",
                          payload={"text": text_html, "thread_id": thread_id})
            await session.commit()
        self.worker.kick()

    async def queue_text(self) -> str:
        """/queue: open cases, urgent first, then the longest waiting."""
        return await reports.queue(self.sessions, self.settings)

    async def stats_text(self) -> str:
        """/stats: open cases, opened and closed today and in 7 days, first reply times."""
        return await reports.stats(self.sessions, self.settings)

    # internals ----------------------------------------------------------------------------

    async def _counterpart(self, session: AsyncSession, case_id: int, message: Message,
                           direction: str) -> int | None:
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
        self.worker.kick()

    async def _to_person(self, session: AsyncSession, case: Case, key: str, text: str) -> None:
        """Plain text to the person (escaped here, never parsed as markup)."""
        for i, part in enumerate(split_text(text)):
            await enqueue(session, key=f"{key}:{i}", lane=person_lane(case.chat_id),
                          kind="person_text", case_id=case.id,
                          payload={"chat_id": case.chat_id, "text": html.escape(part)})

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
            await self._to_person(session, case, key, notice)
        await enqueue(session, key=f"{key}:staff", lane=STAFF_LANE, kind="staff_text",
                      case_id=case.id, payload={"text": "✅ " + staff_line})
        await enqueue(session, key=f"{key}:topic", lane=STAFF_LANE, kind="close_topic",
                      case_id=case.id, payload={})
        log.info("handoff: case %s closed (%s)", case.id, reason)

    async def _context(self, chat_id: int) -> tuple[str, str | None, list[tuple[str, str]]]:
        """Pseudonymous id, audience and the last turns of the person, for the header."""
        pseudonym = await self._pseudonym(chat_id)
        audience: str | None = None
        turns: list[tuple[str, str]] = []
        try:
            from channels.db import models as gateway
        except ImportError:  # pragma: no cover - the gateway always ships its models
            return pseudonym[:12], None, []
        async with self.sessions() as session:
            user = await session.get(gateway.User, chat_id)
            if user is not None:
                audience = getattr(user, "audience", None)
            turn_model = getattr(gateway, "Turn", None)
            if turn_model is not None and self.settings.header_turns:
                rows = (await session.execute(
                    select(turn_model.role, turn_model.text)
                    .where(turn_model.chat_id == chat_id)
                    .order_by(turn_model.id.desc()).limit(self.settings.header_turns)
                )).all()
                turns = [(role, text) for role, text in reversed(rows)]
        return pseudonym[:12], audience, turns

    async def _pseudonym(self, chat_id: int) -> str:
        """The person's pseudonym as the engine knows it (never their Telegram id)."""
        from channels.db import models as gateway

        async with self.sessions() as session:
            found = await session.scalar(
                select(gateway.User.pseudonym).where(gateway.User.chat_id == chat_id))
        if found:
            return found
        if self.pseudonym_secret:
            from channels.pseudonym import pseudonym

            return pseudonym(self.pseudonym_secret, chat_id)
        raise RuntimeError("no pseudonym for this person")

    async def _ensure_topic(self, case_id: int) -> int:
        """The case's topic id, creating the topic the first time."""
        async with self._topic_lock:
            async with self.sessions() as session:
                case = await session.get(Case, case_id)
                assert case is not None
                if case.topic_id is not None:
                    return case.topic_id
                topic = await self.bot.create_forum_topic(
                    chat_id=self.settings.staff_chat_id,
                    name=case.topic_name or f"#{case.id}",
                    icon_color=0xFB6F5F if case.urgent else 0x6FB9F0,
                )
                case.topic_id = topic.message_thread_id
                await session.commit()
                log.info("handoff: case %s has topic %s", case.id, case.topic_id)
                return case.topic_id

    async def _recreate_topic(self, case_id: int) -> int:
        """The topic was deleted: make a new one, update the mapping, post the header again."""
        async with self._topic_lock:
            async with self.sessions() as session:
                case = await session.get(Case, case_id)
                assert case is not None
                self.limiter.take()
                topic = await self.bot.create_forum_topic(
                    chat_id=self.settings.staff_chat_id,
                    name=case.topic_name or f"#{case.id}",
                    icon_color=0xFB6F5F if case.urgent else 0x6FB9F0,
                )
                old, case.topic_id = case.topic_id, topic.message_thread_id
                session.add(CaseMessage(case_id=case.id, direction="system",
                                        note=f"topic {old} deleted; now {case.topic_id}"))
                await session.commit()
                header = await session.scalar(select(OutboxItem.payload).where(
                    OutboxItem.idempotency_key == f"header:{case.id}"))
        text = texts.staff(self.lang, "The topic of this case was deleted; this is its new topic.")
        if header:
            text = text + "\n\n" + header["text"]
        self.limiter.take()
        await self.bot.send_message(chat_id=self.settings.staff_chat_id,
                                    message_thread_id=case.topic_id, text=text,
                                    parse_mode="HTML")
        return case.topic_id  # type: ignore[return-value]

    async def _person_blocked(self, chat_id: int) -> None:
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
        self.worker.kick()

    async def prune_outbox(self, older_than: timedelta = OUTBOX_KEEP) -> int:
        """Forget sends finished long ago (their keys only guard against prompt replays)."""
        async with self.sessions() as session:
            result = await session.execute(delete(OutboxItem).where(
                OutboxItem.state != "pending", OutboxItem.done_at < utcnow() - older_than))
            await session.commit()
        return int(result.rowcount or 0)

    async def _reminder_loop(self) -> None:
        while True:
            try:
                await self.send_reminders()
                await self.prune_outbox()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # keep reminding after a database outage
                self._reminder_health.failed(exc)  # one line when it starts, not one per pass
            else:
                self._reminder_health.ok()
            await asyncio.sleep(self.settings.reminder_check_seconds)

    async def send_reminders(self) -> int:
        """One update to each person waiting too long for a first staff reply; how many."""
        due = utcnow() - timedelta(minutes=self.settings.case_reminder_minutes)
        sent = 0
        async with self.sessions() as session:
            cases = (await session.scalars(select(Case).where(
                Case.state == OPEN, Case.first_staff_reply_at.is_(None),
                Case.reminder_sent_at.is_(None), Case.opened_at <= due))).all()
            for case in cases:
                claimed = await session.execute(
                    update(Case).where(Case.id == case.id, Case.reminder_sent_at.is_(None))
                    .values(reminder_sent_at=utcnow()))
                if claimed.rowcount != 1 or case.person_blocked_at is not None:
                    continue
                await self._to_person(session, case, f"reminder:{case.id}",
                                      texts.person_reminder(case.language))
                sent += 1
            await session.commit()
        if sent:
            self.worker.kick()
        return sent

