"""Unanswered questions grouped by similarity, each with the entry it came closest to."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from channels.report.data import Declined
from channels.report.knowledge import Entry
from channels.report.similarity import leaders, nearest, normalise, tfidf

# Cosine of TF-IDF character n-grams at which two questions count as the same question.
SAME_QUESTION = 0.8


@dataclass
class Group:
    """Questions that say the same thing."""

    example: str
    count: int = 0
    languages: Counter[str] = field(default_factory=Counter)
    variants: Counter[str] = field(default_factory=Counter)
    closest_entry: str | None = None
    closest_score: float = 0.0


@dataclass
class Grouping:
    """The groups, most asked first, and how many distinct texts they were made of."""

    groups: list[Group]
    distinct_texts: int


def group_questions(declined: Sequence[Declined], entries: Sequence[Entry],
                    threshold: float = SAME_QUESTION) -> Grouping:
    """Groups of near-duplicate questions, most asked first.

    Distinct normalised texts are taken most frequent first; each joins the group whose first
    text is most similar (at least ``threshold``) or starts a new one.
    """
    texts: Counter[str] = Counter()
    originals: defaultdict[str, Counter[str]] = defaultdict(Counter)
    languages: defaultdict[str, Counter[str]] = defaultdict(Counter)
    # The same wording comes again and again: normalised once.
    keys: dict[str, str] = {}
    for item in declined:
        key = keys.get(item.text)
        if key is None:
            key = keys[item.text] = normalise(item.text)
        if not key:
            continue
        texts[key] += item.times
        originals[key][item.text.strip()] += item.times
        languages[key][item.language] += item.times
    if not texts:
        return Grouping([], 0)
    kb_questions = [(entry.id, normalise(q)) for entry in entries for q in entry.questions]
    ordered = sorted(texts.items(), key=lambda kv: (-kv[1], kv[0]))
    matrix = tfidf([*(key for key, _ in ordered), *(q for _, q in kb_questions)])
    questions, known = matrix[:len(ordered)], matrix[len(ordered):]

    groups: list[Group] = []
    leader_rows: list[int] = []
    for row, number in enumerate(leaders(questions, threshold).tolist()):
        key, count = ordered[row]
        if number == len(groups):
            groups.append(Group(example=originals[key].most_common(1)[0][0]))
            leader_rows.append(row)
        group = groups[number]
        group.count += count
        group.languages.update(languages[key])
        group.variants.update(originals[key])

    best, score = nearest(questions[leader_rows], known)
    for group, entry, similarity in zip(groups, best.tolist(), score.tolist(), strict=True):
        if entry >= 0:
            group.closest_entry, group.closest_score = kb_questions[entry][0], similarity
    groups.sort(key=lambda g: (-g.count, g.example))
    return Grouping(groups, len(ordered))
