"""A fake Telegram Bot API server for tests, speaking the real JSON protocol on 127.0.0.1.

Usage (inside a running event loop)::

    server = FakeTelegram()
    await server.start()                 # random free port on 127.0.0.1
    server.base_url                      # -> TELEGRAM_API_BASE for the gateway
    server.token                         # a token the server accepts (any "N:xxx" works)

    uid = server.send_text(chat_id=1001, text="hello", language_code="ru")   # enqueue updates
    server.send_command(1001, "/start")
    server.send_photo(1001)            # also send_voice, send_document, send_sticker, send_location
    server.press_button(1001, message_id, callback_data)
    server.enqueue(update_dict)          # any raw update (its update_id is kept if given)

    calls = server.calls_for("sendMessage", chat_id=1001)   # recorded calls (Call objects)
    await server.wait_for(lambda s: len(s.texts_to(1001)) >= 3, timeout=10)
    server.texts_to(1001)                # texts of sendMessage to a chat, in order
    server.last_keyboard(1001)           # inline_keyboard of the last message with one

    server.fail("sendMessage", status=429, retry_after=1, chat_id=1001, times=1)
    server.fail("sendMessage", status=500, times=2)
    server.fail("sendMessage", status=403, chat_id=1001, times=None)   # None = every call

    await server.stop()

Methods answered: getMe, getUpdates (long poll honouring ``timeout`` and ``offset``),
sendMessage, sendChatAction, answerCallbackQuery, editMessageReplyMarkup, editMessageText,
copyMessage, createForumTopic, editForumTopic, closeForumTopic, reopenForumTopic,
deleteForumTopic, setWebhook, deleteWebhook, getWebhookInfo, setMyCommands, and any other
method with ``true``. Each call is recorded as ``Call(method, params, chat_id, time)`` with
JSON-encoded parameters (reply_markup, entities, ...) decoded. Injected failures answer with
Telegram's error shape: ``{"ok": false, "error_code": N, "description": ..., "parameters":
{"retry_after": S}}``; a failed call is recorded too, with ``failed=N``.

Delivery semantics of getUpdates: pending updates are returned in order, again and again
until a poll confirms an offset past them; then the delivered ones below it are dropped. An update enqueued again
with an id already delivered is delivered again (that is how tests make duplicates).
Messages sent by the bot get increasing message ids per server; forum topics get thread ids.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.channels.loopback import LoopbackServer

BOT_USER = {"id": 4242, "is_bot": True, "first_name": "Migrabot", "username": "migrabot_test_bot"}
INT_FIELDS = {"chat_id", "message_id", "message_thread_id", "from_chat_id", "offset", "limit", "timeout"}
JSON_FIELDS = {
    "reply_markup",
    "entities",
    "allowed_updates",
    "commands",
    "caption_entities",
    "link_preview_options",
    "reply_parameters",
    "scope",
}


@dataclass
class Call:
    """One recorded Bot API call."""

    method: str
    params: dict[str, Any]
    time: float = field(default_factory=time.monotonic)
    failed: int | None = None

    @property
    def chat_id(self) -> int | None:
        value = self.params.get("chat_id")
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None


@dataclass
class Failure:
    """An injected error for a method (and optionally one chat)."""

    method: str
    status: int
    chat_id: int | None
    times: int | None
    retry_after: int | None
    description: str


class FakeTelegram(LoopbackServer):
    """In-process fake Bot API server; see the module docstring."""

    def __init__(self, token: str = "123456:TEST-token-abcdefghijklmnop") -> None:
        self.token = token
        self.calls: list[Call] = []
        self.pending: list[tuple[dict[str, Any], bool]] = []
        self.failures: list[Failure] = []
        self.webhook: dict[str, Any] | None = None
        self.valid_tokens: set[str] | None = None  # None: any "N:xxx" token is accepted
        # Random start: tests sharing a database never reuse each other's update ids.
        self._update_ids = itertools.count(random.randint(10_000, 1_000_000_000))
        self._message_ids = itertools.count(1)
        self._user_message_ids = itertools.count(100000)
        self._thread_ids = itertools.count(500)
        self._changed = asyncio.Condition()

    # -- life cycle -------------------------------------------------------------------
    def add_routes(self, app: web.Application) -> None:
        """Every Bot API method, as /bot<token>/<method>."""
        app.router.add_route("*", "/bot{token}/{method}", self._handle)

    @property
    def base_url(self) -> str:
        """Value for TELEGRAM_API_BASE."""
        return self.url

    # -- updates ----------------------------------------------------------------------
    def enqueue(self, update: dict[str, Any]) -> int:
        """Queue a raw update for getUpdates; returns its update_id."""
        update = dict(update)
        update.setdefault("update_id", next(self._update_ids))
        self.pending.append((update, False))
        self._notify()
        return int(update["update_id"])

    def _user(self, chat_id: int, language_code: str | None) -> dict[str, Any]:
        user: dict[str, Any] = {"id": chat_id, "is_bot": False, "first_name": f"Person{chat_id}"}
        if language_code:
            user["language_code"] = language_code
        return user

    def message_update(self, chat_id: int, language_code: str | None = "en", **content: Any) -> dict[str, Any]:
        """A private-chat message update (not queued)."""
        message = {
            "message_id": next(self._user_message_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private", "first_name": f"Person{chat_id}"},
            "from": self._user(chat_id, language_code),
            **content,
        }
        return {"update_id": next(self._update_ids), "message": message}

    def send_text(self, chat_id: int, text: str, language_code: str | None = "en") -> int:
        """Queue a text message from a person."""
        content: dict[str, Any] = {"text": text}
        if text.startswith("/"):
            command = text.split()[0]
            content["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        return self.enqueue(self.message_update(chat_id, language_code, **content))

    send_command = send_text

    def send_photo(self, chat_id: int, language_code: str | None = "en") -> int:
        """Queue a photo."""
        photo = [{"file_id": "photo1", "file_unique_id": "u1", "width": 90, "height": 90}]
        return self.enqueue(self.message_update(chat_id, language_code, photo=photo))

    def send_voice(self, chat_id: int, language_code: str | None = "en") -> int:
        """Queue a voice message."""
        voice = {"file_id": "voice1", "file_unique_id": "v1", "duration": 3}
        return self.enqueue(self.message_update(chat_id, language_code, voice=voice))

    def send_document(self, chat_id: int, language_code: str | None = "en") -> int:
        """Queue a document."""
        document = {"file_id": "doc1", "file_unique_id": "d1", "file_name": "passport.pdf"}
        return self.enqueue(self.message_update(chat_id, language_code, document=document))

    def send_sticker(self, chat_id: int, language_code: str | None = "en") -> int:
        """Queue a sticker."""
        sticker = {
            "file_id": "st1",
            "file_unique_id": "s1",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
        }
        return self.enqueue(self.message_update(chat_id, language_code, sticker=sticker))

    def send_location(self, chat_id: int, language_code: str | None = "en") -> int:
        """Queue a location."""
        location = {"latitude": 40.18, "longitude": 44.51}
        return self.enqueue(self.message_update(chat_id, language_code, location=location))

    def press_button(self, chat_id: int, message_id: int, data: str, language_code: str | None = "en") -> int:
        """Queue a callback query as if the person pressed a button of a bot message."""
        sent = self.find_message(chat_id, message_id)
        message = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private"},
            "from": BOT_USER,
            "text": (sent or {}).get("text", ""),
        }
        if sent and sent.get("reply_markup"):
            message["reply_markup"] = sent["reply_markup"]
        query = {
            "id": str(next(self._update_ids)),
            "from": self._user(chat_id, language_code),
            "chat_instance": str(chat_id),
            "message": message,
            "data": data,
        }
        return self.enqueue({"callback_query": query})

    # -- failures ---------------------------------------------------------------------
    def fail(
        self,
        method: str,
        status: int,
        *,
        chat_id: int | None = None,
        times: int | None = 1,
        retry_after: int | None = None,
        description: str | None = None,
    ) -> None:
        """Answer the next ``times`` calls of ``method`` (to ``chat_id``) with an error."""
        default = {
            429: "Too Many Requests: retry after %s" % (retry_after or 1),
            403: "Forbidden: bot was blocked by the user",
            400: "Bad Request",
        }.get(status, "Internal Server Error")
        if status == 429 and retry_after is None:
            retry_after = 1
        self.failures.append(Failure(method, status, chat_id, times, retry_after, description or default))

    def _take_failure(self, method: str, chat_id: int | None) -> Failure | None:
        for failure in self.failures:
            if failure.method != method or (failure.chat_id is not None and failure.chat_id != chat_id):
                continue
            if failure.times is not None:
                failure.times -= 1
                if failure.times <= 0:
                    self.failures.remove(failure)
            return failure
        return None

    # -- queries ----------------------------------------------------------------------
    def calls_for(self, method: str, chat_id: int | None = None, *, ok: bool = True) -> list[Call]:
        """Recorded calls of a method (to one chat), only the successful ones by default."""
        return [
            c
            for c in self.calls
            if c.method == method and (chat_id is None or c.chat_id == chat_id) and (not ok or c.failed is None)
        ]

    def texts_to(self, chat_id: int) -> list[str]:
        """Texts the bot sent to a chat with sendMessage, in order."""
        return [str(c.params.get("text", "")) for c in self.calls_for("sendMessage", chat_id)]

    def messages_to(self, chat_id: int) -> list[dict[str, Any]]:
        """sendMessage parameters (plus the message_id given) to a chat, in order."""
        return [c.params for c in self.calls_for("sendMessage", chat_id)]

    def find_message(self, chat_id: int, message_id: int) -> dict[str, Any] | None:
        """The sendMessage parameters of a message the bot sent."""
        for params in self.messages_to(chat_id):
            if params.get("_message_id") == message_id:
                return params
        return None

    def last_keyboard(self, chat_id: int) -> tuple[int, list[list[dict[str, Any]]]] | None:
        """(message_id, inline_keyboard) of the last message to a chat that had one."""
        for params in reversed(self.messages_to(chat_id)):
            markup = params.get("reply_markup") or {}
            if markup.get("inline_keyboard"):
                return int(params["_message_id"]), markup["inline_keyboard"]
        return None

    async def wait_for(self, predicate: Callable[[FakeTelegram], bool], timeout: float = 10.0) -> None:
        """Wait until ``predicate(server)`` holds; raise TimeoutError with the recent calls."""
        try:
            async with asyncio.timeout(timeout):
                async with self._changed:
                    await self._changed.wait_for(lambda: predicate(self))
        except TimeoutError:
            recent = [(c.method, c.chat_id, str(c.params.get("text", ""))[:60]) for c in self.calls[-15:]]
            raise TimeoutError(f"condition not met in {timeout} s; recent calls: {recent}") from None

    def _notify(self) -> None:
        async def notify() -> None:
            async with self._changed:
                self._changed.notify_all()

        try:
            asyncio.get_running_loop().create_task(notify())
        except RuntimeError:
            pass

    # -- protocol ---------------------------------------------------------------------
    async def _params(self, request: web.Request) -> dict[str, Any]:
        params: dict[str, Any] = dict(request.query)
        if request.method == "POST":
            if request.content_type == "application/json":
                body = await request.json()
                params.update(body if isinstance(body, dict) else {})
            else:
                form = await request.post()
                for key, value in form.items():
                    params[key] = value if isinstance(value, str) else "<file>"
        for key in list(params):
            value = params[key]
            if key in INT_FIELDS and isinstance(value, str) and value.lstrip("-").isdigit():
                params[key] = int(value)
            if key in JSON_FIELDS and isinstance(params[key], str):
                try:
                    params[key] = json.loads(params[key])
                except ValueError:
                    pass
        return params

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        token = request.match_info["token"]
        if ":" not in token or (self.valid_tokens is not None and token not in self.valid_tokens):
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        params = await self._params(request)
        call = Call(method, params)
        if method != "getUpdates":
            failure = self._take_failure(method, call.chat_id)
            if failure is not None:
                call.failed = failure.status
                self.calls.append(call)
                self._notify()
                body: dict[str, Any] = {
                    "ok": False,
                    "error_code": failure.status,
                    "description": failure.description,
                }
                if failure.retry_after is not None:
                    body["parameters"] = {"retry_after": failure.retry_after}
                return web.json_response(body, status=failure.status)
        if method == "getUpdates":
            result: Any = await self._get_updates(params)
            # Long polls are recorded but not notified, so waits see only real traffic.
            self.calls.append(call)
            return web.json_response({"ok": True, "result": result})
        result = self._result(method, params)
        self.calls.append(call)
        self._notify()
        return web.json_response({"ok": True, "result": result})

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        # As Telegram does: an update is confirmed (dropped) only by a later call whose offset
        # is past it; until then every call returns it again.
        offset = params.get("offset")
        if offset is not None:
            offset = int(offset)
            self.pending = [(u, d) for u, d in self.pending if not (d and u["update_id"] < offset)]
        timeout = float(params.get("timeout") or 0)
        deadline = time.monotonic() + timeout
        while True:
            fresh = [u for u, d in self.pending]
            if fresh:
                break
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return []
            await asyncio.sleep(min(0.05, remaining))
        limit = int(params.get("limit") or 100)
        fresh = fresh[:limit]
        ids = {id(u) for u in fresh}
        self.pending = [(u, d or id(u) in ids) for u, d in self.pending]
        return fresh

    def _sent_message(self, params: dict[str, Any], **extra: Any) -> dict[str, Any]:
        message_id = next(self._message_ids)
        params["_message_id"] = message_id
        chat_id = int(params.get("chat_id", 0))
        message: dict[str, Any] = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"},
            "from": BOT_USER,
            **extra,
        }
        if "text" in params:
            message["text"] = params["text"]
        if params.get("message_thread_id"):
            message["message_thread_id"] = int(params["message_thread_id"])
            message["is_topic_message"] = True
        if params.get("reply_markup"):
            message["reply_markup"] = params["reply_markup"]
        return message

    def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return BOT_USER
        if method == "sendMessage":
            return self._sent_message(params)
        if method == "copyMessage":
            message_id = next(self._message_ids)
            params["_message_id"] = message_id
            return {"message_id": message_id}
        if method in ("editMessageReplyMarkup", "editMessageText"):
            if params.get("inline_message_id"):
                return True
            message = self._sent_message(dict(params))
            message["message_id"] = int(params.get("message_id", 0))
            return message
        if method == "createForumTopic":
            return {"message_thread_id": next(self._thread_ids), "name": params.get("name", ""), "icon_color": 7322096}
        if method == "setWebhook":
            self.webhook = params
            return True
        if method == "deleteWebhook":
            self.webhook = None
            return True
        if method == "getWebhookInfo":
            return {"url": (self.webhook or {}).get("url", ""), "has_custom_certificate": False, "pending_update_count": 0}
        return True
