"""Small data-access functions over the gateway tables, one session per call site."""

from __future__ import annotations

import secrets

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from channels.db.models import (  # noqa: F401  (User is re-exported)
    CallbackPayload,
    Feedback,
    InboxUpdate,
    Turn,
    Unanswered,
    User,
    utcnow,
)

TURNS_KEPT = 6


async def get_or_create_user(session: AsyncSession, chat_id: int, pseudonym: str, telegram_language_code: str | None) -> User:
    """Load the person, creating the row on first contact."""
    user = await session.get(User, chat_id)
    if user is None:
        user = User(chat_id=chat_id, pseudonym=pseudonym, telegram_language_code=telegram_language_code)
        session.add(user)
        await session.flush()
    elif telegram_language_code and user.telegram_language_code != telegram_language_code:
        user.telegram_language_code = telegram_language_code
    return user


async def mark_blocked(session: AsyncSession, chat_id: int) -> None:
    """Note that the person blocked the bot (Telegram answered 403)."""
    await session.execute(update(User).where(User.chat_id == chat_id).values(blocked_at=utcnow()))


async def add_turn(session: AsyncSession, chat_id: int, role: str, text: str) -> None:
    """Store one turn and keep only the last TURNS_KEPT of this person."""
    session.add(Turn(chat_id=chat_id, role=role, text=text))
    await session.flush()
    keep = select(Turn.id).where(Turn.chat_id == chat_id).order_by(Turn.id.desc()).limit(TURNS_KEPT).scalar_subquery()
    await session.execute(delete(Turn).where(Turn.chat_id == chat_id, Turn.id.not_in(keep)))


async def add_feedback(session: AsyncSession, chat_id: int, entry_id: str | None, value: str, language: str | None) -> None:
    """Store a helpful / not helpful press."""
    session.add(Feedback(chat_id=chat_id, entry_id=entry_id, value=value, language=language))


async def add_unanswered(session: AsyncSession, chat_id: int, text: str, language: str | None, reason: str) -> None:
    """Keep a question the assistant could not answer."""
    session.add(Unanswered(chat_id=chat_id, text=text, language=language, reason=reason))


async def store_payload(session: AsyncSession, chat_id: int, payload: str) -> str:
    """Map an engine payload to a short id for callback_data (reused when already mapped)."""
    existing = await session.scalar(
        select(CallbackPayload.short_id).where(CallbackPayload.chat_id == chat_id, CallbackPayload.payload == payload)
    )
    if existing:
        return existing
    short_id = secrets.token_urlsafe(9)
    session.add(CallbackPayload(short_id=short_id, chat_id=chat_id, payload=payload))
    await session.flush()
    return short_id


async def load_payload(session: AsyncSession, chat_id: int, short_id: str) -> str | None:
    """The payload behind a short id, only if it was made for this person."""
    row = await session.get(CallbackPayload, short_id)
    if row is None or row.chat_id != chat_id:
        return None
    return row.payload


async def delete_person(session: AsyncSession, chat_id: int) -> None:
    """Delete every gateway row about a person."""
    for model in (Turn, Feedback, Unanswered, CallbackPayload, User):
        await session.execute(delete(model).where(model.chat_id == chat_id))


async def count(session: AsyncSession, model: type, chat_id: int | None = None) -> int:
    """Row count of a table (optionally of one person), for tests and stats."""
    query = select(func.count()).select_from(model)
    if chat_id is not None:
        query = query.where(model.chat_id == chat_id)
    return int(await session.scalar(query) or 0)


async def pending_updates(session: AsyncSession) -> int:
    """Updates stored in the inbox and not handled yet."""
    query = select(func.count()).select_from(InboxUpdate).where(InboxUpdate.state == "pending")
    return int(await session.scalar(query) or 0)
