"""List held-out messages that also stand in the training data (after normalisation)."""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from bot.kb.loader import load
from bot.nlu.normalise import dedup_key
from bot.training.conversation import load as load_conversation


def training_keys(root: Path) -> set[str]:
    """Normalised forms of every training example."""
    kb, _ = load(root / "knowledge_base")
    conversation, _ = load_conversation(root / "nlu_data")
    keys = {dedup_key(t) for e in kb.entries.values() for texts in e.questions.values() for t in texts}
    return keys | {dedup_key(x.text) for items in conversation.values() for x in items}


def overlaps(root: Path) -> list[tuple[str, str]]:
    """(file, text) of every held-out message found in the training data."""
    keys = training_keys(root)
    found = []
    for name, key in (("questions.yml", "cases"), ("langid.yml", "messages")):
        items = yaml.safe_load((root / "tests" / "eval" / name).read_text(encoding="utf-8"))[key]
        found += [(name, item["text"]) for item in items if dedup_key(item["text"]) in keys]
    return found


if __name__ == "__main__":
    found = overlaps(Path.cwd())
    for name, text in found:
        print(f"{name}: {text}")
    sys.exit(1 if found else 0)
