"""The one engine call of the handoff: an entry's answer for /answer, in the person's language."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import aiohttp


class EngineError(Exception):
    """The engine did not answer, or answered something unreadable."""


async def fetch_entry(
    base_url: str, sender: str, entry_id: str, language: str, *, timeout: float = 10.0
) -> list[str] | None:
    """The text items answering `entry_id`, or None when the engine does not know the id.

    Posts ``/entry{"entry_id": ...}`` to the REST webhook as the person (pseudonym) with
    their language as ``preferred_language``; an unknown id makes the engine answer with a
    fallback, seen in the final custom item's ``action``.
    """
    body = {
        "sender": sender,
        "message": "/entry" + json.dumps({"entry_id": entry_id}, separators=(",", ":")),
        "metadata": {"preferred_language": language, "telegram_language_code": language},
    }
    url = f"{base_url.rstrip('/')}/webhooks/rest/webhook"
    try:
        async with asyncio.timeout(timeout):
            async with aiohttp.ClientSession() as session:
                async with session.post(url, json=body) as resp:
                    if resp.status != 200:
                        raise EngineError(f"HTTP {resp.status}")
                    items: Any = await resp.json(content_type=None)
    except TimeoutError:
        raise EngineError("timeout") from None
    except (aiohttp.ClientError, ValueError) as exc:
        raise EngineError(type(exc).__name__) from None
    if not isinstance(items, list):
        raise EngineError("not a list")
    action = None
    for item in items:
        custom = item.get("custom") if isinstance(item, dict) else None
        if isinstance(custom, dict) and "action" in custom:
            action = custom.get("action")
    if action != "answer":
        return None
    found = [str(item["text"]) for item in items
             if isinstance(item, dict) and isinstance(item.get("text"), str) and item["text"]]
    return found or None
