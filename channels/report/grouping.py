"""Unanswered questions grouped by similarity, each with the entry it came closest to."""

from __future__ import annotations

from collections import Counter
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
    # Plain dicts (insertion-ordered, as the Counters made of them): the same wording comes again
    # and again, and 100,000 questions are worth counting without a Counter per text.
    texts: dict[str, int] = {}
    originals: dict[str, dict[str, int]] = {}
    languages: dict[str, dict[str, int]] = {}
    raw = list(dict.fromkeys(item.text for item in declined))
    keys = {text: normalise(text) for text in raw}
    for item in declined:
        key = keys[item.text]
        if not key:
            continue
        times, text = item.times, item.text.strip()
        texts[key] = texts.get(key, 0) + times
        wordings = originals.get(key)
        if wordings is None:
            originals[key], languages[key] = {text: times}, {item.language: times}
            continue
        wordings[text] = wordings.get(text, 0) + times
        spoken = languages[key]
        spoken[item.language] = spoken.get(item.language, 0) + times
    if not texts:
        return Grouping([], 0)
    kb_questions = [(entry.id, normalise(q)) for entry in entries for q in entry.questions]
    ordered = sorted(texts.items(), key=lambda kv: (-kv[1], kv[0]))
    matrix = tfidf([*(key for key, _ in ordered), *(q for _, q in kb_questions)])
    questions, known = matrix[:len(ordered)], matrix[len(ordered):]

    counts: list[int] = []
    variants: list[dict[str, int]] = []
    spoken_in: list[dict[str, int]] = []
    leader_rows: list[int] = []
    for row, number in enumerate(leaders(questions, threshold).tolist()):
        key, count = ordered[row]
        if number == len(counts):
            counts.append(count)
            variants.append(dict(originals[key]))
            spoken_in.append(dict(languages[key]))
            leader_rows.append(row)
            continue
        counts[number] += count
        into = variants[number]
        for text, times in originals[key].items():
            into[text] = into.get(text, 0) + times
        into = spoken_in[number]
        for language, times in languages[key].items():
            into[language] = into.get(language, 0) + times
    groups = []
    for row, count, wordings, spoken in zip(leader_rows, counts, variants, spoken_in, strict=True):
        first = originals[ordered[row][0]]
        # The leader's most frequent wording, the first met among equals (as Counter.most_common).
        groups.append(Group(example=max(first, key=first.__getitem__), count=count,
                            languages=Counter(spoken), variants=Counter(wordings)))

    best, score = nearest(questions[leader_rows], known)
    for group, entry, similarity in zip(groups, best.tolist(), score.tolist(), strict=True):
        if entry >= 0:
            group.closest_entry, group.closest_score = kb_questions[entry][0], similarity
    groups.sort(key=lambda g: (-g.count, g.example))
    return Grouping(groups, len(ordered))
