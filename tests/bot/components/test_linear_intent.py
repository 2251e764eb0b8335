"""The linear intent classifier's training examples, its scope and its one-word rule."""

from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.components.language_identifier import VARIANT
from bot.components.linear_intent import _examples, scope


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
    texts, intents, weights = _examples(data, romanised_weight=0.5)
    weight = dict(zip(texts, weights, strict=False))
    assert weight["inchpes stanal kacutyan kart"] == 0.5  # folded the way typed Armenian is at run time
    assert weight["kak poluchit vnzh"] == 1.0  # the hand-written example wins over its copy
    assert texts.count("kak poluchit vnzh") == 1 and texts.count("how to get a residence card") == 1
    assert len(texts) == 5 and set(intents) == {"residence.temporary"}
    assert len(_examples(data, romanised_weight=0)[0]) == 4


def test_only_entries_and_the_listed_conversation_intents_are_copied():
    data = TrainingData([
        message("привет", "greet", "ru"),
        message("хочу поговорить с человеком", "human", "ru"),
        message("как получить внж", "residence.temporary", "ru"),
    ])
    texts, intents, _ = _examples(data, romanised_weight=0.5, also=("human",))
    latin = {text: intent for text, intent in zip(texts, intents, strict=False) if text.isascii()}
    assert set(latin.values()) == {"human", "residence.temporary"}


def test_danger_is_left_to_its_own_stage():
    data = TrainingData([message("меня держат взаперти", "red_flag", "ru"), message("как получить внж", "residence.temporary", "ru")])
    _, intents, _ = _examples(data, romanised_weight=0.5, also=("red_flag",), exclude=("red_flag",))
    assert set(intents) == {"residence.temporary"}


def ranking(*pairs):
    return [{"name": name, "confidence": confidence} for name, confidence in pairs]


def test_scope_adds_up_the_entries():
    assert scope(ranking(("work.rights", 0.3), ("visa.evisa", 0.25), ("out_of_scope", 0.4), ("greet", 0.05))) == {"migration": 0.55}
    assert scope(ranking(("out_of_scope", 0.9), ("human", 0.1))) == {"migration": 0.0}


def test_scorer_gives_the_pipeline_probabilities():
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline, make_union

    from bot.components.linear_intent import _Scorer

    texts = ["work permit", "разрешение на работу", "residence card", "вид на жительство", "hello", "привет", "visa"]
    labels = ["work", "work", "residence", "residence", "greet", "greet", "visa"]
    pipeline = make_pipeline(
        make_union(TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 3)), TfidfVectorizer(analyzer="word")),
        LogisticRegression(C=10, max_iter=1000),
    ).fit(texts, labels)
    scorer = _Scorer(pipeline)
    for text in ("permit to work", "вид", "hi visa", "zzz"):
        assert np.allclose(scorer.probabilities(text), pipeline.predict_proba([text])[0])
    assert list(scorer.classes) == list(pipeline.classes_)


def test_one_word_needs_more_confidence_than_a_sentence():
    from bot.components.linear_intent import LinearIntentClassifier, _weak_single_word

    config = LinearIntentClassifier.get_default_config()
    weak = {"name": "visa.evisa", "confidence": 0.27}
    assert _weak_single_word("evil", weak, config)
    assert not _weak_single_word("evil twin visa", weak, config)
    assert not _weak_single_word("evisa", {"name": "visa.evisa", "confidence": 0.99}, config)


def test_a_word_with_a_question_mark_is_still_one_word():
    from bot.components.linear_intent import LinearIntentClassifier, _weak_single_word

    config = LinearIntentClassifier.get_default_config()
    assert _weak_single_word("внж ?", {"name": "residence.apply_where", "confidence": 0.33}, config)
