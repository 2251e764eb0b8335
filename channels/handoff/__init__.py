"""Staff handoff: cases in a Telegram forum supergroup, one topic per case."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from aiogram import Bot
    from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

    from channels.handoff.service import HandoffService


def build_handoff(
    bot: Bot, session_factory: async_sessionmaker[AsyncSession], settings: Any
) -> HandoffService:
    """The handoff (a HandoffPort) wired to the gateway's bot, database and settings."""
    from aiogram import Bot as _Bot
    from aiogram.client.session.aiohttp import AiohttpSession

    from channels.handoff.service import HandoffService
    from channels.handoff.settings import HandoffSettings

    handoff_settings = HandoffSettings.from_root(settings)
    if not handoff_settings.staff_user_ids:
        logging.getLogger(__name__).warning(
            "STAFF_USER_IDS is empty: nobody in the staff group can act on cases"
        )
    # The outbox paces the staff group and obeys retry_after per lane by itself, so it
    # talks to the same Bot API server through a session without the gateway's retries.
    outbox_bot = _Bot(
        bot.token,
        session=AiohttpSession(api=bot.session.api, timeout=30),
        default=bot.default,
    )
    secret = getattr(settings, "pseudonym_secret", None)
    secret_value = secret.get_secret_value() if hasattr(secret, "get_secret_value") else secret
    service = HandoffService(
        outbox_bot,
        session_factory,
        handoff_settings,
        engine_url=str(getattr(settings, "rasa_url", "http://127.0.0.1:5005")),
        engine_timeout=float(getattr(settings, "engine_timeout", 10.0)),
        pseudonym_secret=secret_value,
    )
    # The router's startup hook starts the outbox when the dispatcher emits start-up; a
    # composition root that never does still gets it started from here.
    service.start_soon()
    return service


__all__ = ["build_handoff"]
