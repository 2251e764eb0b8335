"""The handoff wired to the gateway's bot, database, settings and engine client (its composition)."""

from __future__ import annotations

import logging

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from channels.engine_client import EngineClient
from channels.handoff import staff
from channels.handoff.service import HandoffService
from channels.handoff.settings import HandoffSettings
from channels.settings import Settings


def build_handoff(
    bot: Bot, session_factory: async_sessionmaker[AsyncSession], settings: Settings, engine: EngineClient
) -> HandoffService:
    """The handoff (a HandoffPort) wired to the gateway's bot, database, settings and engine client."""
    handoff_settings = HandoffSettings.from_root(settings)
    if not handoff_settings.staff_user_ids:
        logging.getLogger(__name__).warning("STAFF_USER_IDS is empty: nobody in the staff group can act on cases")
    # The outbox paces the staff group and obeys retry_after per lane by itself, so it
    # talks to the same Bot API server through a session without the gateway's retries.
    outbox_bot = Bot(bot.token, session=AiohttpSession(api=bot.session.api, timeout=30), default=bot.default)
    service = HandoffService(
        outbox_bot,
        session_factory,
        handoff_settings,
        engine=engine,
        router=staff.router,
        pseudonym_secret=settings.pseudonym_secret.get_secret_value(),
    )
    # The router's startup hook starts the outbox when the dispatcher emits start-up; a
    # composition root that never does still gets it started from here.
    service.start_soon()
    return service
