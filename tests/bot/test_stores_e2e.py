"""The engine keeps conversations in PostgreSQL (tracker store) with a Redis lock store."""

import socket
import subprocess
import uuid

import pytest
from conftest import ENV, MIGRABOT, ROOT, start_engine, stop_engine
from engine_support import custom


def reachable(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", port)) == 0


needs_services = pytest.mark.skipif(
    not (reachable(5432) and reachable(6379)), reason="PostgreSQL and Redis are not running on 127.0.0.1"
)


@needs_services
def test_conversation_survives_an_engine_restart(fast_model, tmp_path):
    database = f"migrabot_test_{uuid.uuid4().hex[:8]}"
    stores = {
        "ENGINE_DATABASE_URL": f"postgresql://postgres@127.0.0.1:5432/{database}",
        "ENGINE_REDIS_URL": "redis://127.0.0.1:6379/3",
    }
    person = uuid.uuid4().hex
    first = start_engine(fast_model, ROOT / "knowledge_base", tmp_path / "engine.log", **stores)
    try:
        assert custom(first.send(person, "Как получить разрешение на работу?"))["language"] == "ru"
    finally:
        stop_engine(first)
    second = start_engine(fast_model, ROOT / "knowledge_base", tmp_path / "engine.log", **stores)
    try:
        # A message that does not tell its language takes the conversation's, kept in PostgreSQL.
        assert custom(second.send(person, "👍"))["language"] == "ru"
        assert custom(second.send(uuid.uuid4().hex, "👍"))["language"] == "en"
    finally:
        stop_engine(second)
        drop_database(database)


def drop_database(name: str) -> None:
    import psycopg2

    connection = psycopg2.connect(host="127.0.0.1", user="postgres", dbname="postgres")
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
    connection.close()


def test_unreachable_database_stops_start_up_with_one_line(fast_model):
    env = {**ENV, "ENGINE_DATABASE_URL": "postgresql://postgres@127.0.0.1:9/none"}
    result = subprocess.run([*MIGRABOT, "serve", "--model", str(fast_model), "--port", "9"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1].startswith("migrabot serve: ENGINE_DATABASE_URL: cannot reach 127.0.0.1:9")
