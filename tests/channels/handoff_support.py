"""Test helpers of the staff handoff: a forum-aware fake Bot API, staff updates, databases."""

from __future__ import annotations

import asyncio
import itertools
import json
import time
import uuid
from collections.abc import Callable
from typing import Any

from tests.channels.fake_engine import FakeEngine
from tests.channels.fake_telegram import Failure, FakeTelegram

STAFF_CHAT_ID = -1001234567890
STAFF_USER_ID = 777
OTHER_STAFF_USER_ID = 778
NOT_STAFF_USER_ID = 999
TOPIC_METHODS = {"sendMessage", "copyMessage", "closeForumTopic", "editForumTopic",
                 "reopenForumTopic"}


class ForumTelegram(FakeTelegram):
    """FakeTelegram plus forum topics that staff can delete, and staff-group updates.

    getUpdates re-delivers updates not yet confirmed by an offset, as Telegram does.

    A call into a deleted (or never created) topic of a forum chat answers like Telegram:
    400 "Bad Request: message thread not found".
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.topics: dict[int, str] = {}
        self.deleted: set[int] = set()
        self._staff_message_ids = itertools.count(900000)
        self._last_params: dict[str, Any] = {}

    async def _params(self, request: Any) -> dict[str, Any]:
        params = await super()._params(request)
        # _handle calls _take_failure right after this, with no await in between.
        self._last_params = params
        return params

    def _take_failure(self, method: str, chat_id: int | None) -> Failure | None:
        failure = super()._take_failure(method, chat_id)
        if failure is not None:
            return failure
        thread = self._last_params.get("message_thread_id")
        if method in TOPIC_METHODS and thread is not None and chat_id is not None and chat_id < 0:
            if int(thread) not in self.topics:
                return Failure(method, 400, chat_id, 1, None, "Bad Request: message thread not found")
        return None

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        # Telegram hands out every update not yet confirmed by an offset again, also to a new
        # process after a crash (the dead process's long poll may have taken them already).
        offset = params.get("offset")
        if offset is not None:
            self.pending = [(u, d) for u, d in self.pending
                            if not (d and u["update_id"] < int(offset))]
        self.pending = [(u, False) for u, _ in self.pending]
        return await super()._get_updates(params)

    def _result(self, method: str, params: dict[str, Any]) -> Any:
        result = super()._result(method, params)
        if method == "createForumTopic":
            self.topics[int(result["message_thread_id"])] = str(params.get("name", ""))
        return result

    def delete_topic(self, thread_id: int) -> None:
        """Staff deleted a topic in the Telegram client."""
        self.topics.pop(thread_id, None)
        self.deleted.add(thread_id)

    # -- staff group ---------------------------------------------------------------------
    def staff_update(
        self,
        text: str | None = None,
        *,
        user_id: int = STAFF_USER_ID,
        thread_id: int | None = None,
        chat_id: int = STAFF_CHAT_ID,
        **content: Any,
    ) -> dict[str, Any]:
        """A message in the staff forum group (in a topic when thread_id is given)."""
        message: dict[str, Any] = {
            "message_id": next(self._staff_message_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "supergroup", "title": "Staff", "is_forum": True},
            "from": {"id": user_id, "is_bot": False, "first_name": f"Staff{user_id}"},
            **content,
        }
        if text is not None:
            message["text"] = text
            if text.startswith("/"):
                command = text.split()[0]
                message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        if thread_id is not None:
            message["message_thread_id"] = thread_id
            message["is_topic_message"] = True
        return {"update_id": next(self._update_ids), "message": message}

    def staff_says(self, text: str | None = None, **kwargs: Any) -> int:
        """Queue a staff-group message for getUpdates; returns its message_id."""
        update = self.staff_update(text, **kwargs)
        self.enqueue(update)
        return int(update["message"]["message_id"])

    # -- queries -------------------------------------------------------------------------
    def staff_texts(self, thread_id: int | None = None) -> list[str]:
        """Texts sent to the staff group (to one topic when given), in order."""
        return [
            str(c.params.get("text", ""))
            for c in self.calls_for("sendMessage", STAFF_CHAT_ID)
            if thread_id is None or _int(c.params.get("message_thread_id")) == thread_id
        ]

    def copies(self, to_chat: int, thread_id: int | None = None) -> list[dict[str, Any]]:
        """copyMessage parameters to a chat (to one topic when given), in order."""
        return [
            c.params
            for c in self.calls_for("copyMessage", to_chat)
            if thread_id is None or _int(c.params.get("message_thread_id")) == thread_id
        ]

    def created_topics(self) -> list[tuple[int, str]]:
        """(thread id, name) of each topic made, in order."""
        out = []
        for call in self.calls_for("createForumTopic"):
            name = str(call.params.get("name", ""))
            ids = [t for t, n in self.topics.items() if n == name]
            out.append((ids[-1] if ids else -1, name))
        return out

    def topic_named(self, part: str) -> int:
        """The live topic whose name contains `part`."""
        for thread, name in self.topics.items():
            if part in name:
                return thread
        raise AssertionError(f"no topic named like {part!r}: {self.topics}")


def _int(value: Any) -> int | None:
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


async def eventually(check: Callable[[], Any], timeout: float = 10.0, step: float = 0.05) -> Any:
    """Wait until check() returns something truthy (awaiting it if it is a coroutine)."""
    deadline = time.monotonic() + timeout
    last: Any = None
    while time.monotonic() < deadline:
        last = check()
        if asyncio.iscoroutine(last):
            last = await last
        if last:
            return last
        await asyncio.sleep(step)
    raise TimeoutError(f"condition not met in {timeout} s (last: {last!r})")


async def fresh_postgres_database(admin_url: str) -> str:
    """Create an empty PostgreSQL database and return its URL."""
    import asyncpg

    name = f"handoff_test_{uuid.uuid4().hex[:10]}"
    connection = await asyncpg.connect(admin_url)
    try:
        await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()
    return admin_url.rsplit("/", 1)[0] + f"/{name}"


async def drop_postgres_database(admin_url: str, url: str) -> None:
    """Drop a database made by fresh_postgres_database."""
    import asyncpg

    name = url.rsplit("/", 1)[1]
    connection = await asyncpg.connect(admin_url)
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await connection.close()



class EntryEngine(FakeEngine):
    """FakeEngine that knows only some entry ids; others get the engine's fallback."""

    known = {"work.permit"}

    def reply(self, body: dict[str, Any]) -> list[dict[str, Any]]:
        """A fallback for /entry with an unknown id, else FakeEngine's script."""
        message = str(body.get("message", ""))
        if message.startswith("/entry"):
            entry = json.loads(message[len("/entry"):]).get("entry_id")
            if entry not in self.known:
                lang = (body.get("metadata") or {}).get("preferred_language") or "en"
                sender = body["sender"]
                return [
                    {"recipient_id": sender, "text": "Sorry, I did not understand."},
                    {"recipient_id": sender, "custom": {"fallback": {"text": message}}},
                    {"recipient_id": sender, "custom": {"language": lang, "action": "fallback"}},
                ]
        return super().reply(body)
