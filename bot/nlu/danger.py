"""Danger signals in a message: a lexicon per language with negation, condition and past markers.

The lexicon alone does not decide (everyday idioms share its words: "this traffic is killing
me"); it gives the danger classifier (`bot/components/danger_detector.py`) features and a
second, lower bar for messages that name a concrete danger. Patterns run on normalised text:
Latin-typed Armenian and Russian are matched in their folded spelling (`fold_transliteration`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.nlu.danger_lexicon import SIGNALS
from bot.nlu.normalise import fold_transliteration, light

# Category -> patterns per script: bot/nlu/danger_lexicon.py.
# A signal right after one of these (at most one word between) is denied: "they did not take my
# passport", "չեն ծեծում". Armenian and Russian negate each verb, so the window is short.
_NEGATORS = {
    "latn": r"not|never|no|didn'?t|don'?t|doesn'?t|wasn'?t|weren'?t|isn'?t|aren'?t|haven'?t|hasn'?t|nobody|ne|net|nikto|nikogda|chen|chi|chem|chenk|chein|cher|voch|erbek",
    "cyrl": r"не|нет|никто|никогда|ни",
    "armn": r"չեն|չի|չեմ|չենք|չէին|չէր|ոչ|երբեք",
}
_NEGATION = {script: rf"(^|\s)({words})\s+(\S+\s+)?$" for script, words in _NEGATORS.items()}
# ... and after one of these in its clause it is a condition or a general question: "what if they take my passport".
_CONDITION = {
    "latn": r"\b(if|whether|in case|what happens when|esli|ete|yete|te)\b",
    "cyrl": r"(\bесли\b|\bв случае\b|\bли\b)",
    "armn": r"(եթե|\bթե\b)",
}
_PAST = {
    "latn": r"\b(ago|used to|last year|in the past|back then|nazad|ranshe|v proshlom|arach|araj|naxkinum)\b",
    "cyrl": r"(назад|раньше|в прошлом|когда-то)",
    "armn": r"(առաջ|նախկինում)",
}
# The story is over: the person is home, safe, or has the documents back.
_RESOLVED = {
    "latn": r"\b(now (i'?m|we'?re|he'?s|she'?s|i am) (home|back|fine|safe|ok|okay)|(i'?m|i am|we'?re|he'?s|she'?s|he is|she is|they'?re|they are) (back )?(home|safe) now|(been|is|are) (back )?(home|safe) (since|for)|alive and well|safe and sound|vse ok|seichas doma|amen inch normal|zhiv(oy)? (i )?zdorov|got (it|them|my passport|my documents) back|everything is (fine|ok|okay) now|all (good|fine) now|already (home|back)|seychas (ya )?doma|uzhe doma|vse (normalno|horosho|norm)|hima (tann|lav)|arden (tann|yerevan|hayastan)|amen inch lav)\b",
    "cyrl": r"(сейчас (я |мы |он |она )?дома|уже (\S+ )?дома|жив(ой|а)? (и )?здоров|вс[её] ок\b|вс[её] (нормально|хорошо|норм)|вернули паспорт|паспорт вернули)",
    "armn": r"(հիմա (տանն|լավ)|ողջ առողջ|ամեն ինչ նորմալ|արդեն (տանն|Երևանում|երևանում|Հայաստանում|հայաստանում)|ամեն ինչ լավ)",
}
# ... unless the danger goes on: "i'm home now but my sister is still there".
_STILL = {
    "latn": r"\b(still (there|here|with (him|her|them)|has|have|holds?|keeps?|locked|trapped|missing|not|no|can'?t|cannot)|(is|are|am) still|do sih por|vse eshe|vs[eyo] eshche|po-prezhnemu|der|derevs|hl@)\b",
    "cyrl": r"(до сих пор|вс[её] ещ[её]|по-прежнему)",
    "armn": r"(դեռ|դեռևս|հլը)",
}
# Laughter marks hyperbole ("the boss will kill me if I'm late, haha"). Never for self-harm:
# people in crisis do write "lol i want to die".
_JOKING = r"(^|\s)(ха(ха)*|хах|ахах\w*|haha\w*|hah|ahah\w*|xaxa\w*|lol|lmao|հահա\w*|խախա\w*)([\s.,!)]|$)|[😂🤣😅😆😄😁]"
# A threat is a condition by nature: "if you run away, we will hurt your mother".
_UNCONDITIONAL = frozenset({"threats"})
# Not a danger on its own: unpaid wages are a labour dispute (the work-rights answer) unless
# another sign comes with them (no way home, documents taken, confinement, debt...).
_WEAK = frozenset({"unpaid"})
_CLAUSE = re.compile(r"[.?!;]")


@dataclass(frozen=True)
class Signals:
    """What the lexicon found in one message."""

    affirmed: frozenset[str]  # categories stated as happening
    denied: frozenset[str]  # categories negated ("did not take")
    conditional: frozenset[str]  # categories under a condition ("if they take")
    past: bool  # a past-time marker anywhere
    resolved: bool = False  # the message says it is over ("now i'm home and fine"), nothing goes on
    joking: bool = False  # laughter, and no self-harm named

    @property
    def over(self) -> bool:
        """True when the message itself says nobody is in danger now."""
        return self.resolved or self.joking

    @property
    def any(self) -> bool:
        """True when a danger is stated as happening and not said to be over."""
        return bool(self.affirmed - _WEAK) and not self.over


CATEGORIES = tuple(SIGNALS)


@lru_cache(maxsize=1)
def _compiled() -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    table: dict[str, list[tuple[str, re.Pattern[str]]]] = {"latn": [], "cyrl": [], "armn": []}
    for category, scripts in SIGNALS.items():
        for script, patterns in scripts.items():
            table[script] += [(category, re.compile(p)) for p in patterns]
    return table


def _forms(text: str) -> list[tuple[str, str]]:
    """(script, text) pairs to match: Latin text also in its Armenian and Russian foldings."""
    base = light(text)
    forms = [("cyrl", base), ("armn", base)]
    latin = {base, fold_transliteration(base, "hy"), fold_transliteration(base, "ru")}
    return forms + [("latn", form) for form in sorted(latin)]


@lru_cache(maxsize=65536)
def signals(text: str) -> Signals:
    """The danger signals in a message, each affirmed, denied or under a condition."""
    affirmed: set[str] = set()
    denied: set[str] = set()
    conditional: set[str] = set()
    past = resolved = still = False
    for script, form in _forms(text):
        past = past or bool(re.search(_PAST[script], form))
        resolved = resolved or bool(re.search(_RESOLVED[script], form))
        still = still or bool(re.search(_STILL[script], form))
        for category, pattern in _compiled()[script]:
            for match in pattern.finditer(form):
                before = _CLAUSE.split(form[: match.start()])[-1]
                # Armenian and Russian stack negators ("ոչ մեկին դուրս չեն թողնում"): a signal that
                # carries its own negator stays affirmed whatever precedes it.
                own = re.search(rf"(^|\s)({_NEGATORS[script]})(\s|$)", match.group(0))
                if not own and re.search(_NEGATION[script], before):
                    denied.add(category)
                elif category not in _UNCONDITIONAL and re.search(_CONDITION[script], before):
                    conditional.add(category)
                else:
                    affirmed.add(category)
    joking = bool(re.search(_JOKING, text.lower())) and "self_harm" not in affirmed
    return Signals(frozenset(affirmed), frozenset(denied), frozenset(conditional - affirmed), past, resolved and not still, joking)


def features(found: Signals) -> list[float]:
    """A fixed-length vector for the classifier: per category affirmed, then the summary flags."""
    return [
        *(1.0 if c in found.affirmed else 0.0 for c in CATEGORIES),
        1.0 if found.affirmed else 0.0,
        1.0 if found.denied else 0.0,
        1.0 if found.conditional else 0.0,
        1.0 if found.past else 0.0,
        1.0 if found.resolved else 0.0,
    ]
