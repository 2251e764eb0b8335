"""What staff and people read: topic names, office hours in words, the catalogs of domain `handoff`."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from channels.handoff import texts
from channels.handoff.office_hours import OfficeHours
from channels.i18n import LOCALES_DIR, Catalogs

HOURS = OfficeHours.parse("Mon-Fri 09:00-18:00")


def test_topic_names() -> None:
    assert texts.topic_name(12, "ru", "urgent", True, "en") == "🔴 URGENT #12 · ru · red flag"
    assert texts.topic_name(3, "hy", "fallback", False, "en") == "#3 · hy · no answer, repeatedly"
    assert texts.topic_name(3, "en", "entry", False, "hy").startswith("#3 · en · ")
    assert texts.topic_name(4, "en", "urgent", True, "hy").startswith("🔴 ՇՏԱՊ #4")
    assert len(texts.topic_name(1, "en", "x" * 300, False, "en")) <= 128



def test_hours_described_in_each_language() -> None:
    assert texts.describe_hours(HOURS, "en") == "Mon–Fri 09:00–18:00"
    assert texts.describe_hours(HOURS, "ru") == "пн–пт 09:00–18:00"
    assert texts.describe_hours(HOURS, "hy").endswith("09:00–18:00")



def _catalog(lang: str):  # type: ignore[no-untyped-def]
    with (LOCALES_DIR / lang / "LC_MESSAGES" / "handoff.po").open("rb") as handle:
        return read_po(handle)


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("lang", ["hy", "ru", "en"])
def test_every_handoff_string_is_translated(lang: str) -> None:
    with (LOCALES_DIR / "handoff.pot").open("rb") as handle:
        template = read_po(handle)
    catalog = _catalog(lang)
    missing = [m.id for m in template if m.id and not (catalog.get(m.id) and catalog.get(m.id).string)]
    assert not missing, f"{lang}: untranslated handoff strings: {missing}"
    for message in catalog:
        if message.id:
            assert _fields(message.string) == _fields(message.id), message.id


def test_the_template_holds_every_string_of_the_code() -> None:
    with (LOCALES_DIR / "handoff.pot").open("rb") as handle:
        known = {m.id for m in read_po(handle) if m.id}
    source = "".join(p.read_text() for p in (Path(__file__).parents[3] / "channels" / "handoff")
                     .glob("*.py"))
    used = set(re.findall(r'(?:_t|staff)\(\s*\w+(?:\.\w+)?,\s*"([^"]+)"\)', source))
    assert used and used <= known, sorted(used - known)


def test_compiled_catalogs_are_used() -> None:
    assert texts.catalogs().gettext("ru")("red flag") == "тревожный признак"
    assert texts.catalogs().gettext("hy")("red flag") == "վտանգի նշան"
    assert texts.catalogs().gettext("de")("red flag") == "red flag"



def test_catalogs_work_without_compiled_files(tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "ru" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    shutil.copy(LOCALES_DIR / "ru" / "LC_MESSAGES" / "handoff.po", folder)
    catalogs = Catalogs(tmp_path, texts.DOMAIN, required=False)
    assert catalogs.gettext("ru")("red flag") == "тревожный признак"
    assert catalogs.gettext("hy")("red flag") == "red flag"  # no catalog at all

