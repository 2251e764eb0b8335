"""Rasa component: normalises text before tokenising, the same way in training and at run time."""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.components.language_identifier import VARIANT, LanguageIdentifier
from bot.nlu.normalise import normalise

ORIGINAL = "original_text"


def _normalise(message: Message) -> None:
    text = message.get("text")
    if not text or text.startswith("/"):
        return
    variant = message.get(VARIANT) or ""
    language, _, script = variant.partition("_")
    message.set(ORIGINAL, text)
    message.set("text", normalise(text, language or None, latin=script == "latn" or None) or text)


# Rasa 3.6 has no type for a text pre-processor: it runs `process_training_data` only for
# tokenizers and featurizers, and the normaliser rewrites the text, in the tokenizer's stage.
@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER], is_trainable=False)
class Normaliser(GraphComponent):
    """Armenian punctuation, `և`, case, repeated letters and Latin spelling variants."""

    @classmethod
    def required_components(cls) -> list[type]:
        """Reads the language variant."""
        return [LanguageIdentifier]

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource, execution_context: ExecutionContext) -> Normaliser:
        """No state: normalisation is a pure function."""
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Normalise every training example."""
        for example in training_data.training_examples:
            _normalise(example)
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        """Normalise incoming messages."""
        for message in messages:
            _normalise(message)
        return messages
