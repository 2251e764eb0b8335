"""Rasa component: identifies the language of each message and trains the Latin classifier."""

from __future__ import annotations

import logging
from typing import Any

import joblib
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.language import LATIN_LABELS, UNKNOWN, LatinClassifier
from bot.nlu.language import LanguageIdentifier as Identifier

logger = logging.getLogger(__name__)
LANGUAGE = "language"
VARIANT = "language_variant"
CONFIDENCE = "language_confidence"
_FILE = "latin_classifier.joblib"


def language_label(message: Message) -> str | None:
    """The language variant a training example was written in (from its metadata)."""
    metadata = message.get("metadata") or {}
    example = metadata.get("example") if isinstance(metadata.get("example"), dict) else metadata
    return (example or {}).get("language")


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=True)
class LanguageIdentifier(GraphComponent):
    """Sets `language` (hy, ru, en), its variant and confidence."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """Thresholds below which a message does not tell its language."""
        return {"min_confidence": 0.6, "min_letters": 3}

    def __init__(self, config: dict[str, Any], storage: ModelStorage, resource: Resource, latin: LatinClassifier) -> None:
        self.config = config
        self.storage = storage
        self.resource = resource
        self.identifier = Identifier(latin, config["min_confidence"], config["min_letters"])

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource, execution_context: ExecutionContext) -> LanguageIdentifier:
        """A component with an untrained classifier."""
        return cls(config, model_storage, resource, LatinClassifier())

    @classmethod
    def load(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource, execution_context: ExecutionContext, **kwargs: Any) -> LanguageIdentifier:
        """The component with its trained classifier."""
        with model_storage.read_from(resource) as directory:
            latin = LatinClassifier(joblib.load(directory / _FILE))
        return cls(config, model_storage, resource, latin)

    def train(self, training_data: TrainingData) -> Resource:
        """Fit the Latin classifier on examples labelled en, hy_latn, ru_latn."""
        texts, labels = [], []
        for example in training_data.training_examples:
            label = language_label(example)
            if label in LATIN_LABELS and example.get("text"):
                texts.append(example.get("text"))
                labels.append(label)
        latin = LatinClassifier.fit(texts, labels)
        with self.storage.write_to(self.resource) as directory:
            joblib.dump(latin.pipeline, directory / _FILE)
        self.identifier.latin = latin
        logger.info("Latin language classifier trained on %d examples", len(texts))
        return self.resource

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Training examples keep the language they were written in."""
        for example in training_data.training_examples:
            label = language_label(example)
            if label:
                example.set(LANGUAGE, label.split("_")[0])
                example.set(VARIANT, label)
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        """Identify each message's language; payloads starting with '/' are left alone."""
        for message in messages:
            text = message.get("text") or ""
            found = UNKNOWN if text.startswith("/") else self.identifier.identify(text)
            message.set(LANGUAGE, found.language, add_to_output=True)
            message.set(VARIANT, found.variant, add_to_output=True)
            message.set(CONFIDENCE, round(found.confidence, 4), add_to_output=True)
        return messages
