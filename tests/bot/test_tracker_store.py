"""The window tracker store: a bounded read whatever the length, nothing lost on save."""

import asyncio
import socket
import uuid

import pytest
import sqlalchemy as sa
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, Restarted, SessionStarted, SlotSet, UserUttered

from bot.tracker_store import WindowTrackerStore, _earlier

DOMAIN = Domain.from_dict(
    {
        "version": "3.1",
        "intents": ["greet"],
        "slots": {"country": {"type": "text", "influence_conversation": False, "mappings": [{"type": "custom"}]}},
        "responses": {"utter_respond": [{"text": "hi"}]},
    }
)


def postgres_url() -> str | None:
    with socket.socket() as sock:
        sock.settimeout(1)
        if sock.connect_ex(("127.0.0.1", 5432)) != 0:
            return None
    return "postgresql"


def store_for(kind: str, tmp_path, window: int = 30) -> WindowTrackerStore:
    if kind == "sqlite":
        return WindowTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(tmp_path / "c.sqlite3"), window=window)
    if postgres_url() is None:
        pytest.skip("PostgreSQL is not running on 127.0.0.1")
    return WindowTrackerStore(
        domain=DOMAIN, dialect="postgresql", host="127.0.0.1", port=5432, username="postgres",
        db=f"migrabot_ts_{uuid.uuid4().hex[:8]}", login_db="postgres", window=window,
    )


_CREATED: list[str] = []


def request_cleanup(store: WindowTrackerStore) -> None:
    _CREATED.append(store.engine.url.database)


@pytest.fixture(autouse=True)
def _drop_created_databases():
    yield
    while _CREATED:
        import psycopg2

        name = _CREATED.pop()
        connection = psycopg2.connect(host="127.0.0.1", user="postgres", dbname="postgres")
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.close()


async def turn(store: WindowTrackerStore, sender: str, n: int, extra: list | None = None) -> int:
    """One turn as Rasa's processor makes it; the number of events the store handed out."""
    tracker = await store.get_or_create_tracker(sender)
    loaded = len(tracker.events)
    if not any(isinstance(e, SessionStarted) for e in tracker.events):
        for event in (ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen")):
            tracker.update(event)
    tracker.update(UserUttered(f"message {n}", {"name": "greet", "confidence": 1.0}))
    for event in extra or []:
        tracker.update(event)
    tracker.update(ActionExecuted("utter_respond"))
    tracker.update(BotUttered(f"reply {n}", {"custom": {"turn": n}}))
    tracker.update(ActionExecuted("action_listen"))
    await store.save(tracker)
    return loaded


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_long_conversation_reads_a_bounded_window_and_keeps_every_event(kind, tmp_path):
    store = store_for(kind, tmp_path)
    if kind == "postgresql":
        request_cleanup(store)

    async def scenario() -> None:
        loaded = []
        for n in range(200):
            extra = [SlotSet("country", "CN")] if n == 3 else []
            loaded.append(await turn(store, "long", n, extra))
        assert max(loaded) <= store.window + 3  # the window plus the session start and one slot
        tracker = await store.retrieve("long")
        assert tracker.get_slot("country") == "CN"  # set at turn 3, long before the window
        assert tracker.latest_message.text == "message 199"
        customs = [e.data["custom"]["turn"] for e in tracker.events if isinstance(e, BotUttered)]
        assert customs == list(range(200 - len(customs), 200)) and len(customs) >= 5
        full = await store.retrieve_full_tracker("long")
        assert [e.text for e in full.events if isinstance(e, UserUttered)] == [f"message {n}" for n in range(200)]
        # Created with action_listen, a session start, four events a turn, one slot: nothing twice,
        # and the session start the window puts in front of its events is not stored.
        assert len(full.events) == 1 + 3 + 200 * 4 + 1
        assert sum(isinstance(e, SessionStarted) for e in full.events) == 1

    asyncio.run(scenario())


def test_short_conversation_is_read_whole_and_a_restart_clears_earlier_slots(tmp_path):
    store = store_for("sqlite", tmp_path, window=12)

    async def scenario() -> None:
        await turn(store, "p", 0, [SlotSet("country", "CN")])
        first = await store.retrieve("p")
        assert len(first.events) == 8 and first.get_slot("country") == "CN"  # from the session start, as Rasa reads
        await turn(store, "p", 1, [Restarted()])
        for n in range(2, 10):
            await turn(store, "p", n)
        assert (await store.retrieve("p")).get_slot("country") is None
        assert (await store.retrieve("other")) is None

    asyncio.run(scenario())


def test_values_before_the_window_cost_index_seeks_not_a_scan_of_the_history(tmp_path):
    store = store_for("sqlite", tmp_path)
    slots = tuple(slot.name for slot in DOMAIN.slots)
    statement = _earlier(slots)
    with store.engine.connect() as connection:
        plan = connection.execute(
            sa.text(f"EXPLAIN QUERY PLAN {statement.text}"),
            {"sender": "p", "before": 10, **{f"slot{n}": name for n, name in enumerate(slots)}},
        ).all()
    on_events = [row[-1] for row in plan if "events" in row[-1]]
    assert len(on_events) == 3 + len(slots)  # one per kind: session start, two resets, each slot
    assert all("events_sender_type_name_id" in detail and "SEARCH" in detail for detail in on_events), on_events
    assert not any("TEMP B-TREE" in row[-1] for row in plan)


def test_replicas_starting_together_on_one_database_all_start(tmp_path):
    """CREATE ... IF NOT EXISTS races in PostgreSQL: two engines started at once must both come up."""
    import threading

    first = store_for("postgresql", tmp_path)
    request_cleanup(first)
    url = first.engine.url
    with first.engine.begin() as connection:
        connection.execute(sa.text("DROP INDEX events_sender_id_id"))
        connection.execute(sa.text("DROP INDEX events_sender_type_name_id"))
    first.engine.dispose()
    start, errors = threading.Barrier(6), []

    def replica() -> None:
        start.wait()
        try:
            store = WindowTrackerStore(
                domain=DOMAIN, dialect="postgresql", host="127.0.0.1", port=5432, username="postgres",
                db=url.database, login_db="postgres",
            )
            store.engine.dispose()
        except Exception as exc:  # noqa: BLE001 - what a replica would die of
            errors.append(exc)

    threads = [threading.Thread(target=replica) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with first.engine.connect() as connection:
        names = {row[0] for row in connection.execute(sa.text("SELECT indexname FROM pg_indexes WHERE tablename = 'events'"))}
    assert {"events_sender_id_id", "events_sender_type_name_id"} <= names
