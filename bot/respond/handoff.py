"""The person asked for a member of staff."""

from __future__ import annotations

from bot.respond.i18n import Texts
from bot.respond.reply import Reply


def to_person(t: Texts, summary: str, entry_id: str | None = None) -> Reply:
    """Tell the person a human will reply, and signal the gateway to open a case."""
    text = t("I am passing your conversation to a member of staff. They will reply in this chat.")
    handoff = {"reason": "user_request", "entry_id": entry_id, "summary": summary[:300], "urgent": False, "language": t.language}
    return Reply(text, "handoff", [], extra={"handoff": handoff})
