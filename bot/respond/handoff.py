"""The handoff signal that asks the gateway to open a case with staff, and the person's request for one."""

from __future__ import annotations

from typing import Any

from bot.respond.i18n import Texts
from bot.respond.reply import Reply

REASONS = ("user_request", "fallback", "urgent", "entry")
SUMMARY_LENGTH = 300


def signal(reason: str, language: str, summary: str, entry_id: str | None = None) -> dict[str, Any]:
    """The `handoff` custom payload of docs/ENGINE-CONTRACT.md; only a red flag is urgent."""
    return {
        "reason": reason,
        "entry_id": entry_id,
        "summary": summary[:SUMMARY_LENGTH],
        "urgent": reason == "urgent",
        "language": language,
    }


def to_person(t: Texts, summary: str, entry_id: str | None = None) -> Reply:
    """Tell the person a human will reply, and signal the gateway to open a case."""
    text = t("I am passing your conversation to a member of staff. They will reply in this chat.")
    return Reply(text, "handoff", [], extra={"handoff": signal("user_request", t.language, summary, entry_id)})
