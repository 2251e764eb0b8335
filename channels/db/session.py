"""Database engine and session factory (SQLite with WAL by default, PostgreSQL by URL)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

SQLITE_BUSY_TIMEOUT_MS = 10_000
IDLE_PING_SECONDS = 2.0
POOL_SIZE = 20
POOL_OVERFLOW = 10


def async_url(url: str) -> str:
    """Map a plain database URL to its asyncio driver (aiosqlite, asyncpg)."""
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        parsed = parsed.set(drivername="sqlite+aiosqlite")
    elif backend in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+asyncpg")
    return parsed.render_as_string(hide_password=False)


def create_engine(url: str, idle_ping: float = IDLE_PING_SECONDS) -> AsyncEngine:
    """Create the async engine; SQLite gets WAL, a busy timeout and its folder; PostgreSQL pings idle connections."""
    aurl = async_url(url)
    parsed = make_url(aurl)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_async_engine(aurl, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})

        @event.listens_for(engine.sync_engine, "connect")
        def _pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

        return engine
    # Room for every person's worker at once under load: a connection made and closed again per
    # session (the default pool keeps 5) costs a connect and re-preparing its statements.
    engine = create_async_engine(aurl, pool_size=POOL_SIZE, max_overflow=POOL_OVERFLOW)
    ping_when_idle(engine, idle_ping)
    return engine


def ping_when_idle(engine: AsyncEngine, idle: float) -> None:
    """Ping a pooled connection before it is used only when it sat unused for ``idle`` seconds.

    ``pool_pre_ping`` pinged at every checkout (BEGIN, ping, ROLLBACK before a session's own
    statements: 14-17 % of the gateway's CPU under load). A connection in steady use was alive a
    moment ago; if it dies in use anyway (the database restarted within ``idle`` seconds of its
    last use), its statement fails, SQLAlchemy replaces every pooled connection, and the inbox
    handles the update again.
    """
    sync = engine.sync_engine
    dialect = sync.dialect

    @event.listens_for(sync, "checkin")
    def _idle_from(_dbapi_connection: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(sync, "checkout")
    def _ping(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        since = record.info.pop("idle_since", None)
        if since is None or time.monotonic() - since < idle:
            return
        try:
            alive = dialect.do_ping(dbapi_connection)
        except dialect.loaded_dbapi.Error as exc:
            if not dialect.is_disconnect(exc, dbapi_connection, None):
                raise
            alive = False
        if not alive:
            raise DisconnectionError("pooled connection lost while idle")  # the pool connects again


def create_session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Session factory handed to the handlers and the handoff."""
    return async_sessionmaker(engine, expire_on_commit=False)


def autocommit(factory: async_sessionmaker[AsyncSession]) -> async_sessionmaker[AsyncSession]:
    """Sessions of the same database whose every statement commits by itself, on PostgreSQL.

    For reads and one-statement writes: no BEGIN and COMMIT (or ROLLBACK) round-trips around
    them, two of a session's three on asyncpg. SQLite gets the factory as it is (its driver
    begins a transaction only before a write, in the same call, so there is nothing to save).
    """
    bind = factory.kw.get("bind")
    if not isinstance(bind, AsyncEngine) or bind.dialect.name != "postgresql":
        return factory
    options = {**factory.kw, "bind": bind.execution_options(isolation_level="AUTOCOMMIT")}
    return async_sessionmaker(class_=factory.class_, **options)
