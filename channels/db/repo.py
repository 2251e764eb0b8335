"""Data access of the gateway tables: session-level functions, and the Repository handlers get."""

from __future__ import annotations

import base64
import hashlib
from contextvars import ContextVar
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from channels.audience import SKIPPED
from channels.db.models import (
    CallbackPayload,
    Feedback,
    InboxUpdate,
    Turn,
    Unanswered,
    User,
    utcnow,
)
from channels.db.session import autocommit
from channels.db.upsert import insert_ignoring
from channels.person import Person

TURNS_KEPT = 6

# Built once (values bound at execution): building a statement per call cost more than running it.
_ADD_TURN = insert(Turn.__table__)
_TRIM_TURNS = delete(Turn.__table__).where(
    Turn.chat_id == bindparam("chat"),
    Turn.id.not_in(
        select(Turn.id).where(Turn.chat_id == bindparam("chat")).order_by(Turn.id.desc()).limit(TURNS_KEPT).scalar_subquery()
    ),
)


# The person's row as the inbox read it with the update (one join instead of a SELECT of its own
# per turn); None when the update was not read that way. Set by the inbox around a handling.
KNOWN_USER: ContextVar[User | None] = ContextVar("known_user", default=None)

async def get_or_create_user(session: AsyncSession, chat_id: int, pseudonym: str, telegram_language_code: str | None) -> User:
    """Load the person, creating the row on first contact."""
    user = await session.get(User, chat_id)
    if user is None:
        user = User(chat_id=chat_id, pseudonym=pseudonym, telegram_language_code=telegram_language_code)
        session.add(user)
        await session.flush()
    elif telegram_language_code and user.telegram_language_code != telegram_language_code:
        user.telegram_language_code = telegram_language_code
    return user


async def add_turn(session: AsyncSession, chat_id: int, role: str, text: str) -> None:
    """Store one turn and keep only the last TURNS_KEPT of this person."""
    await add_turns(session, chat_id, [(role, text)])


async def add_turns(session: AsyncSession, chat_id: int, turns: list[tuple[str, str]]) -> None:
    """Store turns (role, text) in order and keep only the last TURNS_KEPT of this person."""
    # a plain INSERT (no ORM objects to track), in order: ids rise with it
    await session.execute(_ADD_TURN, [{"chat_id": chat_id, "role": role, "text": text} for role, text in turns])
    await session.execute(_TRIM_TURNS, {"chat": chat_id})


async def record_turn(
    session: AsyncSession, chat_id: int, said: str, shown: str, unanswered: str | None, language: str | None
) -> None:
    """Store both sides of a turn, and the question the engine could not answer, if any."""
    # one INSERT and one trim for both sides (each was a round-trip to the database)
    await add_turns(session, chat_id, [("user", said), *([("bot", shown)] if shown else [])])
    if unanswered is not None:
        await add_unanswered(session, chat_id, unanswered, language, "fallback")


def _turn_recorded(turns: int, unanswered: bool) -> Any:
    """PostgreSQL: a turn's rows, its effect record and the trim as one statement (WITH ... INSERT, DELETE).

    Written as text: SQLAlchemy cannot cache a multi-row VALUES insert and would compile it on every turn.
    """
    rows = ", ".join(f"(:chat, :role{i}, :text{i}, :now)" for i in range(turns))
    parts = [
        f"new_turns AS (INSERT INTO turns (chat_id, role, text, created_at) VALUES {rows})",
        "recorded AS (INSERT INTO effects (key, update_id, result, created_at) VALUES (:key, :update_id, :result, :now))",
    ]
    if unanswered:
        parts.append(
            "new_unanswered AS (INSERT INTO unanswered (chat_id, text, language, reason, created_at)"
            " VALUES (:chat, :unanswered, :language, 'fallback', :now))"
        )
    # The DELETE sees the table as it was before the statement: keep the room the new turns take.
    return text(
        f"WITH {', '.join(parts)} DELETE FROM turns WHERE chat_id = :chat AND id NOT IN"
        f" (SELECT id FROM turns WHERE chat_id = :chat ORDER BY id DESC LIMIT {TURNS_KEPT - turns})"
    )


_TURN_RECORDED = {(turns, unanswered): _turn_recorded(turns, unanswered) for turns in (1, 2) for unanswered in (False, True)}


async def update_user(session: AsyncSession, chat_id: int, **values: object) -> None:
    """Set columns of a person's row."""
    await session.execute(update(User).where(User.chat_id == chat_id).values(**values))


async def infer_audience(session: AsyncSession, chat_id: int, audience: str) -> bool:
    """Set an audience the conversation made plain, only while none is known; True if set."""
    result = await session.execute(
        update(User)
        .where(User.chat_id == chat_id, (User.audience.is_(None)) | (User.audience == SKIPPED))
        .values(audience=audience)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def add_feedback(session: AsyncSession, chat_id: int, entry_id: str | None, value: str, language: str | None) -> None:
    """Store a helpful / not helpful press."""
    session.add(Feedback(chat_id=chat_id, entry_id=entry_id, value=value, language=language))


async def add_unanswered(session: AsyncSession, chat_id: int, text: str, language: str | None, reason: str) -> None:
    """Keep a question the assistant could not answer."""
    session.add(Unanswered(chat_id=chat_id, text=text, language=language, reason=reason))


def short_id(chat_id: int, payload: str) -> str:
    """The callback id of a person's payload: the same every time, so mapping it needs no lookup first."""
    digest = hashlib.sha256(f"{chat_id}\n{payload}".encode()).digest()
    return base64.urlsafe_b64encode(digest[:9]).decode()


async def store_payload(session: AsyncSession, chat_id: int, payload: str) -> str:
    """Map an engine payload to a short id for callback_data (reused when already mapped)."""
    return (await store_payloads(session, chat_id, [payload]))[0]


async def store_payloads(session: AsyncSession, chat_id: int, payloads: list[str]) -> list[str]:
    """``store_payload`` for several payloads in one INSERT (a reply's keyboard), mapped ones skipped."""
    ids = {payload: short_id(chat_id, payload) for payload in payloads}
    rows = [{"short_id": ids[payload], "chat_id": chat_id, "payload": payload, "created_at": utcnow()} for payload in ids]
    # executemany of one built statement: asyncpg sends the rows in one round-trip (a multi-row
    # VALUES statement would be compiled again on every call: SQLAlchemy cannot cache it)
    await session.execute(insert_ignoring(session, CallbackPayload.__table__, "short_id"), rows)
    return [ids[payload] for payload in payloads]


async def load_payload(session: AsyncSession, chat_id: int, short_id: str) -> str | None:
    """The payload behind a short id, only if it was made for this person."""
    row = await session.get(CallbackPayload, short_id)
    if row is None or row.chat_id != chat_id:
        return None
    return row.payload


async def delete_person(session: AsyncSession, chat_id: int) -> None:
    """Delete every gateway row about a person."""
    for model in (Turn, Feedback, Unanswered, CallbackPayload, User):
        await session.execute(delete(model).where(model.chat_id == chat_id))


async def count(session: AsyncSession, model: type, chat_id: int | None = None) -> int:
    """Row count of a table (optionally of one person), for tests and stats."""
    query = select(func.count()).select_from(model)
    if chat_id is not None:
        query = query.where(model.chat_id == chat_id)
    return int(await session.scalar(query) or 0)


async def pending_updates(session: AsyncSession) -> int:
    """Updates stored in the inbox and not handled yet."""
    query = select(func.count()).select_from(InboxUpdate).where(InboxUpdate.state == "pending")
    return int(await session.scalar(query) or 0)


class Repository:
    """What the person-facing handlers read and write; each method opens one short session.

    No session is held across the engine call: a turn waits on the engine for up to
    ENGINE_TIMEOUT seconds, and a session open that long would hold a pooled PostgreSQL
    connection (or SQLite's one write lock, once it has written) while other people's turns
    wait for it. Writes after the engine answered are kept to once per update by the effects
    log, not by one long transaction.
    """

    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self.sessions = session_factory
        # for reads and one-statement writes (each statement its own transaction on PostgreSQL)
        self.quick = autocommit(session_factory)

    async def person(self, chat_id: int, pseudonym: str, telegram_language_code: str | None) -> Person:
        """The person of a private chat, created on first contact; writing again clears a block."""
        known = KNOWN_USER.get()
        if (
            known is not None
            and known.chat_id == chat_id
            and known.pseudonym == pseudonym
            and known.blocked_at is None
            and (not telegram_language_code or known.telegram_language_code == telegram_language_code)
        ):
            # read with the update just now, and nothing to change: no statement at all
            KNOWN_USER.set(None)  # once: a later call in this handling may follow a change
            return _person(known, created=False)
        # one SELECT, and at most one INSERT or UPDATE
        async with self.quick() as session:
            # held, not only tested: the identity map keeps rows weakly, and a row let go is read again
            found = await session.get(User, chat_id)
            created = found is None
            row = await get_or_create_user(session, chat_id, pseudonym, telegram_language_code)
            if row.blocked_at is not None:
                row.blocked_at = None  # they write again, so they unblocked the bot
            await session.commit()
        return _person(row, created=created)

    async def set_language(self, chat_id: int, language: str) -> None:
        """Store the language the person chose (with /language or the engine's buttons)."""
        await self._update_user(chat_id, language=language)

    async def set_audience(self, chat_id: int, audience: str) -> None:
        """Store who the person said they are (a tap, "prefer not to say", or a skip)."""
        await self._update_user(chat_id, audience=audience)

    async def infer_audience(self, chat_id: int, audience: str) -> bool:
        """Set an audience the conversation made plain, only while none is known; True if set."""
        async with self.sessions() as session:
            done = await infer_audience(session, chat_id, audience)
            await session.commit()
        return done

    async def audience_counts(self) -> dict[str | None, int]:
        """People per audience (None: not asked yet), for reports; no ids in it."""
        async with self.sessions() as session:
            rows = (await session.execute(select(User.audience, func.count()).group_by(User.audience))).all()
        return {audience: int(number) for audience, number in rows}

    async def give_consent(self, chat_id: int) -> None:
        """Note that the person was shown the privacy notice (the first time only)."""
        async with self.sessions() as session:
            await session.execute(
                update(User).where(User.chat_id == chat_id, User.consent_at.is_(None)).values(consent_at=utcnow())
            )
            await session.commit()

    async def set_blocked(self, chat_id: int, blocked: bool = True) -> None:
        """Note that the person blocked the bot (or came back)."""
        await self._update_user(chat_id, blocked_at=utcnow() if blocked else None)

    async def record_turn(self, chat_id: int, said: str, shown: str, unanswered: str | None, language: str | None) -> None:
        """Store both sides of a turn, and the question the engine could not answer, if any."""
        async with self.sessions() as session:
            await record_turn(session, chat_id, said, shown, unanswered, language)
            await session.commit()

    async def record_turn_recorded(
        self, chat_id: int, said: str, shown: str, unanswered: str | None, language: str | None, record: dict[str, object]
    ) -> bool:
        """``record_turn`` and an effect record in one statement on PostgreSQL; False elsewhere (nothing written)."""
        if self.sessions.kw["bind"].dialect.name != "postgresql":
            return False
        turns = [("user", said), *([("bot", shown)] if shown else [])]
        values: dict[str, object] = {"chat": chat_id, "now": utcnow(), **record}
        if unanswered is not None:
            values.update(unanswered=unanswered, language=language)
        for index, (role, said_or_shown) in enumerate(turns):
            values[f"role{index}"], values[f"text{index}"] = role, said_or_shown
        async with self.quick() as session:
            await session.execute(_TURN_RECORDED[(len(turns), unanswered is not None)], values)
        return True

    async def add_unanswered(self, chat_id: int, text: str, language: str | None, reason: str) -> None:
        """Keep a question the assistant could not answer."""
        async with self.sessions() as session:
            await add_unanswered(session, chat_id, text, language, reason)
            await session.commit()

    async def add_feedback(self, chat_id: int, entry_id: str | None, value: str, language: str | None) -> None:
        """Store a helpful / not helpful press."""
        async with self.sessions() as session:
            await add_feedback(session, chat_id, entry_id, value, language)
            await session.commit()

    async def short_ids(self, chat_id: int, payloads: list[str]) -> list[str]:
        """Short callback ids of engine payloads, in order."""
        if not payloads:
            return []
        # a mapping row written alone is harmless: each stands by itself
        async with self.quick() as session:
            ids = await store_payloads(session, chat_id, payloads)
            await session.commit()
        return ids

    async def payload(self, chat_id: int, short_id: str) -> str | None:
        """The payload behind a short id, only if it was made for this person."""
        async with self.quick() as session:
            return await load_payload(session, chat_id, short_id)

    async def forget(self, chat_id: int) -> None:
        """Delete every gateway row about a person."""
        async with self.sessions() as session:
            await delete_person(session, chat_id)
            await session.commit()

    async def _update_user(self, chat_id: int, **values: object) -> None:
        async with self.sessions() as session:
            await update_user(session, chat_id, **values)
            await session.commit()


def _person(row: User, *, created: bool) -> Person:
    return Person(
        chat_id=row.chat_id,
        pseudonym=row.pseudonym,
        preferred_language=row.language,
        telegram_language_code=row.telegram_language_code,
        consented=row.consent_at is not None,
        is_new=created,
        audience=row.audience,
    )
