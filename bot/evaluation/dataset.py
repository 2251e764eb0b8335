"""The held-out evaluation sets under tests/eval/ (never used for training)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

SPECIAL = ("out_of_scope", "red_flag", "human")


@dataclass(frozen=True)
class Case:
    """One held-out message and what the assistant should do with it."""

    text: str
    lang: str  # en, ru, hy, hy_latn, ru_latn
    expect: str  # an entry id, or out_of_scope, red_flag, human

    @property
    def group(self) -> str:
        """The report row: en, ru, hy or transliterated."""
        return "transliterated" if self.lang.endswith("_latn") else self.lang


def cases(root: Path) -> list[Case]:
    """The intent evaluation set."""
    data = yaml.safe_load((root / "tests" / "eval" / "questions.yml").read_text(encoding="utf-8"))
    return [Case(c["text"], c["lang"], c["expect"]) for c in data["cases"]]


def langid_messages(root: Path) -> list[tuple[str, str]]:
    """The language-identification set: (text, variant)."""
    data = yaml.safe_load((root / "tests" / "eval" / "langid.yml").read_text(encoding="utf-8"))
    return [(m["text"], m["lang"]) for m in data["messages"]]
