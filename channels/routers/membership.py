"""The person blocked or unblocked the bot (``my_chat_member`` in a private chat)."""

from aiogram import F, Router
from aiogram.types import ChatMemberUpdated

from channels.db.repo import Repository

router = Router(name=__name__)
router.my_chat_member.filter(F.chat.type == "private")


@router.my_chat_member()
async def membership(event: ChatMemberUpdated, repo: Repository) -> None:
    """Record a block (status kicked) and clear it when the person comes back."""
    await repo.set_blocked(event.chat.id, event.new_chat_member.status == "kicked")
