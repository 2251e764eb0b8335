"""Dispatcher middlewares: load the person of a private chat and their gettext."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import CallbackQuery, Message, TelegramObject

from channels.db.repo import Repository
from channels.i18n import Catalogs
from channels.pseudonym import pseudonym

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


class PersonMiddleware(BaseMiddleware):
    """Injects ``person`` (Person) and ``_`` (gettext in their language) for private chats."""

    def __init__(self, repo: Repository, catalogs: Catalogs, secret: str) -> None:
        self.repo = repo
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
        person = await self.repo.person(chat.id, pseudonym(self.secret, user.id), user.language_code)
        data["person"] = person
        data["_"] = self.catalogs.gettext(person.language)
        return await handler(event, data)
