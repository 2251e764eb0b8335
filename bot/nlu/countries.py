"""Country names and demonyms in three languages, matched in inflected forms with spaCy."""

from __future__ import annotations

import re
from typing import Any

from bot.kb.model import Country
from bot.nlu.normalise import ARMENIAN, CYRILLIC, light

_RU_NOUN = "а|у|е|и|ы|ой|ей|ом|ем|ю|я|ям|ами|ях|ах|ам|ов|ев|цы|цев|цам|цами|ца|цу"
_RU_ADJ = "ая|ой|ую|ое|ые|ых|ым|ыми|ий|ого|ому|ом|ие|их|им|ими|ей|яя|юю"
_HY_ENDINGS = "ի|ից|ում|ով|ն|ը|ին|ու|ցի|ցիներ|ցիների|ցիներին|ցու|ներ|ների|ներին|յի|յից|յում|յով"
_EN_ENDINGS = "s|'s"


def _ru_stem(word: str) -> str:
    if word.endswith(("ия", "ья", "ея")):
        return word[:-1]
    return re.sub(r"(а|я|ы|и|й|ь|о|е)$", "", word) if len(word) > 4 else word


def _token_pattern(word: str, last: bool) -> dict[str, Any]:
    """A spaCy token pattern for one word of a name, matching its inflected forms."""
    if not re.search(r"\w", word):
        return {"LOWER": word}
    if CYRILLIC.search(word):
        adjective = not last and re.search(r"(ая|ий|ое|ые|ой|ый|яя)$", word) and len(word) > 5
        stem, endings = (word[:-2], _RU_ADJ) if adjective else (_ru_stem(word), _RU_NOUN)
    elif ARMENIAN.search(word):
        stem, endings = word, _HY_ENDINGS
    else:
        stem, endings = word, _EN_ENDINGS
    # The inflected forms are a finite set: matched by hash, where a REGEX per token tried
    # every pattern's expression on every token (20-30 ms a message with ~200 countries).
    return {"LOWER": {"IN": sorted({word, *(stem + ending for ending in endings.split("|"))})}}


def patterns(countries: dict[str, Country], tokenize: Any) -> list[dict[str, Any]]:
    """EntityRuler patterns labelled with ISO codes for every name, alias and demonym."""
    found = []
    seen = set()
    for code, country in countries.items():
        forms = list(country.name.values())
        for group in (country.aliases, country.demonyms):
            for names in group.values():
                forms.extend(names)
        for form in forms:
            words = [token.text for token in tokenize(light(form))]
            if not words:
                continue
            key = (code, tuple(words))
            if key in seen:
                continue
            seen.add(key)
            tokens = [_token_pattern(w, i == len(words) - 1) for i, w in enumerate(words)]
            if len(tokens) == 1:
                # One-word names go to the phrase matcher (a hash lookup per token); token
                # patterns cost time per pattern per token, so only multi-word names use them.
                found.extend({"label": "COUNTRY", "pattern": form, "id": code} for form in tokens[0]["LOWER"].get("IN", [words[0]]))
            else:
                found.append({"label": "COUNTRY", "pattern": tokens, "id": code})
    return found


def build_pipeline(countries: dict[str, Country]) -> Any:
    """A blank multilingual spaCy pipeline with an EntityRuler over the country names."""
    import spacy

    nlp = spacy.blank("xx")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(patterns(countries, nlp.tokenizer))
    return nlp


def first_words(nlp: Any) -> frozenset[str] | None:
    """Every lower-case word a country pattern can start with; None if the patterns are not all of that kind.

    Most messages name no country: a message without any of these words cannot match, and
    its tokens are looked up here instead of running the matchers (about a twelfth of a turn).
    """
    if nlp.pipe_names != ["entity_ruler"]:
        return None
    ruler = nlp.get_pipe("entity_ruler")
    if ruler.phrase_matcher_attr != "LOWER":
        return None
    words: set[str] = set()
    for item in ruler.patterns:
        pattern = item["pattern"]
        if isinstance(pattern, str):
            doc = nlp.make_doc(pattern)
            if len(doc):
                words.add(doc[0].lower_)
            continue
        first = pattern[0] if pattern else None
        if not isinstance(first, dict) or set(first) != {"LOWER"}:
            return None  # an optional first token, or another attribute: no shortcut
        value = first["LOWER"]
        if isinstance(value, str):
            words.add(value)
        elif isinstance(value, dict) and set(value) == {"IN"}:
            words.update(value["IN"])
        else:
            return None
    return frozenset(words)


def extract(nlp: Any, text: str, starts: frozenset[str] | None = None) -> list[dict[str, Any]]:
    """Country entities found in already-normalised text, as Rasa entity dicts.

    `starts` (from `first_words`) skips the matchers for a text none of whose words can begin a name.
    """
    if starts is not None and not any(token.lower_ in starts for token in nlp.make_doc(text)):
        return []
    doc = nlp(text)
    entities = []
    for ent in doc.ents:
        if ent.label_ == "COUNTRY":
            entities.append(
                {
                    "entity": "country",
                    "value": ent.ent_id_,
                    "start": ent.start_char,
                    "end": ent.end_char,
                    "confidence_entity": 1.0,
                    "extractor": "CountryExtractor",
                }
            )
    return entities
