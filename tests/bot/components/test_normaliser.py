"""The normaliser rewrites the text in the tokenizer's stage, after the language identifier."""

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.training_data.message import Message

from bot.components.language_identifier import VARIANT, LanguageIdentifier
from bot.components.normaliser import ORIGINAL, Normaliser


def test_it_is_registered_as_a_text_stage_that_needs_the_language():
    registered = DefaultV1Recipe._from_registry("bot.components.normaliser.Normaliser")
    assert registered.types == {DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER}
    assert Normaliser.required_components() == [LanguageIdentifier]


def test_text_is_normalised_and_the_original_kept_and_payloads_left_alone():
    message = Message(data={"text": "Ինչպե՞ս ստանալ ԿԱՑՈՒԹՅԱՆ քարտ։"})
    message.set(VARIANT, "hy")
    payload = Message(data={"text": "/menu"})
    Normaliser().process([message, payload])
    assert message.get(ORIGINAL) == "Ինչպե՞ս ստանալ ԿԱՑՈՒԹՅԱՆ քարտ։"
    assert message.get("text") != message.get(ORIGINAL) and message.get("text") == message.get("text").lower()
    assert payload.get("text") == "/menu" and payload.get(ORIGINAL) is None
