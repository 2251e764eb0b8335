"""The person behind a private chat, as the handlers see them."""

from __future__ import annotations

from dataclasses import dataclass

from channels.i18n import DEFAULT_LANGUAGE, normalize_language


@dataclass
class Person:
    """Plain data about a person handed to handlers (no database session attached)."""

    chat_id: int
    pseudonym: str
    preferred_language: str | None  # chosen with /language or with the engine's language buttons
    telegram_language_code: str | None
    consented: bool
    is_new: bool
    audience: str | None = None  # see channels.audience; None: not asked yet

    @property
    def language(self) -> str:
        """Language of the gateway's own strings: the choice, else the client's, else English."""
        return self.preferred_language or normalize_language(self.telegram_language_code) or DEFAULT_LANGUAGE

    def metadata(self) -> dict[str, str | None]:
        """Metadata posted to the engine with every message."""
        return {
            "telegram_language_code": self.telegram_language_code,
            "preferred_language": self.preferred_language,
        }
