"""``/privacy``: the full privacy notice."""

from aiogram import Router
from aiogram.filters import Command
from aiogram.types import Message

from channels.i18n import Gettext
from channels.settings import Settings

router = Router(name=__name__)


@router.message(Command("privacy"))
async def privacy(message: Message, _: Gettext, settings: Settings) -> None:
    """Explain what is kept, for what, for how long, and how to delete it."""
    kept = _("What you wrote (our conversation, the questions it could not answer, a case's summary) is deleted after {days} days.")
    await message.answer(
        _(
            "What this bot keeps: your Telegram chat id, your language, the last few "
            "messages of our conversation, your feedback on answers and the questions "
            "it could not answer, so that staff can improve the answers.\n\n"
            "The assistant itself sees only a pseudonym, never your name or Telegram account. "
            "If you ask for a person, staff see your messages but not your account.\n\n"
            "Answers are general information, not legal advice.\n\n"
            "Delete everything with /delete_my_data."
        )
        + "\n\n"
        + kept.format(days=settings.retention_days)
        + "\n\n"
        + _("Who you said you are (/settings), or what your questions made plain, is kept to count who asks what; reports never show your account.")
    )
