"""The handoff's migration matches its models, down and up again."""

from __future__ import annotations

import asyncio
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from channels.db import migrate
from channels.db.base import Base
from channels.db.session import create_engine
from channels.handoff import models as _models  # noqa: F401  (registers the tables)


def test_migration_matches_the_models(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'm.sqlite3'}"
    migrate.upgrade(url)

    async def diff() -> list:
        engine = create_engine(url)
        async with engine.connect() as connection:
            found = await connection.run_sync(
                lambda c: compare_metadata(MigrationContext.configure(c), Base.metadata))
        await engine.dispose()
        return [d for d in found if "handoff" in repr(d)]

    assert asyncio.run(diff()) == []
    migrate.downgrade(url, "0001_gateway")
    migrate.upgrade(url)

