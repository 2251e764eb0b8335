"""Language identification: script first, then a character n-gram classifier for Latin text."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from bot.nlu import tfidf
from bot.nlu.normalise import ARMENIAN, CYRILLIC, LATIN, light
from bot.nlu.tfidf import Regression

LATIN_LABELS = ("en", "hy_latn", "ru_latn")
BASE = {"en": "en", "hy_latn": "hy", "ru_latn": "ru", "hy": "hy", "ru": "ru"}


@dataclass(frozen=True)
class Identification:
    """What language a message is in, and how sure the identifier is."""

    language: str | None  # hy, ru, en; None when the text does not tell
    variant: str | None  # hy, ru, en, hy_latn, ru_latn
    confidence: float

    @property
    def transliterated(self) -> bool:
        """Armenian or Russian typed in Latin letters."""
        return self.variant in ("hy_latn", "ru_latn")


UNKNOWN = Identification(None, None, 0.0)


class LatinClassifier:
    """Tells English, Latin-typed Armenian and Latin-typed Russian apart."""

    def __init__(self, pipeline: object | None = None) -> None:
        self.pipeline = pipeline
        self._fast: tuple[Any, Regression] | None = None

    @classmethod
    def fit(cls, texts: Iterable[str], labels: Iterable[str]) -> LatinClassifier:
        """Train on Latin-script examples labelled en, hy_latn or ru_latn."""
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline

        pipeline = make_pipeline(
            TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4), sublinear_tf=True, max_features=60000),
            LogisticRegression(C=20.0, max_iter=2000, class_weight="balanced"),
        )
        pipeline.fit([light(t) for t in texts], list(labels))
        return cls(pipeline)

    def predict(self, text: str) -> tuple[str, float]:
        """The most likely label and its probability."""
        if self._fast is None or self._fast[0] is not self.pipeline:
            # the pipeline's own predict_proba, without scikit-learn's checks on every call
            self._fast = (self.pipeline, Regression(self.pipeline.steps[-1][1]))
        vectorizer = self.pipeline.steps[0][1]
        probabilities = self._fast[1].probabilities(tfidf.transform(vectorizer, [text]))[0]
        best = probabilities.argmax()
        return str(self.pipeline.classes_[best]), float(probabilities[best])


class LanguageIdentifier:
    """Identifies hy, ru or en from the script, then from the Latin classifier."""

    def __init__(self, latin: LatinClassifier, min_confidence: float = 0.6, min_letters: int = 3) -> None:
        self.latin = latin
        self.min_confidence = min_confidence
        self.min_letters = min_letters

    def identify(self, text: str) -> Identification:
        """Identify one message; UNKNOWN when it does not tell."""
        text = light(text)
        armn, cyrl, latn = (len(p.findall(text)) for p in (ARMENIAN, CYRILLIC, LATIN))
        letters = armn + cyrl + latn
        if not letters:
            return UNKNOWN
        if armn >= max(cyrl, latn):
            return Identification("hy", "hy", armn / letters)
        if cyrl >= latn:
            return Identification("ru", "ru", cyrl / letters)
        if latn < self.min_letters or self.latin.pipeline is None:
            return UNKNOWN
        latin_only = "".join(ch if LATIN.match(ch) or not ch.isalpha() else " " for ch in text)
        label, probability = self.latin.predict(latin_only)
        if probability < self.min_confidence:
            return Identification(None, label, probability)
        return Identification(BASE[label], label, probability)
