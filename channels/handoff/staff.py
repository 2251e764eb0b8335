"""Router of the staff group: case topics, /close /answer /note, /queue and /stats."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from aiogram import BaseMiddleware, F, Router
from aiogram.enums import ContentType
from aiogram.filters import Command, CommandObject
from aiogram.types import CallbackQuery, Message, TelegramObject

from channels.handoff import texts

if TYPE_CHECKING:
    from channels.handoff.service import HandoffService

log = logging.getLogger(__name__)

# What staff may send to a person; service messages (topic created, pinned, ...) are not.
COPYABLE = {
    ContentType.TEXT, ContentType.PHOTO, ContentType.VIDEO, ContentType.VOICE,
    ContentType.AUDIO, ContentType.DOCUMENT, ContentType.ANIMATION, ContentType.STICKER,
    ContentType.VIDEO_NOTE, ContentType.LOCATION, ContentType.CONTACT, ContentType.VENUE,
}


class StaffOnly(BaseMiddleware):
    """Lets staff through and drops everyone else in the group, logged without content."""

    def __init__(self, service: HandoffService) -> None:
        self.service = service

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        user = getattr(event, "from_user", None)
        if user is None or user.id not in self.service.settings.staff_user_ids:
            log.info(
                "handoff: ignored %s from a non-staff sender in the staff group",
                type(event).__name__,
            )
            if isinstance(event, CallbackQuery):
                await event.answer()
            return None
        data["handoff"] = self.service
        return await handler(event, data)


def topic_of(message: Message) -> int | None:
    """The forum topic a message was written in (None for the general topic)."""
    if message.is_topic_message and message.message_thread_id:
        return message.message_thread_id
    return None


def build_router(service: HandoffService) -> Router:
    """The staff-group router, bound to one service; the gateway includes it."""
    router = Router(name="handoff.staff")
    chat_id = service.settings.staff_chat_id
    router.message.filter(F.chat.id == chat_id)
    router.edited_message.filter(F.chat.id == chat_id)
    router.callback_query.filter(F.message.chat.id == chat_id)
    guard = StaffOnly(service)
    router.message.middleware(guard)
    router.edited_message.middleware(guard)
    router.callback_query.middleware(guard)
    router.startup.register(service.start)
    router.shutdown.register(service.stop)

    async def in_case(message: Message, handoff: HandoffService):  # type: ignore[no-untyped-def]
        topic = topic_of(message)
        case = await handoff.case_by_topic(topic) if topic else None
        if case is None:
            await handoff.tell_general(
                texts.staff(handoff.lang, "Use this command inside a case topic."),
                key=f"reply:{message.message_id}", thread_id=topic,
            )
        return case

    @router.message(Command("close"))
    async def close(message: Message, handoff: HandoffService) -> None:
        case = await in_case(message, handoff)
        if case is not None:
            await handoff.close_by_staff(case, message)

    @router.message(Command("answer"))
    async def answer(message: Message, command: CommandObject, handoff: HandoffService) -> None:
        case = await in_case(message, handoff)
        if case is None:
            return
        entry_id = (command.args or "").strip()
        if not entry_id or " " in entry_id:
            await handoff.tell_topic(case.id, texts.staff(handoff.lang, "Usage: /answer "
                                     "<entry_id>"), key=f"reply:{message.message_id}")
            return
        await handoff.answer(case, message, entry_id)

    @router.message(Command("note"))
    async def note(message: Message, command: CommandObject, handoff: HandoffService) -> None:
        case = await in_case(message, handoff)
        if case is None:
            return
        if not (command.args or "").strip():
            await handoff.tell_topic(case.id, texts.staff(handoff.lang, "Usage: /note <text>"),
                                     key=f"reply:{message.message_id}")
            return
        await handoff.note(case, message, command.args.strip())

    @router.message(Command("queue"))
    async def queue(message: Message, handoff: HandoffService) -> None:
        await handoff.tell_general(await handoff.queue_text(), key=f"reply:{message.message_id}",
                                   thread_id=topic_of(message))

    @router.message(Command("stats"))
    async def stats(message: Message, handoff: HandoffService) -> None:
        await handoff.tell_general(await handoff.stats_text(), key=f"reply:{message.message_id}",
                                   thread_id=topic_of(message))

    @router.message()
    async def staff_message(message: Message, handoff: HandoffService) -> None:
        topic = topic_of(message)
        if topic is None:
            log.debug("handoff: staff message in the general topic, not a case")
            return
        case = await handoff.case_by_topic(topic)
        if case is None:
            log.info("handoff: staff message in a topic that is no case")
            return
        if message.content_type not in COPYABLE:
            return  # service messages: topic edited, pinned, members joined
        if (message.text or "").startswith("/"):
            await handoff.tell_topic(case.id, texts.staff(
                handoff.lang, "Unknown command. In a case topic: /answer <entry_id>, "
                "/note <text>, /close. In the general topic: /queue, /stats."),
                key=f"reply:{message.message_id}")
            return
        await handoff.staff_reply(case, message)

    @router.edited_message()
    async def edited(message: Message) -> None:
        log.info("handoff: an edited staff message is not sent again")

    @router.callback_query()
    async def callback(query: CallbackQuery) -> None:
        await query.answer()

    return router
