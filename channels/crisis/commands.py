"""Staff commands of crisis mode in the staff group: /crisis on|off, /crisis (state) and /announce.

Included before the handoff's staff router (whose last handler takes every other message).
Who may: the staff allow-list (STAFF_USER_IDS), as for every staff command.
"""

from __future__ import annotations

import logging

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message

from channels.crisis import texts
from channels.crisis.broadcast import CLAIM_PACE
from channels.crisis.service import CrisisService
from channels.crisis.texts import ANNOUNCEMENT_LIMIT, NOTICE_LIMIT
from channels.handoff.service import HandoffService
from channels.handoff.staff import StaffOnly, topic_of

log = logging.getLogger(__name__)



def in_staff_group(message: Message, handoff: object | None = None) -> bool:
    """Whether the message comes from the staff group (of a handoff that has one configured)."""
    settings = getattr(handoff, "settings", None)
    return settings is not None and message.chat.id == getattr(settings, "staff_chat_id", None)


router = Router(name=__name__)
router.message.filter(in_staff_group)
router.message.middleware(StaffOnly())


async def reply(message: Message, handoff: HandoffService, text_html: str) -> None:
    """Answer where the command was given, once per command message."""
    await handoff.topics.tell_general(text_html, key=f"reply:{message.message_id}", thread_id=topic_of(message))


@router.message(Command("crisis"))
async def crisis(message: Message, command: CommandObject, handoff: HandoffService, crisis: CrisisService) -> None:
    """/crisis on <topics> + hy/ru/en lines; /crisis off; /crisis alone: the state."""
    _ = crisis.catalogs.gettext(handoff.lang)
    staff_id = message.from_user.id if message.from_user else None
    parsed = texts.parse(command.args, NOTICE_LIMIT, _)
    verb = parsed.words[0].lower() if parsed.words else ""
    if verb == "":
        await reply(message, handoff, await crisis.status())
    elif verb == "off":
        ended = await crisis.state.turn_off(staff_id)
        crisis.broadcaster.kick()  # unpinning starts now
        log.info("crisis mode off (crisis %s)", ended)
        await reply(message, handoff, texts.turned_off(ended is not None, _))
    elif verb == "on":
        topics = list(dict.fromkeys(parsed.words[1:]))
        error = texts.topics_error(topics, _) or parsed.error
        if error:
            await reply(message, handoff, error + "\n\n" + texts.crisis_usage(_))
            return
        active, ended = await crisis.state.turn_on(topics, parsed.texts, staff_id)
        if ended is not None:
            crisis.broadcaster.kick()
        log.info("crisis mode on (crisis %s, topics %s)", active.id, ", ".join(topics))
        await reply(message, handoff, texts.turned_on(topics, ended is not None, _))
    else:
        await reply(message, handoff, texts.crisis_usage(_))


@router.message(Command("announce"))
async def announce(message: Message, command: CommandObject, handoff: HandoffService, crisis: CrisisService) -> None:
    """/announce + hy/ru/en lines: once to every subscriber, in their language."""
    _ = crisis.catalogs.gettext(handoff.lang)
    parsed = texts.parse("\n" + (command.args or "").lstrip(" "), ANNOUNCEMENT_LIMIT, _)
    if parsed.error:
        await reply(message, handoff, parsed.error + "\n\n" + texts.announce_usage(_))
        return
    number, recipients, made = await crisis.announce(
        source=f"{message.chat.id}:{message.message_id}", message_texts=dict(parsed.texts),
        staff_id=message.from_user.id if message.from_user else None)
    log.info("announcement %s to %s people", number, recipients)
    await reply(message, handoff, texts.announced(number, recipients, crisis.settings.broadcast_per_second * CLAIM_PACE, not made, _))
