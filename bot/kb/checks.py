"""Small checks over a loaded knowledge base; each returns the problems it finds."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from bot.errors import Problem
from bot.kb.model import AUDIENCES, LANGUAGES, STATUSES, KnowledgeBase
from bot.nlu.normalise import dedup_key

_ID = re.compile(r"^[a-z][a-z0-9_]*\.[a-z0-9_.]+$")
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$")


@dataclass
class Context:
    """What the checks need besides the knowledge base."""

    today: dt.date
    max_age_days: int = 365
    catalogue: dict[str, str] | None = None  # id -> area
    catalogue_file: str = ""
    conversation: dict[str, list[tuple[str, str, int]]] = field(default_factory=dict)
    # intent -> [(text, file, line)] from nlu_data/, to catch a question pasted there too


Check = Callable[[KnowledgeBase, Context], Iterable[Problem]]


def _p(file: str, line: int, message: str, severity: str = "error") -> Problem:
    return Problem(file, line, message, severity)


def check_ids(kb: KnowledgeBase, ctx: Context) -> Iterable[Problem]:
    """Ids look like 'area.name'."""
    for entry in kb.entries.values():
        if not _ID.match(entry.id):
            yield _p(entry.file, entry.where("id"), f"id {entry.id!r} must look like 'area.name' in lower case")


def check_fields(kb: KnowledgeBase, ctx: Context) -> Iterable[Problem]:
    """Status, audiences and topic hold known values."""
    for e in kb.entries.values():
        if e.status not in STATUSES:
            yield _p(e.file, e.where("status"), f"status must be draft or published, not {e.status!r}")
        if not e.audiences:
            yield _p(e.file, e.where("audiences"), "audiences is empty")
        for audience in e.audiences:
            if audience not in AUDIENCES:
                yield _p(e.file, e.where("audiences"), f"unknown audience {audience!r}")
        if not e.topic:
            yield _p(e.file, e.where("topic"), "topic is empty")
        if ctx.catalogue and e.id in ctx.catalogue and ctx.catalogue[e.id] != e.topic:
            yield _p(e.file, e.where("topic"), f"topic {e.topic!r} differs from the catalogue's {ctx.catalogue[e.id]!r}")


def check_dates(kb: KnowledgeBase, ctx: Context) -> Iterable[Problem]:
    """Reviewed dates are not in the future and not older than the allowed age."""
    items = [(e.file, e.where("reviewed"), e.id, e.reviewed) for e in kb.entries.values()]
    items += [(c.file, c.line, f"country {c.code}", c.reviewed) for c in kb.countries.values()]
    for file, line, what, reviewed in items:
        if reviewed == dt.date.min:
            continue
        if reviewed > ctx.today:
            yield _p(file, line, f"{what}: reviewed date {reviewed} is in the future")
        elif (ctx.today - reviewed).days > ctx.max_age_days:
            age = (ctx.today - reviewed).days
            yield _p(file, line, f"{what}: reviewed {age} days ago (more than {ctx.max_age_days}): check it again", "warning")


def check_sources(kb: KnowledgeBase, ctx: Context) -> Iterable[Problem]:
    """Every source URL is absolute, with http or https."""
    holders = [(e.file, e.where("sources"), e.id, e.sources) for e in kb.entries.values()]
    holders += [(c.file, c.line, f"country {c.code}", c.sources) for c in kb.countries.values()]
    for file, line, what, sources in holders:
        for source in sources:
            if not _URL.match(source.url):
                yield _p(file, line, f"{what}: source url {source.url!r} must start with https:// or http://")


def check_related(kb: KnowledgeBase, ctx: Context) -> Iterable[Problem]:
    """Related ids name existing entries other than the entry itself."""
    for e in kb.entries.values():
        for other in e.related:
            if other == e.id:
                yield _p(e.file, e.where("related"), f"{e.id} lists itself as related")
            elif other not in kb.entries:
                yield _p(e.file, e.where("related"), f"related names an unknown id {other!r}")


def check_duplicate_questions(kb: KnowledgeBase, ctx: Context) -> Iterable[Problem]:
    """No question stands under two entries, twice in one, or also in nlu_data/."""
    seen: dict[str, tuple[str, str, int]] = {}
    for intent, items in ctx.conversation.items():
        for text, file, line in items:
            seen.setdefault(dedup_key(text), (f"intent {intent}", file, line))
    for e in kb.entries.values():
        for key, texts in e.questions.items():
            for index, text in enumerate(texts):
                line = e.where(f"questions.{key}.{index}")
                norm = dedup_key(text)
                if not norm:
                    continue
                if norm in seen:
                    owner, file, first = seen[norm]
                    if owner == e.id:
                        yield _p(e.file, line, f"question {text!r} is listed twice in {e.id}", "warning")
                    else:
                        yield _p(e.file, line, f"question {text!r} also stands under {owner} ({file}:{first})")
                    continue
                seen[norm] = (e.id, e.file, line)


def check_catalogue(kb: KnowledgeBase, ctx: Context) -> Iterable[Problem]:
    """Every id of the catalogue exists."""
    for entry_id in ctx.catalogue or {}:
        if entry_id not in kb.entries:
            yield _p(ctx.catalogue_file, 1, f"catalogue id {entry_id!r} has no entry in knowledge_base/")


def check_answers(kb: KnowledgeBase, ctx: Context) -> Iterable[Problem]:
    """Answers fit a phone screen and entries have enough training questions."""
    for e in kb.entries.values():
        for lang in LANGUAGES:
            words = len(e.answer.get(lang, "").split())
            if e.answer.get(lang) and not 40 <= words <= 300:
                yield _p(e.file, e.where(f"answer.{lang}"), f"answer in {lang} has {words} words (aim for 60 to 250)", "warning")
            count = len(e.questions.get(lang, ()))
            if 0 < count < 12:
                yield _p(e.file, e.where("questions"), f"{e.id}: only {count} questions in {lang} (aim for 12 or more)", "warning")


def check_countries(kb: KnowledgeBase, ctx: Context) -> Iterable[Problem]:
    """Countries have a status and the stay only where the regime is visa-free."""
    for c in kb.countries.values():
        if c.status not in STATUSES:
            yield _p(c.file, c.line, f"country {c.code}: status must be draft or published")
        if c.visa.regime != "visa_free" and c.visa.max_stay_days:
            yield _p(c.file, c.line, f"country {c.code}: max_stay_days is set but the regime is not visa_free")
        if c.status == "published" and c.visa.regime is None:
            yield _p(c.file, c.line, f"country {c.code}: a published country needs a known regime")


CHECKS: tuple[Check, ...] = (
    check_ids,
    check_fields,
    check_dates,
    check_sources,
    check_related,
    check_duplicate_questions,
    check_catalogue,
    check_answers,
    check_countries,
)


def run_checks(kb: KnowledgeBase, ctx: Context) -> list[Problem]:
    """Run every check and return the problems in file and line order."""
    problems = [p for check in CHECKS for p in check(kb, ctx)]
    return sorted(problems, key=lambda p: (p.file, p.line, p.message))


def read_catalogue(path: Path) -> dict[str, str]:
    """The catalogue's ids mapped to their area."""
    from bot.yamlio import load_file

    data = load_file(path)
    return {entry_id: area for area, ids in (data or {}).items() if isinstance(ids, dict) for entry_id in ids}
