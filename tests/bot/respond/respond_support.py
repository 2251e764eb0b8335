"""A tiny hand-built knowledge base and turns for the responder's unit tests.

Not a conftest.py: the engine's e2e tests import `conftest` by name, and a second one would shadow it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bot.kb.model import Country, Entry, KnowledgeBase, Source, Visa
from bot.respond.turn import Turn

ROOT = Path(__file__).resolve().parents[3]
REVIEWED = dt.date(2026, 11, 1)


def _tr(text: str) -> dict[str, str]:
    return {"en": text, "ru": f"{text} (ru)", "hy": f"{text} (hy)"}


def entry(entry_id: str, topic: str, sources: int = 1, **extra) -> Entry:
    """An entry whose title and answer name its id, in three languages."""
    return Entry(
        id=entry_id, topic=topic, audiences=("foreign_nationals",), status="published", reviewed=REVIEWED,
        title=_tr(f"Title of {entry_id}"), answer=_tr(f"Answer of {entry_id}"), questions={"en": (entry_id,)},
        sources=tuple(Source(f"Source {i} of {entry_id}", f"https://example.am/{entry_id}/{i}") for i in range(sources)),
        **extra,
    )


def country(code: str, regime: str | None, **visa) -> Country:
    """A country with one source and a visa regime."""
    return Country(
        code=code, name=_tr(f"Country {code}"), aliases={}, demonyms={}, visa=Visa(regime, **visa), status="published",
        reviewed=REVIEWED, sources=(Source(f"Visa rules for {code}", f"https://example.am/visa/{code}"),),
    )


def tiny_kb() -> KnowledgeBase:
    """Eight entries in four topics and three countries: enough for every branch of the responder."""
    entries = [
        entry("work.permit", "work", sources=4, related=("work.eaeu", "missing.entry")),
        entry("work.eaeu", "work"),
        entry("visa.country_lookup", "entry_and_visas"),
        entry("visa.visa_free", "entry_and_visas"),
        entry("residence.temporary", "residence", escalate=True),
        entry("general.about", "services"),
        entry("contacts.emergency", "services"),
        entry("safe_migration.trafficking", "safe_migration"),
    ]
    countries = [
        country("IN", "visa_free", max_stay_days=180, within_days=365),
        country("CN", "visa_required", evisa=True),
        country("KZ", "visa_free", max_stay_days=180),
    ]
    return KnowledgeBase({e.id: e for e in entries}, {c.code: c for c in countries})


# The engine's real gettext catalogs.
LOCALES = ROOT / "locales"


def turn(text: str, intent: str | None, identified: str | None = "en", share: float | None = None, history=(),
              ranking=(), metadata=None, **entities: str) -> Turn:
    """A turn as `from_tracker` would read it."""
    return Turn(
        text=text, intent=intent, confidence=0.9, identified=identified, migration_share=share, history=list(history),
        ranking=list(ranking), metadata=dict(metadata or {}),
        entities=[{"entity": name, "value": value} for name, value in entities.items()],
    )

