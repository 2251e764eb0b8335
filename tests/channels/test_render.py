"""Rendering: HTML escaping and splitting under Telegram's limit at paragraph boundaries."""

from channels.render import TELEGRAM_LIMIT, escape, split_message


def test_escape() -> None:
    assert escape("<b>a & b</b>") == "&lt;b&gt;a &amp; b&lt;/b&gt;"


def test_short_text_is_one_part() -> None:
    assert split_message("one\n\ntwo") == ["one\n\ntwo"]
    assert split_message("  \n\n ") == []


def test_split_at_paragraphs() -> None:
    paragraphs = [f"{i} " + "word " * 150 for i in range(40)]
    text = "\n\n".join(p.strip() for p in paragraphs)
    parts = split_message(text)
    assert len(parts) > 1
    assert all(len(p) < TELEGRAM_LIMIT for p in parts)
    # Nothing is lost and every part starts at a paragraph start.
    assert "\n\n".join(parts) == text
    assert all(p.split(" ", 1)[0].isdigit() for p in parts)


def test_split_a_huge_paragraph_without_breaking_entities() -> None:
    text = escape("a&b " * 3000)
    parts = split_message(text)
    assert all(len(p) < TELEGRAM_LIMIT for p in parts)
    assert "".join(p.replace(" ", "") for p in parts) == text.replace(" ", "")
    for part in parts:
        assert part.count("&") == part.count("&amp;")
    unspaced = "x" * 9000 + "&amp;" + "y" * 100
    parts = split_message(unspaced)
    assert "".join(parts) == unspaced
    assert all(len(p) < TELEGRAM_LIMIT for p in parts)
