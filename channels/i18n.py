"""Gettext catalogs of the gateway's own strings (domain ``messages`` in ``locales/``)."""

from __future__ import annotations

import gettext
from collections.abc import Callable
from pathlib import Path

from babel.support import Translations

LANGUAGES = ("hy", "ru", "en")
DEFAULT_LANGUAGE = "en"
DOMAIN = "messages"
LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"

Gettext = Callable[[str], str]


def N_(message: str) -> str:  # the conventional gettext marker name
    """Mark a string for extraction; it is translated later, where the language is known."""
    return message


def normalize_language(code: str | None) -> str | None:
    """Map a Telegram ``language_code`` (``ru``, ``hy-AM``, ``en-US``) to hy|ru|en or None."""
    if not code:
        return None
    base = code.replace("_", "-").split("-", 1)[0].lower()
    return base if base in LANGUAGES else None


class Catalogs:
    """The compiled catalogs of hy, ru and en, loaded once."""

    def __init__(self, locales_dir: Path = LOCALES_DIR) -> None:
        self._translations: dict[str, gettext.NullTranslations] = {}
        for language in LANGUAGES:
            mo = locales_dir / language / "LC_MESSAGES" / f"{DOMAIN}.mo"
            if language != DEFAULT_LANGUAGE and not mo.exists():
                raise FileNotFoundError(f"{mo} is missing: run `make locales`")
            self._translations[language] = Translations.load(str(locales_dir), [language], domain=DOMAIN)

    def gettext(self, language: str | None) -> Gettext:
        """The translate function of a language (English when unknown)."""
        translations = self._translations.get(language or "", None)
        if translations is None:
            translations = self._translations[DEFAULT_LANGUAGE]
        return translations.gettext
