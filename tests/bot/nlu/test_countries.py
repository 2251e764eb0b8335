"""Country extraction over countries.yml, in inflected forms."""

from pathlib import Path

import pytest

from bot.kb.loader import load
from bot.nlu import countries
from bot.nlu.normalise import light

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def nlp():
    kb, _ = load(ROOT / "knowledge_base")
    return countries.build_pipeline(kb.countries)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("нужна ли виза гражданам Ирана", "IR"),
        ("Ռուսաստանի քաղաքացիներին վիզա պետք է", "RU"),
        ("do Indian citizens need a visa", "IN"),
        ("граждан Нигерии", "NG"),
        ("я из Саудовской Аравии", "SA"),
        ("граждане Шри-Ланки", "LK"),
        ("Ֆրանսիայից եմ", "FR"),
        ("visa for people from the United States", "US"),
        ("Беларуси", "BY"),
    ],
)
def test_inflected_names(nlp, text, code):
    assert [e["value"] for e in countries.extract(nlp, light(text))] == [code]


def test_every_listed_form_is_found(nlp):
    kb, _ = load(ROOT / "knowledge_base")
    misses = []
    for code, country in kb.countries.items():
        forms = list(country.name.values()) + [f for g in (country.aliases, country.demonyms) for v in g.values() for f in v]
        for form in forms:
            if [e["value"] for e in countries.extract(nlp, light(form))] != [code]:
                misses.append((code, form))
    assert misses == []


def test_no_country_in_plain_questions(nlp):
    assert countries.extract(nlp, light("how do i get a work permit")) == []
    assert countries.extract(nlp, light("как получить ВНЖ")) == []


def test_first_words_shortcut_finds_exactly_what_the_matchers_find(nlp):
    starts = countries.first_words(nlp)
    assert starts is not None and "ирана" in starts and "how" not in starts
    kb, _ = load(ROOT / "knowledge_base")
    texts = [
        "how do i get a work permit", "как получить ВНЖ", "ինչպես ստանալ կացության քարտ", "United we stand",
        "нужна ли виза гражданам Ирана", "visa for people from the United States", "граждане Шри-Ланки",
    ]
    texts += [f"I am from {form} and need help" for country in kb.countries.values() for form in country.name.values()]
    for text in map(light, texts):
        assert countries.extract(nlp, text, starts) == countries.extract(nlp, text)


def test_no_shortcut_for_patterns_it_cannot_read():
    import spacy

    nlp = spacy.blank("xx")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns([{"label": "COUNTRY", "pattern": [{"LOWER": "new", "OP": "?"}, {"LOWER": "zealand"}], "id": "NZ"}])
    assert countries.first_words(nlp) is None
    assert [e["value"] for e in countries.extract(nlp, "zealand", countries.first_words(nlp))] == ["NZ"]
