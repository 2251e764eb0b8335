"""`python -m bot.evaluation.danger_training`: would the danger classifier gain from the read sets?

The danger sets whose misses were read are never training data: they stay in `make eval` as
held-out rows. This experiment asks what they would be worth as training data. The danger
classifier of the fast config is trained twice, as at `migrabot train` (out-of-fold bars, then
a fit on all examples): once on its own training examples (A), once with the danger sets and
everyday sets written before the last few added (B). Both score the last few sets, which
neither saw, through the same decision rule and lexicon; the table is written to
docs/eval/danger_training.md. The lexicon was written from those sets as they were read, so the
decisions differ little; what the classifier alone would flag (its high bar) shows what the
extra examples teach it.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_WORD = re.compile(r"\w+")


@dataclass
class Tally:
    """One set's messages scored by one classifier."""

    messages: int = 0
    flagged: int = 0  # by the whole decision (lexicon and classifier)
    classifier: int = 0  # by the classifier's high bar alone


def split(sources: list[str], last: int) -> tuple[list[str], list[str]]:
    """(training sources, test sources): the last `last` danger sets and as many everyday sets are tested."""
    danger = [s for s in sources if s.startswith("red_flags")]
    everyday = [s for s in sources if s.startswith("everyday")]
    tested = danger[-last:] + everyday[-last:]
    return [s for s in danger + everyday if s not in tested], tested


def _normalised(text: str, variant: str) -> str:
    from bot.nlu.normalise import normalise

    language, _, script = variant.partition("_")
    return normalise(text, language or None, latin=script == "latn" or None) or text


def _training(project: Path, extra: list[Any]) -> tuple[list[str], list[int]]:
    """The danger stage's training texts and labels, as `migrabot train` makes them, plus `extra` cases."""
    import yaml
    from rasa.shared.nlu.training_data.message import Message
    from rasa.shared.nlu.training_data.training_data import TrainingData

    from bot.components.danger_detector import DANGER, _examples
    from bot.components.language_identifier import VARIANT

    messages = []
    for item in yaml.safe_load((project / "data" / "nlu.yml").read_text(encoding="utf-8"))["nlu"]:
        for example in item["examples"]:
            variant = example["metadata"]["language"]
            message = Message(data={"text": _normalised(example["text"], variant), "intent": item["intent"]})
            message.set(VARIANT, variant)
            messages.append(message)
    for case in extra:
        message = Message(data={"text": _normalised(case.text, case.lang), "intent": DANGER if case.expect == "red_flag" else "out_of_scope"})
        message.set(VARIANT, case.lang)
        messages.append(message)
    not_danger = yaml.safe_load((project / "data" / "not_danger.yml").read_text(encoding="utf-8"))["examples"]
    texts, labels, _ = _examples(TrainingData(messages), not_danger)
    return texts, labels


def score(texts: list[str], labels: list[int], config: dict[str, Any], tested: list[Any]) -> tuple[dict[str, Any], dict[tuple[str, bool], Tally]]:
    """Train one classifier, then tally its decisions on the tested cases per (set, is danger)."""
    from bot.components.danger_detector import decide, fit_and_calibrate
    from bot.nlu.danger import signals

    model, calibration = fit_and_calibrate(texts, labels, config)
    tallies: dict[tuple[str, bool], Tally] = {}
    probabilities = model.probabilities([_normalised(c.text, c.lang)[:2000] for c in tested])
    for case, probability in zip(tested, probabilities, strict=True):
        tally = tallies.setdefault((case.source, case.expect == "red_flag"), Tally())
        tally.messages += 1
        tally.flagged += decide(probability, signals(case.text[:2000]), calibration, len(_WORD.findall(case.text)))
        tally.classifier += probability >= calibration["high"]
    return calibration, tallies


def table(arms: dict[str, tuple[dict[str, Any], dict[tuple[str, bool], Tally]]], tested: list[str]) -> list[str]:
    """Markdown rows: per tested set, what each arm flags, then the totals."""
    names = list(arms)
    lines = ["| set | messages | " + " | ".join(f"{n}: flagged / classifier alone" for n in names) + " |", "|---|---|" + "---|" * len(names)]
    keys = [(s, d) for s in tested for d in (True, False) if (s, d) in arms[names[0]][1]]
    for source, danger in keys + [("all", True), ("all", False)]:
        cells = []
        for name in names:
            tallies = arms[name][1]
            chosen = [t for (s, d), t in tallies.items() if d == danger and source in (s, "all")]
            cells.append(f"{sum(t.flagged for t in chosen)} / {sum(t.classifier for t in chosen)}")
        messages = sum(t.messages for (s, d), t in arms[names[0]][1].items() if d == danger and source in (s, "all"))
        kind = "danger" if danger else "not danger"
        lines.append(f"| {source} ({kind}) | {messages} | " + " | ".join(cells) + " |")
    return lines


def main(argv: list[str] | None = None) -> int:
    """Train both arms, print and write the table."""
    parser = argparse.ArgumentParser(prog="python -m bot.evaluation.danger_training")
    parser.add_argument("--last", type=int, default=8, help="how many of the latest danger and everyday sets to test on")
    parser.add_argument("--out", default="docs/eval/danger_training.md")
    args = parser.parse_args(argv)
    import yaml

    from bot.components.danger_detector import DangerDetector
    from bot.evaluation import publish
    from bot.evaluation.dataset import SOURCES, cases
    from bot.settings import Settings
    from bot.training.build import Paths, build

    settings = Settings.from_env()
    fast = settings.config(fast=True)
    project = build(Paths(settings.knowledge_base, settings.nlu_data, settings.locales, settings.build_dir / "danger_training"), fast)
    options = next(c for c in yaml.safe_load(fast.read_text(encoding="utf-8"))["pipeline"] if c["name"].endswith("DangerDetector"))
    config = {**DangerDetector.get_default_config(), **{k: v for k, v in options.items() if k != "name"}}
    trained_on, tested = split(list(SOURCES), args.last)
    every = cases(settings.root)
    extra = [c for c in every if c.source in trained_on]
    test_cases = [c for c in every if c.source in tested]
    arms = {}
    for name, added in (("A: training examples", []), ("B: and the earlier read sets", extra)):
        texts, labels = _training(project, added)
        arms[name] = score(texts, labels, config, test_cases)
        print(name, len(texts), "examples,", sum(labels), "danger,", arms[name][0], flush=True)
    lines = [
        "# Would the danger classifier gain from the read sets?",
        "",
        "`python -m bot.evaluation.danger_training`: the fast config's danger classifier trained as at",
        "`migrabot train`, on its training examples only (A) and with the danger and everyday sets written",
        f"before the last {args.last} of each added (B: {len(extra)} messages, {sum(c.expect == 'red_flag' for c in extra)} of them danger).",
        "Both score the last sets, which neither saw. *Flagged*: the whole decision (lexicon and classifier);",
        "*classifier alone*: at or over the classifier's high bar. The lexicon was written from those sets as",
        "they were read, so the decisions differ little; the classifier alone shows what the examples teach.",
        "",
        *(f"- {name}: {calibration['examples']} examples, {calibration['danger_examples']} danger; high bar {calibration['high']}" for name, (calibration, _) in arms.items()),
        "",
        *table(arms, tested),
    ]
    return publish(settings.root / args.out, lines)


if __name__ == "__main__":
    sys.exit(main())
