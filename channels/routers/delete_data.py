"""``/delete_my_data``: confirmation, then the person's rows and engine conversation go."""

import logging

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message

from channels.crisis.service import CrisisService
from channels.db.repo import Repository
from channels.engine_client import EngineClient, EngineUnavailable
from channels.handoff_port import HandoffPort
from channels.i18n import Gettext
from channels.inbox import RetryLater
from channels.keyboards import DELETE_PREFIX, delete_keyboard
from channels.person import Person

router = Router(name=__name__)
log = logging.getLogger(__name__)


@router.message(Command("delete_my_data"))
async def ask_confirmation(message: Message, _: Gettext) -> None:
    """Ask before deleting."""
    await message.answer(
        _("Delete everything this bot keeps about you, and our conversation? This cannot be undone."),
        reply_markup=delete_keyboard(_("Yes, delete"), _("No, keep")),
    )


@router.callback_query(F.data.startswith(DELETE_PREFIX))
async def confirmed(
    query: CallbackQuery,
    person: Person,
    _: Gettext,
    engine: EngineClient,
    repo: Repository,
    handoff: HandoffPort | None = None,
    crisis: CrisisService | None = None,
) -> None:
    """Delete on yes; on no, say nothing was deleted."""
    await query.answer()
    bot = query.bot
    assert bot is not None
    if query.message is not None:
        await bot.edit_message_reply_markup(chat_id=person.chat_id, message_id=query.message.message_id, reply_markup=None)
    if query.data != DELETE_PREFIX + "yes":
        await bot.send_message(person.chat_id, _("Nothing was deleted."))
        return
    try:
        await engine.forget(person.pseudonym)
    except EngineUnavailable as exc:
        # Not "done" while the engine still holds the conversation: the inbox tries again
        # (what was already sent is not sent twice).
        raise RetryLater(f"conversation not deleted in the engine: {exc}") from None
    if handoff is not None:
        await handoff.forget_person(person.chat_id)
    if crisis is not None:
        await crisis.forget(person.chat_id)
    await repo.forget(person.chat_id)
    await bot.send_message(
        person.chat_id,
        _("Done: everything this bot kept about you is deleted. Send /start to begin again."),
    )
