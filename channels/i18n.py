"""Gettext catalogs of the gateway (domains ``messages`` and ``handoff`` in ``locales/``)."""

from __future__ import annotations

import gettext
from collections.abc import Callable
from io import BytesIO
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

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


def load_catalog(locales_dir: Path, language: str, domain: str) -> gettext.NullTranslations | None:
    """One language's catalog of a domain, or None when it has neither a .mo nor a .po.

    The compiled .mo is used when it is at least as new as the .po; otherwise the .po is
    compiled in memory, so a checkout works before (or without) `make locales`.
    """
    folder = locales_dir / language / "LC_MESSAGES"
    mo, po = folder / f"{domain}.mo", folder / f"{domain}.po"
    if mo.exists() and (not po.exists() or mo.stat().st_mtime >= po.stat().st_mtime):
        with mo.open("rb") as handle:
            return gettext.GNUTranslations(handle)
    if not po.exists():
        return None
    with po.open("rb") as handle:
        catalog = read_po(handle, locale=language, domain=domain)
    compiled = BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


class Catalogs:
    """The catalogs of hy, ru and en of one domain, loaded once."""

    def __init__(self, locales_dir: Path = LOCALES_DIR, domain: str = DOMAIN, *, required: bool = True) -> None:
        self._translations: dict[str, gettext.NullTranslations] = {}
        for language in LANGUAGES:
            found = load_catalog(locales_dir, language, domain)
            if found is None:
                if required and language != DEFAULT_LANGUAGE:
                    raise FileNotFoundError(f"{locales_dir / language / 'LC_MESSAGES' / domain}.po is missing")
                found = gettext.NullTranslations()  # the source strings are English
            self._translations[language] = found

    def gettext(self, language: str | None) -> Gettext:
        """The translate function of a language (English when unknown)."""
        translations = self._translations.get(language or "", None)
        if translations is None:
            translations = self._translations[DEFAULT_LANGUAGE]
        return translations.gettext
