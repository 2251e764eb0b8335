"""Near-duplicate questions: normalised text, TF-IDF over character n-grams, cosine similarity."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable

NGRAM_SIZES = (2, 3, 4)
# Marks written inside an Armenian word (՚ ՛ ՜ ՞ ՟) and apostrophes: removed, not a word break.
_IN_WORD = re.compile("[\u055a\u055b\u055c\u055e\u055f'\u2019]")
# Everything else that is not a letter or digit (։ ՝ too) separates words.
_NOT_WORD = re.compile(r"[^\w]+|_")

Vector = dict[str, float]


def normalise(text: str) -> str:
    """Lower case, compatibility forms, ё→е, punctuation to spaces, spaces collapsed."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е").replace("և", "եվ")
    return " ".join(_NOT_WORD.sub(" ", _IN_WORD.sub("", text)).split())


def ngrams(text: str) -> Counter[str]:
    """Character n-grams inside each word padded with spaces, plus the words themselves."""
    grams: Counter[str] = Counter()
    for word in text.split():
        padded = f" {word} "
        grams["w:" + word] += 1
        for size in NGRAM_SIZES:
            for start in range(max(1, len(padded) - size + 1)):
                grams[padded[start:start + size]] += 1
    return grams


class Vectoriser:
    """TF-IDF weights learnt from a set of texts; vectors are unit length."""

    def __init__(self, texts: Iterable[str]) -> None:
        documents = 0
        frequency: Counter[str] = Counter()
        for text in texts:
            documents += 1
            frequency.update(set(ngrams(text)))
        self.documents = documents
        self.idf = {gram: math.log((1 + documents) / (1 + df)) + 1 for gram, df in frequency.items()}
        self.unseen = math.log(1 + documents) + 1

    def vector(self, text: str) -> Vector:
        """The unit TF-IDF vector of a normalised text."""
        weights = {g: (1 + math.log(tf)) * self.idf.get(g, self.unseen) for g, tf in ngrams(text).items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {g: w / norm for g, w in weights.items()}


class Index:
    """Vectors by number; a query is compared only with those sharing one of its rarest n-grams."""

    # The query's heaviest n-grams (rarest, by IDF) that pick the candidates: near-duplicates share
    # them, and common n-grams (" ho", "the") would make every vector a candidate.
    CANDIDATE_GRAMS = 12
    # A candidate must share this many of them (a pair at cosine 0.8 shares nearly all).
    SHARED_GRAMS = 3

    def __init__(self) -> None:
        self.postings: dict[str, list[int]] = defaultdict(list)
        self.vectors: list[Vector] = []

    def add(self, vector: Vector) -> int:
        """Index one vector; its number is the order of adding."""
        number = len(self.vectors)
        self.vectors.append(vector)
        for gram in vector:
            self.postings[gram].append(number)
        return number

    def best(self, vector: Vector, *, widen: bool = True) -> tuple[int, float] | None:
        """The most similar indexed vector (cosine) and its similarity, or None.

        With ``widen``, when no vector shares enough rare n-grams, every one sharing any is compared
        (the closest entry); without it, there is no near-duplicate then (grouping).
        """
        heaviest = sorted(vector, key=vector.__getitem__, reverse=True)[:self.CANDIDATE_GRAMS]
        shared = Counter(number for gram in heaviest for number in self.postings.get(gram, ()))
        need = min(self.SHARED_GRAMS, len(heaviest))
        candidates = [n for n, hits in shared.items() if hits >= need]
        if not candidates and widen:
            candidates = list(shared)
        best: tuple[int, float] | None = None
        for number in sorted(candidates):
            other = self.vectors[number]
            score = sum(weight * other.get(gram, 0.0) for gram, weight in vector.items())
            if best is None or score > best[1]:
                best = (number, score)
        return best
