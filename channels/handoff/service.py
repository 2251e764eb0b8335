"""The handoff service: its parts wired together, the gateway's HandoffPort, start and stop."""

from __future__ import annotations

import asyncio

from aiogram import Bot, Router
from aiogram.types import Message
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from channels.engine_client import EngineClient
from channels.handoff.answers import Answers
from channels.handoff.cases import Cases
from channels.handoff.outbox import OutboxWorker, RateLimiter
from channels.handoff.relay import Relay
from channels.handoff.reminders import Reminders
from channels.handoff.settings import HandoffSettings
from channels.handoff.topics import Topics


class HandoffService:
    """Cases for people and their staff topics; implements the gateway's HandoffPort.

    Staff commands reach the parts (cases, relay, topics, answers, reminders) from the staff
    router, which gets this service from the dispatcher's workflow data as ``handoff``.
    """

    def __init__(
        self,
        bot: Bot,
        session_factory: async_sessionmaker[AsyncSession],
        settings: HandoffSettings,
        *,
        engine: EngineClient,
        router: Router,
        pseudonym_secret: str | None = None,
    ) -> None:
        self.bot = bot
        self.sessions = session_factory
        self.settings = settings
        self.router = router  # channels.handoff.staff.router, included by the gateway
        self.limiter = RateLimiter(settings.staff_messages_per_minute, settings.staff_burst)
        self.topics = Topics(bot, session_factory, settings, self.limiter, self._kick)
        self.cases = Cases(session_factory, settings, self.topics, self._kick, pseudonym_secret)
        self.relay = Relay(session_factory, self.cases, self.topics, self._kick)
        self.answers = Answers(session_factory, settings, self.topics, engine, self._kick, pseudonym_secret)
        self.reminders = Reminders(session_factory, settings, self._kick)
        self.worker = OutboxWorker(
            bot,
            session_factory,
            settings.staff_chat_id,
            self.limiter,
            on_person_blocked=self.cases.person_blocked,
            ensure_topic=self.topics.ensure,
            recreate_topic=self.topics.recreate,
        )
        self._starter: asyncio.Task[None] | None = None

    @property
    def lang(self) -> str:
        """The staff language."""
        return self.settings.staff_language

    def _kick(self) -> None:
        # The parts are made before the worker they wake, so they call it through here.
        self.worker.kick()

    # lifecycle ---------------------------------------------------------------------------

    async def start(self) -> None:
        """Start the outbox worker and the reminder loop (on dispatcher start-up)."""
        self.worker.start()
        self.reminders.start()

    def start_soon(self) -> None:
        """Start the background tasks once the running event loop gets to it (if any)."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        self._starter = loop.create_task(self.start(), name="handoff-start")

    async def stop(self) -> None:
        """Stop the background tasks; the database keeps what is pending."""
        await self.reminders.stop()
        await self.worker.stop()
        await self.bot.session.close()

    # the gateway's side (HandoffPort) ------------------------------------------------------

    async def has_open_case(self, chat_id: int) -> bool:
        """Whether this person has an open case."""
        return await self.cases.has_open(chat_id)

    async def open_case(self, chat_id: int, language: str, reason: str, entry_id: str | None, summary: str,
                        urgent: bool) -> None:
        """Open the person's case (one at most), its topic header and the person's notice."""
        await self.cases.open(chat_id, language, reason, entry_id, summary, urgent)

    async def relay_from_user(self, message: Message) -> None:
        """Copy the person's message into their topic; /cancel withdraws the request."""
        await self.relay.from_person(message)

    async def tell_general(self, text_html: str, *, key: str, thread_id: int | None = None) -> None:
        """A staff-language message into the general topic (or the given thread)."""
        await self.topics.tell_general(text_html, key=key, thread_id=thread_id)

    async def forget_person(self, chat_id: int) -> int:
        """Delete the person's cases, their messages and pending sends; how many cases went."""
        return await self.cases.forget_person(chat_id)
