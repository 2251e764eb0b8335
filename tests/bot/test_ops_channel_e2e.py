"""Deleting a conversation in the real engine: nothing of the person is left, in memory or in PostgreSQL."""

from __future__ import annotations

import json
import subprocess
import urllib.error
import urllib.request
import uuid

import pytest
from conftest import ENGINE_TOKEN, ROOT, start_engine, stop_engine
from test_stores_e2e import drop_database, needs_services


def ops(url: str, route: str, body: dict, token: str) -> tuple[int, dict]:
    """POST to one of the engine's own routes with the token header; (status, JSON body)."""
    request = urllib.request.Request(
        f"{url}/webhooks/migrabot/{route}",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", "X-Engine-Token": token},
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, {}


def forget(url: str, sender: str, token: str) -> tuple[int, dict]:
    return ops(url, "forget", {"sender": sender}, token)


def user_texts(url: str, sender: str) -> list[str]:
    """What the engine's own API says the person said (every event of the tracker)."""
    with urllib.request.urlopen(f"{url}/conversations/{sender}/tracker?token={ENGINE_TOKEN}", timeout=30) as response:
        tracker = json.loads(response.read())
    return [e.get("text") for e in tracker.get("events", []) if e.get("event") == "user"]


def test_forget_in_the_default_sqlite_store_removes_every_event_and_needs_the_token(engine) -> None:
    person = uuid.uuid4().hex
    engine.send(person, "How do I get a work permit?")
    assert user_texts(engine.url, person) == ["How do I get a work permit?"]
    assert forget(engine.url, person, "wrong-token")[0] == 401
    assert user_texts(engine.url, person) == ["How do I get a work permit?"]
    status, body = forget(engine.url, person, ENGINE_TOKEN)
    assert status == 200 and body["deleted"] >= 4  # the turn's events: listen, message, reply action, reply...
    assert user_texts(engine.url, person) == []


def test_the_engine_token_is_not_on_any_command_line(engine) -> None:
    listing = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True, check=True).stdout
    assert ENGINE_TOKEN not in listing
    assert "migrabot" in listing or "bot.cli" in listing  # the engine is in the listing


@needs_services
def test_forget_in_postgresql_deletes_the_rows(fast_model, tmp_path) -> None:
    import psycopg2

    database = f"migrabot_test_{uuid.uuid4().hex[:8]}"
    running = start_engine(
        fast_model, ROOT / "knowledge_base", tmp_path / "engine.log",
        ENGINE_DATABASE_URL=f"postgresql://postgres@127.0.0.1:5432/{database}", RASA_TOKEN=ENGINE_TOKEN,
    )
    person, other = uuid.uuid4().hex, uuid.uuid4().hex

    def rows(sender: str) -> int:
        connection = psycopg2.connect(host="127.0.0.1", user="postgres", dbname=database)
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT count(*) FROM events WHERE sender_id = %s", (sender,))
                return int(cursor.fetchone()[0])
        finally:
            connection.close()

    try:
        running.send(person, "Как получить ВНЖ?")
        running.send(other, "Как получить ВНЖ?")
        assert rows(person) > 0
        status, body = forget(running.url, person, ENGINE_TOKEN)
        assert status == 200 and body["deleted"] == rows(other)
        assert rows(person) == 0
        assert rows(other) > 0  # only that person's conversation went
    finally:
        stop_engine(running)
        drop_database(database)


@pytest.mark.parametrize("body", [b"{}", b"not json"])
def test_forget_refuses_a_request_without_a_sender(engine, body: bytes) -> None:
    request = urllib.request.Request(
        f"{engine.url}/webhooks/migrabot/forget", data=body,
        headers={"Content-Type": "application/json", "X-Engine-Token": ENGINE_TOKEN},
    )
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(request, timeout=30)
    assert error.value.code == 400


def purge(url: str, body: dict, token: str) -> tuple[int, dict]:
    return ops(url, "purge", body, token)


def test_purge_deletes_events_older_than_the_period_and_keeps_newer_ones(engine) -> None:
    import time

    earlier, later = uuid.uuid4().hex, uuid.uuid4().hex
    engine.send(earlier, "How do I get a work permit?")
    time.sleep(2.5)
    engine.send(later, "How do I get a work permit?")
    assert purge(engine.url, {"older_than_seconds": 1.5}, "wrong-token")[0] == 401
    assert purge(engine.url, {"older_than_seconds": "a week"}, ENGINE_TOKEN)[0] == 400
    status, body = purge(engine.url, {"older_than_seconds": 1.5}, ENGINE_TOKEN)
    assert status == 200 and body["deleted"] >= 4
    assert user_texts(engine.url, earlier) == []
    assert user_texts(engine.url, later) == ["How do I get a work permit?"]
