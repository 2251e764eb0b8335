"""The person blocked or unblocked the bot (``my_chat_member`` in a private chat)."""

from aiogram import F, Router
from aiogram.types import ChatMemberUpdated
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from channels.db.models import User, utcnow

router = Router(name=__name__)
router.my_chat_member.filter(F.chat.type == "private")


@router.my_chat_member()
async def membership(event: ChatMemberUpdated, session_factory: async_sessionmaker[AsyncSession]) -> None:
    """Record a block (status kicked) and clear it when the person comes back."""
    blocked = event.new_chat_member.status == "kicked"
    async with session_factory() as session:
        await session.execute(update(User).where(User.chat_id == event.chat.id).values(blocked_at=utcnow() if blocked else None))
        await session.commit()
