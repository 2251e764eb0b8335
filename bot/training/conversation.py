"""Read nlu_data/*.yml and nlu_data/everyday/*.yml: conversational intents with examples per language."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.errors import Problem, YamlError
from bot.kb.model import QUESTION_KEYS
from bot.yamlio import LineDict, LineList, load_file, tab_problems

INTENTS = (
    "greet",
    "goodbye",
    "thanks",
    "affirm",
    "deny",
    "human",
    "change_language",
    "capabilities",
    "out_of_scope",
    "red_flag",
)


@dataclass(frozen=True)
class Example:
    """One training example of a conversational intent."""

    text: str
    key: str  # en, ru, hy, hy_latn, ru_latn
    file: str
    line: int


def load(directory: Path) -> tuple[dict[str, list[Example]], list[Problem]]:
    """Examples by intent, and the problems found."""
    # Everyday chatter (the open-world negatives) is kept apart in everyday/, one file a language.
    intents, problems = load_examples(sorted(directory.glob("*.yml")) + sorted(directory.glob("everyday/*.yml")), INTENTS)
    for intent in INTENTS:
        if not intents.get(intent):
            problems.append(Problem(str(directory), 1, f"intent {intent!r} has no examples"))
    return intents, problems


def load_examples(paths: list[Path], known: tuple[str, ...]) -> tuple[dict[str, list[Example]], list[Problem]]:
    """Examples by intent from the given files, and the problems found."""
    intents: dict[str, list[Example]] = {}
    problems: list[Problem] = []
    for path in paths:
        file = str(path)
        tabs = tab_problems(path)
        problems += [Problem(file, n, m) for n, m in tabs]
        if tabs:
            continue
        try:
            data = load_file(path)
        except YamlError as error:
            problems.append(error.problem)
            continue
        if not isinstance(data, LineDict) or not isinstance(data.get("intent"), str):
            problems.append(Problem(file, 1, "an nlu_data file needs 'intent:' and 'examples:'"))
            continue
        intent = data["intent"].strip()
        if intent not in known:
            problems.append(Problem(file, data.key_lines["intent"], f"unknown intent {intent!r} (known: {', '.join(known)})"))
            continue
        examples = data.get("examples")
        if not isinstance(examples, LineDict):
            problems.append(Problem(file, data.key_lines.get("examples", 1), "examples must map en, ru, hy, hy_latn, ru_latn to lists"))
            continue
        found = intents.setdefault(intent, [])
        for key, items in examples.items():
            line = examples.key_lines[key]
            if key not in QUESTION_KEYS or not isinstance(items, LineList):
                problems.append(Problem(file, line, f"examples.{key}: use en, ru, hy, hy_latn, ru_latn with a list"))
                continue
            for index, text in enumerate(items):
                if isinstance(text, str) and text.strip():
                    found.append(Example(text.strip(), key, file, items.item_lines[index]))
                else:
                    problems.append(Problem(file, items.item_lines[index], "an example must be non-empty text"))
    return intents, problems
