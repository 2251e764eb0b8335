"""``/help``: what the assistant does and its commands."""

from aiogram import Router
from aiogram.filters import Command
from aiogram.types import Message

from channels.i18n import Gettext

router = Router(name=__name__)


@router.message(Command("help"))
async def help_(message: Message, _: Gettext) -> None:
    """List the commands."""
    await message.answer(
        _(
            "Write your question in your own words, in Armenian, Russian or English.\n\n"
            "/menu: topics\n"
            "/language: change the language\n"
            "/settings: tell who you are, or change it\n"
            "/privacy: how your data is handled\n"
            "/delete_my_data: delete what this bot keeps about you\n\n"
            'To talk to a person, write "I want to talk to a person".'
        )
    )
