"""A recording HTTP proxy in front of the real engine, for end-to-end tests.

It forwards every request unchanged to the engine and records the webhook bodies in the
order they arrived. With ``tag=True`` it appends `` [<message>]`` to each text the engine
returned, so a test can tell which reply answers which message; ``delay`` makes the
engine look slow. With ``marker`` (a regular expression), the part of a message it matches is
cut before the engine sees it and becomes the tag: the engine answers the plain question.
"""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any

import aiohttp
from aiohttp import web

from tests.channels.loopback import LoopbackServer


class EngineProxy(LoopbackServer):
    """Recording proxy to an engine URL."""

    def __init__(self, target: str, *, tag: bool = False, marker: re.Pattern[str] | None = None) -> None:
        self.target = target.rstrip("/")
        self.tag = tag or marker is not None
        self.marker = marker
        self.delay = 0.0
        self.requests: list[dict[str, Any]] = []
        self._client: aiohttp.ClientSession | None = None

    def add_routes(self, app: web.Application) -> None:
        """Forward everything to the target engine."""
        app.router.add_route("*", "/{tail:.*}", self._forward)

    async def start(self) -> None:
        await super().start()
        self._client = aiohttp.ClientSession()

    async def stop(self) -> None:
        if self._client is not None:
            await self._client.close()
        await super().stop()

    def messages_from(self, sender: str) -> list[str]:
        """Webhook messages of one sender, in arrival order."""
        return [r["message"] for r in self.requests if r.get("sender") == sender]

    async def _forward(self, request: web.Request) -> web.Response:
        assert self._client is not None
        body = await request.read()
        webhook = request.path == "/webhooks/rest/webhook"
        message = ""
        if webhook:
            sent = json.loads(body)
            message = sent.get("message", "")
            self.requests.append(sent)
            found = self.marker.search(message) if self.marker else None
            if found:
                message = found.group(0)
                sent["message"] = (sent["message"][: found.start()] + sent["message"][found.end():]).strip()
                body = json.dumps(sent).encode()
        if self.delay:
            await asyncio.sleep(self.delay)
        async with self._client.request(
            request.method,
            self.target + request.path_qs,
            data=body,
            headers={k: v for k, v in request.headers.items() if k.lower() in ("content-type", "x-engine-token")},
        ) as response:
            payload = await response.read()
            status = response.status
        if webhook and self.tag and status == 200:
            items = json.loads(payload)
            for item in items:
                if item.get("text"):
                    item["text"] += f" [{message}]"
            return web.json_response(items, status=status)
        return web.Response(body=payload, status=status, content_type="application/json")
