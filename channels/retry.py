"""Bot session middleware: obey 429 retry_after (per chat and overall), retry 5xx a few times, record 403."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import Bot
from aiogram.client.session.middlewares.base import BaseRequestMiddleware, NextRequestMiddlewareType
from aiogram.exceptions import (
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.methods import Response, TelegramMethod
from aiogram.methods.base import TelegramType

log = logging.getLogger(__name__)

OnForbidden = Callable[[int], Awaitable[None]]
OnRetry = Callable[[str], None]  # told "429", "5xx" or "network" before each retry


class RetryMiddleware(BaseRequestMiddleware):
    """Retries Bot API calls the way Telegram asks; never retries a 403."""

    def __init__(
        self,
        on_forbidden: OnForbidden | None = None,
        on_retry: OnRetry | None = None,
        max_retry_after: int = 6,
        max_server_errors: int = 3,
        backoff: float = 0.5,
        max_wait: float = 60.0,
    ) -> None:
        self.on_forbidden = on_forbidden
        self.on_retry = on_retry
        self.max_retry_after = max_retry_after
        self.max_server_errors = max_server_errors
        self.backoff = backoff
        self.max_wait = max_wait
        # Telegram's retry_after holds for the chat it was given for (or for every call when
        # the call had no chat): later calls wait too instead of hitting the limit again.
        self._not_before: dict[object, float] = {}

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        rate_limited = 0
        failed = 0
        chat = _chat_id(method)
        while True:
            await self._hold(chat)
            try:
                return await make_request(bot, method)
            except TelegramRetryAfter as exc:
                rate_limited += 1
                if rate_limited > self.max_retry_after:
                    raise
                wait = min(float(exc.retry_after), self.max_wait)
                self._not_before[chat] = max(self._not_before.get(chat, 0.0), time.monotonic() + wait)
                log.warning("%s: 429, retrying after %.0f s", method.__api_method__, wait)
                self._retrying("429")
            except (TelegramServerError, TelegramNetworkError) as exc:
                failed += 1
                if failed > self.max_server_errors:
                    raise
                wait = self.backoff * 2 ** (failed - 1)
                log.warning("%s: %s, retry %d in %.1f s", method.__api_method__, type(exc).__name__, failed, wait)
                self._retrying("5xx" if isinstance(exc, TelegramServerError) else "network")
                await asyncio.sleep(wait)
            except TelegramForbiddenError:
                chat_id = _chat_id(method)
                log.info("%s: 403 forbidden (bot blocked or kicked), not retried", method.__api_method__)
                if self.on_forbidden is not None and isinstance(chat_id, int):
                    try:
                        await self.on_forbidden(chat_id)
                    except Exception:  # recording must never hide the original error
                        log.exception("could not record a blocked chat")
                raise

    def _retrying(self, reason: str) -> None:
        if self.on_retry is not None:
            self.on_retry(reason)

    async def _hold(self, chat: object) -> None:
        """Wait out a retry_after given for this chat or for every call."""
        now = time.monotonic()
        until = max(self._not_before.get(chat, 0.0), self._not_before.get(None, 0.0))
        if until > now:
            await asyncio.sleep(until - now)
        for key in [k for k, v in self._not_before.items() if v <= time.monotonic()]:
            del self._not_before[key]


def _chat_id(method: TelegramMethod[Any]) -> object:
    return getattr(method, "chat_id", None)
