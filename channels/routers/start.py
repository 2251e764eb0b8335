"""``/start``: greeting in the client's language, privacy notice, language choice."""

from aiogram import Router
from aiogram.filters import CommandStart
from aiogram.types import Message

from channels.i18n import Gettext
from channels.keyboards import language_keyboard
from channels.texts import privacy_short

router = Router(name=__name__)


@router.message(CommandStart())
async def start(message: Message, _: Gettext) -> None:
    """Greet, show the short privacy notice and offer the three languages."""
    await message.answer(
        _(
            "Hello! I am an information assistant for migrants and the diaspora of Armenia. "
            "I answer questions about residence, work, documents and daily life in Armenia."
        )
    )
    await message.answer(privacy_short(_))
    await message.answer(_("Choose your language:"), reply_markup=language_keyboard())
