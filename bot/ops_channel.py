"""The engine's own operations for the gateway, under ``/webhooks/migrabot/``.

- ``POST forget``: delete a person's conversation from the tracker store.
- ``POST purge``: delete every event older than the retention period (the gateway's daily purge).
- ``GET kb``: the knowledge base's refused reloads, for the staff group.
- ``GET health`` and ``GET metrics``: readiness for a load balancer and Prometheus metrics,
  without the token (the engine's port is never public).

Rasa 3.6 has no delete in its tracker stores, and replacing the events with an empty list
leaves every earlier event in the SQL store (it only appends). This input channel removes the
conversation for real, in memory and in SQL, when the gateway carries out /delete_my_data. It
is guarded by the engine's API token, given in a header (never in the URL or on a command line).
"""

from __future__ import annotations

import hmac
import json
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.tracker_store import InMemoryTrackerStore, SQLTrackerStore, TrackerStore
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.metrics import install, metrics

log = logging.getLogger(__name__)

TOKEN_HEADER = "X-Engine-Token"


def innermost(store: Any) -> Any:
    """The real store inside Rasa's wrappers (AwaitableTrackerStore, FailSafeTrackerStore)."""
    seen = 0
    while seen < 5:
        inner = getattr(store, "_tracker_store", None)
        if inner is None:
            return store
        store, seen = inner, seen + 1
    return store


def delete_conversation(store: TrackerStore, sender_id: str) -> int:
    """Delete every stored event of one conversation; the number of events (or trackers) removed."""
    real = innermost(store)
    if isinstance(real, SQLTrackerStore):
        with real.session_scope() as session:
            removed = session.query(real.SQLEvent).filter(real.SQLEvent.sender_id == sender_id).delete()
            session.commit()
        return int(removed or 0)
    if isinstance(real, InMemoryTrackerStore):
        return 1 if real.store.pop(sender_id, None) is not None else 0
    raise TypeError(f"cannot delete from a {type(real).__name__}")


def delete_older_than(store: TrackerStore, cutoff: float) -> int:
    """Delete every stored event older than `cutoff` (a Unix time); the number removed.

    In memory a conversation is kept or dropped whole: dropped when its newest event is older.
    """
    real = innermost(store)
    if isinstance(real, SQLTrackerStore):
        with real.session_scope() as session:
            removed = session.query(real.SQLEvent).filter(real.SQLEvent.timestamp < cutoff).delete()
            session.commit()
        return int(removed or 0)
    if isinstance(real, InMemoryTrackerStore):
        old = [sender for sender, dump in real.store.items() if _newest(dump) < cutoff]
        for sender in old:
            real.store.pop(sender, None)
        return len(old)
    raise TypeError(f"cannot purge a {type(real).__name__}")


def _newest(dump: Any) -> float:
    events = json.loads(dump).get("events", []) if isinstance(dump, (str, bytes)) else []
    return max((float(e.get("timestamp") or 0) for e in events), default=0.0)


def readiness(agent: Any) -> tuple[dict[str, Any], bool]:
    """What a load balancer needs to know, and whether turns can be answered (a model and entries)."""
    if agent is None or not agent.is_ready():
        return {"status": "unavailable", "reason": "no model loaded"}, False
    store = getattr(agent.nlg, "store", None)
    if store is None:
        return {"status": "unavailable", "reason": "the knowledge-base NLG is not configured"}, False
    kb = store.get()
    if not kb.entries:
        return {"status": "unavailable", "reason": "the knowledge base has no entries"}, False
    # Refused edits leave the last good version serving: still ready, and counted for staff.
    state = {"entries": len(kb.entries), "countries": len(kb.countries), "refused_reloads": len(store.refusals)}
    return {"status": "ok", "model": agent.model_name, "model_id": agent.model_id, "knowledge_base": state}, True


class OpsChannel(InputChannel):
    """Not a chat channel: authenticated routes the gateway calls."""

    @classmethod
    def name(cls) -> str:
        return "migrabot"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        token = str((credentials or {}).get("token") or "")
        if not token:
            raise ValueError("the migrabot channel needs a token in credentials.yml")
        return cls(token)

    def __init__(self, token: str) -> None:
        self.token = token

    def _authorised(self, request: Request) -> bool:
        given = request.headers.get(TOKEN_HEADER, "")
        return hmac.compare_digest(given.encode(), self.token.encode())

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        hook = Blueprint("migrabot_webhook", __name__)

        @hook.route("/forget", methods=["POST"])
        async def forget(request: Request) -> HTTPResponse:
            if not self._authorised(request):
                return response.json({"error": "unauthorized"}, status=401)
            body = request.json if isinstance(request.json, dict) else {}
            sender = body.get("sender")
            if not isinstance(sender, str) or not sender:
                return response.json({"error": "sender missing"}, status=400)
            removed = delete_conversation(request.app.ctx.agent.tracker_store, sender)
            log.info("a conversation was deleted on request (%d records)", removed)
            return response.json({"deleted": removed})

        @hook.route("/purge", methods=["POST"])
        async def purge(request: Request) -> HTTPResponse:
            if not self._authorised(request):
                return response.json({"error": "unauthorized"}, status=401)
            body = request.json if isinstance(request.json, dict) else {}
            seconds = body.get("older_than_seconds")
            if not isinstance(seconds, (int, float)) or isinstance(seconds, bool) or seconds < 0:
                return response.json({"error": "older_than_seconds missing"}, status=400)
            removed = delete_older_than(request.app.ctx.agent.tracker_store, time.time() - seconds)
            log.info("retention purge: %d records older than %.0f s deleted", removed, seconds)
            return response.json({"deleted": removed})

        @hook.route("/kb", methods=["GET"])
        async def knowledge_base(request: Request) -> HTTPResponse:
            if not self._authorised(request):
                return response.json({"error": "unauthorized"}, status=401)
            store = getattr(request.app.ctx.agent.nlg, "store", None)
            return response.json({"refusals": list(getattr(store, "refusals", []))})

        @hook.route("/health", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            state, ready = readiness(getattr(request.app.ctx, "agent", None))
            return response.json(state, status=200 if ready else 503)

        @hook.route("/metrics", methods=["GET"])
        async def prometheus(request: Request) -> HTTPResponse:
            agent = getattr(request.app.ctx, "agent", None)
            engine_metrics = metrics()
            engine_metrics.sample_store(getattr(getattr(agent, "nlg", None), "store", None))
            body, content_type = engine_metrics.exposition(request.headers.get("Accept"))
            return response.raw(body, content_type=content_type)

        @hook.listener("before_server_start")
        async def measure(app: Any, _loop: Any) -> None:
            install(app, metrics())

        return hook
