"""What the responder needs to know about the current turn, read from Rasa's tracker."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.kb.model import LANGUAGES


@dataclass
class Turn:
    """The latest message, its NLU result and the little history that matters."""

    text: str
    intent: str | None
    confidence: float
    entities: list[dict[str, Any]]
    identified: str | None  # language identified in this message
    metadata: dict[str, Any] = field(default_factory=dict)
    history: list[dict[str, Any]] = field(default_factory=list)  # custom payloads of earlier bot turns, oldest first
    ranking: list[tuple[str, float]] = field(default_factory=list)  # (intent, confidence), best first
    migration_share: float | None = None  # probability the classifier gave knowledge-base entries together

    def entity(self, name: str) -> str | None:
        """The first value of an entity."""
        for item in self.entities:
            if item.get("entity") == name and item.get("value"):
                return str(item["value"])
        return None

    def language(self) -> str:
        """This message's language, else the person's choice, else the conversation's, else en."""
        if self.identified in LANGUAGES:
            return self.identified
        preferred = self.metadata.get("preferred_language")
        if preferred in LANGUAGES:
            return preferred
        for custom in reversed(self.history):
            if custom.get("language") in LANGUAGES:
                return custom["language"]
        code = str(self.metadata.get("telegram_language_code") or "")[:2].lower()
        return code if code in LANGUAGES else "en"

    def previous(self) -> dict[str, Any]:
        """The custom payload of the bot's previous turn."""
        return self.history[-1] if self.history else {}

    def fallbacks_in_a_row(self) -> int:
        """How many of the latest bot turns were 'not understood'."""
        count = 0
        for custom in reversed(self.history):
            if custom.get("action") == "fallback" and "fallback" in custom:
                count += 1
            else:
                break
        return count


def from_tracker(tracker: Any) -> Turn:
    """Read a Turn from a Rasa DialogueStateTracker."""
    from rasa.shared.core.events import BotUttered

    latest = tracker.latest_message
    parse = latest.parse_data or {}
    history: list[dict[str, Any]] = []
    for event in tracker.events:
        if isinstance(event, BotUttered):
            custom = (event.data or {}).get("custom")
            if isinstance(custom, dict):
                history.append(custom)
    intent = (parse.get("intent") or {}).get("name")
    return Turn(
        text=latest.text or "",
        intent=intent,
        confidence=float((parse.get("intent") or {}).get("confidence") or 0.0),
        entities=list(parse.get("entities") or []),
        identified=parse.get("language"),
        metadata=dict(latest.metadata or {}),
        history=history[-10:],
        ranking=[(str(r.get("name")), float(r.get("confidence") or 0.0)) for r in parse.get("intent_ranking") or []],
        migration_share=(parse.get("scope") or {}).get("migration"),
    )
