"""Knowledge-base entries as the report needs them: id, topic, status, review date, questions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import yaml

# libyaml's loader when PyYAML was built with it: the knowledge base loads in a tenth of the time.
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Entry:
    """One knowledge-base entry, read from knowledge_base/*.yml."""

    id: str
    topic: str
    status: str
    reviewed: dt.date | None
    file: str
    questions: tuple[str, ...]

    @property
    def draft(self) -> bool:
        return self.status == "draft"


def _date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def load_entries(directory: Path) -> list[Entry]:
    """Entries of every file with an ``entries:`` list (countries and the catalogue have none)."""
    entries: list[Entry] = []
    for path in sorted(directory.glob("*.yml")):
        with path.open(encoding="utf-8") as handle:
            data = yaml.load(handle, Loader=SafeLoader)  # noqa: S506 (a safe loader)
        if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
            continue
        for raw in data["entries"]:
            if not isinstance(raw, dict) or "id" not in raw:
                continue
            questions = raw.get("questions") or {}
            texts = tuple(str(q) for values in questions.values() for q in (values or []))
            entries.append(Entry(
                id=str(raw["id"]),
                topic=str(raw.get("topic") or str(raw["id"]).split(".")[0]),
                status=str(raw.get("status") or "published"),
                reviewed=_date(raw.get("reviewed")),
                file=path.name,
                questions=texts,
            ))
    return entries
