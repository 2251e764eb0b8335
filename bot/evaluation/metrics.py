"""Scores of one system's decisions over the evaluation cases."""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from bot.evaluation.dataset import Case


@dataclass(frozen=True)
class Decision:
    """What a system did with one message."""

    action: str  # answer | fallback | handoff | urgent | smalltalk
    entry_id: str | None
    reason: str | None = None  # the handoff reason, if any
    seconds: float = 0.0
    intent: str | None = None
    switched: bool = False  # the reply switched the conversation's language


@dataclass
class Scores:
    """The report's figures for one system."""

    accuracy: dict[str, float] = field(default_factory=dict)  # group -> top-1 entry accuracy
    counts: dict[str, int] = field(default_factory=dict)
    oos_declined: float = 0.0
    oos_answered: float = 0.0
    red_flag_recall: float = 0.0
    red_flag_recall_by_group: dict[str, float] = field(default_factory=dict)
    red_flag_precision: float = 0.0
    near_miss_urgent: float = 0.0
    human_recall: float = 0.0
    everyday_answered: float = 0.0
    everyday_urgent: float = 0.0
    everyday_staff: float = 0.0
    everyday_switched: float = 0.0
    everyday_declined: float = 0.0
    fresh_urgent: float = 0.0  # the fifty-third danger set's near-misses and the fifty-first everyday set, flagged urgent
    per_entry: dict[str, dict[str, float]] = field(default_factory=dict)
    confusions: list[tuple[str, str, int]] = field(default_factory=list)
    median_ms: float = 0.0
    p95_ms: float = 0.0
    train_seconds: float = 0.0
    only: frozenset[str] | None = None  # figures reused from an earlier report: just these were measured


# Written last (2026-12-07, forty-sixth session) and used for no change: the least flattering sets.
FRESH = ("red_flags_fiftythird", "everyday_fiftyfirst")
ABOUT = "general.about"  # "what can you do" answered from the knowledge base is not a wrong answer


def _share(hits: list[bool]) -> float:
    return sum(hits) / len(hits) if hits else 0.0


def score(cases: list[Case], decisions: list[Decision]) -> Scores:
    """Accuracy per language group, declines, recalls, per-entry precision and recall."""
    result = Scores()
    by_group: dict[str, list[bool]] = defaultdict(list)
    predicted: Counter = Counter()
    correct: Counter = Counter()
    expected: Counter = Counter()
    confusions: Counter = Counter()
    oos_declined, oos_answered, red, human, near_miss = [], [], [], [], []
    red_by_group: dict[str, list[bool]] = defaultdict(list)
    everyday: dict[str, list[bool]] = defaultdict(list)
    urgent_right = urgent_all = 0
    fresh_urgent: list[bool] = []
    for case, decision in zip(cases, decisions, strict=True):
        got = decision.entry_id if decision.action == "answer" else None
        if got:
            predicted[got] += 1
        if decision.action == "urgent":
            urgent_all += 1
            urgent_right += case.expect == "red_flag"
        if case.source in FRESH and case.expect != "red_flag":
            fresh_urgent.append(decision.action == "urgent")
        if case.source.startswith("everyday"):
            everyday["answered"].append(got is not None and got != ABOUT)
            everyday["urgent"].append(decision.action == "urgent")
            everyday["staff"].append(decision.action == "handoff")
            everyday["switched"].append(decision.switched)
            everyday["declined"].append(decision.action == "fallback")
        elif case.expect == "not_red_flag":
            near_miss.append(decision.action == "urgent")
        elif case.expect == "out_of_scope":
            oos_declined.append(decision.action == "fallback")
            oos_answered.append(decision.action == "answer")
        elif case.expect == "red_flag":
            red.append(decision.action == "urgent")
            red_by_group[case.group].append(decision.action == "urgent")
            if case.source == "questions":
                red_by_group["questions_set"].append(decision.action == "urgent")
            if case.source.startswith("red_flags_"):  # each later danger set has its own row
                red_by_group[case.source.removeprefix("red_flags_") + "_set"].append(decision.action == "urgent")
        elif case.expect == "human":
            human.append(decision.action == "handoff" and decision.reason == "user_request")
        else:
            expected[case.expect] += 1
            hit = got == case.expect
            by_group[case.group].append(hit)
            by_group["all"].append(hit)
            if hit:
                correct[case.expect] += 1
            else:
                confusions[(case.expect, got or f"({decision.action})")] += 1
    result.accuracy = {g: _share(h) for g, h in by_group.items()}
    result.counts = {g: len(h) for g, h in by_group.items()}
    result.oos_declined = _share(oos_declined)
    result.oos_answered = _share(oos_answered)
    result.red_flag_recall = _share(red)
    result.red_flag_recall_by_group = {g: _share(h) for g, h in sorted(red_by_group.items())}
    result.red_flag_precision = urgent_right / urgent_all if urgent_all else 0.0
    result.near_miss_urgent = _share(near_miss)
    result.human_recall = _share(human)
    result.everyday_answered = _share(everyday["answered"])
    result.everyday_urgent = _share(everyday["urgent"])
    result.everyday_staff = _share(everyday["staff"])
    result.everyday_switched = _share(everyday["switched"])
    result.everyday_declined = _share(everyday["declined"])
    result.fresh_urgent = _share(fresh_urgent)
    result.counts.update(
        out_of_scope=len(oos_declined), red_flag=len(red), near_miss=len(near_miss), human=len(human), everyday=len(everyday["urgent"])
    )
    for entry in sorted(expected):
        precision = correct[entry] / predicted[entry] if predicted[entry] else 0.0
        result.per_entry[entry] = {"precision": precision, "recall": correct[entry] / expected[entry], "n": expected[entry]}
    result.confusions = [(a, b, n) for (a, b), n in confusions.most_common()]
    times = sorted(d.seconds * 1000 for d in decisions)
    if times:
        result.median_ms = statistics.median(times)
        result.p95_ms = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    return result
