"""Catalogs: every gateway string is translated in hy, ru and en, and the catalogs load."""

from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from channels.i18n import LANGUAGES, LOCALES_DIR, Catalogs, normalize_language

POT = LOCALES_DIR / "messages.pot"


def untranslated(pot: Path, po: Path) -> list[str]:
    """msgids of the template missing, empty or fuzzy in a catalog."""
    template = read_po(pot.open("rb"))
    catalog = read_po(po.open("rb"))
    missing = []
    for message in template:
        if not message.id:
            continue
        found = catalog.get(message.id)
        if found is None or not found.string or found.fuzzy:
            missing.append(str(message.id))
    return missing


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_translated(language: str) -> None:
    po = LOCALES_DIR / language / "LC_MESSAGES" / "messages.po"
    assert untranslated(POT, po) == []


def test_template_covers_the_code() -> None:
    """Strings in the code are in the template (`make locales` was run after editing)."""
    from babel.messages.extract import extract_from_dir

    root = Path(__file__).resolve().parents[2] / "channels"
    found = {
        msg[2]
        for msg in extract_from_dir(
            str(root),
            method_map=[("handoff/**", "ignore"), ("**.py", "python")],
            keywords={"_": None, "N_": None},
        )
    }
    template = {m.id for m in read_po(POT.open("rb")) if m.id}
    assert found - template == set()


def test_checker_finds_a_missing_translation(tmp_path: Path) -> None:
    po = tmp_path / "broken.po"
    po.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=utf-8\\n"\n\nmsgid "Topics"\nmsgstr ""\n')
    assert "Topics" in untranslated(POT, po)


def test_catalogs_translate() -> None:
    catalogs = Catalogs()
    assert catalogs.gettext("ru")("Topics") == "Темы"
    assert catalogs.gettext("hy")("Topics") == "Թեմաներ"
    assert catalogs.gettext("en")("Topics") == "Topics"
    assert catalogs.gettext("de")("Topics") == "Topics"


def test_normalize_language() -> None:
    assert normalize_language("ru") == "ru"
    assert normalize_language("hy-AM") == "hy"
    assert normalize_language("en-US") == "en"
    assert normalize_language("de") is None
    assert normalize_language(None) is None
