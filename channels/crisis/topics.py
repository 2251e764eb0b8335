"""Which knowledge-base entries a crisis covers: entry id prefixes such as ``displaced`` or ``displaced.housing``."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy import ColumnElement, case, false, literal_column, or_
from sqlalchemy.orm import InstrumentedAttribute

TOPIC = re.compile(r"^[A-Za-z0-9_\-]+(\.[A-Za-z0-9_\-]+)*$")


def valid(topic: str) -> bool:
    """Whether a topic looks like an entry id or a prefix of one."""
    return bool(TOPIC.match(topic)) and len(topic) <= 128


def covers(topics: Sequence[str], entry_id: str | None) -> bool:
    """Whether the entry is one of the topics or lies under one (``displaced`` covers ``displaced.housing``)."""
    if not entry_id:
        return False
    return any(entry_id == topic or entry_id.startswith(topic + ".") for topic in topics)


def covers_column(topics: Sequence[str], column: InstrumentedAttribute[str | None]) -> ColumnElement[bool]:
    """The same test in SQL, for ordering cases (``_`` in ids is escaped, not a wildcard)."""
    if not topics:
        return false()
    return or_(*[or_(column == topic, column.startswith(topic + ".", autoescape=True)) for topic in topics])


def crisis_first(topics: Sequence[str], column: InstrumentedAttribute[str | None]) -> tuple[ColumnElement[int], ...]:
    """ORDER BY terms putting rows on the topics first (none without topics; NULL ids sort last on both databases)."""
    if not topics:
        return ()
    return (case((covers_column(topics, column), literal_column("0")), else_=literal_column("1")),)
