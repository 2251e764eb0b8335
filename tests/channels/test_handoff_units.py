"""Small parts of the handoff: office hours, settings, texts, catalogs, the migration."""

from __future__ import annotations

import asyncio
import re
import string
from datetime import datetime, timezone
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from babel.messages.pofile import read_po
from pydantic import ValidationError

from channels.db import migrate
from channels.db.base import Base
from channels.db.session import create_engine
from channels.handoff import models as _models  # noqa: F401  (registers the tables)
from channels.handoff import texts
from channels.handoff.i18n import LOCALES_DIR, translations
from channels.handoff.office_hours import YEREVAN, OfficeHours
from channels.handoff.service import split_text
from channels.handoff.settings import HandoffSettings

HOURS = OfficeHours.parse("Mon-Fri 09:00-18:00")


def yerevan(y: int, mo: int, d: int, h: int, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=YEREVAN)


# -- office hours ------------------------------------------------------------------------

def test_office_hours_open_and_closed() -> None:
    assert HOURS.is_open(yerevan(2026, 11, 30, 9))          # Monday 09:00
    assert HOURS.is_open(yerevan(2026, 11, 30, 17, 59))
    assert not HOURS.is_open(yerevan(2026, 11, 30, 18))     # closes at 18:00
    assert not HOURS.is_open(yerevan(2026, 11, 28, 12))     # Saturday
    # 05:30 UTC is 09:30 in Yerevan
    assert HOURS.is_open(datetime(2026, 11, 30, 5, 30, tzinfo=timezone.utc))


def test_next_opening() -> None:
    assert HOURS.next_opening(yerevan(2026, 11, 28, 12)) == yerevan(2026, 11, 30, 9)  # Sat
    assert HOURS.next_opening(yerevan(2026, 12, 1, 7)) == yerevan(2026, 12, 1, 9)    # Tue early
    assert HOURS.next_opening(yerevan(2026, 12, 4, 19)) == yerevan(2026, 12, 7, 9)   # Fri late


def test_office_hours_several_spans_and_wrapping_days() -> None:
    hours = OfficeHours.parse("Mon-Fri 09:00-18:00; Sat 10:00-14:00")
    assert hours.is_open(yerevan(2026, 11, 28, 11))
    assert hours.next_opening(yerevan(2026, 11, 28, 15)) == yerevan(2026, 11, 30, 9)
    weekend = OfficeHours.parse("Sat-Sun 10:00-12:00")
    assert weekend.is_open(yerevan(2026, 11, 29, 11))  # Sunday
    assert not weekend.is_open(yerevan(2026, 11, 30, 11))


@pytest.mark.parametrize("bad", ["", "Mon-Fri", "Mon-Fri 18:00-09:00", "Xyz 09:00-10:00",
                                 "Mon 25:00-26:00", "always"])
def test_office_hours_refuse_what_they_cannot_read(bad: str) -> None:
    with pytest.raises(ValueError):
        OfficeHours.parse(bad)


def test_hours_described_in_each_language() -> None:
    assert texts.describe_hours(HOURS, "en") == "Mon–Fri 09:00–18:00"
    assert texts.describe_hours(HOURS, "ru") == "пн–пт 09:00–18:00"
    assert texts.describe_hours(HOURS, "hy").endswith("09:00–18:00")


# -- settings ----------------------------------------------------------------------------

def test_settings_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STAFF_CHAT_ID", "-1001")
    monkeypatch.setenv("STAFF_USER_IDS", "12, 34,56")
    monkeypatch.setenv("OFFICE_HOURS", "Mon-Sat 10:00-17:00")
    monkeypatch.setenv("STAFF_LANGUAGE", "hy")
    monkeypatch.setenv("CASE_REMINDER_MINUTES", "15")
    settings = HandoffSettings()
    assert settings.staff_chat_id == -1001
    assert settings.staff_user_ids == frozenset({12, 34, 56})
    assert settings.office_hours.is_open(yerevan(2026, 11, 28, 12))
    assert settings.staff_language == "hy" and settings.case_reminder_minutes == 15


@pytest.mark.parametrize("name,value", [("STAFF_USER_IDS", "12,abc"), ("OFFICE_HOURS", "never"),
                                        ("STAFF_LANGUAGE", "de"), ("STAFF_CHAT_ID", "group")])
def test_bad_settings_are_refused(monkeypatch: pytest.MonkeyPatch, name: str, value: str) -> None:
    monkeypatch.setenv("STAFF_CHAT_ID", "-1001")
    monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError):
        HandoffSettings()


def test_settings_take_the_chat_id_from_the_gateway(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("STAFF_CHAT_ID", raising=False)

    class Root:
        staff_chat_id = -1009

    assert HandoffSettings.from_root(Root()).staff_chat_id == -1009


# -- texts -------------------------------------------------------------------------------

def test_topic_names() -> None:
    assert texts.topic_name(12, "ru", "urgent", True, "en") == "🔴 URGENT #12 · ru · red flag"
    assert texts.topic_name(3, "hy", "fallback", False, "en") == "#3 · hy · no answer twice"
    assert texts.topic_name(3, "en", "entry", False, "hy").startswith("#3 · en · ")
    assert texts.topic_name(4, "en", "urgent", True, "hy").startswith("🔴 ՇՏԱՊ #4")
    assert len(texts.topic_name(1, "en", "x" * 300, False, "en")) <= 128


def test_split_text_keeps_paragraphs_under_the_limit() -> None:
    text = "\n\n".join(["a" * 3000, "b" * 3000, "c" * 9000])
    parts = split_text(text)
    assert all(len(p) <= 4000 for p in parts)
    assert "".join(parts).replace("\n", "") == text.replace("\n", "")
    assert split_text("short") == ["short"]


# -- catalogs ----------------------------------------------------------------------------

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
    source = "".join(p.read_text() for p in (Path(__file__).parents[2] / "channels" / "handoff")
                     .glob("*.py"))
    used = set(re.findall(r'(?:_t|staff)\(\s*\w+(?:\.\w+)?,\s*"([^"]+)"\)', source))
    assert used and used <= known, sorted(used - known)


def test_compiled_catalogs_are_used() -> None:
    assert translations("ru").gettext("red flag") == "тревожный признак"
    assert translations("hy").gettext("red flag") == "վտանգի նշան"
    assert translations("de").gettext("red flag") == "red flag"


# -- migration ---------------------------------------------------------------------------

def test_migration_matches_the_models(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'm.sqlite3'}"
    migrate.upgrade(url)

    async def diff() -> list:
        engine = create_engine(url)
        async with engine.connect() as connection:
            found = await connection.run_sync(
                lambda c: compare_metadata(MigrationContext.configure(c), Base.metadata))
        await engine.dispose()
        return [d for d in found if "handoff" in repr(d)]

    assert asyncio.run(diff()) == []
    migrate.downgrade(url, "0001_gateway")
    migrate.upgrade(url)


def test_catalogs_work_without_compiled_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    from channels.handoff import i18n

    folder = tmp_path / "ru" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    shutil.copy(LOCALES_DIR / "ru" / "LC_MESSAGES" / "handoff.po", folder)
    monkeypatch.setattr(i18n, "LOCALES_DIR", tmp_path)
    i18n.translations.cache_clear()
    try:
        assert i18n.translations("ru").gettext("red flag") == "тревожный признак"
        assert i18n.translations("hy").gettext("red flag") == "red flag"  # no catalog at all
    finally:
        i18n.translations.cache_clear()
