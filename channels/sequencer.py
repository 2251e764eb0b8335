"""Per-person ordering with concurrency across people.

Every update is queued under its chat; one worker per chat handles that chat's updates in
arrival order while other chats' workers run at the same time. Workers end when idle.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from aiogram.types import Update

log = logging.getLogger(__name__)

Handler = Callable[[Update], Awaitable[None]]


def chat_key(update: Update) -> int:
    """The chat an update belongs to (its own id when it has none)."""
    event = update.event
    chat = getattr(event, "chat", None)
    if chat is None:
        message = getattr(event, "message", None)
        chat = getattr(message, "chat", None)
    if chat is not None:
        return int(chat.id)
    user = getattr(event, "from_user", None)
    if user is not None:
        return int(user.id)
    return -int(update.update_id) - 1


class Sequencer:
    """Queues updates per chat and runs one worker per busy chat."""

    def __init__(self, handler: Handler) -> None:
        self._handler = handler
        self._queues: dict[int, asyncio.Queue[Update]] = {}
        self._workers: dict[int, asyncio.Task[None]] = {}

    def submit(self, update: Update) -> None:
        """Queue an update (synchronous, so arrival order is kept)."""
        key = chat_key(update)
        queue = self._queues.get(key)
        if queue is None:
            queue = self._queues[key] = asyncio.Queue()
        queue.put_nowait(update)
        if key not in self._workers:
            self._workers[key] = asyncio.create_task(self._work(key, queue))

    async def _work(self, key: int, queue: asyncio.Queue[Update]) -> None:
        try:
            while not queue.empty():
                update = queue.get_nowait()
                try:
                    await self._handler(update)
                except Exception:
                    log.exception("update %s failed", update.update_id)
        finally:
            del self._workers[key]
            del self._queues[key]

    @property
    def busy(self) -> int:
        """Number of chats with work in progress."""
        return len(self._workers)

    async def drain(self, timeout: float) -> None:
        """Wait for queued work to finish (at shutdown)."""
        if self._workers:
            await asyncio.wait(list(self._workers.values()), timeout=timeout)
