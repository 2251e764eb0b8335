"""Rasa component: intents from a linear model over character and word n-grams."""

from __future__ import annotations

import logging
import re
from typing import Any

import joblib
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.components.language_identifier import VARIANT, LanguageIdentifier
from bot.components.normaliser import Normaliser
from bot.nlu import tfidf
from bot.nlu.romanise import romanised_copy

logger = logging.getLogger(__name__)
_FILE = "linear_intent.joblib"
_WORD = re.compile(r"\w+")
_PUNCTUATION = re.compile(r"[^\w\s]+")
SCOPE = "scope"


def content(text: str) -> str:
    """The words of a message without punctuation or emoji, or the message itself if that is all it has.

    Knowledge-base questions are written without a question mark and everyday chatter often
    has one: left in, "Как получить ВНЖ?" leaned to out-of-scope where "как получить внж" did not.
    """
    words = " ".join(_PUNCTUATION.sub(" ", text).split())
    return words or text


def _examples(
    training_data: TrainingData, romanised_weight: float, also: tuple[str, ...] = (), exclude: tuple[str, ...] = ()
) -> tuple[list[str], list[str], list[float]]:
    """(text, intent, weight) of every example, plus Latin-letter copies of the hy and ru questions.

    Copies are made for knowledge-base entries (their ids have a dot) and the intents in `also`;
    intents in `exclude` are left to another stage.
    """
    examples = [e for e in training_data.intent_examples if e.get("text") and e.get("intent") not in exclude]
    weights = {(e.get("text"), e.get("intent")): 1.0 for e in examples}
    if romanised_weight > 0:
        # People type Armenian and Russian in Latin letters far more often than the hand-written
        # transliterated questions can cover; a romanised copy of each native question fills
        # that, weighted below the written questions so that it informs without crowding them.
        for example in examples:
            variant = example.get(VARIANT) or ""
            intent = example.get("intent") or ""
            if example.get("text") and variant in ("hy", "ru") and ("." in intent or intent in also):
                weights.setdefault((romanised_copy(example.get("text"), variant), intent), romanised_weight)
    merged: dict[tuple[str, str], float] = {}
    for (text, intent), weight in weights.items():
        key = (content(text), intent)
        merged[key] = max(weight, merged.get(key, 0.0))
    ordered = sorted(merged)
    return [text for text, _ in ordered], [intent for _, intent in ordered], [merged[pair] for pair in ordered]


def _weak_single_word(text: str, chosen: dict, config: dict[str, Any]) -> bool:
    """True for a one-word message whose best intent is below the single-word bar."""
    # the normaliser splits "внж?" into "внж ?": count words only
    return len(_WORD.findall(text)) == 1 and chosen["confidence"] < config["single_word_threshold"]


def scope(ranking: list[dict]) -> dict[str, float]:
    """How much of the probability went to knowledge-base entries (ids with a dot) and to the rest.

    A message the classifier is unsure about is an attempt at a migration question when the
    entries together outweigh everything else; otherwise it is everyday chatter to decline.
    """
    migration = sum(r["confidence"] for r in ranking if "." in r["name"])
    return {"migration": round(migration, 4)}


class _Scorer:
    """The pipeline's predict_proba for one text, without its per-call copy of the weights.

    scikit-learn multiplies by `coef_.T`, which scipy copies into C order on every call: with
    ~10^5 n-gram features that copy was most of the time per message (measured with cProfile).
    """

    def __init__(self, pipeline: Any) -> None:
        import numpy as np

        union, regression = pipeline.steps[0][1], pipeline.steps[-1][1]
        self.vectorizers = [vectorizer for _, vectorizer in union.transformer_list]
        self.weights = np.ascontiguousarray(regression.coef_.T)
        self.bias = regression.intercept_
        self.classes = regression.classes_

    def probabilities(self, text: str) -> Any:
        """Class probabilities, in the order of `classes`."""
        from scipy.sparse import hstack
        from sklearn.utils.extmath import softmax

        features = hstack([tfidf.transform(vectorizer, [text]) for vectorizer in self.vectorizers]).tocsr()
        return softmax(features @ self.weights + self.bias)[0]


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class LinearIntentClassifier(GraphComponent, IntentClassifier):
    """TF-IDF character (1-5) and word (1-2) n-grams with multinomial logistic regression.

    On our few dozen paraphrases per intent in three scripts it generalises better than DIET
    and trains in a fraction of its time (docs/eval/report.md has the comparison).
    """

    @classmethod
    def required_components(cls) -> list[type]:
        """Reads the language variant (romanised copies) and the normalised text."""
        return [LanguageIdentifier, Normaliser]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """Regularisation, n-gram ranges, romanised copies and the two decision rules."""
        return {
            "C": 20.0,
            "char_ngram_max": 5,
            "word_ngram_max": 2,
            "ranking_length": 10,
            "romanised_weight": 0.5,
            # Small talk and out-of-scope are not copied: copied, they drew Latin-letter gibberish
            # away from the "not understood" fallback.
            "romanised_conversation_intents": ["human"],
            # Danger is decided by its own stage (DangerDetector), not as one intent among many.
            "exclude_intents": ["red_flag"],
            # One word is little evidence: below this the message is not understood (and the
            # person is asked to rephrase) rather than answered with a guess.
            "single_word_threshold": 0.5,
        }

    def __init__(self, config: dict[str, Any], storage: ModelStorage, resource: Resource, model: Any = None) -> None:
        self.config = config
        self.storage = storage
        self.resource = resource
        self.model = model
        self.scorer = _Scorer(model) if model is not None else None

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource, execution_context: ExecutionContext) -> LinearIntentClassifier:
        """An untrained classifier."""
        return cls(config, model_storage, resource)

    @classmethod
    def load(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource, execution_context: ExecutionContext, **kwargs: Any) -> LinearIntentClassifier:
        """The trained classifier from the model archive."""
        with model_storage.read_from(resource) as directory:
            model = joblib.load(directory / _FILE)
        return cls(config, model_storage, resource, model)

    def train(self, training_data: TrainingData) -> Resource:
        """Fit on the (already normalised) intent examples."""
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline, make_union

        texts, intents, weights = _examples(
            training_data,
            self.config["romanised_weight"],
            tuple(self.config["romanised_conversation_intents"]),
            tuple(self.config["exclude_intents"]),
        )
        features = make_union(
            TfidfVectorizer(analyzer="char_wb", ngram_range=(1, self.config["char_ngram_max"]), sublinear_tf=True),
            TfidfVectorizer(analyzer="word", ngram_range=(1, self.config["word_ngram_max"]), sublinear_tf=True, token_pattern=r"(?u)\b\w+\b"),
        )
        self.model = make_pipeline(features, LogisticRegression(C=self.config["C"], max_iter=3000))
        self.model.fit(texts, intents, logisticregression__sample_weight=weights)
        self.scorer = _Scorer(self.model)
        with self.storage.write_to(self.resource) as directory:
            joblib.dump(self.model, directory / _FILE)
        logger.info("linear intent classifier trained on %d examples", len(texts))
        return self.resource

    def process(self, messages: list[Message]) -> list[Message]:
        """Set `intent` and `intent_ranking`."""
        for message in messages:
            text = message.get("text") or ""
            if self.scorer is None or not text.strip():
                # nothing to classify: zero confidence sends the message to the fallback
                message.set("intent", {"name": None, "confidence": 0.0}, add_to_output=True)
                message.set("intent_ranking", [], add_to_output=True)
                continue
            probabilities = self.scorer.probabilities(content(text[:2000]))
            order = probabilities.argsort()[::-1]
            ranking = [{"name": str(self.scorer.classes[i]), "confidence": float(probabilities[i])} for i in order]
            message.set(SCOPE, scope(ranking), add_to_output=True)
            ranking = ranking[: self.config["ranking_length"]]
            # The ranking stays as computed (FallbackClassifier reads it); only the choice changes.
            chosen = ranking[0]
            if _weak_single_word(text, chosen, self.config):
                chosen = {"name": "nlu_fallback", "confidence": chosen["confidence"]}
            message.set("intent", chosen, add_to_output=True)
            message.set("intent_ranking", ranking, add_to_output=True)
        return messages
