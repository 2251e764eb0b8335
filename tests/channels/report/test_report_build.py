"""The editor's to-do from a filled database: groups, counts, HTML, CSV, no Telegram ids."""

from __future__ import annotations

import csv
import datetime as dt
import io
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from channels.db import models as gw
from channels.handoff.models import Case
from channels.report.builder import build_report
from channels.report.knowledge import load_entries
from channels.report.output import CSV_FILES, HEADERS, write_report
from channels.report.similarity import normalise
from tests.channels.report.conftest import (
    CAT,
    SIM,
    WORK_PERMIT_EN,
    WORK_PERMIT_HY,
    WORK_PERMIT_RU,
    fill,
)

ROOT = Path(__file__).resolve().parents[3]
SINCE, UNTIL = dt.date(2026, 11, 1), dt.date(2026, 11, 30)
START = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)


class Page(HTMLParser):
    """Images, links and tables of the page (html.parser raises nothing; we count what we need)."""

    def __init__(self) -> None:
        super().__init__()
        self.images: list[str] = []
        self.urls: list[str] = []
        self.tables = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "img":
            self.images.append(values.get("src") or "")
        if tag == "table":
            self.tables += 1
        for name in ("href", "src"):
            if values.get(name) and not str(values[name]).startswith("data:"):
                self.urls.append(str(values[name]))


def test_normalise_ignores_case_and_punctuation() -> None:
    assert normalise("HOW to get a Work Permit?!") == "how to get a work permit"
    assert normalise("Ինչպե՞ս ստանալ աշխատանքի թույլտվություն։") == "ինչպես ստանալ աշխատանքի թույլտվություն"


def test_the_real_knowledge_base_loads() -> None:
    entries = load_entries(ROOT / "knowledge_base")
    assert len(entries) > 20 and any(e.id == "work.permit" for e in entries)
    assert all(e.questions for e in entries)


@pytest.mark.asyncio
async def test_report_groups_counts_and_files(sessions: async_sessionmaker[AsyncSession],
                                              knowledge_base: Path, tmp_path: Path) -> None:
    filled = await fill(sessions, START, 30)
    report = await build_report(sessions, SINCE, UNTIL, knowledge_base, stale_days=180)

    # (a) near-duplicates together, one group per language here, with the closest entry.
    by_example = {normalise(g.example): g for g in report.groups}
    for wordings, entry in ((WORK_PERMIT_EN, "work.permit"), (WORK_PERMIT_RU, "work.permit"),
                            (WORK_PERMIT_HY, "work.permit"), (CAT, "pets.import"), (SIM, "telecom.sim")):
        group = next(g for g in report.groups if wordings[0][0] in g.variants)
        assert set(group.variants) == {w for w, _ in wordings}
        assert group.count == sum(n for _, n in wordings)
        assert group.closest_entry == entry
    assert report.groups[0].count == 14 and report.groups[0].example == "how to get a work permit?"
    assert by_example["how to get a residence permit"].count == 2  # not a work permit
    assert by_example["how to get a residence permit"].closest_entry == "residence.temporary"
    assert sum(g.count for g in report.groups) == filled.declined
    assert len(report.groups) == 8
    # The three languages' work-permit groups are one theme under the entry they all came close to.
    theme = next(t for t in report.themes if t.entry_id == "work.permit")
    assert dict(theme.languages) == {"en": 14, "ru": 9, "hy": 6} and len(theme.groups) == 3
    assert "how to get a residence permit" not in {g.example for g in theme.groups}

    # Counts match the database (rows before the period are left out).
    async with sessions() as session:
        declined = await session.scalar(select(func.count()).select_from(gw.Unanswered)
                                        .where(gw.Unanswered.created_at >= START))
        cases = await session.scalar(select(func.count()).select_from(Case))
    assert report.outcomes["declined"] == declined == filled.declined
    assert report.outcomes["handed to staff"] == cases == filled.handoffs
    assert report.questions == filled.questions
    assert report.outcomes["answered"] == filled.questions - filled.declined - filled.handoffs
    per_language: dict[str, int] = {}
    for counts in report.per_day.values():
        for language, n in counts.items():
            per_language[language] = per_language.get(language, 0) + n
    assert per_language == filled.questions_by_language
    assert len(report.per_day) == 30

    # (b) entries by "not helpful" votes and by cases after their answer.
    rows = {e.entry_id: e for e in report.entries}
    assert [e.entry_id for e in report.entries] == ["work.permit", "residence.temporary", "pets.import"]
    assert (rows["work.permit"].not_helpful, rows["work.permit"].helpful, rows["work.permit"].handoffs) == (7, 3, 3)
    assert rows["residence.temporary"].handoff_reasons == "user_request 1"
    assert "telecom.sim" not in rows  # helpful votes only

    # (c) drafts and entries reviewed over 180 days before the period's end, most asked first.
    assert [(s.entry_id, s.asked) for s in report.stale] == [
        ("telecom.sim", 4), ("residence.temporary", 3), ("pets.import", 1)]
    assert report.topics["work"] == 13  # 10 votes and 3 cases on work.permit

    # Median of the daily medians of 10..60 minutes, one case a day.
    assert report.median_first_reply == 35.0
    assert set(report.charts) == {"questions_per_day", "outcomes", "top_topics", "first_reply"}
    assert all(png.startswith(b"\x89PNG") for png in report.charts.values())

    written = write_report(report, tmp_path / "out")
    assert {p.name for p in written} == {"report.html", *CSV_FILES}
    page = Page()
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    page.feed(html)
    page.close()
    assert len(page.images) == 4 and all(src.startswith("data:image/png;base64,") for src in page.images)
    assert page.urls == [] and "<script" not in html and page.tables == 4
    assert "closest entry" in html.lower()

    for name, table in CSV_FILES.items():
        with (tmp_path / "out" / name).open(encoding="utf-8", newline="") as handle:
            loaded = list(csv.reader(handle))
        assert loaded[0] == HEADERS[table]
    with (tmp_path / "out" / "unanswered_groups.csv").open(encoding="utf-8", newline="") as handle:
        groups = list(csv.DictReader(handle))
    assert groups[0]["count"] == "14" and groups[0]["closest_entry"] == "work.permit"
    assert sum(int(row["count"]) for row in groups) == filled.declined

    # Privacy: no Telegram id or pseudonym anywhere in the files written.
    everything = "".join(p.read_text(encoding="utf-8") for p in written)
    for chat_id, alias in zip(filled.chat_ids, filled.pseudonyms, strict=True):
        assert str(chat_id) not in everything and alias not in everything


@pytest.mark.asyncio
async def test_an_empty_period_still_makes_a_report(sessions: async_sessionmaker[AsyncSession],
                                                    knowledge_base: Path, tmp_path: Path) -> None:
    report = await build_report(sessions, SINCE, SINCE, knowledge_base)
    assert report.groups == [] and report.entries == [] and report.questions == 0
    assert report.median_first_reply is None
    write_report(report, tmp_path)
    assert len(list(csv.reader(io.StringIO((tmp_path / "stale_entries.csv").read_text())))) == 4


def test_command_line_needs_no_telegram_token(tmp_path: Path, knowledge_base: Path) -> None:
    url = f"sqlite:///{tmp_path / 'gw.sqlite3'}"
    from channels.db import migrate

    migrate.upgrade(url)
    env = {"PATH": "/usr/bin:/bin", "DATABASE_URL": url, "KNOWLEDGE_BASE_DIR": str(knowledge_base)}
    done = subprocess.run(
        [sys.executable, "-m", "channels.report", "--since", "2026-11-01", "--until", "2026-11-30",
         "--out", str(tmp_path / "out")], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "report.html").exists()
    assert len(done.stdout.split()) == 1 + len(CSV_FILES)
    bad = subprocess.run([sys.executable, "-m", "channels.report", "--since", "2026-11-30", "--until",
                          "2026-11-01"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "--until" in bad.stderr

