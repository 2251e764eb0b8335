"""Crisis mode's parts without a gateway: command parsing, topic matching, the migration."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import insert, select

from channels.crisis import models as _models  # noqa: F401  (registers the tables)
from channels.crisis.texts import parse
from channels.crisis.topics import covers, crisis_first
from channels.db import migrate
from channels.db.base import Base
from channels.db.session import create_engine, create_session_factory
from channels.handoff.models import OPEN, Case
from channels.i18n import Catalogs

_ = Catalogs().gettext("en")


def test_parse_reads_words_and_the_three_languages() -> None:
    parsed = parse("on displaced, work.permit\nhy: Բարև\nru: Привет\n  и дальше\nen: Hello", 600, _)
    assert parsed.error is None
    assert parsed.words == ("on", "displaced", "work.permit")
    assert parsed.texts == {"hy": "Բարև", "ru": "Привет\n  и дальше", "en": "Hello"}


def test_parse_names_what_is_missing_or_too_long() -> None:
    assert "missing: hy, ru" in (parse("on x\nEN: Hello", 600, _).error or "")
    assert "has 11 characters; keep it under 10" in (parse("on x\nhy: a\nru: b\nen: 0123456789a", 10, _).error or "")


def test_topics_cover_their_entries_only() -> None:
    assert covers(("displaced",), "displaced.housing")
    assert covers(("displaced.housing",), "displaced.housing")
    assert not covers(("displaced",), "displacedness.x")
    assert not covers(("displaced.housing",), "displaced")
    assert not covers(("displaced",), None)


@pytest.mark.asyncio
async def test_crisis_cases_sort_first_in_sql(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    await asyncio.to_thread(migrate.upgrade, url)
    engine = create_engine(url)
    entries = ["visa.evisa", None, "a_b.x", "axb.x", "displaced.housing", "displaced"]
    async with create_session_factory(engine)() as session:
        await session.execute(insert(Case), [
            {"chat_id": 100 + i, "state": OPEN, "language": "en", "reason": "entry", "urgent": False,
             "entry_id": entry} for i, entry in enumerate(entries)])
        await session.commit()
        order = (await session.scalars(select(Case.entry_id).order_by(
            *crisis_first(("displaced", "a_b"), Case.entry_id), Case.id))).all()
        plain = (await session.scalars(select(Case.entry_id).order_by(*crisis_first((), Case.entry_id), Case.id))).all()
    await engine.dispose()
    # "_" is no wildcard: "axb.x" is not under "a_b".
    assert order == ["a_b.x", "displaced.housing", "displaced", "visa.evisa", None, "axb.x"]
    assert plain == entries


def test_migration_matches_the_models(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'm.sqlite3'}"
    migrate.upgrade(url)

    async def diff() -> list:
        engine = create_engine(url)
        async with engine.connect() as connection:
            found = await connection.run_sync(lambda c: compare_metadata(MigrationContext.configure(c), Base.metadata))
        await engine.dispose()
        return [d for d in found if any(word in repr(d) for word in ("crisis", "crises", "announcement", "subscribed"))]

    assert asyncio.run(diff()) == []
    migrate.downgrade(url, "0004_audience")
    migrate.upgrade(url)
