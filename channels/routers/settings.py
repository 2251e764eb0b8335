"""``/settings`` and the "who are you" buttons: the answer is stored through the repository."""

from aiogram import Bot, F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message

from channels.audience import AUDIENCE_PREFIX, CHOICES, QUESTION, SKIPPED, audience_keyboard
from channels.db.repo import Repository
from channels.i18n import Gettext
from channels.keyboards import LANGUAGE_NAMES
from channels.person import Person

router = Router(name=__name__)


async def ask(bot: Bot, chat_id: int, _: Gettext) -> None:
    """The one-tap question, with "Skip" (offered after the language choice until answered or skipped)."""
    await bot.send_message(chat_id, _(QUESTION), reply_markup=audience_keyboard(_, skip=True))


@router.message(Command("settings"))
async def settings(message: Message, person: Person, _: Gettext) -> None:
    """Show the language and who the person said they are, with buttons to change the latter."""
    label = CHOICES.get(person.audience or "")
    await message.answer(
        _("Language: {language} (change it with /language).\nWho you are: {audience}.").format(
            language=LANGUAGE_NAMES.get(person.language, person.language),
            audience=_(label) if label else _("not given"),
        )
    )
    await message.answer(_("Who are you? Tap to change it."), reply_markup=audience_keyboard(_, skip=False))


@router.callback_query(F.data.startswith(AUDIENCE_PREFIX))
async def chosen(query: CallbackQuery, person: Person, _: Gettext, repo: Repository) -> None:
    """Store the tap (or the skip), take the buttons away and confirm."""
    audience = (query.data or "")[len(AUDIENCE_PREFIX) :]
    if audience not in CHOICES and audience != SKIPPED:
        await query.answer()
        return
    await repo.set_audience(person.chat_id, audience)
    await query.answer()
    if query.message is not None:
        await query.bot.edit_message_reply_markup(  # type: ignore[union-attr]
            chat_id=person.chat_id, message_id=query.message.message_id, reply_markup=None
        )
    if audience == SKIPPED:
        text = _("All right. If you want to tell me later, use /settings.")
    else:
        text = _("Thank you. You can change this at any time with /settings.")
    await query.bot.send_message(person.chat_id, text)  # type: ignore[union-attr]
