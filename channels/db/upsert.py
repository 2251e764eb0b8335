"""INSERT ... ON CONFLICT DO NOTHING in the session's SQL dialect (PostgreSQL or SQLite)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table
from sqlalchemy.ext.asyncio import AsyncSession

# Built once per dialect and table, values bound at execution: a statement made per call cost
# SQLAlchemy more than running it.
_BUILT: dict[tuple[str, str], Any] = {}


def insert_ignoring(session: AsyncSession, table: Table, *keys: str) -> Any:
    """An INSERT into ``table`` that skips rows whose ``keys`` are already there (one round-trip)."""
    dialect = session.get_bind().dialect.name
    found = _BUILT.get((dialect, table.name))
    if found is None:
        if dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        found = _BUILT[(dialect, table.name)] = insert(table).on_conflict_do_nothing(index_elements=list(keys))
    return found
