"""Fitted scikit-learn TF-IDF vectorisers and logistic regressions, applied to one message without per-call checks.

scikit-learn validates a fitted model on every call: `TfidfTransformer.transform` asks
`check_is_fitted(self, attributes=["idf_"])`, and `idf_` is a property that sums the whole
~10^5-feature idf diagonal each time. Four vectorisers a message made that about a tenth of a
turn (py-spy, docs/bench/turn-cost.md). These functions run the same operations in the same
order on the same fitted attributes, so the numbers are identical (tests/bot/nlu/test_tfidf.py
compares them with scikit-learn's own); they are tied to scikit-learn 1.1 (requirements/engine.txt).
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from typing import Any

_FLOATS = ("float64", "float32", "float16")
_IDF: weakref.WeakKeyDictionary[Any, tuple[Any, Any]] = weakref.WeakKeyDictionary()


def transform(vectorizer: Any, texts: Sequence[str]) -> Any:
    """`TfidfVectorizer.transform(texts)` of a fitted vectoriser: a CSR matrix."""
    import numpy as np
    from sklearn.preprocessing import normalize
    from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l2

    _, matrix = vectorizer._count_vocab(texts, fixed_vocab=True)
    if vectorizer.binary:
        matrix.data.fill(1)
    tfidf = vectorizer._tfidf
    if matrix.dtype.name not in _FLOATS:
        matrix = matrix.astype(np.float64)
    if tfidf.sublinear_tf:
        np.log(matrix.data, matrix.data)
        matrix.data += 1
    if tfidf.use_idf:
        matrix = _times_idf(matrix, tfidf)
    if tfidf.norm == "l2":
        inplace_csr_row_normalize_l2(matrix)
    elif tfidf.norm:
        matrix = normalize(matrix, norm=tfidf.norm, copy=False)
    return matrix


def _times_idf(matrix: Any, tfidf: Any) -> Any:
    """`matrix * tfidf._idf_diag` as scipy computes it, without converting the diagonal every call.

    scipy's sparse product (csr_matmat) writes each row's entries in reverse order of its
    input and drops zeros; the order is kept because it is the order the l2 norm sums in.
    """
    import numpy as np

    idf = _IDF.get(tfidf)
    if idf is None or idf[0] is not tfidf._idf_diag:
        idf = _IDF[tfidf] = (tfidf._idf_diag, np.asarray(tfidf._idf_diag.diagonal()))
    rows = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))
    reverse = matrix.indptr[rows] + matrix.indptr[rows + 1] - 1 - np.arange(matrix.nnz)
    data = (matrix.data * idf[1][matrix.indices])[reverse]
    indices = matrix.indices[reverse]
    kept = data != 0
    counts = np.bincount(rows[reverse][kept], minlength=matrix.shape[0])
    indptr = np.concatenate(([0], np.cumsum(counts))).astype(matrix.indptr.dtype)
    product = type(matrix)((data[kept], indices[kept], indptr), shape=matrix.shape)
    product.has_sorted_indices = False
    return product


class Regression:
    """`LogisticRegression.predict_proba` of a fitted model, with its weights laid out once.

    scipy copies `coef_.T` into C order on every product; the copy is made here once instead.
    """

    def __init__(self, model: Any) -> None:
        import numpy as np

        self.weights = np.ascontiguousarray(model.coef_.T)
        self.bias = model.intercept_
        self.classes = model.classes_
        # scikit-learn's rule: one-vs-rest for two classes (multi_class auto, lbfgs), else softmax
        multi_class = model.multi_class
        self.one_vs_rest = multi_class in ("ovr", "warn") or (
            multi_class == "auto" and (self.classes.size <= 2 or model.solver == "liblinear")
        )

    def probabilities(self, features: Any) -> Any:
        """Class probabilities, one row per sample, columns in the order of `classes`."""
        import numpy as np
        from scipy.special import expit
        from sklearn.utils.extmath import softmax

        scores = features @ self.weights + self.bias
        decision = scores.ravel() if scores.shape[1] == 1 else scores
        if self.one_vs_rest:
            expit(decision, out=decision)
            if decision.ndim == 1:
                return np.vstack([1 - decision, decision]).T
            decision /= decision.sum(axis=1).reshape((decision.shape[0], -1))
            return decision
        if decision.ndim == 1:
            decision = np.c_[-decision, decision]
        return softmax(decision, copy=False)
