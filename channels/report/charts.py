"""The report's charts as PNG images (matplotlib figures without pyplot: no display, thread-safe)."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from channels.report.builder import Report

TOP_TOPICS = 10
# name -> title, in the order the HTML and /report show them
TITLES = {
    "questions_per_day": "Questions per day by language",
    "outcomes": "Answered / declined / handed to staff",
    "top_topics": "Top topics (votes and cases by entry)",
    "first_reply": "Median staff first-reply time (minutes)",
}


def _figure(width: float) -> tuple[Figure, Axes]:
    from matplotlib.figure import Figure  # matplotlib loads only when a report is drawn

    figure = Figure(figsize=(width, 3.5))
    return figure, figure.subplots()


def _png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    figure.tight_layout()
    figure.savefig(buffer, format="png", dpi=100)
    return buffer.getvalue()


def questions_per_day(report: Report) -> bytes:
    """Stacked bars: user questions per day, one colour per language."""
    days = sorted(report.per_day)
    languages = sorted({lang for counts in report.per_day.values() for lang in counts})
    figure, axes = _figure(8)
    bottom = [0] * len(days)
    for lang in languages:
        values = [report.per_day[day][lang] for day in days]
        axes.bar(range(len(days)), values, bottom=bottom, label=lang)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    step = max(1, len(days) // 10)
    axes.set_xticks(range(0, len(days), step), [days[i].strftime("%m-%d") for i in range(0, len(days), step)])
    axes.set_title(TITLES["questions_per_day"])
    if languages:
        axes.legend()
    return _png(figure)


def outcomes(report: Report) -> bytes:
    """Bars: answered, declined, handed to staff."""
    figure, axes = _figure(6)
    names = list(report.outcomes)
    axes.bar(names, [report.outcomes[n] for n in names], color=["#4c9f70", "#d99a3e", "#c0504d"])
    axes.set_title(TITLES["outcomes"])
    return _png(figure)


def top_topics(report: Report) -> bytes:
    """Horizontal bars: the topics whose entries came up most."""
    top = report.topics.most_common(TOP_TOPICS)[::-1]
    figure, axes = _figure(6)
    axes.barh([t for t, _ in top], [n for _, n in top])
    axes.set_title(TITLES["top_topics"])
    return _png(figure)


def first_reply(report: Report) -> bytes:
    """Line: median minutes to the first staff reply, per day a case was opened."""
    days = sorted(report.first_reply_minutes)
    figure, axes = _figure(8)
    axes.plot(range(len(days)), [report.first_reply_minutes[d] for d in days], marker="o")
    step = max(1, len(days) // 10)
    axes.set_xticks(range(0, len(days), step), [days[i].strftime("%m-%d") for i in range(0, len(days), step)])
    axes.set_title(TITLES["first_reply"])
    axes.set_ylim(bottom=0)
    return _png(figure)


def draw_all(report: Report) -> dict[str, bytes]:
    """Every chart of the report, PNG bytes by name."""
    return {
        "questions_per_day": questions_per_day(report),
        "outcomes": outcomes(report),
        "top_topics": top_topics(report),
        "first_reply": first_reply(report),
    }
