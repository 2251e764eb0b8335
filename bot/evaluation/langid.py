"""Language identification measured on tests/eval/langid.yml, trained on the training data only."""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
from collections import Counter
from pathlib import Path

from bot.evaluation.dataset import langid_messages
from bot.kb.loader import load
from bot.nlu.language import BASE, LATIN_LABELS, LanguageIdentifier, LatinClassifier
from bot.training.conversation import load as load_conversation


def identifier(root: Path) -> LanguageIdentifier:
    """The identifier as training builds it: the Latin classifier fitted on the training examples."""
    kb, _ = load(root / "knowledge_base")
    conversation, _ = load_conversation(root / "nlu_data")
    pairs = [(t, k) for e in kb.entries.values() for k, texts in e.questions.items() for t in texts]
    pairs += [(x.text, x.key) for items in conversation.values() for x in items]
    pairs = [(t, k) for t, k in pairs if k in LATIN_LABELS]
    return LanguageIdentifier(LatinClassifier.fit([t for t, _ in pairs], [k for _, k in pairs]))


def measure(root: Path) -> dict:
    """Accuracy overall, per variant and on transliterated text, with the errors."""
    ident = identifier(root)
    messages = langid_messages(root)
    right: Counter = Counter()
    total: Counter = Counter()
    errors = []
    for text, variant in messages:
        got = ident.identify(text).language
        total[variant] += 1
        if got == BASE[variant]:
            right[variant] += 1
        else:
            errors.append({"text": text, "expected": variant, "got": got})
    translit = ("hy_latn", "ru_latn")
    return {
        "messages": len(messages),
        "latin_script": sum(total[v] for v in ("en", *translit)),
        "overall": sum(right.values()) / len(messages),
        "transliterated": sum(right[v] for v in translit) / max(1, sum(total[v] for v in translit)),
        "per_variant": {v: right[v] / total[v] for v in sorted(total)},
        "errors": errors,
    }


def write(root: Path, path: Path) -> dict:
    """Measure and write the Markdown and JSON figures."""
    figures = measure(root)
    figures["date"] = dt.date.today().isoformat()
    figures["machine"] = f"{platform.machine()}, {os.cpu_count()} cores"
    lines = [
        "# Language identification",
        "",
        f"Run on {figures['date']} ({figures['machine']}) by `make eval` (also `python -m bot.evaluation.langid`).",
        f"Held-out set `tests/eval/langid.yml`: {figures['messages']} messages, {figures['latin_script']} in Latin script.",
        "",
        f"- Overall: {100 * figures['overall']:.1f}% correct (target 98%)",
        f"- Transliterated Armenian and Russian: {100 * figures['transliterated']:.1f}% (target 95%)",
        "",
        "| variant | correct |",
        "|---|---|",
    ]
    lines += [f"| {v} | {100 * a:.1f}% |" for v, a in figures["per_variant"].items()]
    lines += ["", "Errors:", ""] + [f"- `{e['text']}`: expected {e['expected']}, got {e['got']}" for e in figures["errors"]]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    path.with_suffix(".json").write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return figures


if __name__ == "__main__":
    root = Path.cwd()
    result = write(root, root / "docs" / "eval" / "langid.md")
    print(f"overall {result['overall']:.3f}, transliterated {result['transliterated']:.3f}")
