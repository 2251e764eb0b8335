"""The database's state as the gateway sees it: one log line when it goes down, one when it is back."""

from __future__ import annotations

import logging

from sqlalchemy.exc import SQLAlchemyError

log = logging.getLogger("channels.database")


def is_outage(exc: BaseException) -> bool:
    """A database or connection error (passes by itself), not a bug."""
    return isinstance(exc, SQLAlchemyError | OSError | TimeoutError | ConnectionError)


class DatabaseHealth:
    """Shared by every loop that touches the database, so an outage is logged once, not per turn."""

    def __init__(self, what: str = "gateway") -> None:
        self.what = what
        self.down = False

    def failed(self, exc: BaseException) -> None:
        """Note a failure: an outage is logged when it starts; anything else is a bug, logged in full."""
        if not is_outage(exc):
            log.error("%s: unexpected error: %s", self.what, exc, exc_info=exc)
            return
        if not self.down:
            self.down = True
            log.error("%s: database unreachable (%s): retrying until it is back", self.what, short(exc))

    def ok(self) -> None:
        """Note a success: logs once when the database is back."""
        if self.down:
            self.down = False
            log.warning("%s: database reachable again", self.what)


def short(exc: BaseException) -> str:
    """The error's type and the first line of its message (the driver's, when it has one)."""
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else ''}"[:160]
