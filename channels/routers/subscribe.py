"""``/subscribe`` and ``/unsubscribe``: the person's own choice to get staff announcements."""

from aiogram import Router
from aiogram.filters import Command
from aiogram.types import Message

from channels.crisis.service import CrisisService
from channels.i18n import Gettext
from channels.person import Person

router = Router(name=__name__)


@router.message(Command("subscribe"))
async def subscribe(message: Message, person: Person, _: Gettext, crisis: CrisisService) -> None:
    """Opt in; during a crisis its notice is pinned at once."""
    await crisis.subscribe(person.chat_id)
    await message.answer(_(
        "You are subscribed: announcements from staff, such as news in an emergency, will come to this chat. "
        "Send /unsubscribe to stop them."))
    await crisis.notices.pin(person.chat_id, person.language)


@router.message(Command("unsubscribe"))
async def unsubscribe(message: Message, _: Gettext, person: Person, crisis: CrisisService) -> None:
    """Opt out, also of an announcement still on its way."""
    await crisis.unsubscribe(person.chat_id)
    await message.answer(_("You are unsubscribed: no more announcements from staff. Send /subscribe to get them again."))
