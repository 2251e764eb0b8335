"""Chooses the reply for a turn: the one place that maps intents to answer families."""

from __future__ import annotations

from pathlib import Path

from bot.kb.model import KnowledgeBase
from bot.nlu.normalise import ARMENIAN, CYRILLIC, LATIN
from bot.respond import fallback, handoff, menu, safety, smalltalk, visa
from bot.respond.answers import render_entry
from bot.respond.i18n import texts
from bot.respond.reply import Reply
from bot.respond.turn import Turn
from bot.settings import FALLBACK_HANDOFF_AFTER

# An entry the classifier gave at least this much is offered as a button when nothing was understood.
SUGGEST_FLOOR = 0.15
# A message not understood is an attempt at a migration question (asked again, then handed to
# staff) only when the entries together got at least this share; below it, it is declined.
ATTEMPT_FLOOR = 0.5
ABOUT_ENTRY = "general.about"
# Visa questions that name a country are answered with that country's regime.
COUNTRY_VISA_INTENTS = (visa.ENTRY_ID, "visa.visa_free")
# Citizens of the other EAEU states need no work permit in Armenia (Treaty on the EAEU, art. 97).
EAEU = frozenset({"RU", "BY", "KZ", "KG"})
WORK_PERMIT, WORK_EAEU = "work.permit", "work.eaeu"
SMALLTALK = {
    "greet": smalltalk.greet,
    "goodbye": smalltalk.goodbye,
    "thanks": smalltalk.thanks,
    "affirm": smalltalk.acknowledge,
    "deny": smalltalk.acknowledge,
}


def _readable(text: str) -> bool:
    return bool(ARMENIAN.search(text) or CYRILLIC.search(text) or LATIN.search(text))


def respond(kb: KnowledgeBase, turn: Turn, locales: Path, fallback_limit: int = FALLBACK_HANDOFF_AFTER) -> tuple[Reply, str]:
    """The reply to one turn and the language it is written in."""
    intent = turn.intent or "nlu_fallback"
    language = turn.language()
    if intent == "change_language" and smalltalk.is_translation_request(turn.text):
        # "translate X into English" is a request about a word, not about this conversation
        intent = "out_of_scope"
    if intent == "change_language":
        language = smalltalk.language_target(turn.text) or language
    if intent == "set_language":
        language = turn.entity("language") or language
    t = texts(locales, language)
    payload = turn.text.startswith("/")

    if not payload and not _readable(turn.text):
        return fallback.empty(t), language
    if intent == "red_flag":
        return safety.urgent(kb, t, turn.text), language
    country_code = turn.entity("country")
    country = kb.countries.get(country_code) if country_code else None
    if country and (intent in COUNTRY_VISA_INTENTS or turn.previous().get("awaiting") == "country"):
        return visa.render_country(kb, country, t), language
    if intent == WORK_PERMIT and country_code in EAEU and WORK_EAEU in kb.entries:
        return render_entry(kb, kb.entries[WORK_EAEU], t), language
    if intent == visa.ENTRY_ID:
        return visa.ask_country(kb, t), language
    if intent == "entry":
        entry = kb.entries.get(turn.entity("entry_id") or "")
        if entry is None:
            return fallback.not_understood(t, turn.text, 0, limit=fallback_limit + 1), language
        return render_entry(kb, entry, t), language
    if intent in kb.entries:
        return render_entry(kb, kb.entries[intent], t), language
    if intent == "capabilities" and ABOUT_ENTRY in kb.entries:
        return render_entry(kb, kb.entries[ABOUT_ENTRY], t), language
    if intent == "human":
        considered = turn.previous().get("entry_id")
        return handoff.to_person(t, "The person asked for a member of staff.", considered), language
    if intent in SMALLTALK:
        return SMALLTALK[intent](t), language
    if intent == "change_language":
        if smalltalk.language_target(turn.text):
            return smalltalk.language_set(t), language
        return smalltalk.language_choice(t), language
    if intent == "set_language":
        return smalltalk.language_set(t), language
    if intent == "menu":
        topic = turn.entity("topic")
        return (menu.entries(kb, t, topic) if topic else menu.areas(kb, t)), language
    if intent == "feedback":
        return smalltalk.feedback(t, turn.entity("value") or "helpful"), language
    if intent == "out_of_scope" or _everyday(turn):
        return fallback.out_of_scope(t), language
    return fallback.not_understood(t, turn.text, turn.fallbacks_in_a_row(), fallback_limit, _likely(kb, turn, language)), language


def _everyday(turn: Turn) -> bool:
    """A message not understood that leans to everyday chatter rather than to any entry."""
    return turn.migration_share is not None and turn.migration_share < ATTEMPT_FLOOR


def _likely(kb: KnowledgeBase, turn: Turn, language: str) -> tuple[tuple[str, str], ...]:
    """Up to three entries the classifier leaned to, each with at least SUGGEST_FLOOR."""
    found = [name for name, confidence in turn.ranking if name in kb.entries and confidence >= SUGGEST_FLOOR]
    return tuple((name, kb.entries[name].title[language]) for name in found[:3])
