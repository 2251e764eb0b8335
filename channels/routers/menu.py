"""``/menu``: the topic areas, as the engine lists them."""

from aiogram import Router
from aiogram.filters import Command
from aiogram.types import Message

from channels.conversation import Conversation
from channels.person import Person

router = Router(name=__name__)


@router.message(Command("menu"))
async def menu(message: Message, person: Person, conversation: Conversation) -> None:
    """Ask the engine for its topic menu."""
    await conversation.ask(person, "/menu", shown_text="/menu")
