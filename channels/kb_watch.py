"""Tells the staff group when the engine refused a knowledge-base edit (staff keep the YAML)."""

from __future__ import annotations

import asyncio
import hashlib
import html
import logging

from channels.engine_client import EngineClient, EngineUnavailable
from channels.handoff_port import HandoffPort

log = logging.getLogger(__name__)

WATCH_EVERY = 30.0


async def watch(engine: EngineClient, handoff: HandoffPort, stopping: asyncio.Event, every: float = WATCH_EVERY) -> None:
    """Post each new refusal once; those already there when the gateway starts are not repeated."""
    seen: set[str] | None = None
    while not stopping.is_set():
        try:
            refusals = await engine.kb_refusals()
        except EngineUnavailable as exc:
            log.debug("knowledge-base status not read: %s", exc)
        else:
            if seen is None:
                seen = set(refusals)
            for text in refusals:
                if text in seen:
                    continue
                seen.add(text)
                key = "kb:" + hashlib.sha256(text.encode()).hexdigest()[:24]
                await handoff.tell_general("⚠️ " + html.escape(text), key=key)
        try:
            await asyncio.wait_for(stopping.wait(), timeout=every)
        except TimeoutError:
            pass
