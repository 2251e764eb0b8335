"""Inline keyboards: engine buttons mapped to short callback ids, and the gateway's own."""

from __future__ import annotations

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from channels.db.repo import Repository
from channels.engine_client import Button

ENGINE_PREFIX = "e:"
LANGUAGE_PREFIX = "lang:"
DELETE_PREFIX = "del:"
LANGUAGE_NAMES = {"hy": "Հայերեն", "ru": "Русский", "en": "English"}
SHORT_TITLE = 3  # emoji-sized titles (and the two feedback buttons) share a row


async def engine_keyboard(repo: Repository, chat_id: int, buttons: list[Button]) -> InlineKeyboardMarkup | None:
    """Inline keyboard for engine buttons; callback_data holds a short id, never the payload."""
    if not buttons:
        return None
    rows: list[list[InlineKeyboardButton]] = []
    small: list[InlineKeyboardButton] = []
    short_ids = await repo.short_ids(chat_id, [button.payload for button in buttons])
    for button, short_id in zip(buttons, short_ids, strict=True):
        key = InlineKeyboardButton(text=button.title or "?", callback_data=ENGINE_PREFIX + short_id)
        if len(button.title) <= SHORT_TITLE or button.payload.startswith("/feedback"):
            small.append(key)
        else:
            rows.append([key])
    if small:
        rows.insert(0, small)
    return InlineKeyboardMarkup(inline_keyboard=rows)


def language_keyboard() -> InlineKeyboardMarkup:
    """The three languages, each in its own name."""
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [InlineKeyboardButton(text=name, callback_data=LANGUAGE_PREFIX + code) for code, name in LANGUAGE_NAMES.items()]
        ]
    )


def delete_keyboard(yes: str, no: str) -> InlineKeyboardMarkup:
    """Confirmation of /delete_my_data."""
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                InlineKeyboardButton(text=yes, callback_data=DELETE_PREFIX + "yes"),
                InlineKeyboardButton(text=no, callback_data=DELETE_PREFIX + "no"),
            ]
        ]
    )
