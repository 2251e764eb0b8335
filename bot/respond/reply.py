"""What one turn sends back: text, buttons and the signals for the gateway."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

ACTIONS = ("answer", "fallback", "handoff", "urgent", "smalltalk")


@dataclass
class Reply:
    """One bot message: text with buttons, and the custom payload closing the turn."""

    text: str
    action: str  # one of ACTIONS
    buttons: list[dict[str, str]] = field(default_factory=list)
    entry_id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_response(self, language: str) -> dict[str, Any]:
        """The dict Rasa's output channels send: text, buttons, custom."""
        custom = {"language": language, "action": self.action, "entry_id": self.entry_id, **self.extra}
        response: dict[str, Any] = {"text": self.text, "custom": custom}
        if self.buttons:
            response["buttons"] = self.buttons
        return response


def payload(intent: str, **entities: str) -> str:
    """A button payload Rasa reads as an intent with entities, e.g. /entry{"entry_id":"x"}."""
    if not entities:
        return f"/{intent}"
    return f"/{intent}{json.dumps(entities, ensure_ascii=False, separators=(',', ':'))}"


def button(title: str, intent: str, **entities: str) -> dict[str, str]:
    """One button."""
    return {"title": title, "payload": payload(intent, **entities)}
