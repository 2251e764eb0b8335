"""F-filters checked in the event loop rather than in a thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aiogram import Router


def _awaitable(check: Callable[..., Any]) -> Callable[..., Any]:
    async def run(*args: Any, **kwargs: Any) -> Any:
        return check(*args, **kwargs)

    return run


def inline_magic_filters(router: Router) -> int:
    """Make the magic filters (``F.chat.type == "private"``, ...) of ``router`` and its sub-routers awaitable.

    aiogram calls every filter that is not a coroutine function through ``asyncio.to_thread``; the
    chat-type filter of each person router and the text filters made about fifteen thread hand-offs
    per update, a tenth of the gateway's CPU (py-spy). A magic filter only reads attributes of the
    event, so it cannot block the loop. Returns how many filters were changed.
    """
    changed = 0
    for sub in router.chain_tail:
        for observer in sub.observers.values():
            handlers = [getattr(observer, "_handler", None), *observer.handlers]
            for handler in handlers:
                for item in getattr(handler, "filters", None) or ():
                    if item.magic is not None and not item.awaitable:
                        item.callback = _awaitable(item.callback)
                        item.awaitable = True
                        changed += 1
    return changed
