"""``/language`` and the gateway's language buttons: the choice is stored through the repository."""

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message

from channels.db.repo import Repository
from channels.i18n import LANGUAGES, Catalogs, Gettext
from channels.keyboards import LANGUAGE_PREFIX, language_keyboard
from channels.person import Person
from channels.routers.settings import ask as ask_audience

router = Router(name=__name__)


@router.message(Command("language"))
async def choose(message: Message, _: Gettext) -> None:
    """Offer the three languages."""
    await message.answer(_("Choose your language:"), reply_markup=language_keyboard())


@router.callback_query(F.data.startswith(LANGUAGE_PREFIX))
async def chosen(
    query: CallbackQuery,
    person: Person,
    catalogs: Catalogs,
    repo: Repository,
) -> None:
    """Store the choice (and consent, the notice having been shown) and confirm in it."""
    language = (query.data or "")[len(LANGUAGE_PREFIX) :]
    if language not in LANGUAGES:
        await query.answer()
        return
    await repo.set_language(person.chat_id, language)
    await repo.give_consent(person.chat_id)
    _ = catalogs.gettext(language)
    await query.answer()
    if query.message is not None:
        await query.bot.edit_message_reply_markup(  # type: ignore[union-attr]
            chat_id=person.chat_id, message_id=query.message.message_id, reply_markup=None
        )
    await query.bot.send_message(  # type: ignore[union-attr]
        person.chat_id,
        _("I will speak English with you. Ask your question in your own words, " "or open the list of topics with /menu."),
    )
    if person.audience is None:
        # Offered after the language choice (the /start flow) until answered or skipped.
        await ask_audience(query.bot, person.chat_id, _)  # type: ignore[arg-type]
