"""The topic menu: areas, then the entries of one area."""

from __future__ import annotations

from bot.kb.model import KnowledgeBase
from bot.respond.i18n import Texts
from bot.respond.reply import Reply, button


def N_(message: str) -> str:
    """Mark a string for extraction; it is translated where it is shown."""
    return message


# The catalogue's areas; translated in the `engine` catalogs.
TOPICS = {
    "entry_and_visas": N_("Entry and visas"),
    "residence": N_("Residence"),
    "work": N_("Work"),
    "citizenship_and_repatriation": N_("Citizenship and repatriation"),
    "returnees": N_("Returning to Armenia"),
    "integration": N_("Living in Armenia"),
    "protection": N_("Asylum and protection"),
    "safe_migration": N_("Safe migration abroad"),
    "return_and_removal": N_("Expulsion and readmission"),
    "services": N_("Contacts and help"),
}


def topic_title(t: Texts, topic: str) -> str:
    """The name of an area in the language of `t`."""
    return t(TOPICS[topic]) if topic in TOPICS else topic


def areas(kb: KnowledgeBase, t: Texts) -> Reply:
    """All topic areas as buttons."""
    buttons = [button(topic_title(t, topic), "menu", topic=topic) for topic in kb.topics()]
    return Reply(t("Choose a topic:"), "smalltalk", buttons)


def entries(kb: KnowledgeBase, t: Texts, topic: str) -> Reply:
    """The entries of one area as buttons."""
    found = kb.in_topic(topic)
    if not found:
        return areas(kb, t)
    buttons = [button(e.title[t.language], "entry", entry_id=e.id) for e in found]
    buttons.append(button(t("⬅️ All topics"), "menu"))
    return Reply(topic_title(t, topic), "smalltalk", buttons)
