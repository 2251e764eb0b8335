"""Not understood, or outside the assistant's field: never a guessed answer."""

from __future__ import annotations

from bot.respond.answers import person_button
from bot.respond.handoff import signal
from bot.respond.i18n import Texts
from bot.respond.reply import Reply, button


def not_understood(
    t: Texts, question: str, previous_fallbacks: int, limit: int, suggestions: tuple[tuple[str, str], ...] = ()
) -> Reply:
    """Offer the likely entries, a rephrase, the menu or a person; after `limit` in a row, hand over.

    `suggestions` are (entry id, title) pairs: offered as buttons, never answered unasked.
    """
    extra = {"fallback": {"text": question[:1000]}}
    if previous_fallbacks + 1 >= limit:
        extra["handoff"] = signal("fallback", t.language, f"The assistant did not understand {limit} times in a row.")
        text = t("I still could not find an answer. I am passing your question to a member of staff, who will reply here.")
        return Reply(text, "handoff", [], extra=extra)
    if suggestions:
        text = t("I am not sure I understood. Did you mean one of these? If not, write your question in other words or ask for a person.")
    else:
        text = t(
            "I am not sure I understood. Please write your question in other words, choose a topic from the menu, or ask for a person."
        )
    buttons = [button(title, "entry", entry_id=entry_id) for entry_id, title in suggestions]
    return Reply(text, "fallback", [*buttons, button(t("📋 Topics"), "menu"), person_button(t)], extra=extra)


def out_of_scope(t: Texts) -> Reply:
    """Politely decline a question outside migration."""
    text = t(
        "I can only help with migration questions: visas, residence, work, citizenship, return, asylum and safe migration. Choose a topic, or ask a person."
    )
    return Reply(text, "fallback", [button(t("📋 Topics"), "menu"), person_button(t)])


def empty(t: Texts) -> Reply:
    """A message with nothing to read in it."""
    text = t("I can read text messages. Please write your question in words, in Armenian, Russian or English.")
    return Reply(text, "fallback", [button(t("📋 Topics"), "menu"), person_button(t)])
