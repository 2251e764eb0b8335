"""Near-duplicate questions: normalised text, TF-IDF over character n-grams, cosine similarity.

Vectors are rows of a SciPy sparse matrix; comparisons are batched matrix products restricted to
candidates that share a text's rarest n-grams, so 100,000 questions take seconds, not minutes.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence

import numpy as np
from scipy import sparse

NGRAM_SIZES = (2, 3, 4)
# Marks written inside an Armenian word (՚ ՛ ՜ ՞ ՟) and apostrophes: removed, not a word break.
_IN_WORD = re.compile("[\u055a\u055b\u055c\u055e\u055f'\u2019]")
# Everything else that is not a letter or digit (։ ՝ too) separates words.
_NOT_WORD = re.compile(r"[^\w]+|_")
# The heaviest n-grams of a text (rarest, by IDF) that pick the texts it is compared with:
# near-duplicates share them, and common n-grams (" ho", "the") would make every text a candidate.
CANDIDATE_GRAMS = 12
# A candidate must share this many of them (a pair at cosine 0.8 shares nearly all).
SHARED_GRAMS = 3
# At most this many leaders are compared with a text, those sharing most of its rarest n-grams
# (a near-duplicate shares nearly all of them; measured on the benchmark: 1% more groups than
# without the cap, a quarter less time in grouping; 0: no cap).
MOST_CANDIDATES = 32
# Texts compared with the leaders in one matrix product (memory stays in tens of megabytes).
BLOCK = 2048


def normalise(text: str) -> str:
    """Lower case, compatibility forms, ё→е, punctuation to spaces, spaces collapsed."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е").replace("և", "եվ")
    return " ".join(_NOT_WORD.sub(" ", _IN_WORD.sub("", text)).split())


def word_grams(word: str) -> list[str]:
    """The word itself and its character n-grams, padded with spaces."""
    padded = f" {word} "
    grams = [f"w:{word}"]
    for size in NGRAM_SIZES:
        grams += [padded[i:i + size] for i in range(max(1, len(padded) - size + 1))]
    return grams


def tfidf(texts: Sequence[str]) -> sparse.csr_matrix:
    """Unit-length TF-IDF rows of ``texts`` (sublinear tf, smoothed IDF learnt from the same texts)."""
    vocabulary: defaultdict[str, int] = defaultdict()
    vocabulary.default_factory = vocabulary.__len__  # a new n-gram gets the next column
    # Texts share most of their words: each word's n-grams are looked up once.
    by_word: dict[str, list[int]] = {}
    columns: list[int] = []
    lengths: list[int] = []
    for text in texts:
        before = len(columns)
        for word in text.split():
            found = by_word.get(word)
            if found is None:
                found = by_word[word] = list(map(vocabulary.__getitem__, word_grams(word)))
            columns += found
        lengths.append(len(columns) - before)
    rows = np.repeat(np.arange(len(texts), dtype=np.int32), lengths)
    counts = sparse.csr_matrix((np.ones(len(columns), dtype=np.float32), (rows, np.asarray(columns, dtype=np.int32))),
                               shape=(len(texts), len(vocabulary)))
    counts.sum_duplicates()
    frequency = np.bincount(counts.indices, minlength=len(vocabulary))
    idf = (np.log((1 + len(texts)) / (1 + frequency)) + 1).astype(np.float32)
    counts.data = (1 + np.log(counts.data)) * idf[counts.indices]
    norms = np.sqrt(np.asarray(counts.multiply(counts).sum(axis=1)).ravel()).astype(np.float32)
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1 / norms) @ counts)


def heaviest(matrix: sparse.csr_matrix, findable: np.ndarray) -> tuple[sparse.csr_matrix, np.ndarray]:
    """Each row's CANDIDATE_GRAMS heaviest n-grams among the ``findable`` columns as a 0/1 matrix,
    and how many of them a candidate must share."""
    # Only n-grams a candidate can have: a typo's are the rarest, so they would be the heaviest.
    shared = findable[matrix.indices]
    rows, cols = [], []
    for row in range(matrix.shape[0]):
        start, end = matrix.indptr[row], matrix.indptr[row + 1]
        weights = np.where(shared[start:end], matrix.data[start:end], 0)
        usable = int(np.count_nonzero(weights))
        if usable > CANDIDATE_GRAMS:
            top = np.argpartition(-weights, CANDIDATE_GRAMS - 1)[:CANDIDATE_GRAMS]
        else:
            top = np.flatnonzero(weights)
        cols.append(matrix.indices[start:end][top])
        rows.append(np.full(len(top), row, dtype=np.int32))
    row_ids = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int32)
    col_ids = np.concatenate(cols) if cols else np.zeros(0, dtype=np.int32)
    picked = sparse.csr_matrix((np.ones(len(row_ids)), (row_ids, col_ids)), shape=matrix.shape)
    need = np.minimum(SHARED_GRAMS, np.diff(picked.indptr))
    return picked, need


def _present(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    """The same sparsity pattern with every weight 1."""
    ones = matrix.copy()
    ones.data = np.ones_like(ones.data)
    return ones


def _cosines(left: sparse.csr_matrix, right: sparse.csr_matrix, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Cosine of left row i[k] and right row j[k] for every k (rows are unit length)."""
    out = np.empty(len(i))
    for start in range(0, len(i), 50_000):
        stop = start + 50_000
        out[start:stop] = np.asarray(left[i[start:stop]].multiply(right[j[start:stop]]).sum(axis=1)).ravel()
    return out


def _candidates(picked: sparse.csr_matrix, need: np.ndarray, present_t: sparse.csr_matrix,
                widen: bool) -> tuple[np.ndarray, np.ndarray]:
    """(query, target) pairs sharing enough of the query's heaviest n-grams (or any, with ``widen``)."""
    shared = sparse.coo_matrix(picked @ present_t)
    query, target, hits = shared.row, shared.col, shared.data
    enough = hits >= need[query]
    if widen:
        # Rows with no candidate sharing enough: every target sharing any of the heaviest n-grams.
        has = np.zeros(picked.shape[0], dtype=bool)
        has[query[enough]] = True
        enough |= ~has[query]
    query, target, hits = query[enough], target[enough], hits[enough]
    if not widen and MOST_CANDIDATES:
        # The candidates sharing most of the rarest n-grams (the lowest numbers among equals).
        order = np.lexsort((target, -hits, query))
        query, target = query[order], target[order]
        starts = np.flatnonzero(np.r_[True, query[1:] != query[:-1]])
        rank = np.arange(len(query)) - np.repeat(starts, np.diff(np.r_[starts, len(query)]))
        keep = rank < MOST_CANDIDATES
        query, target = query[keep], target[keep]
    return query, target


def nearest(queries: sparse.csr_matrix, targets: sparse.csr_matrix) -> tuple[np.ndarray, np.ndarray]:
    """For each query row, the most similar target row (-1 if none shares an n-gram) and the cosine.

    Targets that share enough of the query's rarest n-grams are compared; when none does, every
    target that shares any of them is.
    """
    best = np.full(queries.shape[0], -1, dtype=np.int64)
    score = np.zeros(queries.shape[0])
    if queries.shape[0] == 0 or targets.shape[0] == 0:
        return best, score
    present = _present(targets)
    picked, need = heaviest(queries, np.asarray(present.sum(axis=0)).ravel() > 0)
    query, target = _candidates(picked, need, present.T.tocsc(), widen=True)
    sims = _cosines(queries, targets, query, target)
    # The highest cosine per query, the lowest target number among equals (stable order).
    order = np.lexsort((target, -sims, query))
    first = np.ones(len(order), dtype=bool)
    first[1:] = query[order][1:] != query[order][:-1]
    chosen = order[first]
    best[query[chosen]] = target[chosen]
    score[query[chosen]] = sims[chosen]
    return best, score


def leaders(matrix: sparse.csr_matrix, threshold: float) -> np.ndarray:
    """Group number of each row: rows in order join the most similar earlier leader (cosine at least
    ``threshold``, lowest number among equals) or lead a new group.

    A row is compared only with leaders that share SHARED_GRAMS of its CANDIDATE_GRAMS rarest n-grams.
    """
    count = matrix.shape[0]
    group = np.full(count, -1, dtype=np.int64)
    if count == 0:
        return group
    present = _present(matrix)
    picked, need = heaviest(matrix, np.asarray(present.sum(axis=0)).ravel() > 1)
    leader_rows: list[int] = []
    for start in range(0, count, BLOCK):
        stop = min(count, start + BLOCK)
        block, block_need = picked[start:stop], need[start:stop]
        # Leaders of earlier blocks: the best one per row, at once.
        old_best = np.full(stop - start, -1, dtype=np.int64)
        old_score = np.full(stop - start, -np.inf)
        if leader_rows:
            rows = np.asarray(leader_rows)
            query, target = _candidates(block, block_need, present[rows].T.tocsc(), widen=False)
            sims = _cosines(matrix, matrix, query + start, rows[target])
            keep = sims >= threshold
            query, target, sims = query[keep], rows[target[keep]], sims[keep]
            order = np.lexsort((target, -sims, query))
            first = np.ones(len(order), dtype=bool)
            first[1:] = query[order][1:] != query[order][:-1]
            old_best[query[order[first]]] = target[order[first]]
            old_score[query[order[first]]] = sims[order[first]]
        # Rows of this block that may lead: compared in order, with the cosines computed at once.
        query, target = _candidates(block, block_need, present[start:stop].T.tocsc(), widen=False)
        earlier = target < query
        query, target = query[earlier], target[earlier]
        sims = _cosines(matrix, matrix, query + start, target + start)
        keep = sims >= threshold
        inner: dict[int, list[tuple[int, float]]] = {}
        for q, t, s in zip(query[keep].tolist(), target[keep].tolist(), sims[keep].tolist(), strict=True):
            inner.setdefault(q, []).append((t + start, s))
        for offset in range(stop - start):
            row = start + offset
            best, score = int(old_best[offset]), float(old_score[offset])
            for other, sim in inner.get(offset, ()):
                if group[other] >= 0 and leader_rows[group[other]] == other and (
                        sim > score or (sim == score and other < best)):
                    best, score = other, sim
            if best >= 0:
                group[row] = group[best]
            else:
                group[row] = len(leader_rows)
                leader_rows.append(row)
    return group
