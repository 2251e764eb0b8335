"""Near-duplicate questions: normalised text, TF-IDF over character n-grams, cosine similarity.

Vectors are rows of a SciPy sparse matrix; comparisons are batched matrix products restricted to
candidates that share a text's rarest n-grams, so 100,000 questions take seconds, not minutes.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from itertools import chain

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
    # Texts share most of their words: n-grams are counted once per distinct word (word x n-gram),
    # then per text as a product with the text x word counts. Columns are numbered in the order
    # n-grams are first met, words in the order they first occur.
    tokens = " ".join(texts).split()
    words = list(dict.fromkeys(tokens))
    word_number = {word: n for n, word in enumerate(words)}
    vocabulary: defaultdict[str, int] = defaultdict()
    vocabulary.default_factory = vocabulary.__len__  # a new n-gram gets the next column
    grams = list(chain.from_iterable(map(word_grams, words)))
    columns = np.fromiter(map(vocabulary.__getitem__, grams), dtype=np.int32, count=len(grams))
    padded = np.fromiter(map(len, words), dtype=np.int64, count=len(words)) + 2
    # word_grams' count: the word, then its n-grams of each size (at least one, the padded word).
    per_word = 1 + sum(np.maximum(1, padded - size + 1) for size in NGRAM_SIZES)
    word_grams_matrix = sparse.csr_matrix(
        (np.ones(len(grams), dtype=np.float32), (np.repeat(np.arange(len(words), dtype=np.int32), per_word), columns)),
        shape=(len(words), len(vocabulary)))
    lengths = np.fromiter((len(text.split()) for text in texts), dtype=np.int64, count=len(texts))
    text_words = sparse.csr_matrix(
        (np.ones(len(tokens), dtype=np.float32),
         (np.repeat(np.arange(len(texts), dtype=np.int32), lengths),
          np.fromiter(map(word_number.__getitem__, tokens), dtype=np.int32, count=len(tokens)))),
        shape=(len(texts), len(words)))
    counts = sparse.csr_matrix(text_words @ word_grams_matrix)
    counts.sort_indices()
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
    weights = np.where(shared, matrix.data, 0).astype(matrix.data.dtype)
    nonzero = weights != 0
    lengths = np.diff(matrix.indptr)
    row_of = np.repeat(np.arange(matrix.shape[0]), lengths)
    usable = np.bincount(row_of, weights=nonzero, minlength=matrix.shape[0]).astype(np.int64)
    # Rows with few usable n-grams keep them all; the others their CANDIDATE_GRAMS heaviest,
    # chosen by argpartition on rows of one length at once (the same choice among equal weights
    # as one row at a time).
    keep = nonzero & (usable[row_of] <= CANDIDATE_GRAMS)
    for length in np.unique(lengths[usable > CANDIDATE_GRAMS]).tolist():
        rows = np.flatnonzero((lengths == length) & (usable > CANDIDATE_GRAMS))
        positions = matrix.indptr[rows][:, None] + np.arange(length)
        top = np.argpartition(-weights[positions], CANDIDATE_GRAMS - 1, axis=1)[:, :CANDIDATE_GRAMS]
        keep[np.take_along_axis(positions, top, axis=1).ravel()] = True
    picked = sparse.csr_matrix((np.ones(int(keep.sum()), dtype=np.float32), (row_of[keep], matrix.indices[keep])),
                               shape=matrix.shape)
    need = np.minimum(SHARED_GRAMS, np.diff(picked.indptr))
    return picked, need


def _present(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    """The same sparsity pattern with every weight 1."""
    ones = matrix.copy()
    ones.data = np.ones_like(ones.data)
    return ones


def _only(matrix: sparse.csr_matrix, columns: np.ndarray) -> sparse.csr_matrix:
    """``matrix`` without the weights outside ``columns`` (a mask): cosines with rows that have
    none there are the same, computed over fewer weights."""
    keep = columns[matrix.indices]
    indptr = np.r_[0, np.cumsum(keep)][matrix.indptr]
    return sparse.csr_matrix((matrix.data[keep], matrix.indices[keep], indptr), shape=matrix.shape)


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
    shared = sparse.csr_matrix(picked @ present_t)
    query = np.repeat(np.arange(picked.shape[0]), np.diff(shared.indptr))
    return _select(query, shared.indices, shared.data, need, widen)


def _select(query: np.ndarray, target: np.ndarray, hits: np.ndarray, need: np.ndarray,
            widen: bool) -> tuple[np.ndarray, np.ndarray]:
    """The (query, target) pairs, with ``hits`` of the query's heaviest n-grams in common, that
    share enough of them (or any, with ``widen``), at most MOST_CANDIDATES per query without."""
    enough = hits >= need[query]
    if widen:
        # Rows with no candidate sharing enough: every target sharing any of the heaviest n-grams.
        has = np.zeros(len(need), dtype=bool)
        has[query[enough]] = True
        enough |= ~has[query]
    query, target, hits = query[enough], target[enough], hits[enough]
    if not widen and MOST_CANDIDATES:
        # The candidates sharing most of the rarest n-grams (the lowest numbers among equals),
        # ranked only for the queries that have more than MOST_CANDIDATES.
        many = np.bincount(query, minlength=len(need)) > MOST_CANDIDATES
        crowded = many[query]
        if crowded.any():
            q, t, h = query[crowded], target[crowded], hits[crowded]
            order = np.lexsort((t, -h, q))
            q, t = q[order], t[order]
            starts = np.flatnonzero(np.r_[True, q[1:] != q[:-1]])
            rank = np.arange(len(q)) - np.repeat(starts, np.diff(np.r_[starts, len(q)]))
            first = rank < MOST_CANDIDATES
            query = np.concatenate([query[~crowded], q[first]])
            target = np.concatenate([target[~crowded], t[first]])
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
    in_targets = np.asarray(present.sum(axis=0)).ravel() > 0
    picked, need = heaviest(queries, in_targets)
    query, target = _candidates(picked, need, present.T.tocsc(), widen=True)
    in_queries = np.bincount(queries.indices, minlength=queries.shape[1]) > 0
    sims = _cosines(_only(queries, in_targets), _only(targets, in_queries), query, target)
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
    shared = np.asarray(present.sum(axis=0)).ravel() > 1
    picked, need = heaviest(matrix, shared)
    # Rows are compared with other rows only: an n-gram of one row adds nothing to a cosine.
    compared = _only(matrix, shared)
    leader_rows: list[int] = []
    for start in range(0, count, BLOCK):
        stop = min(count, start + BLOCK)
        block, block_need = picked[start:stop], need[start:stop]
        # Leaders of earlier blocks: the best one per row, at once.
        old_best = np.full(stop - start, -1, dtype=np.int64)
        old_score = np.full(stop - start, -np.inf)
        if leader_rows:
            rows = np.asarray(leader_rows)
            query, target = _candidates(block, block_need, present[rows].T, widen=False)
            sims = _cosines(compared, compared, query + start, rows[target])
            keep = sims >= threshold
            query, target, sims = query[keep], rows[target[keep]], sims[keep]
            order = np.lexsort((target, -sims, query))
            first = np.ones(len(order), dtype=bool)
            first[1:] = query[order][1:] != query[order][:-1]
            old_best[query[order[first]]] = target[order[first]]
            old_score[query[order[first]]] = sims[order[first]]
        # Rows of this block that may lead: compared in order, with the cosines computed at once.
        query, target = _candidates(block, block_need, present[start:stop].T, widen=False)
        # A row that joined an earlier block's leader never leads: not worth comparing with.
        earlier = (target < query) & (old_best[target] < 0)
        query, target = query[earlier], target[earlier]
        sims = _cosines(compared, compared, query + start, target + start)
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
