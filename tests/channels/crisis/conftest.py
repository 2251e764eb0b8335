"""Fixtures of the crisis tests: a fresh database per backend, the staff gateway's environment, reads."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from sqlalchemy import select

from channels.db.session import create_engine, create_session_factory
from tests.channels.conftest import gateway_env
from tests.channels.fake_telegram import FakeTelegram
from tests.channels.handoff_support import (
    STAFF_CHAT_ID,
    STAFF_USER_ID,
    drop_postgres_database,
    fresh_postgres_database,
)

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
NOTICE = {
    "hy": "Արտակարգ իրավիճակ․ տեղահանվածների համար գործում է թեժ գիծ 114։",
    "ru": "Чрезвычайная ситуация: для вынужденных переселенцев работает горячая линия 114.",
    "en": "Emergency: a hotline for displaced people is open at 114.",
}


def lines(texts: dict[str, str]) -> str:
    """The hy/ru/en lines of a staff command."""
    return "\n".join(f"{language}: {text}" for language, text in texts.items())


@pytest_asyncio.fixture(params=["sqlite", "postgresql"])
async def fresh_db(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """An empty database of each backend, of this test alone (the gateway migrates it)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'crisis.sqlite3'}"
        return
    try:
        socket.create_connection(("127.0.0.1", 5432), timeout=1).close()
    except OSError:
        pytest.skip("no PostgreSQL on 127.0.0.1:5432")
    url = await fresh_postgres_database(PG_ADMIN)
    yield url
    await drop_postgres_database(PG_ADMIN, url)


def staff_gateway_env(telegram: FakeTelegram, engine_url: str, db: str, **extra: str) -> dict[str, str]:
    """The gateway's environment with the staff group configured."""
    values = {
        "STAFF_CHAT_ID": str(STAFF_CHAT_ID),
        "STAFF_USER_IDS": f"{STAFF_USER_ID}",
        "OFFICE_HOURS": "Mon-Sun 00:00-23:59",
        "STAFF_LANGUAGE": "en",
        "STAFF_MESSAGES_PER_MINUTE": "600",
        "STAFF_BURST": "20",
    }
    values.update(extra)
    return gateway_env(telegram, engine_url, db, **values)


async def read(db: str, query: Any) -> list[Any]:
    """Rows of a query on the gateway's database."""
    engine = create_engine(db)
    try:
        async with create_session_factory(engine)() as session:
            return list((await session.execute(query)).all())
    finally:
        await engine.dispose()


async def scalar(db: str, query: Any) -> Any:
    """One value of a query on the gateway's database."""
    engine = create_engine(db)
    try:
        async with create_session_factory(engine)() as session:
            return await session.scalar(query)
    finally:
        await engine.dispose()


__all__ = ["NOTICE", "lines", "read", "scalar", "select", "staff_gateway_env"]
