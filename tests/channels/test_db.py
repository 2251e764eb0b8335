"""Database: migrations up/down/up on SQLite and PostgreSQL, the data-access functions and the Repository."""

from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
from sqlalchemy import inspect, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from channels.db import migrate, repo
from channels.db.models import Turn, User
from channels.db.repo import Repository
from channels.db.session import create_engine, create_session_factory

GATEWAY_TABLES = {"users", "inbox", "effects", "feedback", "unanswered", "callback_payloads", "turns"}


async def tables(url: str) -> set[str]:
    engine = create_engine(url)
    async with engine.connect() as connection:
        names = await connection.run_sync(lambda c: set(inspect(c).get_table_names()))
    await engine.dispose()
    return names


@pytest.mark.asyncio
async def test_stairway(database_url: str) -> None:
    """Every migration goes up, down to nothing and up again."""
    import asyncio

    await asyncio.to_thread(migrate.upgrade, database_url)
    assert GATEWAY_TABLES <= await tables(database_url)
    await asyncio.to_thread(migrate.downgrade, database_url, "base")
    assert not (GATEWAY_TABLES & await tables(database_url))
    await asyncio.to_thread(migrate.upgrade, database_url)
    assert GATEWAY_TABLES <= await tables(database_url)


@pytest_asyncio.fixture
async def sessions(database_url: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    import asyncio

    await asyncio.to_thread(migrate.upgrade, database_url)
    engine = create_engine(database_url)
    factory = create_session_factory(engine)
    async with factory() as session:
        for model in (repo.Turn, repo.Feedback, repo.Unanswered, repo.CallbackPayload, User):
            await session.execute(model.__table__.delete())
        await session.commit()
    yield factory
    await engine.dispose()


@pytest.mark.asyncio
async def test_turns_keep_the_last_six(sessions: async_sessionmaker[AsyncSession]) -> None:
    async with sessions() as session:
        for i in range(10):
            await repo.add_turn(session, 1, "user" if i % 2 == 0 else "bot", f"t{i}")
            await repo.add_turn(session, 2, "user", f"other{i}")
        await session.commit()
    async with sessions() as session:
        rows = (await session.scalars(select(Turn).where(Turn.chat_id == 1).order_by(Turn.id))).all()
        assert [r.text for r in rows] == [f"t{i}" for i in range(4, 10)]
        assert rows[-1].role == "bot"
        assert await repo.count(session, Turn, 2) == 6


@pytest.mark.asyncio
async def test_payload_map_is_per_person(sessions: async_sessionmaker[AsyncSession]) -> None:
    payload = '/feedback{"entry_id":"work.permit","value":"helpful"}' + "x" * 100
    async with sessions() as session:
        short = await repo.store_payload(session, 1, payload)
        assert await repo.store_payload(session, 1, payload) == short
        await session.commit()
    assert len(("e:" + short).encode()) <= 64
    async with sessions() as session:
        assert await repo.load_payload(session, 1, short) == payload
        assert await repo.load_payload(session, 2, short) is None  # someone else's button
        assert await repo.load_payload(session, 1, "forged") is None


@pytest.mark.asyncio
async def test_delete_person(sessions: async_sessionmaker[AsyncSession]) -> None:
    async with sessions() as session:
        await repo.get_or_create_user(session, 1, "p1", "ru")
        await repo.get_or_create_user(session, 2, "p2", "en")
        await repo.add_turn(session, 1, "user", "hi")
        await repo.add_feedback(session, 1, "work.permit", "helpful", "ru")
        await repo.add_unanswered(session, 1, "??", "ru", "fallback")
        await repo.store_payload(session, 1, "/menu")
        await repo.add_turn(session, 2, "user", "hi")
        await session.commit()
    async with sessions() as session:
        await repo.delete_person(session, 1)
        await session.commit()
    async with sessions() as session:
        for model in (Turn, repo.Feedback, repo.Unanswered, repo.CallbackPayload, User):
            assert await repo.count(session, model, 1) == 0
        assert await repo.count(session, Turn, 2) == 1
        assert await session.get(User, 2) is not None


@pytest.mark.asyncio
async def test_repository_person_language_consent_and_block(sessions: async_sessionmaker[AsyncSession]) -> None:
    people = Repository(sessions)
    first = await people.person(1, "p1", "ru")
    assert (first.is_new, first.consented, first.preferred_language, first.language) == (True, False, None, "ru")
    await people.give_consent(1)
    async with sessions() as session:
        consented_at = (await session.get(User, 1)).consent_at
    await people.give_consent(1)  # the first consent is the one kept
    await people.set_language(1, "hy")
    await people.set_blocked(1)
    async with sessions() as session:
        row = await session.get(User, 1)
        assert row.consent_at == consented_at and row.language == "hy" and row.blocked_at is not None
    again = await people.person(1, "p1", "en")  # writing again: they unblocked the bot
    assert (again.is_new, again.consented, again.language, again.telegram_language_code) == (False, True, "hy", "en")
    async with sessions() as session:
        assert (await session.get(User, 1)).blocked_at is None


@pytest.mark.asyncio
async def test_repository_turns_buttons_and_forgetting(sessions: async_sessionmaker[AsyncSession]) -> None:
    people = Repository(sessions)
    await people.person(1, "p1", "en")
    await people.record_turn(1, "zzz", "Sorry?", "zzz", "en")
    await people.record_turn(1, "/menu", "", None, "en")  # nothing shown: only the person's side
    await people.add_unanswered(1, "later", "en", "engine_unavailable")
    await people.add_feedback(1, "work.permit", "helpful", "en")
    ids = await people.short_ids(1, ["/menu", "/human", "/menu"])
    assert ids[0] == ids[2] != ids[1]
    assert await people.payload(1, ids[1]) == "/human" and await people.payload(2, ids[1]) is None
    async with sessions() as session:
        turns = (await session.scalars(select(Turn).where(Turn.chat_id == 1).order_by(Turn.id))).all()
        assert [(t.role, t.text) for t in turns] == [("user", "zzz"), ("bot", "Sorry?"), ("user", "/menu")]
        kept = (await session.scalars(select(repo.Unanswered.reason).where(repo.Unanswered.chat_id == 1))).all()
        assert sorted(kept) == ["engine_unavailable", "fallback"]
    await people.forget(1)
    async with sessions() as session:
        for model in (Turn, repo.Feedback, repo.Unanswered, repo.CallbackPayload, User):
            assert await repo.count(session, model, 1) == 0


async def _terminate_backends(url: str) -> None:
    """Kill every server process of the database (what a database restart does to pooled connections)."""
    import asyncpg

    name = url.rsplit("/", 1)[1]
    admin = await asyncpg.connect(url.rsplit("/", 1)[0] + "/postgres")
    try:
        await admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", name
        )
    finally:
        await admin.close()


@pytest.mark.asyncio
async def test_a_connection_lost_while_idle_is_replaced_unseen(postgres_url: str) -> None:
    """No ping on every checkout: a pooled connection idle long enough is pinged, and replaced when dead."""
    import asyncio

    await asyncio.to_thread(migrate.upgrade, postgres_url)
    engine = create_engine(postgres_url, idle_ping=0.2)
    people = Repository(create_session_factory(engine))
    try:
        await people.person(1, "p1", "en")
        await _terminate_backends(postgres_url)
        await asyncio.sleep(0.3)
        assert (await people.person(1, "p1", "en")).chat_id == 1  # pinged, found dead, connected again
    finally:
        await engine.dispose()


@pytest.mark.asyncio
async def test_a_connection_in_steady_use_is_not_pinged(postgres_url: str) -> None:
    """Within the idle time the pooled connection is used as it is: its loss fails one statement, not the next."""
    import asyncio

    from sqlalchemy.exc import DBAPIError

    await asyncio.to_thread(migrate.upgrade, postgres_url)
    engine = create_engine(postgres_url, idle_ping=60)
    people = Repository(create_session_factory(engine))
    try:
        await people.person(1, "p1", "en")
        await _terminate_backends(postgres_url)
        with pytest.raises(DBAPIError) as failed:
            await people.person(1, "p1", "en")
        assert failed.value.connection_invalidated
        assert (await people.person(1, "p1", "en")).chat_id == 1  # the pool was replaced
    finally:
        await engine.dispose()


@pytest.mark.asyncio
async def test_a_turn_and_its_effect_record_in_one_statement(sessions: async_sessionmaker[AsyncSession], database_url: str) -> None:
    """PostgreSQL writes a turn, its unanswered question and its effect record at once, trimming as record_turn does."""
    from channels.db.models import Effect, Unanswered

    people = Repository(sessions)
    await people.person(7, "p7", "en")
    for index in range(4):
        await people.record_turn(7, f"q{index}", f"a{index}", None, "en")
    import uuid

    record = {"key": f"{uuid.uuid4().hex}:record_turn:0", "update_id": 1, "result": "null"}
    done = await people.record_turn_recorded(7, "zzz", "Sorry?", "zzz", "en", record)
    assert done == database_url.startswith("postgresql")
    if not done:  # SQLite: nothing was written, the caller takes the transaction path
        async with sessions() as session:
            assert await repo.count(session, Turn, 7) == 6
            assert await session.get(Effect, record["key"]) is None
        return
    assert await people.record_turn_recorded(7, "/menu", "", None, "en", {**record, "key": f"{uuid.uuid4().hex}:record_turn:0", "update_id": 2})
    async with sessions() as session:
        turns = (await session.scalars(select(Turn).where(Turn.chat_id == 7).order_by(Turn.id))).all()
        assert [t.text for t in turns] == ["a1", "q2", "a2", "q3", "a3", "zzz", "Sorry?", "/menu"][-6:]
        assert (await session.get(Effect, record["key"])).update_id == 1
        kept = (await session.scalars(select(Unanswered.text).where(Unanswered.chat_id == 7))).all()
        assert kept == ["zzz"]


@pytest.mark.asyncio
async def test_a_person_read_with_the_update_costs_no_statement_unless_something_changed(sessions: async_sessionmaker[AsyncSession]) -> None:
    """The inbox reads the person's row with the update; the middleware then needs no SELECT of its own."""
    from sqlalchemy import event

    people = Repository(sessions)
    await people.person(5, "p5", "ru")
    await people.set_language(5, "hy")
    async with sessions() as session:
        known = await session.get(User, 5)
    statements: list[str] = []
    bind = sessions.kw["bind"].sync_engine

    def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(bind, "before_cursor_execute", count)
    try:
        token = repo.KNOWN_USER.set(known)
        try:
            seen = await people.person(5, "p5", "ru")
            assert statements == [] and (seen.language, seen.is_new) == ("hy", False)
            # used once: a second call in the same handling reads the row again
            await people.person(5, "p5", "ru")
            assert any("users" in s for s in statements)
        finally:
            repo.KNOWN_USER.reset(token)
        statements.clear()
        token = repo.KNOWN_USER.set(known)
        try:
            changed = await people.person(5, "p5", "en")  # a new client language is stored
        finally:
            repo.KNOWN_USER.reset(token)
        assert statements and changed.telegram_language_code == "en"
    finally:
        event.remove(bind, "before_cursor_execute", count)
