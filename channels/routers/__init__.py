"""Routers of the person-facing conversation, one module per area, wired in one place."""

from __future__ import annotations

from aiogram import F, Router

from channels.routers import (
    callbacks,
    delete_data,
    help,
    language,
    media,
    membership,
    menu,
    privacy,
    settings,
    start,
    subscribe,
    text,
)

_ROUTERS = [
    start.router,
    language.router,
    menu.router,
    help.router,
    privacy.router,
    settings.router,
    delete_data.router,
    subscribe.router,
    callbacks.router,
    text.router,
    media.router,
]
_OTHER = [membership.router]
for _router in _ROUTERS:
    # Person-facing areas answer private chats only; the staff group is the handoff's.
    _router.message.filter(F.chat.type == "private")
    _router.callback_query.filter(F.message.chat.type == "private")


def person_routers() -> list[Router]:
    """All person routers in the order they must be tried (free text and media last)."""
    return [*_ROUTERS, *_OTHER]
