"""List held-out messages that also stand in the training data (after normalisation)."""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from bot.evaluation.dataset import SOURCES, Case
from bot.kb.loader import load
from bot.nlu.normalise import dedup_key, normalise
from bot.nlu.romanise import romanised_copy
from bot.training.conversation import load as load_conversation


def _examples(root: Path) -> list[tuple[str, str]]:
    """(language key, text) of every hand-written training example."""
    kb, _ = load(root / "knowledge_base")
    conversation, _ = load_conversation(root / "nlu_data")
    examples = [(lang, t) for e in kb.entries.values() for lang, texts in e.questions.items() for t in texts]
    return examples + [(x.key, x.text) for items in conversation.values() for x in items]


def training_keys(root: Path) -> set[str]:
    """Normalised forms of every hand-written training example (Latin-typed ones also folded)."""
    examples = _examples(root)
    latin = {latin_key(t, lang.split("_")[0]) for lang, t in examples if lang.endswith("_latn")}
    return {dedup_key(t) for _, t in examples} | latin


def latin_key(text: str, language: str) -> str:
    """The form Latin-typed Armenian or Russian is compared in: spelling variants folded."""
    return dedup_key(normalise(text, language, latin=True))


def romanised_keys(root: Path) -> set[str]:
    """Latin keys of romanised copies of every hy and ru example.

    A superset of what the classifier copies (it skips small talk and out-of-scope): leaving
    out a held-out message too many costs the scores, one too few would flatter them.
    """
    return {dedup_key(romanised_copy(t, lang)) for lang, t in _examples(root) if lang in ("hy", "ru")}


def overlaps(root: Path) -> list[tuple[str, str]]:
    """(file, text) of every held-out message found in the hand-written training data."""
    keys = training_keys(root)
    found = []
    for name, key in [*((file, "cases") for file in SOURCES.values()), ("langid.yml", "messages")]:
        items = yaml.safe_load((root / "tests" / "eval" / name).read_text(encoding="utf-8"))[key]
        for item in items:
            language, _, script = item["lang"].partition("_")
            if dedup_key(item["text"]) in keys or (script == "latn" and latin_key(item["text"], language) in keys):
                found.append((name, item["text"]))
    return found


def romanised_overlaps(root: Path, cases: list[Case]) -> list[Case]:
    """Latin-typed held-out cases that a romanised training copy spells the same way."""
    keys = romanised_keys(root)
    return [c for c in cases if c.lang.endswith("_latn") and latin_key(c.text, c.lang.split("_")[0]) in keys]


def scored_cases(root: Path) -> tuple[list[Case], list[Case]]:
    """(cases the evaluation scores, cases left out because training has them or a romanised copy spells them)."""
    from bot.evaluation.dataset import cases

    everything = cases(root)
    written = {text for _, text in overlaps(root)}
    seen = [c for c in everything if c.text in written] + romanised_overlaps(root, everything)
    return [c for c in everything if c not in seen], seen


if __name__ == "__main__":
    found = overlaps(Path.cwd())
    for name, text in found:
        print(f"{name}: {text}")
    sys.exit(1 if found else 0)
