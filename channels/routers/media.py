"""Voice, photos, documents, stickers, locations: a polite reply and an offer of a person."""

from aiogram import Router
from aiogram.types import Message

from channels.conversation import Conversation
from channels.engine_client import Button
from channels.i18n import Gettext
from channels.person import Person

router = Router(name=__name__)


@router.message()
async def not_text(message: Message, person: Person, _: Gettext, conversation: Conversation) -> None:
    """Say what the assistant can read and offer a person."""
    await conversation.send_text(
        person.chat_id,
        _(
            "I can only read text messages, so I could not understand this one. "
            "Please write your question in words, in Armenian, Russian or English. "
            "If you need a person to look at it, press the button below."
        ),
        [Button(_("Talk to a person"), "/human")],
    )
