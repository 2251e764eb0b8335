"""While a person has an open case, everything they send goes to their staff topic."""

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import Message

from channels.handoff_port import HandoffPort


async def has_open_case(message: Message, handoff: HandoffPort | None) -> bool:
    """Filter: the sender of this private message has an open case."""
    return handoff is not None and await handoff.has_open_case(message.chat.id)


router = Router(name=__name__)
router.message.filter(F.chat.type == "private")


# /delete_my_data is carried out, not relayed: a person can always delete their data.
@router.message(has_open_case, ~Command("delete_my_data"))
async def relay(message: Message, handoff: HandoffPort) -> None:
    """Copy the message into the case topic and stop."""
    await handoff.relay_from_user(message)
