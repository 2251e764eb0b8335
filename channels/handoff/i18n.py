"""Strings of the staff handoff from the gettext domain `handoff` (locales/<lang>/LC_MESSAGES)."""

from __future__ import annotations

import gettext
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path

from babel.dates import format_datetime, format_timedelta

DOMAIN = "handoff"
LANGUAGES = ("hy", "ru", "en")
LOCALES_DIR = Path(__file__).resolve().parents[2] / "locales"


@lru_cache(maxsize=8)
def translations(language: str) -> gettext.NullTranslations:
    """The compiled catalog of one language; English text when it is missing."""
    lang = language if language in LANGUAGES else "en"
    return gettext.translation(DOMAIN, LOCALES_DIR, languages=[lang], fallback=True)


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
