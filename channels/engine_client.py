"""Client of the engine's REST channel (Rasa ``/webhooks/rest/webhook``)."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import aiohttp

from channels import effects
from channels.errors import GatewayError
from channels.metrics import GatewayMetrics

log = logging.getLogger(__name__)


class EngineUnavailable(GatewayError):
    """The engine did not answer in time, refused the connection or answered badly."""

    def __init__(self, message: str, reason: str = "unreachable") -> None:
        super().__init__(message)
        self.reason = reason  # timeout | http | unreachable | bad_reply


@dataclass(frozen=True)
class Button:
    """A button the engine offered: its label and the payload to send back."""

    title: str
    payload: str


@dataclass
class EngineReply:
    """The engine's answer to one message, split by kind."""

    texts: list[tuple[str, list[Button]]] = field(default_factory=list)
    language: str | None = None
    action: str | None = None
    entry_id: str | None = None
    handoff: dict[str, Any] | None = None
    fallback_text: str | None = None
    language_switch: bool = False  # the person asked to talk in `language` (typed or a button)

    @classmethod
    def parse(cls, items: list[dict[str, Any]]) -> EngineReply:
        """Read the JSON list the REST channel returns."""
        reply = cls()
        for item in items:
            if not isinstance(item, dict):
                continue
            if item.get("text") or item.get("buttons"):
                buttons = [
                    Button(str(b.get("title", "")), str(b.get("payload", "")))
                    for b in item.get("buttons") or []
                    if isinstance(b, dict) and b.get("payload")
                ]
                reply.texts.append((str(item.get("text") or ""), buttons))
            custom = item.get("custom")
            if isinstance(custom, dict):
                if isinstance(custom.get("language"), str):
                    reply.language = custom["language"]
                if isinstance(custom.get("action"), str):
                    reply.action = custom["action"]
                if isinstance(custom.get("entry_id"), str):
                    reply.entry_id = custom["entry_id"]
                if custom.get("language_switch") is True:
                    reply.language_switch = True
                if isinstance(custom.get("handoff"), dict):
                    reply.handoff = custom["handoff"]
                fallback = custom.get("fallback")
                if isinstance(fallback, dict):
                    reply.fallback_text = str(fallback.get("text") or "")
        return reply


class EngineClient:
    """Posts a person's message to the engine and returns its parsed reply."""

    def __init__(self, base_url: str, timeout: float, token: str | None = None, metrics: GatewayMetrics | None = None) -> None:
        self._base = base_url.rstrip("/")
        self._timeout = timeout
        self._token = token
        self._metrics = metrics or GatewayMetrics()
        self._session: aiohttp.ClientSession | None = None

    async def _client(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession()
        return self._session

    async def close(self) -> None:
        """Close the HTTP session."""
        if self._session is not None:
            await self._session.close()

    async def send(self, sender: str, message: str, metadata: dict[str, Any]) -> EngineReply:
        """Send one message; raise EngineUnavailable when the engine fails or is slow."""
        # Asked once per update: a retried update replays the engine's answer instead of
        # telling the engine the same message twice.
        items = await effects.once("engine", f"{sender}\n{message}", lambda: self._measured_post(sender, message, metadata))
        return EngineReply.parse(items)

    async def entry(self, sender: str, entry_id: str, language: str) -> list[str] | None:
        """The texts answering ``entry_id`` in ``language`` (staff's /answer), or None for an unknown id.

        Asked as the person (pseudonym); an unknown id makes the engine answer with a fallback,
        seen in the reply's action.
        """
        message = "/entry" + json.dumps({"entry_id": entry_id}, separators=(",", ":"))
        reply = await self.send(sender, message, {"preferred_language": language, "telegram_language_code": language})
        if reply.action != "answer":
            return None
        return [text for text, _buttons in reply.texts if text] or None

    async def _measured_post(self, sender: str, message: str, metadata: dict[str, Any]) -> list[Any]:
        started = time.perf_counter()
        try:
            return await self._post(sender, message, metadata)
        except EngineUnavailable as exc:
            self._metrics.engine_errors.labels(exc.reason).inc()
            raise
        finally:
            self._metrics.engine_seconds.observe(time.perf_counter() - started)

    async def _post(self, sender: str, message: str, metadata: dict[str, Any]) -> list[Any]:
        body = {"sender": sender, "message": message, "metadata": metadata}
        session = await self._client()
        try:
            async with asyncio.timeout(self._timeout):
                async with session.post(f"{self._base}/webhooks/rest/webhook", json=body) as resp:
                    if resp.status != 200:
                        raise EngineUnavailable(f"engine answered HTTP {resp.status}", "http")
                    items = await resp.json(content_type=None)
        except TimeoutError:
            raise EngineUnavailable(f"engine did not answer within {self._timeout:g} s", "timeout") from None
        except ValueError:
            raise EngineUnavailable("engine answered something other than JSON", "bad_reply") from None
        except aiohttp.ClientError as exc:
            raise EngineUnavailable(f"engine unreachable: {type(exc).__name__}") from None
        if not isinstance(items, list):
            raise EngineUnavailable("engine answered something other than a list", "bad_reply")
        return items

    async def ready(self, timeout: float = 2.0) -> dict[str, Any]:
        """The engine's health (``/webhooks/migrabot/health``, no token); raise EngineUnavailable when not ready."""
        session = await self._client()
        try:
            async with asyncio.timeout(min(timeout, self._timeout)):
                async with session.get(f"{self._base}/webhooks/migrabot/health") as resp:
                    body = await resp.json(content_type=None)
        except TimeoutError:
            raise EngineUnavailable("engine health did not answer in time", "timeout") from None
        except (aiohttp.ClientError, ValueError) as exc:
            raise EngineUnavailable(f"engine unreachable: {type(exc).__name__}") from None
        if resp.status != 200:
            reason = body.get("reason") if isinstance(body, dict) else None
            raise EngineUnavailable(f"engine not ready (HTTP {resp.status}): {reason or 'no reason given'}", "http")
        return body if isinstance(body, dict) else {}

    async def kb_refusals(self) -> list[str]:
        """The engine's refused knowledge-base reloads, oldest first (raise EngineUnavailable)."""
        body = await self._ops("GET", "kb", None, "read the knowledge base's status")
        refusals = body.get("refusals") if isinstance(body, dict) else None
        return [str(r) for r in refusals] if isinstance(refusals, list) else []

    async def forget(self, sender: str) -> None:
        """Delete a conversation in the engine (its tracker, every event); raise EngineUnavailable if not done."""
        await self._ops("POST", "forget", {"sender": sender}, "delete a conversation")

    async def purge(self, older_than: timedelta) -> int:
        """Delete every conversation event older than `older_than` in the engine; how many went."""
        body = await self._ops("POST", "purge", {"older_than_seconds": older_than.total_seconds()}, "purge old conversations")
        return int(body.get("deleted", 0)) if isinstance(body, dict) else 0

    async def _ops(self, method: str, route: str, body: dict[str, Any] | None, what: str) -> Any:
        """Call one of the engine's own routes (``/webhooks/migrabot/``), authenticated by the token."""
        if not self._token:
            raise EngineUnavailable(f"no RASA_TOKEN: the engine cannot be asked to {what}")
        session = await self._client()
        url = f"{self._base}/webhooks/migrabot/{route}"
        try:
            async with asyncio.timeout(self._timeout):
                async with session.request(method, url, json=body, headers={"X-Engine-Token": self._token}) as resp:
                    if resp.status != 200:
                        raise EngineUnavailable(f"engine refused to {what}: HTTP {resp.status}")
                    return await resp.json(content_type=None)
        except TimeoutError:
            raise EngineUnavailable(f"engine did not answer within {self._timeout:g} s") from None
        except (aiohttp.ClientError, ValueError) as exc:
            raise EngineUnavailable(f"engine unreachable: {type(exc).__name__}") from None
