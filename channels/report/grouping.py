"""Unanswered questions grouped by similarity, each with the entry it came closest to."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from channels.report.data import Declined
from channels.report.knowledge import Entry
from channels.report.similarity import Index, Vectoriser, normalise

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


def group_questions(declined: Sequence[Declined], entries: Sequence[Entry],
                    threshold: float = SAME_QUESTION) -> list[Group]:
    """Groups of near-duplicate questions, most asked first.

    Distinct normalised texts are taken most frequent first; each joins the group whose first
    text is most similar (at least ``threshold``) or starts a new one.
    """
    texts: Counter[str] = Counter()
    originals: dict[str, Counter[str]] = {}
    languages: dict[str, Counter[str]] = {}
    for item in declined:
        key = normalise(item.text)
        if not key:
            continue
        texts[key] += 1
        originals.setdefault(key, Counter())[item.text.strip()] += 1
        languages.setdefault(key, Counter())[item.language] += 1
    kb_questions = [(entry.id, normalise(q)) for entry in entries for q in entry.questions]
    vectoriser = Vectoriser([*texts, *(q for _, q in kb_questions)])

    groups: list[Group] = []
    leaders = Index()
    for key, count in sorted(texts.items(), key=lambda kv: (-kv[1], kv[0])):
        vector = vectoriser.vector(key)
        best = leaders.best(vector, widen=False)
        if best is not None and best[1] >= threshold:
            group = groups[best[0]]
        else:
            group = Group(example=originals[key].most_common(1)[0][0])
            leaders.add(vector)
            groups.append(group)
        group.count += count
        group.languages.update(languages[key])
        group.variants.update(originals[key])

    known = Index()
    for _, question in kb_questions:
        known.add(vectoriser.vector(question))
    for group in groups:
        best = known.best(vectoriser.vector(normalise(group.example)))
        if best is not None:
            group.closest_entry, group.closest_score = kb_questions[best[0]][0], best[1]
    groups.sort(key=lambda g: (-g.count, g.example))
    return groups
