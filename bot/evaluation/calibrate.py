"""`python -m bot.evaluation.calibrate`: the answer and decline bars, from out-of-fold predictions.

The intent classifier is trained three times, each time without a third of the training
examples, and scores the third it did not see: held-out data that is not the evaluation sets
(those are never used to choose a number). The table shows, for each answer bar and each
"attempt" floor, what happens to entry questions and to everyday messages; the report is
written to docs/eval/calibration.md.
"""

from __future__ import annotations

import argparse
import sys

ANSWER_BARS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.4)
ATTEMPT_FLOORS = (0.3, 0.4, 0.5, 0.6, 0.7)


def out_of_fold(texts: list[str], intents: list[str], weights: list[float], config: dict, folds: int = 3) -> list[dict]:
    """For each example: its top intent, that intent's probability and the entries' share."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold
    from sklearn.pipeline import make_pipeline, make_union

    found: list[dict] = [{} for _ in texts]
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=0)
    for train, test in splitter.split(texts, intents):
        features = make_union(
            TfidfVectorizer(analyzer="char_wb", ngram_range=(1, config["char_ngram_max"]), sublinear_tf=True),
            TfidfVectorizer(analyzer="word", ngram_range=(1, config["word_ngram_max"]), sublinear_tf=True, token_pattern=r"(?u)\b\w+\b"),
        )
        model = make_pipeline(features, LogisticRegression(C=config["C"], max_iter=3000))
        model.fit([texts[i] for i in train], [intents[i] for i in train], logisticregression__sample_weight=[weights[i] for i in train])
        classes = list(model.classes_)
        entries = [k for k, name in enumerate(classes) if "." in name]
        for i, row in zip(test, model.predict_proba([texts[i] for i in test]), strict=True):
            best = int(row.argmax())
            found[i] = {"top": classes[best], "confidence": float(row[best]), "migration": float(row[entries].sum())}
    return found


def table(predictions: list[dict], intents: list[str]) -> list[dict]:
    """Outcomes per (answer bar, attempt floor) for entry questions and everyday messages."""
    rows = []
    entries = [(p, y) for p, y in zip(predictions, intents, strict=True) if "." in y]
    everyday = [p for p, y in zip(predictions, intents, strict=True) if y == "out_of_scope"]
    for bar in ANSWER_BARS:
        for floor in ATTEMPT_FLOORS:
            right = sum(p["top"] == y and p["confidence"] >= bar for p, y in entries) / len(entries)
            declined = sum(p["confidence"] < bar and p["migration"] < floor for p, _ in entries) / len(entries)
            answered = sum("." in p["top"] and p["confidence"] >= bar for p in everyday) / len(everyday)
            attempts = sum(p["confidence"] < bar and p["migration"] >= floor for p in everyday) / len(everyday)
            rows.append({"bar": bar, "floor": floor, "right": right, "declined": declined, "answered": answered, "attempts": attempts})
    return rows


def main(argv: list[str] | None = None) -> int:
    """Train out of fold, print and write the table."""
    parser = argparse.ArgumentParser(prog="python -m bot.evaluation.calibrate")
    parser.add_argument("--out", default="docs/eval/calibration.md")
    args = parser.parse_args(argv)
    import yaml
    from rasa.shared.nlu.training_data.message import Message
    from rasa.shared.nlu.training_data.training_data import TrainingData

    from bot.components.language_identifier import VARIANT
    from bot.components.linear_intent import LinearIntentClassifier, _examples
    from bot.evaluation import publish
    from bot.nlu.normalise import normalise
    from bot.settings import Settings
    from bot.training.build import Paths, build

    settings = Settings.from_env()
    production = settings.config(fast=False)
    project = build(Paths(settings.knowledge_base, settings.nlu_data, settings.locales, settings.build_dir / "calibration"), production)
    messages = []
    for item in yaml.safe_load((project / "data" / "nlu.yml").read_text(encoding="utf-8"))["nlu"]:
        for example in item["examples"]:
            key = example["metadata"]["language"]
            language, _, script = key.partition("_")
            message = Message(data={"text": normalise(example["text"], language, latin=script == "latn"), "intent": item["intent"]})
            message.set(VARIANT, key)
            messages.append(message)
    pipeline = yaml.safe_load(production.read_text(encoding="utf-8"))["pipeline"]
    options = next(c for c in pipeline if c["name"].endswith("LinearIntentClassifier"))
    config = {**LinearIntentClassifier.get_default_config(), **{k: v for k, v in options.items() if k != "name"}}
    texts, intents, weights = _examples(
        TrainingData(messages), config["romanised_weight"], tuple(config["romanised_conversation_intents"]), tuple(config["exclude_intents"])
    )
    rows = table(out_of_fold(texts, intents, weights, config), intents)
    lines = [
        "# Answer and decline bars, calibrated out of fold",
        "",
        "`python -m bot.evaluation.calibrate`: the intent classifier trained three times on two thirds of the",
        "training examples, scoring the third it did not see (the evaluation sets are not used). An entry",
        "question is *answered right* when its entry is on top at or above the answer bar; *declined* when",
        "under the bar with the entries' share under the attempt floor (it would be taken for chatter).",
        "An everyday message is *answered* when an entry is on top at or above the bar; an *attempt* when",
        "under the bar with the entries' share at or above the floor (it would count toward staff).",
        "",
        "| answer bar | attempt floor | entry questions answered right | entry questions declined | everyday answered | everyday taken as attempts |",
        "|---|---|---|---|---|---|",
    ]
    lines += [
        f"| {r['bar']} | {r['floor']} | {100 * r['right']:.1f}% | {100 * r['declined']:.1f}% | {100 * r['answered']:.1f}% | {100 * r['attempts']:.1f}% |"
        for r in rows
    ]
    from bot.respond.responder import ATTEMPT_FLOOR

    fallback = next(c for c in pipeline if c["name"] == "FallbackClassifier")
    lines += [
        "",
        f"In use: answer bar {fallback['threshold']} (FallbackClassifier in bot/configs/config.yml) and attempt floor {ATTEMPT_FLOOR}",
        "(bot/respond/responder.py). A higher bar answers fewer entry questions right for little fewer everyday",
        "answers; the attempt floor moves few messages between 0.3 and 0.6.",
    ]
    return publish(settings.root / args.out, lines)


if __name__ == "__main__":
    sys.exit(main())
