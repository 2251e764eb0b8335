"""Rasa component: extracts countries (ISO codes) with a spaCy pipeline built at training."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.components.normaliser import Normaliser
from bot.nlu import countries


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=True)
class CountryExtractor(GraphComponent):
    """Country names and demonyms in hy, ru and en, in inflected forms, as `country` entities."""

    @classmethod
    def required_components(cls) -> list[type]:
        """Matches the normalised text."""
        return [Normaliser]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """Where countries.yml is, relative to the working directory of training."""
        return {"knowledge_base": "knowledge_base"}

    def __init__(self, config: dict[str, Any], storage: ModelStorage, resource: Resource, nlp: Any = None) -> None:
        self.config = config
        self.storage = storage
        self.resource = resource
        self.nlp = nlp
        self.starts = countries.first_words(nlp) if nlp is not None else None

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource, execution_context: ExecutionContext) -> CountryExtractor:
        """A component without its matcher yet."""
        return cls(config, model_storage, resource)

    @classmethod
    def load(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource, execution_context: ExecutionContext, **kwargs: Any) -> CountryExtractor:
        """The component with the spaCy pipeline saved at training."""
        import spacy

        with model_storage.read_from(resource) as directory:
            nlp = spacy.load(directory / "countries")
        return cls(config, model_storage, resource, nlp)

    def train(self, training_data: TrainingData) -> Resource:
        """Build the matcher from countries.yml and save it into the model."""
        from bot.errors import KnowledgeBaseError
        from bot.kb.loader import load

        kb, problems = load(Path(self.config["knowledge_base"]))
        errors = [p for p in problems if p.severity == "error" and p.file.endswith("countries.yml")]
        if errors:
            raise KnowledgeBaseError(errors)
        self.nlp = countries.build_pipeline(kb.countries)
        self.starts = countries.first_words(self.nlp)
        with self.storage.write_to(self.resource) as directory:
            self.nlp.to_disk(directory / "countries")
        return self.resource

    def process(self, messages: list[Message]) -> list[Message]:
        """Add a `country` entity for each country named."""
        for message in messages:
            text = message.get("text") or ""
            if not text or text.startswith("/") or self.nlp is None:
                continue
            found = countries.extract(self.nlp, text[:2000], self.starts)
            if found:
                message.set("entities", (message.get("entities") or []) + found, add_to_output=True)
        return messages
