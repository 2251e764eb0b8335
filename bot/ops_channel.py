"""The engine's own operations for the gateway, under ``/webhooks/migrabot/``.

- ``POST forget``: delete a person's conversation from the tracker store.
- ``GET kb``: the knowledge base's refused reloads, for the staff group.

Rasa 3.6 has no delete in its tracker stores, and replacing the events with an empty list
leaves every earlier event in the SQL store (it only appends). This input channel removes the
conversation for real, in memory and in SQL, when the gateway carries out /delete_my_data. It
is guarded by the engine's API token, given in a header (never in the URL or on a command line).
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.tracker_store import InMemoryTrackerStore, SQLTrackerStore, TrackerStore
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

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

        @hook.route("/kb", methods=["GET"])
        async def knowledge_base(request: Request) -> HTTPResponse:
            if not self._authorised(request):
                return response.json({"error": "unauthorized"}, status=401)
            store = getattr(request.app.ctx.agent.nlg, "store", None)
            return response.json({"refusals": list(getattr(store, "refusals", []))})

        return hook
