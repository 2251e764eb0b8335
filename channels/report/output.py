"""The report on disk: report.html (charts embedded) and one CSV file per table."""

from __future__ import annotations

import base64
import csv
import io
from html import escape
from pathlib import Path

from channels.report.builder import Report
from channels.report.charts import TITLES
from channels.report.themes import SAME_ENTRY

CSV_FILES = {
    "unanswered_groups.csv": "groups",
    "unanswered_themes.csv": "themes",
    "entries_feedback.csv": "entries",
    "stale_entries.csv": "stale",
}
HEADERS = {
    "groups": ["count", "example", "languages", "variants", "closest_entry", "closest_similarity"],
    "themes": ["entry_id", "count", "languages", "groups", "examples"],
    "entries": ["entry_id", "not_helpful", "helpful", "handoffs", "handoff_reasons"],
    "stale": ["entry_id", "file", "status", "reviewed", "age_days", "asked"],
}
VARIANTS_SHOWN = 5


def rows(report: Report, table: str) -> list[list[object]]:
    """The rows of one table, in the order of HEADERS."""
    if table == "groups":
        return [[g.count, g.example, " ".join(f"{lang}:{n}" for lang, n in g.languages.most_common()),
                 " | ".join(v for v, _ in g.variants.most_common(VARIANTS_SHOWN)),
                 g.closest_entry or "", f"{g.closest_score:.2f}"] for g in report.groups]
    if table == "themes":
        return [[t.entry_id, t.count, " ".join(f"{lang}:{n}" for lang, n in t.languages.most_common()),
                 len(t.groups), " | ".join(f"{lang}: {text}" for lang, text in t.examples().items())]
                for t in report.themes]
    if table == "entries":
        return [[e.entry_id, e.not_helpful, e.helpful, e.handoffs, e.handoff_reasons] for e in report.entries]
    return [[s.entry_id, s.file, s.status, s.reviewed.isoformat() if s.reviewed else "",
             "" if s.age_days is None else s.age_days, s.asked] for s in report.stale]


def csv_text(report: Report, table: str) -> str:
    """One table as CSV (UTF-8, a header line)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADERS[table])
    writer.writerows(rows(report, table))
    return buffer.getvalue()


def _table(report: Report, table: str) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in HEADERS[table])
    body = "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in row) + "</tr>"
                   for row in rows(report, table))
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


STYLE = """body{font-family:sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse;
margin:1em 0}td,th{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#eee}img{max-width:100%}.note{color:#555}"""


def html_page(report: Report) -> str:
    """A self-contained page: no scripts, no external addresses, charts as data: PNG."""
    charts = "".join(
        f'<figure><img alt="{escape(TITLES[name])}" src="data:image/png;base64,'
        f'{base64.b64encode(png).decode()}"><figcaption>{escape(TITLES[name])}</figcaption></figure>'
        for name, png in report.charts.items())
    median = report.median_first_reply
    summary = (f"{report.questions} questions; answered {report.outcomes['answered']}, declined "
               f"{report.outcomes['declined']}, handed to staff {report.outcomes['handed to staff']}; "
               f"median staff first reply: {'n/a' if median is None else f'{median:.0f} min'}.")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Editor's to-do {report.since} to {report.until}</title>
<style>{STYLE}</style></head><body>
<h1>Editor's to-do, {report.since} to {report.until}</h1>
<p>{escape(summary)}</p>
<p class="note">"Answered" is every question the person sent minus those declined (table
<code>unanswered</code>) and those handed to staff (cases opened). No Telegram ids or names are
in this report.</p>
{charts}
<h2>Questions the assistant could not answer</h2>
<p class="note">Grouped by similarity (character n-grams, case and punctuation ignored); the example is
the most frequent wording. The closest entry is the knowledge-base entry whose training questions
(knowledge_base/*.yml) are most similar to the example, not the engine's own decision.</p>
{_table(report, "groups")}
<h2>The same questions across languages</h2>
<p class="note">Groups whose example is at least {SAME_ENTRY:.2f} similar to a training question of one
knowledge-base entry, shown together under that entry whatever language they were asked in (each
entry has questions in Armenian, Russian and English). A group further from every entry is in no theme;
about one theme member in ten belongs to a neighbouring entry (docs/STAFF.md).</p>
{_table(report, "themes")}
<h2>Entries voted "not helpful" or followed by a handoff</h2>
{_table(report, "entries")}
<h2>Drafts and entries not reviewed for {report.stale_days} days</h2>
<p class="note">"Asked" counts votes and cases that name the entry: the gateway does not store which
entry answered each question.</p>
{_table(report, "stale")}
</body></html>
"""


def write_report(report: Report, out: Path) -> list[Path]:
    """Write report.html, the CSV files and the chart PNGs into ``out``; the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    written = [out / "report.html"]
    written[0].write_text(html_page(report), encoding="utf-8")
    for name, table in CSV_FILES.items():
        path = out / name
        path.write_text(csv_text(report, table), encoding="utf-8", newline="")
        written.append(path)
    return written
