"""The language identifier sets the message's language as attributes, never as an entity."""

from rasa.shared.nlu.training_data.message import Message

from bot.components.language_identifier import CONFIDENCE, LANGUAGE, VARIANT, LanguageIdentifier
from bot.nlu.language import LatinClassifier


def identifier() -> LanguageIdentifier:
    return LanguageIdentifier(LanguageIdentifier.get_default_config(), None, None, LatinClassifier())


def test_the_language_is_set_on_the_message_and_no_entity_is_added():
    messages = [Message(data={"text": "как получить вид на жительство"}), Message(data={"text": "ինչպես ստանալ կացության քարտ"})]
    identifier().process(messages)
    assert [(m.get(LANGUAGE), m.get(VARIANT)) for m in messages] == [("ru", "ru"), ("hy", "hy")]
    assert all(m.get(CONFIDENCE) > 0.6 and not m.get("entities") for m in messages)


def test_a_button_payload_tells_no_language():
    message = Message(data={"text": '/set_language{"language":"ru"}'})
    identifier().process([message])
    assert message.get(LANGUAGE) is None and not message.get("entities")
