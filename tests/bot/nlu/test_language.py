"""Language identification on the held-out set (tests/eval/langid.yml), trained on the real training data."""

from pathlib import Path

import pytest
import yaml

from bot.kb.loader import load
from bot.nlu.language import BASE, LATIN_LABELS, LanguageIdentifier, LatinClassifier
from bot.training.conversation import load as load_conversation

ROOT = Path(__file__).resolve().parents[3]


def training_examples():
    kb, _ = load(ROOT / "knowledge_base")
    conversation, _ = load_conversation(ROOT / "nlu_data")
    pairs = [(t, key) for e in kb.entries.values() for key, texts in e.questions.items() for t in texts]
    pairs += [(ex.text, ex.key) for items in conversation.values() for ex in items]
    return [(t, k) for t, k in pairs if k in LATIN_LABELS]


@pytest.fixture(scope="module")
def identifier():
    pairs = training_examples()
    return LanguageIdentifier(LatinClassifier.fit([t for t, _ in pairs], [k for _, k in pairs]))


def test_scripts_decide_without_the_classifier():
    bare = LanguageIdentifier(LatinClassifier())
    assert bare.identify("Ինչպե՞ս ստանալ").language == "hy"
    assert bare.identify("Как получить ВНЖ для IT?").language == "ru"
    assert bare.identify("12345 🙂").language is None


def test_held_out_accuracy_meets_the_targets(identifier):
    messages = yaml.safe_load((ROOT / "tests" / "eval" / "langid.yml").read_text(encoding="utf-8"))["messages"]
    assert len(messages) >= 300
    correct = [identifier.identify(m["text"]).language == BASE[m["lang"]] for m in messages]
    translit = [c for c, m in zip(correct, messages, strict=False) if m["lang"] in ("hy_latn", "ru_latn")]
    assert sum(correct) / len(correct) >= 0.98
    assert sum(translit) / len(translit) >= 0.95
