"""The interface between the gateway and the staff handoff (channels/handoff/)."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from aiogram import Router
from aiogram.types import Message


@runtime_checkable
class HandoffPort(Protocol):
    """What the gateway needs from the staff handoff.

    Built by ``channels.handoff.wiring.build_handoff(bot, session_factory, settings, engine)`` when
    ``STAFF_CHAT_ID`` is set; ``settings`` is ``channels.settings.Settings``,
    ``session_factory`` an ``async_sessionmaker[AsyncSession]`` and ``engine`` the gateway's
    ``EngineClient``. Its router's handlers get it as ``handoff`` from the workflow data.
    """

    router: Router
    """Staff-group router; the gateway includes it in the dispatcher."""

    async def has_open_case(self, chat_id: int) -> bool:
        """Whether this person (private chat id) has an open case."""
        ...

    async def relay_from_user(self, message: Message) -> None:
        """Copy the person's message into their case topic."""
        ...

    async def open_case(
        self,
        chat_id: int,
        language: str,
        reason: str,
        entry_id: str | None,
        summary: str,
        urgent: bool,
    ) -> None:
        """Open (or reuse) the person's case after the engine asked for a handoff."""
        ...

    async def tell_general(self, text_html: str, *, key: str, thread_id: int | None = None) -> None:
        """Post a staff-language message to the staff group's general topic (sent once per key)."""
        ...

    async def forget_person(self, chat_id: int) -> int:
        """Delete the person's cases, their messages and pending sends (/delete_my_data)."""
        ...
