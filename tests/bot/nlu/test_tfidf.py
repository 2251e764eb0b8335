"""The per-message TF-IDF and logistic regression give scikit-learn's own numbers, bit for bit."""

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from bot.nlu import tfidf

TRAIN = [
    "how do i get a work permit", "как получить вид на жительство", "ինչպես ստանալ կացության քարտ",
    "hello there", "do i need a visa if i am from china", "thanks a lot", "нужна ли виза гражданам индии",
    "where do i apply for a temporary residence permit", "привет", "բարև ձեզ", "spasibo bolshoe", "barev dzez",
]
LABELS_3 = ["en", "ru", "hy", "en", "en", "en", "ru", "en", "ru", "hy", "ru", "hy"]
PROBES = [
    "how to get a residence card in armenia", "виза для граждан китая", "աշխատանքի թույլտվություն",
    "zzz", "", "a", "🙂🙂", "work work work permit permit", "qwertyuiop asdf", "ВНЖ?", "kak poluchit vnzh",
]


@pytest.mark.parametrize(
    "vectorizer",
    [
        TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 5), sublinear_tf=True),
        TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, token_pattern=r"(?u)\b\w+\b"),
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=False, norm="l1"),
        TfidfVectorizer(analyzer="word", use_idf=False),
    ],
)
def test_transform_is_scikit_learns_bit_for_bit(vectorizer):
    vectorizer.fit(TRAIN)
    for texts in [[p] for p in PROBES] + [PROBES, TRAIN]:
        ours, theirs = tfidf.transform(vectorizer, texts), vectorizer.transform(texts)
        assert ours.shape == theirs.shape
        # the same entries in the same order: the order is the order sums are taken in later
        assert np.array_equal(ours.indptr, theirs.indptr)
        assert np.array_equal(ours.indices, theirs.indices)
        assert np.array_equal(ours.data, theirs.data)


@pytest.mark.parametrize("labels", [LABELS_3, [int(label == "en") for label in LABELS_3]])
def test_regression_is_predict_proba_bit_for_bit(labels):
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4), sublinear_tf=True).fit(TRAIN)
    model = LogisticRegression(C=20.0, max_iter=2000).fit(vectorizer.transform(TRAIN), labels)
    fast = tfidf.Regression(model)
    for texts in [[p] for p in PROBES] + [PROBES]:
        features = vectorizer.transform(texts)
        assert np.array_equal(fast.probabilities(features), model.predict_proba(features))
