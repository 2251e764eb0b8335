"""The evaluation report: Markdown for people, JSON for the test that checks the targets."""

from __future__ import annotations

import json
from pathlib import Path

from bot.evaluation.metrics import Scores

TARGETS = {
    "accuracy.hy": 0.92,
    "accuracy.ru": 0.92,
    "accuracy.en": 0.92,
    "accuracy.transliterated": 0.85,
    "oos_declined": 0.90,
    "oos_answered_max": 0.03,
    "red_flag_recall": 1.0,
    "human_recall": 1.0,
}
ROWS = [
    ("Top-1 entry accuracy, hy", lambda s: s.accuracy.get("hy", 0.0), True),
    ("Top-1 entry accuracy, ru", lambda s: s.accuracy.get("ru", 0.0), True),
    ("Top-1 entry accuracy, en", lambda s: s.accuracy.get("en", 0.0), True),
    ("Top-1 entry accuracy, transliterated", lambda s: s.accuracy.get("transliterated", 0.0), True),
    ("Top-1 entry accuracy, all", lambda s: s.accuracy.get("all", 0.0), True),
    ("Out-of-scope declined", lambda s: s.oos_declined, True),
    ("Out-of-scope answered with an entry", lambda s: s.oos_answered, False),
    ("Red-flag recall", lambda s: s.red_flag_recall, True),
    ("Person-request recall", lambda s: s.human_recall, True),
]


def flat(scores: Scores) -> dict[str, float]:
    """The figures the targets are stated on."""
    return {
        **{f"accuracy.{k}": v for k, v in scores.accuracy.items()},
        "oos_declined": scores.oos_declined,
        "oos_answered": scores.oos_answered,
        "red_flag_recall": scores.red_flag_recall,
        "human_recall": scores.human_recall,
    }


def misses(scores: Scores) -> list[str]:
    """Targets the production figures do not meet."""
    figures = flat(scores)
    found = []
    for key, target in TARGETS.items():
        if key == "oos_answered_max":
            if figures["oos_answered"] > target:
                found.append(f"oos_answered {figures['oos_answered']:.3f} > {target}")
        elif figures.get(key, 0.0) < target:
            found.append(f"{key} {figures.get(key, 0.0):.3f} < {target}")
    return found


def scores_from_report(path: Path, name: str) -> Scores:
    """One system's headline figures read back from a report.json."""
    data = json.loads(path.read_text(encoding="utf-8"))["systems"][name]
    scores = Scores()
    scores.accuracy = {k.split(".", 1)[1]: v for k, v in data.items() if k.startswith("accuracy.")}
    scores.oos_declined = data["oos_declined"]
    scores.oos_answered = data["oos_answered"]
    scores.red_flag_recall = data["red_flag_recall"]
    scores.human_recall = data["human_recall"]
    scores.train_seconds = data["train_seconds"]
    scores.median_ms = data["median_ms"]
    scores.p95_ms = data["p95_ms"]
    return scores


def behind(systems: dict[str, Scores], production: str) -> list[str]:
    """Rows where a baseline beats the production configuration."""
    found = []
    mine = systems[production]
    for name, other in systems.items():
        if name == production:
            continue
        for label, get, higher in ROWS:
            if (get(other) > get(mine)) if higher else (get(other) < get(mine)):
                found.append(f"{label}: {_pct(get(mine))} against {name} {_pct(get(other))}")
    return found


def _pct(value: float) -> str:
    return f"{100 * value:.1f}%"


def write(path: Path, systems: dict[str, Scores], meta: dict[str, str]) -> None:
    """Write report.md and report.json side by side."""
    names = list(systems)
    production = systems[names[0]]
    lines = [
        "# Answer quality",
        "",
        f"Run on {meta['date']} on {meta['machine']}, {meta['cores']} cores, by `make eval`.",
        f"Held-out set: `tests/eval/questions.yml`, {meta['cases']} messages written apart from the training data.",
        "",
        *([meta["left_out"], ""] if meta.get("left_out") else []),
        *([meta["note"], ""] if meta.get("note") else []),
        "| figure | " + " | ".join(names) + " | target |",
        "|---|" + "---|" * len(names) + "---|",
    ]
    targets = {
        "Top-1 entry accuracy, hy": "≥ 92%", "Top-1 entry accuracy, ru": "≥ 92%", "Top-1 entry accuracy, en": "≥ 92%",
        "Top-1 entry accuracy, transliterated": "≥ 85%", "Out-of-scope declined": "≥ 90%",
        "Out-of-scope answered with an entry": "≤ 3%", "Red-flag recall": "100%", "Person-request recall": "100%",
    }
    for label, get, _higher in ROWS:
        lines.append(f"| {label} | " + " | ".join(_pct(get(systems[n])) for n in names) + f" | {targets.get(label, '')} |")
    lines.append("| Training time | " + " | ".join(f"{systems[n].train_seconds:.0f} s" for n in names) + " | |")
    lines.append("| Median time per question | " + " | ".join(f"{systems[n].median_ms:.1f} ms" for n in names) + " | |")
    lines.append("| p95 time per question | " + " | ".join(f"{systems[n].p95_ms:.1f} ms" for n in names) + " | |")
    lines += ["", "Counts: " + ", ".join(f"{k} {v}" for k, v in production.counts.items()), ""]
    missed = misses(production)
    lines.append("Targets: " + ("all met by the production configuration." if not missed else "NOT met: " + "; ".join(missed)))
    lagging = behind(systems, names[0])
    lines.append("")
    lines.append("Compared with the baselines: " + ("ahead or level on every row." if not lagging else "behind on " + "; ".join(lagging) + "."))
    lines += ["", f"## Per entry ({names[0]})", "", "| entry | precision | recall | n |", "|---|---|---|---|"]
    for entry, figures in production.per_entry.items():
        lines.append(f"| {entry} | {_pct(figures['precision'])} | {_pct(figures['recall'])} | {figures['n']} |")
    lines += ["", f"## Confusions ({names[0]})", "", "| expected | got | times |", "|---|---|---|"]
    lines += [f"| {a} | {b} | {n} |" for a, b, n in production.confusions] or ["| none | | |"]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    data = {
        "meta": meta,
        "systems": {n: {**flat(s), "train_seconds": s.train_seconds, "median_ms": s.median_ms, "p95_ms": s.p95_ms} for n, s in systems.items()},
        "targets": TARGETS,
        "production": names[0],
    }
    path.with_suffix(".json").write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
