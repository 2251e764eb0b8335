"""Knowledge-base answers: text, sources, the date checked, and the buttons under them."""

from __future__ import annotations

from bot.kb.model import Entry, KnowledgeBase
from bot.respond.handoff import signal
from bot.respond.i18n import Texts
from bot.respond.reply import Reply, button

MAX_RELATED = 3


def feedback_buttons(t: Texts, entry_id: str) -> list[dict[str, str]]:
    """Helpful / not helpful."""
    return [
        button(t("👍 Helpful"), "feedback", entry_id=entry_id, value="helpful"),
        button(t("👎 Not helpful"), "feedback", entry_id=entry_id, value="not_helpful"),
    ]


def person_button(t: Texts) -> dict[str, str]:
    """The way to a member of staff."""
    return button(t("🧑 Talk to a person"), "human")


def sources_block(t: Texts, sources: tuple, reviewed, draft: bool) -> str:
    """Sources, the date checked, and a caution for drafts."""
    lines = [t("Source:") if len(sources) == 1 else t("Sources:")]
    # Every source, not the first few: each claim of an answer must keep its source in sight.
    lines += [f"- {s.title}: {s.url}" for s in sources]
    lines.append(t("Checked on {date}.", date=t.date(reviewed)))
    if draft:
        lines.append(t("Staff have not yet confirmed every detail of this answer: check the official source before you act."))
    return "\n".join(lines)


def render_entry(kb: KnowledgeBase, entry: Entry, t: Texts) -> Reply:
    """The answer of one entry in the language of `t`."""
    lang = t.language
    text = "\n\n".join(
        [entry.title[lang], entry.answer[lang], sources_block(t, entry.sources, entry.reviewed, entry.status == "draft")]
    )
    buttons = feedback_buttons(t, entry.id)
    for other in entry.related[:MAX_RELATED]:
        if other in kb.entries:
            buttons.append(button(kb.entries[other].title[lang], "entry", entry_id=other))
    buttons.append(person_button(t))
    extra = {}
    if entry.escalate:
        extra["handoff"] = signal("entry", lang, entry.title["en"], entry.id)
    return Reply(text, "answer", buttons, entry_id=entry.id, extra=extra)
