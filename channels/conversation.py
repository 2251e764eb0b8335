"""A turn with the engine: ask, show typing, render the reply, act on its signals."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator
from typing import Protocol

from aiogram import Bot
from aiogram.enums import ChatAction
from aiogram.exceptions import TelegramAPIError
from aiogram.types import InlineKeyboardMarkup
from sqlalchemy.ext.asyncio import AsyncSession

from channels import effects
from channels.audience import inferred, known
from channels.db import repo as db
from channels.db.repo import Repository
from channels.engine_client import Button, EngineClient, EngineReply, EngineUnavailable
from channels.handoff_port import HandoffPort
from channels.i18n import LANGUAGES, Catalogs
from channels.inbox import RetryLater
from channels.keyboards import engine_keyboard
from channels.metrics import GatewayMetrics
from channels.person import Person
from channels.render import escape, split_message

log = logging.getLogger(__name__)

TYPING_EVERY = 4.5  # Telegram shows "typing" for about 5 s
# Most answers come within tens of milliseconds: "typing" is shown only for a slow one, which
# saves a Bot API call (and the gateway's work for it) on almost every turn.
TYPING_AFTER = 0.8
CONTACTS_ENTRY = '/entry{"entry_id":"contacts.migration_service"}'
SET_LANGUAGE = "/set_language"


class Notices(Protocol):
    """Crisis mode's hook before a reply (channels.crisis.notice.Notices)."""

    async def before_reply(self, chat_id: int, language: str, answered_entry: str | None) -> None:
        """Pin the crisis notice, or show it above an answer on a crisis topic."""
        ...


class Conversation:
    """Everything a turn with the engine needs, wired once by the composition root."""

    def __init__(
        self,
        bot: Bot,
        engine: EngineClient,
        repo: Repository,
        catalogs: Catalogs,
        handoff: HandoffPort | None,
        metrics: GatewayMetrics | None = None,
        notices: Notices | None = None,
    ) -> None:
        self.bot = bot
        self.notices = notices
        self.engine = engine
        self.repo = repo
        self.catalogs = catalogs
        self.handoff = handoff
        self.metrics = metrics or GatewayMetrics()

    async def ask(self, person: Person, message: str, *, shown_text: str | None = None) -> None:
        """Send a message (text or button payload) to the engine and render the answer.

        ``shown_text`` is what the person's turn looks like in the conversation history
        (their words, or the button title they pressed); it is also what is stored as
        unanswered when the engine cannot answer.
        """
        said = shown_text if shown_text is not None else message
        async with self._typing(person.chat_id):
            try:
                reply = await self.engine.send(person.pseudonym, message, person.metadata())
            except EngineUnavailable as exc:
                log.warning("engine unavailable for a turn: %s", exc)
                reply = None
        if reply is None:
            await self._engine_down(person, said, is_payload=shown_text is not None)
            raise RetryLater("engine unavailable")
        language = reply.language if reply.language in LANGUAGES else person.language
        if self.notices is not None and reply.texts:
            await self.notices.before_reply(person.chat_id, language, reply.entry_id if reply.action == "answer" else None)
        sent = await self.render(person.chat_id, reply)
        unanswered = (reply.fallback_text or said) if reply.fallback_text is not None or reply.action == "fallback" else None
        # The engine decides the language; a switch asked for (typed, or with its buttons) is the person's choice.
        chosen = reply.language in LANGUAGES and (reply.language_switch or parse_payload(message)[0] == SET_LANGUAGE)

        group = inferred(reply.entry_id) if reply.action == "answer" and not known(person.audience) else None

        async def record(session: AsyncSession) -> None:
            await db.record_turn(session, person.chat_id, said, sent, unanswered, language)
            if chosen:
                await db.update_user(session, person.chat_id, language=language)
            if group is not None:
                await db.infer_audience(session, person.chat_id, group)

        async def single(effect: dict[str, object]) -> bool:
            return await self.repo.record_turn_recorded(person.chat_id, said, sent, unanswered, language, effect)

        # the turn's rows and their effect record in one transaction (one statement where it can be)
        plain = not chosen and group is None
        if await effects.write_once("record_turn", said, self.repo.sessions, record, single if plain else None):
            self.metrics.turn(reply.action)
        if reply.handoff is not None:
            await effects.once_done("open_case", json.dumps(reply.handoff, sort_keys=True), lambda: self._handoff(person, reply, language))

    async def render(self, chat_id: int, reply: EngineReply) -> str:
        """Send the engine's texts with their keyboards; return the plain text shown."""
        shown: list[str] = []
        for text, buttons in reply.texts:
            await self.send_text(chat_id, text, buttons)
            if text:
                shown.append(text)
        return "\n\n".join(shown)

    async def send_text(self, chat_id: int, text: str, buttons: list[Button] | None = None) -> None:
        """Send plain text, escaped and split; the keyboard goes under the last part."""
        markup: InlineKeyboardMarkup | None = None
        if buttons:
            markup = await engine_keyboard(self.repo, chat_id, buttons)
        parts = split_message(escape(text)) or (["\u2193"] if markup else [])
        for index, part in enumerate(parts):
            last = index == len(parts) - 1
            await self.bot.send_message(chat_id, part, reply_markup=markup if last else None)

    async def _engine_down(self, person: Person, said: str, *, is_payload: bool) -> None:
        """Apologise once (a retry replays it from the effects log); the inbox retries the turn."""
        _ = self.catalogs.gettext(person.language)
        await self.send_text(
            person.chat_id,
            _(
                "Sorry, I cannot answer right now because of a technical problem. "
                "I have kept your message and will answer as soon as it is fixed."
            ),
        )

        async def record(session: AsyncSession) -> None:
            if not is_payload:
                await db.add_unanswered(session, person.chat_id, said, person.language, "engine_unavailable")

        await effects.write_once("engine_down", said, self.repo.sessions, record)

    async def _handoff(self, person: Person, reply: EngineReply, language: str) -> None:
        signal = reply.handoff or {}
        reason = str(signal.get("reason") or "user_request")
        entry_id = signal.get("entry_id") if isinstance(signal.get("entry_id"), str) else None
        summary = str(signal.get("summary") or "")
        urgent = bool(signal.get("urgent")) or reason == "urgent"
        lang = signal.get("language") if signal.get("language") in LANGUAGES else language
        if self.handoff is not None:
            await self.handoff.open_case(person.chat_id, lang, reason, entry_id, summary, urgent)
            self.metrics.handoff(reason)
            return
        _ = self.catalogs.gettext(lang)
        await self.send_text(
            person.chat_id,
            _("Staff cannot be reached through this bot right now. " "You can contact the migration service directly:"),
        )
        try:
            contacts = await self.engine.send(person.pseudonym, CONTACTS_ENTRY, person.metadata())
        except EngineUnavailable:
            return
        contacts.handoff = None
        await self.render(person.chat_id, contacts)

    @contextlib.asynccontextmanager
    async def _typing(self, chat_id: int) -> AsyncIterator[None]:
        task = asyncio.create_task(self._keep_typing(chat_id))
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _keep_typing(self, chat_id: int) -> None:
        await asyncio.sleep(TYPING_AFTER)
        while True:
            with contextlib.suppress(TelegramAPIError):
                await self.bot.send_chat_action(chat_id, ChatAction.TYPING)
            await asyncio.sleep(TYPING_EVERY)


def parse_payload(payload: str) -> tuple[str, dict[str, object]]:
    """Split ``/intent{"json": ...}`` into the intent and its (possibly empty) arguments."""
    name, brace, rest = payload.partition("{")
    if not brace:
        return name, {}
    try:
        args = json.loads("{" + rest)
    except ValueError:
        return name, {}
    return name, args if isinstance(args, dict) else {}
