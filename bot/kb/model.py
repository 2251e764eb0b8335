"""Plain data objects for the knowledge base."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

LANGUAGES = ("hy", "ru", "en")
QUESTION_KEYS = ("en", "ru", "hy", "hy_latn", "ru_latn")
AUDIENCES = (
    "foreign_nationals",
    "returnees",
    "repatriates",
    "internally_displaced",
    "asylum_seekers",
    "refugees",
    "forcibly_displaced",
    "emigrants",
)
STATUSES = ("draft", "published")


@dataclass(frozen=True)
class Source:
    """An official page or law an answer rests on."""

    title: str
    url: str


@dataclass(frozen=True)
class Entry:
    """One knowledge-base topic with its answer in three languages."""

    id: str
    topic: str
    audiences: tuple[str, ...]
    status: str
    reviewed: dt.date
    title: dict[str, str]
    answer: dict[str, str]
    questions: dict[str, tuple[str, ...]]
    sources: tuple[Source, ...]
    related: tuple[str, ...] = ()
    escalate: bool = False
    file: str = ""
    line: int = 0
    lines: dict[str, int] = field(default_factory=dict, compare=False, repr=False)

    def where(self, key: str) -> int:
        """The line of one field (``answer.ru``, ``questions.en.3``), else the entry's."""
        return self.lines.get(key, self.line)


@dataclass(frozen=True)
class Visa:
    """Armenia's visa regime for one country's citizens."""

    regime: str | None
    max_stay_days: int | None = None
    within_days: int | None = None
    evisa: bool | None = None
    on_arrival: bool | None = None
    invitation: bool | None = None


@dataclass(frozen=True)
class Country:
    """A country with its names in three languages and its visa regime."""

    code: str
    name: dict[str, str]
    aliases: dict[str, tuple[str, ...]]
    demonyms: dict[str, tuple[str, ...]]
    visa: Visa
    status: str
    reviewed: dt.date
    sources: tuple[Source, ...]
    file: str = ""
    line: int = 0


@dataclass
class KnowledgeBase:
    """Everything loaded from knowledge_base/."""

    entries: dict[str, Entry] = field(default_factory=dict)
    countries: dict[str, Country] = field(default_factory=dict)

    def topics(self) -> list[str]:
        """Topic areas in the order their first entry appears."""
        seen: dict[str, None] = {}
        for entry in self.entries.values():
            seen.setdefault(entry.topic, None)
        return list(seen)

    def in_topic(self, topic: str) -> list[Entry]:
        """Entries of one topic area."""
        return [e for e in self.entries.values() if e.topic == topic]
