"""A small fake of the engine's REST channel, for unit tests of the engine client.

``FakeEngine`` answers ``POST /webhooks/rest/webhook`` with scripted replies following
docs/ENGINE-CONTRACT.md (language from the script of the text, then the metadata hint),
and ``GET /status``. It records every request in ``requests``. ``delay`` makes every
answer slow; ``status`` makes it fail with that HTTP status.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

from aiohttp import web

from tests.channels.loopback import LoopbackServer

ANSWERS = {
    "en": "To work in Armenia you need a work permit.\n\nApply at the migration service.",
    "ru": "Чтобы работать в Армении, нужно разрешение на работу.",
    "hy": "Հայաստանում աշխատելու համար անհրաժեշտ է աշխատանքի թույլտվություն։",
}


def language_of(text: str, hint: str | None) -> str:
    """Script first, then the hint."""
    if any("\u0530" <= ch <= "\u058f" for ch in text):
        return "hy"
    if any("\u0400" <= ch <= "\u04ff" for ch in text):
        return "ru"
    if any(ch.isalpha() for ch in text if not text.startswith("/")):
        return "en"
    return hint or "en"


class FakeEngine(LoopbackServer):
    """Scripted stand-in for ``rasa run`` with the REST channel."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.delay = 0.0
        self.status = 200
        self.refusals: list[str] = []

    def add_routes(self, app: web.Application) -> None:
        """The parts of Rasa's HTTP API the gateway uses."""
        app.router.add_post("/webhooks/rest/webhook", self._webhook)
        app.router.add_get("/status", self._status)
        app.router.add_post("/webhooks/migrabot/forget", self._forget)
        app.router.add_get("/webhooks/migrabot/kb", self._kb)

    async def _status(self, _request: web.Request) -> web.Response:
        return web.json_response({"model_file": "fake.tar.gz"})

    async def _kb(self, request: web.Request) -> web.Response:
        if request.headers.get("X-Engine-Token") != "tok":
            return web.json_response({"error": "unauthorized"}, status=401)
        return web.json_response({"refusals": self.refusals})

    async def _forget(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.requests.append({"forget": body.get("sender"), "token": request.headers.get("X-Engine-Token")})
        return web.json_response({"deleted": 1})

    async def _webhook(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.requests.append(body)
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.status != 200:
            return web.Response(status=self.status)
        return web.json_response(self.reply(body))

    def reply(self, body: dict[str, Any]) -> list[dict[str, Any]]:
        """The scripted reply to one request."""
        sender = body["sender"]
        message: str = body["message"]
        hint = (body.get("metadata") or {}).get("preferred_language")
        lang = language_of(message, hint)

        def text(t: str, buttons: list[dict[str, str]] | None = None) -> dict[str, Any]:
            item: dict[str, Any] = {"recipient_id": sender, "text": t}
            if buttons:
                item["buttons"] = buttons
            return item

        def custom(payload: dict[str, Any]) -> dict[str, Any]:
            return {"recipient_id": sender, "custom": payload}

        if message.startswith("/restart"):
            return []
        if message.startswith("/feedback"):
            return [text("Thank you!"), custom({"language": lang, "action": "smalltalk"})]
        if message.startswith("/human") or "person" in message:
            return [
                text("I will connect you with a person."),
                custom({"handoff": {"reason": "user_request", "entry_id": None, "summary": message[:40], "urgent": False}}),
                custom({"language": lang, "action": "handoff"}),
            ]
        if message.startswith("/entry") or "permit" in message or "ВНЖ" in message or "թույլտվ" in message:
            entry = "work.permit"
            if message.startswith("/entry"):
                entry = json.loads(message[len("/entry") :])["entry_id"]
            return [
                text(
                    ANSWERS[lang] if entry == "work.permit" else f"Entry {entry}",
                    [
                        {"title": "👍", "payload": '/feedback{"entry_id":"%s","value":"helpful"}' % entry},
                        {"title": "👎", "payload": '/feedback{"entry_id":"%s","value":"not_helpful"}' % entry},
                        {"title": "Residence permit", "payload": '/entry{"entry_id":"residence.temporary"}'},
                    ],
                ),
                custom({"language": lang, "action": "answer", "entry_id": entry}),
            ]
        if message.startswith("/menu"):
            return [
                text("Topics:", [{"title": "Work", "payload": '/menu{"topic":"work"}'}]),
                custom({"language": lang, "action": "smalltalk"}),
            ]
        if message == "long":
            paragraphs = [f"Paragraph {i}. " + "Lorem ipsum dolor sit amet. " * 20 for i in range(20)]
            return [
                text("\n\n".join(paragraphs), [{"title": "👍", "payload": '/feedback{"entry_id":"x","value":"helpful"}'}]),
                custom({"language": "en", "action": "answer", "entry_id": "x"}),
            ]
        if message == "html":
            return [text("<b>bold</b> & <a href='x'>link</a>"), custom({"language": "en", "action": "smalltalk"})]
        if message.startswith("echo "):
            return [text(message), custom({"language": lang, "action": "smalltalk"})]
        return [
            text("Sorry, I did not understand. Rephrase, or open /menu."),
            custom({"fallback": {"text": message}}),
            custom({"language": lang, "action": "fallback"}),
        ]
