"""Greetings, thanks, yes and no, feedback and language changes."""

from __future__ import annotations

import re

from bot.respond.answers import person_button
from bot.respond.i18n import Texts
from bot.respond.reply import Reply, button

_TARGETS = {
    "hy": re.compile(r"armen|арм|հայ|hayer|hayeren|hayer[ae]n", re.IGNORECASE),
    "ru": re.compile(r"russ|рус|ռուս|rus", re.IGNORECASE),
    "en": re.compile(r"engl|англ|անգլ|angl|ingl", re.IGNORECASE),
}
# Asking how a word is said, or to translate something, names a language without asking to talk in it.
_TRANSLATION = re.compile(
    r"translat|how (do|would|to) (you |i )?(say|spell|write)|what does .+ mean|\bsay .+ in \w+|"
    r"перев[оеи]д|как (будет|сказать|пишется|написать)|что значит|скажи .+ по-|"
    r"թարգման|(ինչպես|ոնց) (է|ա|կլինի|ասել|ասեմ|կասեն|են ասում)|ինչ է նշանակում|"
    r"pereved|perevod|kak (budet|skazat)|targman|(vonc|inchpes) (e|a|klini|asel|asem|kasen)\b|"
    # how a word is "in English": "kak po angliyski skovorodka", "как это по-русски", "what's spoon in russian"
    r"как (\S+ )?по-?(английски|русски|армянски)|\bkak (\w+ )?po[- ]?(angl|russk|armyansk)\w*|"
    r"\bwhat'?s (the word )?\S+ in (english|russian|armenian)\b|\bhow is \S+( said)? in (english|russian|armenian)\b|"
    # what a word "will be" in a language: "«cozy» բառը հայերեն ինչ կլինի", "'cozy' bar@ hayeren inch klni"
    r"(ինչ|ոնց) կլինի|\b(inch|vonc) kl(i)?ni\b|բառ(ը|ն)?\b|\bbar[@yn](?!\w)|"
    # a word in quotes (or in single quotes, not an apostrophe) beside a language's name: "«խնձոր» in English"
    r"[«\"“][^»\"”]{1,30}[»\"”]|(?<!\w)'[^']{1,30}'(?!\w)",
    re.IGNORECASE,
)
LANGUAGE_NAMES = {"hy": "Հայերեն", "ru": "Русский", "en": "English"}


def language_target(text: str) -> str | None:
    """The language a message asks to switch to, if it names exactly one."""
    found = [lang for lang, pattern in _TARGETS.items() if pattern.search(text)]
    return found[0] if len(found) == 1 else None


def is_translation_request(text: str) -> bool:
    """True for "translate X into English" or "how do you say X in Russian"."""
    return bool(_TRANSLATION.search(text.replace("\u055e", "")))  # the Armenian question mark sits inside a word


def language_choice(t: Texts) -> Reply:
    """Offer the three languages."""
    buttons = [button(name, "set_language", language=lang) for lang, name in LANGUAGE_NAMES.items()]
    return Reply(t("Choose a language:"), "smalltalk", buttons)


def language_set(t: Texts) -> Reply:
    """Confirm the switch, in the new language."""
    return Reply(t("Done: I will answer in English."), "smalltalk", [button(t("📋 Topics"), "menu")], extra={"language_switch": True})


def greet(t: Texts) -> Reply:
    """Hello and what to ask."""
    text = t(
        "Hello! I answer questions about entry, visas, residence, work, citizenship, return to Armenia, asylum and safe migration. Write your question or choose a topic."
    )
    return Reply(text, "smalltalk", [button(t("📋 Topics"), "menu"), person_button(t)])


def goodbye(t: Texts) -> Reply:
    """Goodbye."""
    return Reply(t("Goodbye! Write again whenever you have a question."), "smalltalk")


def thanks(t: Texts) -> Reply:
    """You are welcome."""
    return Reply(t("You are welcome. Is there anything else I can help with?"), "smalltalk", [button(t("📋 Topics"), "menu")])


def acknowledge(t: Texts) -> Reply:
    """A plain yes or no outside a question."""
    return Reply(t("All right. Write your question or choose a topic."), "smalltalk", [button(t("📋 Topics"), "menu")])


def feedback(t: Texts, value: str) -> Reply:
    """Thanks for the rating; a person is offered when it did not help."""
    if value == "not_helpful":
        text = t("Thank you. I am sorry the answer did not help: you can ask in other words, or talk to a person.")
        return Reply(text, "smalltalk", [person_button(t)])
    return Reply(t("Thank you for your feedback!"), "smalltalk")
