"""Armenian and Russian text written in Latin letters the way people type it in chats."""

from __future__ import annotations

import re

from bot.nlu.normalise import light, normalise

# Chat romanisation, not ISO 9985 / GOST: what people type on a Latin keyboard. Variants
# (kh/x, ts/c, q/k, ...) need not be listed: fold_transliteration folds them at run time.
_HY = {
    "ա": "a", "բ": "b", "գ": "g", "դ": "d", "ե": "e", "զ": "z", "է": "e", "ը": "y", "թ": "t",
    "ժ": "zh", "ի": "i", "լ": "l", "խ": "kh", "ծ": "ts", "կ": "k", "հ": "h", "ձ": "dz", "ղ": "gh",
    "ճ": "ch", "մ": "m", "յ": "y", "ն": "n", "շ": "sh", "ո": "o", "չ": "ch", "պ": "p", "ջ": "j",
    "ռ": "r", "ս": "s", "վ": "v", "տ": "t", "ր": "r", "ց": "ts", "ւ": "v", "փ": "p", "ք": "q",
    "օ": "o", "ֆ": "f", "և": "ev",
}
# Word-initial ե and ո are said "ye" and "vo", but the auxiliary verb (եմ, ես, է, ենք, եք, են)
# is typed as said: "em", "es", "en".
_HY_WORD_START = re.compile(r"\b(?!(?:եմ|ես|ենք|եք|են)\b)([եո])")
_RU = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}


def romanise(text: str, language: str) -> str:
    """Lower-case text in Armenian ('hy') or Russian ('ru') letters, typed in Latin letters."""
    if language == "hy":
        # ու is one sound, "u".
        text = _HY_WORD_START.sub(lambda m: {"ե": "yե", "ո": "vո"}[m.group(1)], text).replace("ու", "u")
        return "".join(_HY.get(char, char) for char in text)
    if language == "ru":
        return "".join(_RU.get(char, char) for char in text)
    return text


def romanised_copy(text: str, language: str) -> str:
    """The training copy of an hy or ru example: romanised, then folded like Latin-typed input."""
    return normalise(romanise(light(text), language), language, latin=True)
