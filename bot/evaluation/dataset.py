"""The held-out evaluation sets under tests/eval/ (never used for training)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

SPECIAL = ("out_of_scope", "red_flag", "human", "not_red_flag")
# The held-out files: questions (entries and the special labels), danger messages and their
# near-misses in fifty-three sets, everyday requests in forty-eight. Each is written apart from the
# training data; the last of each kind is used for no change (tests/eval/README.md says how
# each of the others was used).
SOURCES = {
    "questions": "questions.yml",
    "red_flags": "red_flags.yml",
    "red_flags_fresh": "red_flags_fresh.yml",
    "red_flags_third": "red_flags_third.yml",
    "red_flags_fourth": "red_flags_fourth.yml",
    "red_flags_fifth": "red_flags_fifth.yml",
    "red_flags_sixth": "red_flags_sixth.yml",
    "red_flags_seventh": "red_flags_seventh.yml",
    "red_flags_eighth": "red_flags_eighth.yml",
    "red_flags_ninth": "red_flags_ninth.yml",
    "red_flags_tenth": "red_flags_tenth.yml",
    "red_flags_eleventh": "red_flags_eleventh.yml",
    "red_flags_twelfth": "red_flags_twelfth.yml",
    "red_flags_thirteenth": "red_flags_thirteenth.yml",
    "red_flags_fourteenth": "red_flags_fourteenth.yml",
    "red_flags_fifteenth": "red_flags_fifteenth.yml",
    "red_flags_sixteenth": "red_flags_sixteenth.yml",
    "red_flags_seventeenth": "red_flags_seventeenth.yml",
    "red_flags_eighteenth": "red_flags_eighteenth.yml",
    "red_flags_nineteenth": "red_flags_nineteenth.yml",
    "red_flags_twentieth": "red_flags_twentieth.yml",
    "red_flags_twentyfirst": "red_flags_twentyfirst.yml",
    "red_flags_twentysecond": "red_flags_twentysecond.yml",
    "red_flags_twentythird": "red_flags_twentythird.yml",
    "red_flags_twentyfourth": "red_flags_twentyfourth.yml",
    "red_flags_twentyfifth": "red_flags_twentyfifth.yml",
    "red_flags_twentysixth": "red_flags_twentysixth.yml",
    "red_flags_twentyseventh": "red_flags_twentyseventh.yml",
    "red_flags_twentyeighth": "red_flags_twentyeighth.yml",
    "red_flags_twentyninth": "red_flags_twentyninth.yml",
    "red_flags_thirtieth": "red_flags_thirtieth.yml",
    "red_flags_thirtyfirst": "red_flags_thirtyfirst.yml",
    "red_flags_thirtysecond": "red_flags_thirtysecond.yml",
    "red_flags_thirtythird": "red_flags_thirtythird.yml",
    "red_flags_thirtyfourth": "red_flags_thirtyfourth.yml",
    "red_flags_thirtyfifth": "red_flags_thirtyfifth.yml",
    "red_flags_thirtysixth": "red_flags_thirtysixth.yml",
    "red_flags_thirtyseventh": "red_flags_thirtyseventh.yml",
    "red_flags_thirtyeighth": "red_flags_thirtyeighth.yml",
    "red_flags_thirtyninth": "red_flags_thirtyninth.yml",
    "red_flags_fortieth": "red_flags_fortieth.yml",
    "red_flags_fortyfirst": "red_flags_fortyfirst.yml",
    "red_flags_fortysecond": "red_flags_fortysecond.yml",
    "red_flags_fortythird": "red_flags_fortythird.yml",
    "red_flags_fortyfourth": "red_flags_fortyfourth.yml",
    "red_flags_fortyfifth": "red_flags_fortyfifth.yml",
    "red_flags_fortysixth": "red_flags_fortysixth.yml",
    "red_flags_fortyseventh": "red_flags_fortyseventh.yml",
    "red_flags_fortyeighth": "red_flags_fortyeighth.yml",
    "red_flags_fortyninth": "red_flags_fortyninth.yml",
    "red_flags_fiftieth": "red_flags_fiftieth.yml",
    "red_flags_fiftyfirst": "red_flags_fiftyfirst.yml",
    "red_flags_fiftysecond": "red_flags_fiftysecond.yml",
    "red_flags_fiftythird": "red_flags_fiftythird.yml",
    "everyday": "everyday.yml",
    "everyday_fresh": "everyday_fresh.yml",
    "everyday_sixth": "everyday_sixth.yml",
    "everyday_seventh": "everyday_seventh.yml",
    "everyday_eighth": "everyday_eighth.yml",
    "everyday_ninth": "everyday_ninth.yml",
    "everyday_tenth": "everyday_tenth.yml",
    "everyday_eleventh": "everyday_eleventh.yml",
    "everyday_twelfth": "everyday_twelfth.yml",
    "everyday_thirteenth": "everyday_thirteenth.yml",
    "everyday_fourteenth": "everyday_fourteenth.yml",
    "everyday_fifteenth": "everyday_fifteenth.yml",
    "everyday_sixteenth": "everyday_sixteenth.yml",
    "everyday_seventeenth": "everyday_seventeenth.yml",
    "everyday_eighteenth": "everyday_eighteenth.yml",
    "everyday_nineteenth": "everyday_nineteenth.yml",
    "everyday_twentieth": "everyday_twentieth.yml",
    "everyday_twentyfirst": "everyday_twentyfirst.yml",
    "everyday_twentysecond": "everyday_twentysecond.yml",
    "everyday_twentythird": "everyday_twentythird.yml",
    "everyday_twentyfourth": "everyday_twentyfourth.yml",
    "everyday_twentyfifth": "everyday_twentyfifth.yml",
    "everyday_twentysixth": "everyday_twentysixth.yml",
    "everyday_twentyseventh": "everyday_twentyseventh.yml",
    "everyday_twentyeighth": "everyday_twentyeighth.yml",
    "everyday_twentyninth": "everyday_twentyninth.yml",
    "everyday_thirtieth": "everyday_thirtieth.yml",
    "everyday_thirtyfirst": "everyday_thirtyfirst.yml",
    "everyday_thirtysecond": "everyday_thirtysecond.yml",
    "everyday_thirtythird": "everyday_thirtythird.yml",
    "everyday_thirtyfourth": "everyday_thirtyfourth.yml",
    "everyday_thirtyfifth": "everyday_thirtyfifth.yml",
    "everyday_thirtysixth": "everyday_thirtysixth.yml",
    "everyday_thirtyseventh": "everyday_thirtyseventh.yml",
    "everyday_thirtyeighth": "everyday_thirtyeighth.yml",
    "everyday_thirtyninth": "everyday_thirtyninth.yml",
    "everyday_fortieth": "everyday_fortieth.yml",
    "everyday_fortyfirst": "everyday_fortyfirst.yml",
    "everyday_fortysecond": "everyday_fortysecond.yml",
    "everyday_fortythird": "everyday_fortythird.yml",
    "everyday_fortyfourth": "everyday_fortyfourth.yml",
    "everyday_fortyfifth": "everyday_fortyfifth.yml",
    "everyday_fortysixth": "everyday_fortysixth.yml",
    "everyday_fortyseventh": "everyday_fortyseventh.yml",
    "everyday_fortyeighth": "everyday_fortyeighth.yml",
    "everyday_fortyninth": "everyday_fortyninth.yml",
    "everyday_fiftieth": "everyday_fiftieth.yml",
    "everyday_fiftyfirst": "everyday_fiftyfirst.yml",
}
# Everyday requests are sent in conversations of this many messages, so that "not understood
# twice in a row, hand to staff" is exercised as it would be with a real person.
CONVERSATION_LENGTH = 4


@dataclass(frozen=True)
class Case:
    """One held-out message and what the assistant should do with it."""

    text: str
    lang: str  # en, ru, hy, hy_latn, ru_latn
    expect: str  # an entry id, or out_of_scope, red_flag, human, not_red_flag
    source: str = "questions"  # a key of SOURCES
    conversation: str | None = None  # cases sharing one are sent in one conversation, in order

    @property
    def group(self) -> str:
        """The report row: en, ru, hy or transliterated."""
        return "transliterated" if self.lang.endswith("_latn") else self.lang


def cases(root: Path) -> list[Case]:
    """Every held-out case: questions, danger and near-misses, everyday requests."""
    found: list[Case] = []
    for source, name in SOURCES.items():
        data = yaml.safe_load((root / "tests" / "eval" / name).read_text(encoding="utf-8"))
        per_language: dict[str, int] = {}
        for c in data["cases"]:
            conversation = None
            if source.startswith("everyday"):
                index = per_language[c["lang"]] = per_language.get(c["lang"], -1) + 1
                conversation = f"{source}-{c['lang']}-{index // CONVERSATION_LENGTH}"
            found.append(Case(c["text"], c["lang"], c["expect"], source, conversation))
    return found


def langid_messages(root: Path) -> list[tuple[str, str]]:
    """The language-identification set: (text, variant)."""
    data = yaml.safe_load((root / "tests" / "eval" / "langid.yml").read_text(encoding="utf-8"))
    return [(m["text"], m["lang"]) for m in data["messages"]]
