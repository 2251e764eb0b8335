"""The report of a period: the three to-do tables and the figures behind the charts."""

from __future__ import annotations

import asyncio
import datetime as dt
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from channels.report.data import NOT_HELPFUL, PeriodData, read_period
from channels.report.grouping import Group, group_questions
from channels.report.knowledge import Entry, load_entries
from channels.report.themes import Theme, themes


@dataclass(frozen=True)
class EntryFeedback:
    """An entry's "not helpful" votes and the cases opened after its answer."""

    entry_id: str
    not_helpful: int
    helpful: int
    handoffs: int
    handoff_reasons: str


@dataclass(frozen=True)
class StaleEntry:
    """A draft, or an entry not reviewed for too long, with how often it came up."""

    entry_id: str
    file: str
    status: str
    reviewed: dt.date | None
    age_days: int | None
    asked: int


@dataclass
class Report:
    """Everything the HTML, the CSV files and /report show."""

    since: dt.date
    until: dt.date
    stale_days: int
    groups: list[Group]
    themes: list[Theme]
    distinct_texts: int
    entries: list[EntryFeedback]
    stale: list[StaleEntry]
    per_day: dict[dt.date, Counter[str]]
    outcomes: dict[str, int]
    topics: Counter[str]
    first_reply_minutes: dict[dt.date, float]
    charts: dict[str, bytes] = field(default_factory=dict)

    @property
    def questions(self) -> int:
        return sum(sum(c.values()) for c in self.per_day.values())

    @property
    def median_first_reply(self) -> float | None:
        return statistics.median(self.first_reply_minutes.values()) if self.first_reply_minutes else None


def period(since: dt.date, until: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """From the start of ``since`` to the end of ``until``, in UTC."""
    start = dt.datetime.combine(since, dt.time(), dt.timezone.utc)
    return start, dt.datetime.combine(until + dt.timedelta(days=1), dt.time(), dt.timezone.utc)


def entry_feedback(data: PeriodData) -> list[EntryFeedback]:
    """Entries with a "not helpful" vote or a case after their answer, the worst first."""
    bad: Counter[str] = Counter()
    good: Counter[str] = Counter()
    cases: Counter[str] = Counter()
    reasons: dict[str, Counter[str]] = defaultdict(Counter)
    for vote in data.votes:
        if vote.entry_id:
            (bad if vote.value == NOT_HELPFUL else good)[vote.entry_id] += 1
    for case in data.handoffs:
        if case.entry_id:
            cases[case.entry_id] += 1
            reasons[case.entry_id][case.reason] += 1
    ids = set(bad) | set(cases)
    rows = [EntryFeedback(i, bad[i], good[i], cases[i],
                          ", ".join(f"{r} {n}" for r, n in reasons[i].most_common())) for i in ids]
    rows.sort(key=lambda r: (-r.not_helpful, -r.handoffs, r.entry_id))
    return rows


def asked_counts(data: PeriodData) -> Counter[str]:
    """How often each entry came up: votes on its answer and cases that name it.

    The gateway does not store which entry answered a turn, so these are the only counts by entry.
    """
    asked: Counter[str] = Counter(v.entry_id for v in data.votes if v.entry_id)
    asked.update(c.entry_id for c in data.handoffs if c.entry_id)
    return asked


def stale_entries(entries: list[Entry], asked: Counter[str], today: dt.date, days: int) -> list[StaleEntry]:
    """Drafts and entries reviewed more than ``days`` ago (or never), most asked first."""
    rows = []
    for entry in entries:
        age = (today - entry.reviewed).days if entry.reviewed else None
        if entry.draft or age is None or age > days:
            rows.append(StaleEntry(entry.id, entry.file, entry.status, entry.reviewed, age, asked[entry.id]))
    rows.sort(key=lambda r: (-r.asked, -(r.age_days or 10**6), r.entry_id))
    return rows


def figures(data: PeriodData, entries: list[Entry], since: dt.date, until: dt.date) -> dict[str, object]:
    """Questions per day by language, outcomes, topics and first-reply times."""
    per_day: dict[dt.date, Counter[str]] = {
        since + dt.timedelta(days=n): Counter() for n in range((until - since).days + 1)}
    for (day, language), count in data.questions.items():
        per_day.setdefault(day, Counter())[language] += count
    declined, handed = sum(d.times for d in data.declined), len(data.handoffs)
    outcomes = {"answered": max(0, sum(data.questions.values()) - declined - handed),
                "declined": declined, "handed to staff": handed}
    topic_of = {e.id: e.topic for e in entries}
    topics: Counter[str] = Counter()
    for entry_id, count in asked_counts(data).items():
        topics[topic_of.get(entry_id, entry_id.split(".")[0])] += count
    waits: dict[dt.date, list[float]] = defaultdict(list)
    for case in data.handoffs:
        if case.first_staff_reply_at is not None:
            minutes = (case.first_staff_reply_at - case.opened_at).total_seconds() / 60
            waits[case.opened_at.date()].append(minutes)
    first_reply = {day: statistics.median(values) for day, values in sorted(waits.items())}
    return {"per_day": per_day, "outcomes": outcomes, "topics": topics, "first_reply_minutes": first_reply}


async def build_report(
    sessions: async_sessionmaker[AsyncSession],
    since: dt.date,
    until: dt.date,
    knowledge_base: Path,
    stale_days: int = 180,
    *,
    charts: bool = True,
) -> Report:
    """Read the period and the knowledge base, group, count and draw."""
    start, end = period(since, until)
    data = await read_period(sessions, start, end)
    # Grouping and drawing take CPU time: off the event loop, which keeps serving people.
    return await asyncio.to_thread(assemble, data, since, until, knowledge_base, stale_days, charts)


def assemble(data: PeriodData, since: dt.date, until: dt.date, knowledge_base: Path,
             stale_days: int, charts: bool) -> Report:
    """The report from the period's rows and the knowledge base."""
    entries = load_entries(knowledge_base)
    grouping = group_questions(data.declined, entries)
    report = Report(
        since=since, until=until, stale_days=stale_days,
        groups=grouping.groups, themes=themes(grouping.groups), distinct_texts=grouping.distinct_texts,
        entries=entry_feedback(data),
        stale=stale_entries(entries, asked_counts(data), until, stale_days),
        **figures(data, entries, since, until),  # type: ignore[arg-type]
    )
    if charts:
        from channels.report.charts import draw_all  # matplotlib only when drawing

        report.charts = draw_all(report)
    return report
