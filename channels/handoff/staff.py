"""Router of the staff group: case topics, /close /answer /note, /queue, /stats and /report.

Handlers get the service as ``handoff`` from the dispatcher's workflow data.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta
from html import escape
from typing import Any

from aiogram import BaseMiddleware, Router
from aiogram.enums import ContentType
from aiogram.filters import Command, CommandObject
from aiogram.types import CallbackQuery, Message, TelegramObject

from channels.db.models import utcnow
from channels.handoff import reports, texts
from channels.handoff.models import Case
from channels.handoff.service import HandoffService
from channels.report.builder import Report, build_report
from channels.report.delivery import send_report
from channels.report.settings import DEFAULT_KNOWLEDGE_BASE

REPORT_DAYS = 7
REPORT_GROUPS_SHOWN = 5

log = logging.getLogger(__name__)

# What staff may send to a person; service messages (topic created, pinned, ...) are not.
COPYABLE = {
    ContentType.TEXT, ContentType.PHOTO, ContentType.VIDEO, ContentType.VOICE,
    ContentType.AUDIO, ContentType.DOCUMENT, ContentType.ANIMATION, ContentType.STICKER,
    ContentType.VIDEO_NOTE, ContentType.LOCATION, ContentType.CONTACT, ContentType.VENUE,
}


def in_staff_group(event: Message | CallbackQuery, handoff: HandoffService | None = None) -> bool:
    """Whether the event comes from the configured staff group."""
    message = event.message if isinstance(event, CallbackQuery) else event
    return handoff is not None and message is not None and message.chat.id == handoff.settings.staff_chat_id


class StaffOnly(BaseMiddleware):
    """Lets staff through and drops everyone else in the group, logged without content."""

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        user = getattr(event, "from_user", None)
        if user is None or user.id not in data["handoff"].settings.staff_user_ids:
            log.info("handoff: ignored %s from a non-staff sender in the staff group", type(event).__name__)
            if isinstance(event, CallbackQuery):
                await event.answer()
            return None
        return await handler(event, data)


router = Router(name=__name__)
for _observer in (router.message, router.edited_message, router.callback_query):
    _observer.filter(in_staff_group)
    _observer.middleware(StaffOnly())


@router.startup()
async def start(handoff: HandoffService) -> None:
    """Start the outbox and the reminders with the dispatcher."""
    await handoff.start()


@router.shutdown()
async def stop(handoff: HandoffService) -> None:
    """Stop them with the dispatcher; what is pending stays in the database."""
    await handoff.stop()


def topic_of(message: Message) -> int | None:
    """The forum topic a message was written in (None for the general topic)."""
    if message.is_topic_message and message.message_thread_id:
        return message.message_thread_id
    return None


async def case_of(message: Message, handoff: HandoffService) -> Case | None:
    """The case of the topic a command was given in; staff are told when there is none."""
    topic = topic_of(message)
    case = await handoff.cases.by_topic(topic) if topic else None
    if case is None:
        await handoff.topics.tell_general(
            texts.staff(handoff.lang, "Use this command inside a case topic."),
            key=f"reply:{message.message_id}", thread_id=topic,
        )
    return case


@router.message(Command("close"))
async def close(message: Message, handoff: HandoffService) -> None:
    """/close in a case topic."""
    case = await case_of(message, handoff)
    if case is not None:
        await handoff.cases.close_by_staff(case, message)


@router.message(Command("answer"))
async def answer(message: Message, command: CommandObject, handoff: HandoffService) -> None:
    """/answer <entry_id> in a case topic."""
    case = await case_of(message, handoff)
    if case is None:
        return
    entry_id = (command.args or "").strip()
    if not entry_id or " " in entry_id:
        await handoff.topics.tell(case.id, texts.staff(handoff.lang, "Usage: /answer <entry_id>"),
                                  key=f"reply:{message.message_id}")
        return
    await handoff.answers.send(case, message, entry_id)


@router.message(Command("note"))
async def note(message: Message, command: CommandObject, handoff: HandoffService) -> None:
    """/note <text> in a case topic."""
    case = await case_of(message, handoff)
    if case is None:
        return
    text = (command.args or "").strip()
    if not text:
        await handoff.topics.tell(case.id, texts.staff(handoff.lang, "Usage: /note <text>"),
                                  key=f"reply:{message.message_id}")
        return
    await handoff.cases.note(case, message, text)


@router.message(Command("queue"))
async def queue(message: Message, handoff: HandoffService) -> None:
    """/queue: open cases, urgent first."""
    await handoff.topics.tell_general(await reports.queue(handoff.sessions, handoff.settings),
                                      key=f"reply:{message.message_id}", thread_id=topic_of(message))


@router.message(Command("stats"))
async def stats(message: Message, handoff: HandoffService) -> None:
    """/stats: cases opened and closed, first reply times."""
    await handoff.topics.tell_general(await reports.stats(handoff.sessions, handoff.settings),
                                      key=f"reply:{message.message_id}", thread_id=topic_of(message))


def report_summary(report: Report, lang: str) -> str:
    """The short text sent before the charts of /report (HTML)."""
    lines = [texts.staff(lang, "Report {since} – {until}: {questions} questions, {declined} not answered, "
                         "{handed} handed to staff.", since=report.since, until=report.until,
                         questions=report.questions, declined=report.outcomes["declined"],
                         handed=report.outcomes["handed to staff"])]
    median = report.median_first_reply
    if median is not None:
        lines.append(texts.staff(lang, "Median time to the first staff reply: {time}",
                                 time=texts.duration(timedelta(minutes=median), lang)))
    if report.groups:
        lines.append(texts.staff(lang, "Most asked without an answer:"))
        lines += [f"{g.count} × {escape(g.example[:120])}" for g in report.groups[:REPORT_GROUPS_SHOWN]]
    return "\n".join(lines)


@router.message(Command("report"))
async def report(message: Message, handoff: HandoffService) -> None:
    """/report: the last 7 days' editor's to-do, the charts as photos and the HTML page."""
    until = utcnow().date()
    built = await build_report(handoff.sessions, until - timedelta(days=REPORT_DAYS - 1), until,
                               DEFAULT_KNOWLEDGE_BASE)
    await send_report(handoff.bot, handoff.settings.staff_chat_id, topic_of(message), built,
                      report_summary(built, handoff.lang), pace=handoff.limiter)


@router.message()
async def staff_message(message: Message, handoff: HandoffService) -> None:
    """Anything else staff write in a case topic goes to the person."""
    topic = topic_of(message)
    if topic is None:
        log.debug("handoff: staff message in the general topic, not a case")
        return
    case = await handoff.cases.by_topic(topic)
    if case is None:
        log.info("handoff: staff message in a topic that is no case")
        return
    if message.content_type not in COPYABLE:
        return  # service messages: topic edited, pinned, members joined
    if (message.text or "").startswith("/"):
        await handoff.topics.tell(case.id, texts.staff(
            handoff.lang, "Unknown command. In a case topic: /answer <entry_id>, "
            "/note <text>, /close. In the general topic: /queue, /stats."),
            key=f"reply:{message.message_id}")
        return
    await handoff.relay.from_staff(case, message)


@router.edited_message()
async def edited(message: Message) -> None:
    """An edit is not sent again."""
    log.info("handoff: an edited staff message is not sent again")


@router.callback_query()
async def callback(query: CallbackQuery) -> None:
    """Buttons in the staff group do nothing; the spinner is stopped."""
    await query.answer()
