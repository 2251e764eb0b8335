"""Dispatcher middlewares: load the person of a private chat and their gettext."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import CallbackQuery, Message, TelegramObject
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from channels.db import repo
from channels.i18n import Catalogs
from channels.person import Person
from channels.pseudonym import pseudonym

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


class PersonMiddleware(BaseMiddleware):
    """Injects ``person`` (Person) and ``_`` (gettext in their language) for private chats."""

    def __init__(self, session_factory: async_sessionmaker[AsyncSession], catalogs: Catalogs, secret: str) -> None:
        self.session_factory = session_factory
        self.catalogs = catalogs
        self.secret = secret

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        chat = None
        if isinstance(event, Message):
            chat = event.chat
        elif isinstance(event, CallbackQuery) and event.message is not None:
            chat = event.message.chat
        user = getattr(event, "from_user", None)
        if chat is None or chat.type != "private" or user is None:
            return await handler(event, data)
        async with self.session_factory() as session:
            created = await session.get(repo.User, chat.id) is None
            row = await repo.get_or_create_user(session, chat.id, pseudonym(self.secret, user.id), user.language_code)
            person = Person(
                chat_id=row.chat_id,
                pseudonym=row.pseudonym,
                preferred_language=row.language,
                telegram_language_code=row.telegram_language_code,
                consented=row.consent_at is not None,
                is_new=created,
            )
            if row.blocked_at is not None:
                row.blocked_at = None  # they write again, so they unblocked the bot
            await session.commit()
        data["person"] = person
        data["_"] = self.catalogs.gettext(person.language)
        return await handler(event, data)
