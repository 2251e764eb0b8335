"""Free text: the person's question goes to the engine."""

from aiogram import F, Router
from aiogram.types import Message

from channels.conversation import Conversation
from channels.db.repo import Repository
from channels.i18n import Gettext
from channels.person import Person
from channels.texts import privacy_short

router = Router(name=__name__)


@router.message(F.text.startswith("/"))
async def unknown_command(message: Message, _: Gettext) -> None:
    """A command the bot does not know."""
    await message.answer(_("I do not know this command. Send /help to see what I can do."))


@router.message(F.text)
async def question(
    message: Message,
    person: Person,
    _: Gettext,
    conversation: Conversation,
    repo: Repository,
) -> None:
    """Show the privacy notice once if /start was skipped, then ask the engine."""
    if not person.consented:
        await message.answer(privacy_short(_))
        await repo.give_consent(person.chat_id)
    await conversation.ask(person, message.text or "")
