"""Rendering: HTML escaping and splitting under Telegram's limit at paragraph boundaries."""

import html

from channels.render import MAX_CHUNK, escape, split_message


def test_escape() -> None:
    assert escape("<b>a & b</b>") == "&lt;b&gt;a &amp; b&lt;/b&gt;"


def test_short_text_is_one_part() -> None:
    assert split_message("one\n\ntwo") == ["one\n\ntwo"]
    assert split_message("short") == ["short"]
    assert split_message("  \n\n ") == []


def test_split_at_paragraphs() -> None:
    paragraphs = [f"{i} " + "word " * 150 for i in range(40)]
    text = "\n\n".join(p.strip() for p in paragraphs)
    parts = split_message(text)
    assert len(parts) > 1
    assert all(len(p) <= MAX_CHUNK for p in parts)
    # Nothing is lost and every part starts at a paragraph start.
    assert "\n\n".join(parts) == text
    assert all(p.split(" ", 1)[0].isdigit() for p in parts)


def test_paragraphs_fill_a_part_and_a_huge_one_is_cut() -> None:
    text = "\n\n".join(["a" * 3000, "b" * 3000, "c" * 9000])
    parts = split_message(text)
    assert parts[:2] == ["a" * 3000, "b" * 3000]
    assert all(len(p) <= MAX_CHUNK for p in parts)
    assert "".join(parts).replace("\n", "") == text.replace("\n", "")


def test_a_long_paragraph_is_cut_at_a_line_break() -> None:
    lines = "\n".join(f"line {i} " + "x" * 90 for i in range(100))
    parts = split_message(lines)
    assert len(parts) > 1 and all(len(p) <= MAX_CHUNK for p in parts)
    assert all(p.startswith("line ") for p in parts)
    assert "\n".join(parts) == lines


def test_split_a_huge_paragraph_without_breaking_entities() -> None:
    text = escape("a&b " * 3000)
    parts = split_message(text)
    assert all(len(p) <= MAX_CHUNK for p in parts)
    assert "".join(p.replace(" ", "") for p in parts) == text.replace(" ", "")
    for part in parts:
        assert part.count("&") == part.count("&amp;")
    unspaced = "x" * 9000 + "&amp;" + "y" * 100
    parts = split_message(unspaced)
    assert "".join(parts) == unspaced
    assert all(len(p) <= MAX_CHUNK for p in parts)


def test_escaped_text_stays_under_the_limit() -> None:
    # Split after escaping: text full of markup characters grows when escaped, and each
    # part must still fit once Telegram has it.
    plain = "<>&" * 3000
    parts = split_message(escape(plain))
    assert all(len(p) <= MAX_CHUNK for p in parts)
    assert html.unescape("".join(parts)) == plain
