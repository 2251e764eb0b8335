"""Engine buttons: a short id is looked up, feedback stored, the payload sent on."""

import logging

from aiogram import F, Router
from aiogram.types import CallbackQuery, InlineKeyboardMarkup

from channels.conversation import Conversation, parse_payload
from channels.db.repo import Repository
from channels.i18n import Gettext
from channels.keyboards import ENGINE_PREFIX
from channels.person import Person

router = Router(name=__name__)
log = logging.getLogger(__name__)


@router.callback_query(F.data.startswith(ENGINE_PREFIX))
async def pressed(
    query: CallbackQuery,
    person: Person,
    _: Gettext,
    conversation: Conversation,
    repo: Repository,
) -> None:
    """Resolve the short id (only this person's), act on it, and pass it to the engine."""
    short_id = (query.data or "")[len(ENGINE_PREFIX) :]
    payload = await repo.payload(person.chat_id, short_id)
    if payload is None:
        log.info("unknown or foreign callback id")
        await query.answer(_("This button has expired. Send your question again."), show_alert=True)
        return
    await query.answer()
    intent, args = parse_payload(payload)
    title = _button_title(query.message.reply_markup if query.message else None, query.data or "")
    if intent == "/feedback":
        entry_id = args.get("entry_id")
        await repo.add_feedback(
            person.chat_id,
            entry_id if isinstance(entry_id, str) else None,
            str(args.get("value") or "unknown"),
            person.language,
        )
        if query.message is not None:
            # One vote per answer: the buttons go once pressed.
            await conversation.bot.edit_message_reply_markup(
                chat_id=person.chat_id, message_id=query.message.message_id, reply_markup=None
            )
    await conversation.ask(person, payload, shown_text=title or intent)


def _button_title(markup: InlineKeyboardMarkup | None, data: str) -> str | None:
    for row in markup.inline_keyboard if markup else []:
        for button in row:
            if button.callback_data == data:
                return button.text
    return None
