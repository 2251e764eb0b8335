"""The engine's own strings (gettext domain `engine`) and Babel dates per language."""

from __future__ import annotations

import datetime as dt
import gettext
import io
from functools import lru_cache
from pathlib import Path

from babel.dates import format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

DOMAIN = "engine"


class Texts:
    """Translations and formats for one language."""

    def __init__(self, language: str, translations: gettext.NullTranslations) -> None:
        self.language = language
        self._t = translations

    def __call__(self, message: str, **values: object) -> str:
        """The translated message with its {placeholders} filled."""
        text = self._t.gettext(message)
        return text.format(**values) if values else text

    def date(self, value: dt.date) -> str:
        """A date written the way this language writes it."""
        return format_date(value, format="long", locale=self.language)


@lru_cache(maxsize=16)
def _load(locales: str, language: str) -> gettext.NullTranslations:
    po = Path(locales) / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not po.exists():
        return gettext.NullTranslations()
    with po.open("rb") as handle:
        catalog = read_po(handle, locale=language)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def texts(locales: Path, language: str) -> Texts:
    """Texts for one language; English source strings where a catalog is missing."""
    return Texts(language, _load(str(locales), language))
