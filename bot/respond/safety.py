"""Danger in a message: safety information at once, then an urgent case for staff."""

from __future__ import annotations

from bot.kb.model import KnowledgeBase
from bot.respond.handoff import signal
from bot.respond.i18n import Texts
from bot.respond.reply import Reply

EMERGENCY_ENTRY = "contacts.emergency"
TRAFFICKING_ENTRY = "safe_migration.trafficking"


def urgent(kb: KnowledgeBase, t: Texts, summary: str) -> Reply:
    """Safety first: emergency contacts from the knowledge base, then the urgent handoff."""
    lang = t.language
    parts = [t("Your safety comes first. If you are in danger right now, call the emergency services.")]
    emergency = kb.entries.get(EMERGENCY_ENTRY)
    if emergency:
        parts.append(emergency.answer[lang])
    parts.append(t("I am passing your message to a member of staff now, marked urgent. Stay in this chat if it is safe to do so."))
    handoff = signal("urgent", lang, summary, TRAFFICKING_ENTRY if TRAFFICKING_ENTRY in kb.entries else None)
    return Reply("\n\n".join(parts), "urgent", [], entry_id=None, extra={"handoff": handoff})
