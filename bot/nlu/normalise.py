"""Text normalisation used in training-data generation and at run time alike."""

from __future__ import annotations

import re
import unicodedata

# Armenian emphasis, question and exclamation marks sit inside the word they modify.
_ARMENIAN_IN_WORD = str.maketrans({"՞": "", "՛": "", "՜": "", "՟": ""})
_ARMENIAN_PUNCT = str.maketrans({"։": ".", "՝": ",", "․": ".", "«": '"', "»": '"', "՚": "'"})
_REPEATS = re.compile(r"(\w)\1{2,}", re.UNICODE)
_SPACES = re.compile(r"\s+")
_CONTROL = re.compile(r"[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_PUNCT_SPLIT = re.compile(r"([.,!?;:()\"“”„«»…])")

ARMENIAN = re.compile(r"[\u0531-\u0587\ufb13-\ufb17]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
LATIN = re.compile(r"[a-z\u00c0-\u024f]", re.IGNORECASE)

# Spelling variants of Armenian typed in Latin letters, folded to one form.
_HY_LATN = [
    (re.compile(r"(?<=[a-z])'"), ""),
    (re.compile(r"kh"), "x"),
    (re.compile(r"gh"), "x"),
    (re.compile(r"ts"), "c"),
    (re.compile(r"tz"), "c"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"\byev\b"), "ev"),
    (re.compile(r"@"), "y"),
    (re.compile(r"(?<=[a-z])4|4(?=[a-z])"), "ch"),
    (re.compile(r"(?<=[a-z])8|8(?=[a-z])"), "u"),
    (re.compile(r"(?<=[a-z])3|3(?=[a-z])"), "e"),
    (re.compile(r"w"), "v"),
    (re.compile(r"q"), "k"),
]
# Spelling variants of Russian typed in Latin letters.
_RU_LATN = [
    (re.compile(r"shch|sch"), "sh"),
    (re.compile(r"(?<=[a-z])'"), ""),
    (re.compile(r"ia"), "ya"),
    (re.compile(r"iu"), "yu"),
    (re.compile(r"jo|yo"), "e"),
    (re.compile(r"\bj(?=[aeiou])"), "y"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"w"), "v"),
    (re.compile(r"ts"), "c"),
]


def strip_control(text: str) -> str:
    """Drop control and bidirectional formatting characters."""
    return _CONTROL.sub(" ", text)


def light(text: str) -> str:
    """Normalise what every language shares: Unicode form, case, punctuation, repeats."""
    text = unicodedata.normalize("NFC", strip_control(text))
    text = text.translate(_ARMENIAN_IN_WORD).translate(_ARMENIAN_PUNCT)
    text = text.replace("և", "եվ").replace("Եւ", "Եվ").replace("եւ", "եվ")
    text = text.casefold().replace("ё", "е")
    text = _REPEATS.sub(r"\1", text)
    text = _PUNCT_SPLIT.sub(r" \1 ", text)
    return _SPACES.sub(" ", text).strip()


def fold_transliteration(text: str, language: str) -> str:
    """Fold Latin spelling variants of Armenian ('hy') or Russian ('ru') to one form."""
    rules = _HY_LATN if language == "hy" else _RU_LATN if language == "ru" else ()
    for pattern, replacement in rules:
        text = pattern.sub(replacement, text)
    return text


def normalise(text: str, language: str | None = None, latin: bool | None = None) -> str:
    """Full normalisation; transliteration is folded when the text is Latin Armenian or Russian."""
    text = light(text)
    if latin is None:
        latin = script_of(text) == "latn"
    if latin and language in ("hy", "ru"):
        text = fold_transliteration(text, language)
    return text


def script_of(text: str) -> str | None:
    """The dominant script of the letters in text: 'armn', 'cyrl', 'latn' or None."""
    counts = {
        "armn": len(ARMENIAN.findall(text)),
        "cyrl": len(CYRILLIC.findall(text)),
        "latn": len(LATIN.findall(text)),
    }
    best = max(counts, key=counts.get)
    return best if counts[best] else None


def dedup_key(text: str) -> str:
    """The form two questions are compared in when looking for duplicates."""
    return re.sub(r"[^\w ]", "", light(text)).strip()
