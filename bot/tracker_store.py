"""Rasa's SQL tracker store, reading only the latest events of a conversation.

Rasa rebuilds the whole current session on every message (deserialising each event, then
replaying it for the rule policy), so a turn cost grew with the length of the conversation:
22 ms at turn 1, 131 ms at turn 300. Nothing here needs more than the last few turns (the rule
policy looks at the latest user message; the responder at the last ten bot turns), so the
store loads a window of the newest events, cut at a turn boundary, with the slot values set
before the window replayed in front of it. Saving appends only the events added since the
load. Every event is still stored; `retrieve_full_tracker` (Rasa's HTTP API) reads them all.
"""

from __future__ import annotations

import functools
import itertools
import json
import time
from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import ActionExecuted, Event, SessionStarted, SlotSet
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.utils.common import all_subclasses
from sqlalchemy.orm import sessionmaker

SCHEMA_ATTEMPTS = 4  # creating the table and indexes, against replicas starting at the same moment
WINDOW = 60  # events: about ten turns, what the responder reads (its last ten bot turns)
_LOADED = "_migrabot_loaded_events"  # on the tracker: how many of its events came from the store
_RESETS = ("restart", "reset_slots")
# Rasa's SQLTrackerStore table is "events"; statements as text, compiled once by SQLAlchemy.
_NEWEST = sa.text("SELECT id, type_name, action_name, data FROM events WHERE sender_id = :sender ORDER BY id DESC LIMIT :limit")
_MARKERS = ("session_started", *_RESETS)


@functools.lru_cache(maxsize=8)
def _earlier(slots: tuple[str, ...]) -> sa.TextClause:
    """The last session start, reset and value of each slot before the window, in one statement.

    One indexed max() per kind (index on sender, type, name, id): a few index seeks whatever the
    length of the conversation, where a GROUP BY over the sender's earlier events grew with it.
    Session starts and resets have no name (`action_name` NULL), which also lets the index serve them.
    """
    parts = [
        f"SELECT '{kind}' AS type_name, NULL AS action_name, (SELECT max(id) FROM events WHERE sender_id = :sender"
        f" AND type_name = '{kind}' AND action_name IS NULL AND id < :before) AS id"
        for kind in _MARKERS
    ]
    parts += [
        f"SELECT 'slot', :slot{n}, (SELECT max(id) FROM events WHERE sender_id = :sender AND type_name = 'slot'"
        f" AND action_name = :slot{n} AND id < :before)"
        for n in range(len(slots))
    ]
    return sa.text(" UNION ALL ".join(parts)).bindparams(**{f"slot{n}": name for n, name in enumerate(slots)})
_BY_ID = sa.text("SELECT id, data FROM events WHERE id IN :ids").bindparams(sa.bindparam("ids", expanding=True))


class WindowTrackerStore(SQLTrackerStore):
    """A SQL tracker store whose `retrieve` costs the same at turn 3 and turn 3,000."""

    def __init__(self, *args: Any, window: int = WINDOW, **kwargs: Any) -> None:
        for attempt in range(1, SCHEMA_ATTEMPTS + 1):
            try:
                self._open(*args, **kwargs)
                break
            except sa.exc.DBAPIError:
                # Replicas started together race on CREATE ... IF NOT EXISTS, which PostgreSQL does
                # not serialise ("duplicate key ... pg_class_relname_nsp_index"): the loser finds the
                # table or index made by the other when it tries again.
                if attempt == SCHEMA_ATTEMPTS:
                    raise
                time.sleep(0.2 * attempt)
        self.window = int(window)

    def _open(self, *args: Any, **kwargs: Any) -> None:
        """Rasa's store, with the two indexes the window reads use."""
        super().__init__(*args, **kwargs)
        if self.engine.dialect.name == "sqlite":
            self.engine = _pooled_sqlite(self.engine)
            self.sessionmaker = sessionmaker(bind=self.engine)
        with self.engine.begin() as connection:
            # The window query reads one sender's newest events: an index on both columns
            # makes it a short range scan instead of a sort of the whole conversation.
            connection.execute(sa.text("CREATE INDEX IF NOT EXISTS events_sender_id_id ON events (sender_id, id)"))
            # ... and the values before the window: one seek per slot, not a scan of the history.
            connection.execute(sa.text(
                "CREATE INDEX IF NOT EXISTS events_sender_type_name_id ON events (sender_id, type_name, action_name, id)"))

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        """The conversation's newest events (at most `window`), with earlier slot values."""
        # Plain SQL text: building the ORM query cost more than running it (py-spy).
        with self.session_scope() as session:
            rows = session.execute(_NEWEST, {"sender": sender_id, "limit": self.window}).all()
            if not rows or self.domain is None:
                return None
            rows.reverse()
            start = _window_start(rows, complete=len(rows) < self.window)
            kept = rows[start:]
            events = [json.loads(row.data) for row in kept]
            prefix: list[dict[str, Any]] = []
            truncated = len(rows) == self.window and not any(row.type_name == SessionStarted.type_name for row in kept)
            if truncated:
                prefix = self._earlier_slots(session, sender_id, kept[0].id, events)
        tracker = DialogueStateTracker.from_events(sender_id, deserialise(prefix + events), self.domain.slots)
        setattr(tracker, _LOADED, len(tracker.events))
        return tracker

    def _earlier_slots(self, session: Any, sender_id: str, before: int, window: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """A session start and the slot values set before the window, to put in front of it."""
        slots = tuple(slot.name for slot in (self.domain.slots if self.domain else ()))
        latest: dict[tuple[str, str | None], int] = {
            (row.type_name, row.action_name): row.id
            for row in session.execute(_earlier(slots), {"sender": sender_id, "before": before})
            if row.id is not None
        }
        session_start = latest.get((SessionStarted.type_name, None), 0)
        reset = max((latest.get((name, None), 0) for name in _RESETS), default=0)
        since = max(session_start, reset)  # values set before either no longer hold
        timestamp = window[0].get("timestamp") if window else None
        prefix: list[dict[str, Any]] = [
            # A session under way, so that Rasa does not start a new one.
            {"event": "action", "name": "action_session_start", "timestamp": timestamp},
            {"event": SessionStarted.type_name, "timestamp": timestamp},
        ]
        # The newest value of each slot, if it was set after the session start or reset.
        ids = {
            slot.name: latest[(SlotSet.type_name, slot.name)]
            for slot in (self.domain.slots if self.domain else ())
            if latest.get((SlotSet.type_name, slot.name), 0) > since
        }
        if ids:
            data = dict(session.execute(_BY_ID, {"ids": list(ids.values())}).all())
            prefix += [dict(json.loads(data[ids[name]]), timestamp=timestamp) for name in ids]
        return prefix

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Append the events added since the tracker was loaded."""
        if not hasattr(tracker, _LOADED):
            await super().save(tracker)  # a tracker this store did not load: Rasa's own count
            setattr(tracker, _LOADED, len(tracker.events))
            return
        await self.stream_events(tracker)
        rows = []
        for event in itertools.islice(tracker.events, getattr(tracker, _LOADED), None):
            data = event.as_dict()
            rows.append(
                {
                    "sender_id": tracker.sender_id,
                    "type_name": event.type_name,
                    "timestamp": data.get("timestamp"),
                    "intent_name": data.get("parse_data", {}).get("intent", {}).get("name"),
                    "action_name": data.get("name"),
                    "data": json.dumps(data),
                }
            )
        if rows:
            # One executemany of the table's INSERT: the ORM's unit of work cost more than the rows.
            with self.session_scope() as session:
                session.execute(self.SQLEvent.__table__.insert(), rows)
                session.commit()
        setattr(tracker, _LOADED, len(tracker.events))


@functools.cache
def _event_classes() -> dict[str, type[Event]]:
    """Event classes by type name, the first of `all_subclasses(Event)` winning, as in `Event.resolve_by_type`."""
    classes: dict[str, type[Event]] = {}
    for cls in all_subclasses(Event):
        classes.setdefault(cls.type_name, cls)
    return classes


def deserialise(dumps: list[dict[str, Any]]) -> list[Event]:
    """`rasa.shared.core.events.deserialise_events`, with the event classes looked up once.

    Rasa walks every Event subclass (and asks `inspect.isabstract` of each) for every event it
    reads: about an eighth of a turn with a window of 60 events (docs/bench/turn-cost.md).
    """
    classes = _event_classes()
    events = []
    for dump in dumps:
        name = dump.get("event")
        if name is None:
            continue
        cls = classes.get(name)
        event = cls._from_parameters(dump) if cls is not None else Event.from_parameters(dump)
        if event:
            events.append(event)
    return events


def _window_start(rows: list[Any], complete: bool) -> int:
    """Index of the first row to keep: the latest session start, else a turn boundary."""
    for index in range(len(rows) - 1, -1, -1):
        if rows[index].type_name == SessionStarted.type_name:
            # Rasa's own retrieve starts at the session start too (with the action before it).
            if index > 0 and rows[index - 1].action_name == "action_session_start":
                return index - 1
            return index
    if complete:
        return 0  # the whole conversation fits
    for index, row in enumerate(rows):
        if row.type_name == ActionExecuted.type_name and row.action_name == "action_listen":
            return index
    return 0


def _pooled_sqlite(engine: Any) -> Any:
    """The same SQLite file with a connection pool, WAL and a busy timeout.

    SQLAlchemy 1.4 opens and closes a file database for every session, and closing the last
    connection checkpoints the WAL: about 8 ms a turn, and more with several processes.
    """
    url = engine.url
    engine.dispose()
    pooled = sa.create_engine(url, poolclass=sa.pool.QueuePool, pool_size=4, connect_args={"check_same_thread": False})

    @sa.event.listens_for(pooled, "connect")
    def _on_connect(connection: Any, _record: Any) -> None:
        cursor = connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()

    return pooled
