"""Where the engine keeps conversations: SQLite under var/ by default, PostgreSQL and Redis when set."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from bot.errors import MigrabotError


class StoreSettingError(MigrabotError, ValueError):
    """A store URL that cannot be used; the message is one line for the operator."""


def _reachable(host: str, port: int, name: str, timeout: float = 3.0) -> None:
    # Rasa's SQLTrackerStore retries an unreachable database forever: check once, up front.
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return
    except OSError as error:
        raise StoreSettingError(f"{name}: cannot reach {host}:{port} ({error.strerror or error})") from None


STORE = "bot.tracker_store.WindowTrackerStore"


def tracker_store(url: str) -> dict[str, Any]:
    """endpoints.yml `tracker_store` for ENGINE_DATABASE_URL: postgresql://user:pw@host:port/db or sqlite:///path."""
    parsed = urlparse(url)
    if parsed.scheme == "sqlite" and parsed.path:
        path = Path(unquote(parsed.path))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreSettingError(f"ENGINE_DATABASE_URL: cannot create {path.parent} ({error.strerror})") from None
        return {"type": STORE, "dialect": "sqlite", "db": str(path)}
    if parsed.scheme not in ("postgresql", "postgres") or not parsed.hostname or not parsed.path.strip("/"):
        raise StoreSettingError(
            "ENGINE_DATABASE_URL must look like postgresql://user:password@host:5432/database or sqlite:////absolute/path.sqlite3"
        )
    port = parsed.port or 5432
    _reachable(parsed.hostname, port, "ENGINE_DATABASE_URL")
    return {
        "type": STORE,
        "dialect": "postgresql",
        "url": parsed.hostname,
        "port": port,
        "db": parsed.path.strip("/"),
        "username": unquote(parsed.username or "postgres"),
        "password": unquote(parsed.password or ""),
        # Rasa creates the database through this one when it does not exist yet; without it,
        # a missing database makes Rasa fall back silently to memory.
        "login_db": "postgres",
    }


def lock_store(url: str) -> dict[str, Any]:
    """endpoints.yml `lock_store` for ENGINE_REDIS_URL=redis://[:password@]host:port/db."""
    parsed = urlparse(url)
    if parsed.scheme != "redis" or not parsed.hostname:
        raise StoreSettingError("ENGINE_REDIS_URL must look like redis://host:6379/0")
    port = parsed.port or 6379
    _reachable(parsed.hostname, port, "ENGINE_REDIS_URL")
    store: dict[str, Any] = {"type": "redis", "url": parsed.hostname, "port": port, "db": int(parsed.path.strip("/") or 0)}
    if parsed.password:
        store["password"] = unquote(parsed.password)
    return store
