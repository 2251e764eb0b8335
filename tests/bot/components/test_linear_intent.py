"""The linear intent classifier's training examples and its priority rule."""

from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.components.language_identifier import VARIANT
from bot.components.linear_intent import _chosen, _examples


def message(text: str, intent: str, variant: str) -> Message:
    example = Message(data={"text": text, "intent": intent})
    example.set(VARIANT, variant)
    return example


def test_native_examples_get_a_romanised_copy():
    data = TrainingData([
        message("ինչպես ստանալ կացության քարտ", "residence.temporary", "hy"),
        message("как получить внж", "residence.temporary", "ru"),
        message("how to get a residence card", "residence.temporary", "en"),
        message("kak poluchit vnzh", "residence.temporary", "ru_latn"),
        message("how to get a residence card", "residence.temporary", "en"),
    ])
    texts, intents = _examples(data, romanised_copies=True)
    assert "inchpes stanal kacutyan kart" in texts  # folded the way typed Armenian is at run time
    assert texts.count("kak poluchit vnzh") == 1  # the copy and the hand-written one are one example
    assert texts.count("how to get a residence card") == 1
    assert len(texts) == 5 and set(intents) == {"residence.temporary"}
    assert len(_examples(data, romanised_copies=False)[0]) == 4


def ranking(*pairs):
    return [{"name": name, "confidence": confidence} for name, confidence in pairs]


def test_danger_is_chosen_when_it_reaches_the_threshold():
    ranked = ranking(("work.rights", 0.42), ("red_flag", 0.29), ("greet", 0.01))
    assert _chosen(ranked, ["red_flag"], 0.2) == {"name": "red_flag", "confidence": 0.29}


def test_below_the_threshold_the_top_intent_is_chosen():
    assert _chosen(ranking(("work.rights", 0.8), ("red_flag", 0.19)), ["red_flag"], 0.2)["name"] == "work.rights"
