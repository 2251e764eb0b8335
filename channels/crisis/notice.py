"""The crisis notice in a person's chat: pinned once per crisis, shown above answers on crisis topics."""

from __future__ import annotations

import logging

from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from channels.crisis.models import CrisisPin
from channels.crisis.state import ActiveCrisis, CrisisState
from channels.render import escape

log = logging.getLogger(__name__)

MARK = "⚠️ "


def notice_html(crisis: ActiveCrisis, language: str) -> str:
    """The notice as sent (escaped; staff's text is never parsed as markup)."""
    return MARK + escape(crisis.notice_in(language))


class Notices:
    """Sends the notice with the gateway's bot, inside the update being handled (so a retry never repeats it).

    Every update of one person is handled by one task at a time (channels.chat_lock), across
    replicas too, so "is it pinned yet?" and the pin itself cannot race.
    """

    def __init__(self, bot: Bot, sessions: async_sessionmaker[AsyncSession], state: CrisisState) -> None:
        self.bot = bot
        self.sessions = sessions
        self.state = state

    async def before_reply(self, chat_id: int, language: str, answered_entry: str | None) -> None:
        """Before the engine's reply: pin the notice if this crisis has not yet, else show it above an answer on its topics."""
        crisis = await self.state.current()
        if crisis is None:
            return
        pinned_now = await self.pin(chat_id, language, crisis)
        if not pinned_now and crisis.covers(answered_entry):
            await self.bot.send_message(chat_id, notice_html(crisis, language))

    async def pin(self, chat_id: int, language: str, crisis: ActiveCrisis | None = None) -> bool:
        """Send and pin the notice once per crisis in this chat; True when it was sent now."""
        crisis = crisis or await self.state.current()
        if crisis is None:
            return False
        async with self.sessions() as session:
            found = await session.scalar(select(CrisisPin.id).where(
                CrisisPin.crisis_id == crisis.id, CrisisPin.chat_id == chat_id))
        if found is not None:
            return False
        sent = await self.bot.send_message(chat_id, notice_html(crisis, language))
        try:
            await self.bot.pin_chat_message(chat_id, sent.message_id, disable_notification=True)
        except (TelegramBadRequest, TelegramForbiddenError) as exc:
            # The notice was still shown; only the pin is missing.
            log.warning("crisis %s: the notice could not be pinned: %s", crisis.id, exc.message)
        async with self.sessions() as session:
            session.add(CrisisPin(crisis_id=crisis.id, chat_id=chat_id, message_id=sent.message_id))
            try:
                await session.commit()
            except IntegrityError:
                await session.rollback()
        return True
