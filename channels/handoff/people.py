"""What the handoff may know of a person: their pseudonym, audience and last turns (no Telegram id)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from channels.db.models import Turn, User
from channels.errors import GatewayError
from channels.pseudonym import pseudonym


class UnknownPerson(GatewayError):
    """Neither the database nor the secret gives this person a pseudonym."""


async def pseudonym_of(sessions: async_sessionmaker[AsyncSession], chat_id: int, secret: str | None) -> str:
    """The person's pseudonym as the engine knows it (never their Telegram id)."""
    async with sessions() as session:
        found = await session.scalar(select(User.pseudonym).where(User.chat_id == chat_id))
    if found:
        return found
    if secret:
        return pseudonym(secret, chat_id)
    raise UnknownPerson("no pseudonym for this person")


async def header_context(
    sessions: async_sessionmaker[AsyncSession], chat_id: int, secret: str | None, turns: int
) -> tuple[str, str | None, list[tuple[str, str]]]:
    """Short pseudonym, audience and the last `turns` turns of the person, for a case header."""
    alias = await pseudonym_of(sessions, chat_id, secret)
    async with sessions() as session:
        user = await session.get(User, chat_id)
        audience = getattr(user, "audience", None) if user is not None else None
        rows = []
        if turns:
            rows = (await session.execute(
                select(Turn.role, Turn.text).where(Turn.chat_id == chat_id).order_by(Turn.id.desc()).limit(turns)
            )).all()
    return alias[:12], audience, [(role, text) for role, text in reversed(rows)]
