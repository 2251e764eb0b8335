"""Strings of the staff handoff from the gettext domain `handoff` (locales/<lang>/LC_MESSAGES)."""

from __future__ import annotations

import gettext
from datetime import datetime, timedelta
from functools import lru_cache
from io import BytesIO
from pathlib import Path

from babel.dates import format_datetime, format_timedelta
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

DOMAIN = "handoff"
LANGUAGES = ("hy", "ru", "en")
LOCALES_DIR = Path(__file__).resolve().parents[2] / "locales"


@lru_cache(maxsize=8)
def translations(language: str) -> gettext.NullTranslations:
    """The catalog of one language; English text when there is none.

    The compiled .mo is used when it is at least as new as the .po; otherwise the .po is
    compiled in memory, so a checkout works before (or without) `make handoff-locales`.
    """
    lang = language if language in LANGUAGES else "en"
    folder = LOCALES_DIR / lang / "LC_MESSAGES"
    mo, po = folder / f"{DOMAIN}.mo", folder / f"{DOMAIN}.po"
    if mo.exists() and (not po.exists() or mo.stat().st_mtime >= po.stat().st_mtime):
        with mo.open("rb") as handle:
            return gettext.GNUTranslations(handle)
    if po.exists():
        with po.open("rb") as handle:
            catalog = read_po(handle, locale=lang, domain=DOMAIN)
        compiled = BytesIO()
        write_mo(compiled, catalog)
        compiled.seek(0)
        return gettext.GNUTranslations(compiled)
    return gettext.NullTranslations()


def _t(language: str, message: str, /, **params: object) -> str:
    """Translate `message` into `language` and fill its {named} fields."""
    text = translations(language).gettext(message)
    return text.format(**params) if params else text


def babel_locale(language: str) -> str:
    """Babel's locale name for one of our languages."""
    return language if language in LANGUAGES else "en"


def when(moment: datetime, language: str) -> str:
    """A weekday, date and time such as "Monday, 1 December 09:00", in `language`."""
    return format_datetime(moment, "EEEE d MMMM HH:mm", locale=babel_locale(language))


def duration(delta: timedelta, language: str) -> str:
    """A short waiting time such as "5 minutes", in `language`."""
    return format_timedelta(delta, threshold=1.1, locale=babel_locale(language))
