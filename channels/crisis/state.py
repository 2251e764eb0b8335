"""Whether crisis mode is on, on which topics and with which notice: one row in the database, cached briefly."""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from channels.crisis.models import Crisis
from channels.crisis.topics import covers
from channels.db.models import utcnow
from channels.i18n import DEFAULT_LANGUAGE

ON = 1


@dataclass(frozen=True)
class ActiveCrisis:
    """The crisis that is on: its id, topics and notice."""

    id: int
    topics: tuple[str, ...]
    notice: Mapping[str, str]

    def notice_in(self, language: str) -> str:
        """The notice in a language (English, then any, when it is missing)."""
        return self.notice.get(language) or self.notice.get(DEFAULT_LANGUAGE) or next(iter(self.notice.values()), "")

    def covers(self, entry_id: str | None) -> bool:
        """Whether an answer with this entry id is on a crisis topic."""
        return covers(self.topics, entry_id)


def _active(row: Crisis | None) -> ActiveCrisis | None:
    if row is None:
        return None
    return ActiveCrisis(row.id, tuple(row.topics or ()), dict(row.notice or {}))


async def active_crisis(session: AsyncSession) -> ActiveCrisis | None:
    """The crisis that is on, read in the caller's session (None when off)."""
    return _active(await session.scalar(select(Crisis).where(Crisis.active == ON)))


class CrisisState:
    """Turns crisis mode on and off; ``current()`` is read by every answer, so it is cached for a few seconds.

    The database is the only state shared by gateway replicas; another replica's change is
    seen within ``cache_seconds``, this replica's own at once.
    """

    def __init__(self, sessions: async_sessionmaker[AsyncSession], cache_seconds: float) -> None:
        self.sessions = sessions
        self.cache_seconds = cache_seconds
        self._cached: tuple[float, ActiveCrisis | None] | None = None

    async def current(self) -> ActiveCrisis | None:
        """The crisis that is on, or None."""
        now = time.monotonic()
        if self._cached is not None and now - self._cached[0] < self.cache_seconds:
            return self._cached[1]
        async with self.sessions() as session:
            found = await active_crisis(session)
        self._cached = (now, found)
        return found

    def forget_cache(self) -> None:
        """Read the database again at the next ``current()``."""
        self._cached = None

    async def turn_on(self, topics: Sequence[str], notice: Mapping[str, str], staff_id: int | None) -> tuple[ActiveCrisis, int | None]:
        """Start a crisis; one already on is ended first (its pins come down). Returns it and the ended one's id."""
        for _attempt in range(3):
            async with self.sessions() as session:
                previous = await session.scalar(select(Crisis).where(Crisis.active == ON))
                ended = None
                if previous is not None:
                    await self._end(session, previous.id, staff_id)
                    ended = previous.id
                row = Crisis(active=ON, topics=list(topics), notice=dict(notice), started_by=staff_id, started_at=utcnow())
                session.add(row)
                try:
                    await session.commit()
                except IntegrityError:  # another replica turned it on at the same moment
                    await session.rollback()
                    continue
            self.forget_cache()
            active = _active(row)
            assert active is not None
            return active, ended
        raise RuntimeError("crisis mode could not be turned on: it kept changing under us")

    async def turn_off(self, staff_id: int | None) -> int | None:
        """End the crisis that is on; its id, or None when none was on."""
        async with self.sessions() as session:
            current = await session.scalar(select(Crisis.id).where(Crisis.active == ON))
            if current is None:
                return None
            ended = await self._end(session, current, staff_id)
            await session.commit()
        self.forget_cache()
        return current if ended else None

    @staticmethod
    async def _end(session: AsyncSession, crisis_id: int, staff_id: int | None) -> bool:
        result = await session.execute(
            update(Crisis).where(Crisis.id == crisis_id, Crisis.active == ON)
            .values(active=None, ended_at=utcnow(), ended_by=staff_id))
        return bool(result.rowcount)  # type: ignore[attr-defined]
