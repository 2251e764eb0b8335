"""Read knowledge_base/*.yml into plain data objects, collecting every problem with its line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from bot.errors import Problem, YamlError
from bot.kb.model import (
    LANGUAGES,
    QUESTION_KEYS,
    Country,
    Entry,
    KnowledgeBase,
    Source,
    Visa,
)
from bot.yamlio import LineDict, LineList, load_file, tab_problems

COUNTRIES_FILE = "countries.yml"
CATALOGUE_FILE = "catalogue.yml"  # the ids that must exist: read by `kb check`, not an entry file
REQUIRED = ("id", "topic", "audiences", "status", "reviewed", "title", "questions", "answer", "sources")


class _Collector:
    """Gathers problems for one file."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []

    def error(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.file, line, message))


def _line(node: Any, key: Any = None, default: int = 1) -> int:
    if isinstance(node, LineDict):
        if key is not None and key in node.key_lines:
            return node.key_lines[key]
        return node.line or default
    if isinstance(node, LineList):
        if isinstance(key, int) and key < len(node.item_lines):
            return node.item_lines[key]
        return node.line or default
    return default


def _text(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _date(value: Any, line: int, out: _Collector, what: str) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    out.error(line, f"{what} must be a date written YYYY-MM-DD, not {value!r}")
    return None


def _sources(node: Any, line: int, out: _Collector) -> tuple[Source, ...]:
    if not isinstance(node, list) or not node:
        out.error(line, "sources must be a list of {title, url} with at least one item")
        return ()
    found = []
    for index, item in enumerate(node):
        item_line = _line(node, index, line)
        if not isinstance(item, dict) or not _text(item.get("title")) or not _text(item.get("url")):
            out.error(item_line, "each source needs a title and a url")
            continue
        found.append(Source(title=item["title"].strip(), url=item["url"].strip()))
    return tuple(found)


def _per_language(node: Any, line: int, out: _Collector, what: str, lines: dict[str, int]) -> dict[str, str]:
    if not isinstance(node, dict):
        out.error(line, f"{what} must have hy, ru and en")
        return {}
    found = {}
    for lang in LANGUAGES:
        value = _text(node.get(lang))
        where = _line(node, lang, line) if lang in node else line
        lines[f"{what}.{lang}"] = where
        if value is None:
            out.error(where, f"{what} in {lang} is missing or empty")
        else:
            found[lang] = value
    for key in node:
        if key not in LANGUAGES:
            out.error(_line(node, key, line), f"{what} has an unknown language {key!r} (use hy, ru, en)")
    return found


def _questions(node: Any, line: int, out: _Collector, lines: dict[str, int]) -> dict[str, tuple[str, ...]]:
    if not isinstance(node, dict):
        out.error(line, "questions must be a mapping of en, ru, hy, hy_latn, ru_latn to lists")
        return {}
    found: dict[str, tuple[str, ...]] = {}
    for key, items in node.items():
        key_line = _line(node, key, line)
        if key not in QUESTION_KEYS:
            out.error(key_line, f"questions has an unknown key {key!r} (use {', '.join(QUESTION_KEYS)})")
            continue
        if not isinstance(items, list):
            out.error(key_line, f"questions.{key} must be a list")
            continue
        texts = []
        for index, item in enumerate(items):
            item_line = _line(items, index, key_line)
            if not _text(item if isinstance(item, str) else None):
                out.error(item_line, f"questions.{key} item {index + 1} must be non-empty text")
                continue
            lines[f"questions.{key}.{len(texts)}"] = item_line
            texts.append(item.strip())
        found[key] = tuple(texts)
    for lang in LANGUAGES:
        if not found.get(lang):
            out.error(line, f"questions in {lang} are missing")
    return found


def _entry(node: Any, line: int, file: str, out: _Collector) -> Entry | None:
    if not isinstance(node, dict):
        out.error(line, "an entry must be a mapping")
        return None
    missing = [key for key in REQUIRED if key not in node]
    for key in missing:
        out.error(line, f"entry {node.get('id', '?')!r} lacks the field {key!r}")
    if "id" in missing or not isinstance(node.get("id"), str):
        return None
    lines: dict[str, int] = {key: _line(node, key, line) for key in node}
    audiences = node.get("audiences") or []
    if not isinstance(audiences, list):
        out.error(lines.get("audiences", line), "audiences must be a list")
        audiences = []
    status = node.get("status")
    reviewed = _date(node.get("reviewed"), lines.get("reviewed", line), out, "reviewed") if "reviewed" in node else None
    related = node.get("related") or []
    if not isinstance(related, list):
        out.error(lines.get("related", line), "related must be a list of entry ids")
        related = []
    escalate = node.get("escalate", False)
    if not isinstance(escalate, bool):
        out.error(lines.get("escalate", line), "escalate must be true or false")
        escalate = False
    return Entry(
        id=node["id"].strip(),
        topic=str(node.get("topic", "")).strip(),
        audiences=tuple(str(a) for a in audiences),
        status=str(status or ""),
        reviewed=reviewed or dt.date.min,
        title=_per_language(node.get("title"), lines.get("title", line), out, "title", lines),
        answer=_per_language(node.get("answer"), lines.get("answer", line), out, "answer", lines),
        questions=_questions(node.get("questions"), lines.get("questions", line), out, lines),
        sources=_sources(node.get("sources"), lines.get("sources", line), out) if "sources" in node else (),
        related=tuple(str(r) for r in related),
        escalate=escalate,
        file=file,
        line=line,
        lines=lines,
    )


def _names(node: Any) -> dict[str, tuple[str, ...]]:
    if not isinstance(node, dict):
        return {}
    found = {}
    for lang in LANGUAGES:
        items = node.get(lang) or []
        if isinstance(items, str):
            items = [items]
        found[lang] = tuple(str(i).strip() for i in items if str(i).strip())
    return found


def _country(code: str, node: Any, line: int, file: str, out: _Collector) -> Country | None:
    if not isinstance(node, dict):
        out.error(line, f"country {code} must be a mapping")
        return None
    if not (isinstance(code, str) and len(code) == 2 and code.isalpha() and code.isupper()):
        out.error(line, f"country code {code!r} must be two capital letters (ISO 3166-1)")
        return None
    name = node.get("name")
    names = {}
    if not isinstance(name, dict):
        out.error(line, f"country {code} needs name with hy, ru and en")
    else:
        for lang in LANGUAGES:
            if not _text(name.get(lang)):
                out.error(_line(name, lang, line), f"country {code}: name in {lang} is missing")
            else:
                names[lang] = name[lang].strip()
    visa_node = node.get("visa")
    visa = Visa(regime=None)
    if not isinstance(visa_node, dict):
        out.error(line, f"country {code} needs a visa mapping")
    else:
        regime = visa_node.get("regime")
        if regime not in ("visa_free", "visa_required", None):
            out.error(_line(visa_node, "regime", line), f"country {code}: regime must be visa_free, visa_required or empty")
            regime = None
        ints = {}
        for key in ("max_stay_days", "within_days"):
            value = visa_node.get(key)
            if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value <= 0):
                out.error(_line(visa_node, key, line), f"country {code}: {key} must be a positive whole number")
                value = None
            ints[key] = value
        flags = {}
        for key in ("evisa", "on_arrival", "invitation"):
            value = visa_node.get(key)
            if value is not None and not isinstance(value, bool):
                out.error(_line(visa_node, key, line), f"country {code}: {key} must be true, false or empty")
                value = None
            flags[key] = value
        visa = Visa(regime=regime, **ints, **flags)
    status = str(node.get("status") or "")
    reviewed = _date(node.get("reviewed"), _line(node, "reviewed", line), out, f"country {code}: reviewed")
    return Country(
        code=code,
        name=names,
        aliases=_names(node.get("aliases")),
        demonyms=_names(node.get("demonyms")),
        visa=visa,
        status=status,
        reviewed=reviewed or dt.date.min,
        sources=_sources(node.get("sources"), _line(node, "sources", line), out),
        file=file,
        line=line,
    )


def _read(path: Path, out: _Collector) -> Any:
    tabs = tab_problems(path)
    for number, message in tabs:
        out.error(number, message)
    if tabs:
        return None
    try:
        return load_file(path)
    except YamlError as error:
        out.problems.append(error.problem)
        return None


def load(directory: Path) -> tuple[KnowledgeBase, list[Problem]]:
    """Load every entry file and countries.yml; problems are returned, not raised."""
    kb = KnowledgeBase()
    problems: list[Problem] = []
    files = sorted(p for p in directory.glob("*.yml") if p.is_file() and p.name != CATALOGUE_FILE)
    if not files:
        problems.append(Problem(str(directory), 1, "no knowledge-base files (*.yml) found"))
    for path in files:
        out = _Collector(str(path))
        data = _read(path, out)
        if path.name == COUNTRIES_FILE:
            if data is not None:
                _load_countries(data, str(path), out, kb)
        elif data is not None:
            _load_entries(data, str(path), out, kb)
        problems.extend(out.problems)
    return kb, problems


def _load_entries(data: Any, file: str, out: _Collector, kb: KnowledgeBase) -> None:
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        out.error(1, "an entry file must have a top-level list 'entries:'")
        return
    items = data["entries"]
    for index, node in enumerate(items):
        entry = _entry(node, _line(items, index), file, out)
        if entry is None:
            continue
        if entry.id in kb.entries:
            first = kb.entries[entry.id]
            out.error(entry.line, f"duplicate id {entry.id!r} (first in {first.file}:{first.line})")
            continue
        kb.entries[entry.id] = entry


def _load_countries(data: Any, file: str, out: _Collector, kb: KnowledgeBase) -> None:
    if not isinstance(data, dict) or not isinstance(data.get("countries"), dict):
        out.error(1, "countries.yml must have a top-level mapping 'countries:'")
        return
    table = data["countries"]
    for code, node in table.items():
        country = _country(code, node, _line(table, code), file, out)
        if country is not None:
            kb.countries[country.code] = country
