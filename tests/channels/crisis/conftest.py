"""Helpers of the crisis tests: the staff gateway's environment, reads (fresh_db comes from tests/channels)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from channels.db.session import create_engine, create_session_factory
from tests.channels.conftest import gateway_env
from tests.channels.fake_telegram import FakeTelegram
from tests.channels.handoff_support import STAFF_CHAT_ID, STAFF_USER_ID

NOTICE = {
    "hy": "Արտակարգ իրավիճակ․ տեղահանվածների համար գործում է թեժ գիծ 114։",
    "ru": "Чрезвычайная ситуация: для вынужденных переселенцев работает горячая линия 114.",
    "en": "Emergency: a hotline for displaced people is open at 114.",
}


def lines(texts: dict[str, str]) -> str:
    """The hy/ru/en lines of a staff command."""
    return "\n".join(f"{language}: {text}" for language, text in texts.items())


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
