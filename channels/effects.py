"""Each outside call made while handling an update happens once, even when the update is handled again.

An update that fails half-way (database or engine down, the gateway killed) is handled again
from the inbox. The calls it already made (a message sent, the engine asked) are recorded
here with their results, keyed by the update, the call's content and its occurrence, and are
replayed from the record instead of being made twice. Content keys, not positions, because a
retry may take another branch (the privacy notice is not shown twice). What remains is the
window between a call and its record: a crash exactly there repeats that one call.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Any, TypeVar

from aiogram import Bot
from aiogram.client.session.middlewares.base import BaseRequestMiddleware, NextRequestMiddlewareType
from aiogram.methods import Response, SendChatAction, TelegramMethod
from aiogram.methods.base import TelegramType
from pydantic import TypeAdapter
from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from channels.db.models import Effect

T = TypeVar("T")

Write = Callable[[AsyncSession], Awaitable[None]]
# Writes and records (the effect row given) in one statement where the database can; False where it cannot.
Single = Callable[[dict[str, object]], Awaitable[bool]]

# Built once: a statement made per call (its values as literals) cost SQLAlchemy more than running it.
RECORD = insert(Effect.__table__)

_current: ContextVar[EffectLog | None] = ContextVar("migrabot_effects", default=None)


class EffectLog:
    """The recorded calls of one update."""

    def __init__(self, session_factory: async_sessionmaker[AsyncSession], update_id: int, done: dict[str, str]) -> None:
        self.session_factory = session_factory
        self.update_id = update_id
        self.done = done
        self._seen: Counter[str] = Counter()

    @classmethod
    async def load(cls, session_factory: async_sessionmaker[AsyncSession], update_id: int) -> EffectLog:
        """The log of an update with what an earlier attempt already did."""
        async with session_factory() as session:
            rows = (await session.execute(select(Effect.key, Effect.result).where(Effect.update_id == update_id))).all()
        return cls(session_factory, update_id, {key: result for key, result in rows})

    def key(self, kind: str, material: str) -> str:
        """Stable key of the n-th call of this kind with this content in this update."""
        base = f"{kind}:{hashlib.sha256(material.encode()).hexdigest()[:32]}"
        occurrence = self._seen[base]
        self._seen[base] += 1
        return f"{self.update_id}:{base}:{occurrence}"

    async def once(
        self,
        kind: str,
        material: str,
        call: Callable[[], Awaitable[T]],
        dump: Callable[[T], str],
        load: Callable[[str], T],
    ) -> T:
        """Replay the recorded result, or make the call and record its result."""
        key = self.key(kind, material)
        if key in self.done:
            return load(self.done[key])
        result = await call()
        text = dump(result)
        async with self.session_factory() as session:
            await session.execute(RECORD, {"key": key, "update_id": self.update_id, "result": text})
            await session.commit()
        self.done[key] = text
        return result

    async def write_once(
        self, kind: str, material: str, sessions: async_sessionmaker[AsyncSession], write: Write, single: Single | None = None
    ) -> bool:
        """Do a database write unless recorded; its record is committed with it. True if written now."""
        key = self.key(kind, material)
        if key in self.done:
            return False
        record: dict[str, object] = {"key": key, "update_id": self.update_id, "result": "null"}
        if single is None or not await single(record):
            async with sessions() as session:
                await write(session)
                await session.execute(RECORD, record)
                await session.commit()
        self.done[key] = "null"
        return True


def begin(log: EffectLog) -> object:
    """Make ``log`` the current update's log (in this task and the tasks it starts)."""
    return _current.set(log)


def end(token: object) -> None:
    """Forget the current log."""
    _current.reset(token)  # type: ignore[arg-type]


async def once(
    kind: str,
    material: str,
    call: Callable[[], Awaitable[T]],
    dump: Callable[[T], str] = json.dumps,
    load: Callable[[str], T] = json.loads,
) -> T:
    """Do ``call`` once per update; outside an update's handling, just do it."""
    log = _current.get()
    if log is None:
        return await call()
    return await log.once(kind, material, call, dump, load)


async def once_done(kind: str, material: str, call: Callable[[], Awaitable[Any]]) -> None:
    """Like ``once`` for a call whose result does not matter (a database write, a case opened)."""

    async def run() -> None:
        await call()

    await once(kind, material, run, lambda _result: "null", lambda _text: None)


async def write_once(
    kind: str, material: str, sessions: async_sessionmaker[AsyncSession], write: Write, single: Single | None = None
) -> bool:
    """A database write made once per update, in one transaction with its record; True if written now.

    One session instead of two (the write's, then the record's), and no window between them.
    ``single``, where the database can, does the write and its record in one statement instead
    (no BEGIN and COMMIT round-trips).
    """
    log = _current.get()
    if log is None:
        async with sessions() as session:
            await write(session)
            await session.commit()
        return True
    return await log.write_once(kind, material, sessions, write, single)


def call_content(method: TelegramMethod[Any]) -> dict[str, Any]:
    """The plain fields of a Bot API call (chat, text, ids); defaults, markup and files left out."""
    content: dict[str, Any] = {}
    for name in type(method).model_fields:
        value = getattr(method, name, None)
        if isinstance(value, str | int | float | bool) and name != "reply_markup":
            content[name] = value
    return content


_TYPES: dict[Any, tuple[TypeAdapter[Any], type]] = {}


def _types(returning: Any) -> TypeAdapter[Any]:
    """The adapter of a Bot API result type, made once per type (each one builds a schema).

    Also holds aiogram's ``Response[returning]``: pydantic keeps parametrised models only weakly,
    so aiogram re-created that class on every call (both were a fifth of a turn's CPU, py-spy).
    """
    found = _TYPES.get(returning)
    if found is None:
        found = _TYPES[returning] = (TypeAdapter(returning), Response[returning])  # type: ignore[index]
    return found[0]


class EffectMiddleware(BaseRequestMiddleware):
    """Bot API calls made while handling an update are made once (typing indicators excepted)."""

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        returning = _types(method.__returning__)
        log = _current.get()
        if log is None or isinstance(method, SendChatAction):
            return await make_request(bot, method)
        material = method.__api_method__ + "\n" + json.dumps(call_content(method), sort_keys=True, ensure_ascii=False)
        # The chain passes the call's result (a Message, True, ...), whatever the hints say.
        return await log.once(
            f"bot.{method.__api_method__}",
            material,
            lambda: make_request(bot, method),
            lambda result: returning.dump_json(result, exclude_none=True).decode(),
            lambda text: returning.validate_json(text, context={"bot": bot}),
        )
