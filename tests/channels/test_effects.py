"""The effects log: a database write and its record are one transaction, so a retry neither repeats nor loses it."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from channels import effects
from channels.db import repo
from channels.db.models import Effect, Turn
from channels.db.session import autocommit
from tests.channels.conftest import emptied


@pytest.mark.asyncio
async def test_a_write_and_its_record_commit_together(database_url: str) -> None:
    engine, sessions = await emptied(database_url, Turn, Effect)

    async def record(session: AsyncSession) -> None:
        await repo.record_turn(session, 7, "hello", "Hi!", None, "en")

    async def again(session: AsyncSession) -> None:
        await repo.record_turn(session, 7, "again", "Hi again!", None, "en")

    async def broken(session: AsyncSession) -> None:
        await again(session)
        raise RuntimeError("the database went away half-way")

    try:
        first = effects.EffectLog(autocommit(sessions), 1, {})
        token = effects.begin(first)
        try:
            assert await effects.write_once("record_turn", "hello", sessions, record)
            with pytest.raises(RuntimeError):
                await effects.write_once("record_turn", "again", sessions, broken)
        finally:
            effects.end(token)
        async with sessions() as session:
            assert await repo.count(session, Turn, 7) == 2  # the broken write left nothing
            done = {key: result for key, result in (await session.execute(select(Effect.key, Effect.result))).all()}
        assert len(done) == 1

        retry = effects.EffectLog(sessions, 1, done)  # the update handled again, with what was recorded
        token = effects.begin(retry)
        try:
            assert not await effects.write_once("record_turn", "hello", sessions, record)
            assert await effects.write_once("record_turn", "again", sessions, again)
        finally:
            effects.end(token)
        async with sessions() as session:
            texts = list(await session.scalars(select(Turn.text).order_by(Turn.id)))
        assert texts == ["hello", "Hi!", "again", "Hi again!"]
    finally:
        await engine.dispose()
