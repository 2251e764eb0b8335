"""``/language`` and the language buttons: the choice persists in the users table."""

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from channels.db.models import User, utcnow
from channels.i18n import LANGUAGES, Catalogs, Gettext
from channels.keyboards import LANGUAGE_PREFIX, language_keyboard
from channels.person import Person

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
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    """Store the choice (and consent, the notice having been shown) and confirm in it."""
    language = (query.data or "")[len(LANGUAGE_PREFIX) :]
    if language not in LANGUAGES:
        await query.answer()
        return
    async with session_factory() as session:
        user = await session.get(User, person.chat_id)
        if user is not None:
            user.language = language
            if user.consent_at is None:
                user.consent_at = utcnow()
        await session.commit()
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
