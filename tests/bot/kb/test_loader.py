"""Loading knowledge-base files into plain objects."""

import datetime as dt
from pathlib import Path

from bot.kb.loader import load

ROOT = Path(__file__).resolve().parents[3]


def test_the_real_knowledge_base_loads_without_errors():
    kb, problems = load(ROOT / "knowledge_base")
    assert [p for p in problems if p.severity == "error"] == []
    assert len(kb.entries) >= 12
    entry = next(iter(kb.entries.values()))
    assert set(entry.answer) == {"hy", "ru", "en"}
    assert isinstance(entry.reviewed, dt.date)
    assert kb.countries["IR"].name["ru"] == "Иран"


def test_missing_translation_and_field_are_reported_with_lines(tmp_path):
    (tmp_path / "a.yml").write_text(
        "entries:\n"
        "  - id: work.permit\n"
        "    topic: work\n"
        "    audiences: [foreign_nationals]\n"
        "    status: published\n"
        "    reviewed: 2026-11-01\n"
        "    title: {hy: Ա, ru: Р, en: E}\n"
        "    questions: {en: [how], ru: [как], hy: [ինչպես]}\n"
        "    answer:\n"
        "      en: Answer.\n"
        "      ru: Ответ.\n"
        "    sources: [{title: Law, url: https://example.am}]\n"
        "  - id: work.eaeu\n"
        "    topic: work\n",
        encoding="utf-8",
    )
    kb, problems = load(tmp_path)
    messages = {(p.line, p.message) for p in problems}
    assert (9, "answer in hy is missing or empty") in messages
    assert any(line == 13 and "lacks the field 'answer'" in m for line, m in messages)
    assert "work.permit" in kb.entries


def test_tabs_are_reported_before_parsing(tmp_path):
    (tmp_path / "a.yml").write_text("entries:\n\t- id: x\n", encoding="utf-8")
    _, problems = load(tmp_path)
    assert problems[0].line == 2 and "tab" in problems[0].message
