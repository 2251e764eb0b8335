"""Staff commands' text: parsing the notice and announcement lines, and what staff read back (HTML)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from html import escape

from channels.crisis.topics import valid
from channels.i18n import LANGUAGES, Gettext

NOTICE_LIMIT = 600  # a short notice: it is pinned and shown above answers
ANNOUNCEMENT_LIMIT = 3500  # one Telegram message after escaping
LANGUAGE_LINE = re.compile(r"^\s*(hy|ru|en)\s*:\s*(.*)$", re.IGNORECASE)


@dataclass(frozen=True)
class Parsed:
    """What a command said: the words of its first line, the text per language, or an error (HTML)."""

    words: tuple[str, ...]
    texts: Mapping[str, str]
    error: str | None = None


def parse(args: str | None, limit: int, _: Gettext) -> Parsed:
    """Split a command's arguments into its first line's words and its ``hy:``/``ru:``/``en:`` lines.

    A line without a language tag continues the text above it.
    """
    lines = (args or "").splitlines()
    first = lines[0] if lines else ""
    words = tuple(w for w in re.split(r"[\s,]+", first) if w)
    texts: dict[str, list[str]] = {}
    current: str | None = None
    for line in lines[1:]:
        tagged = LANGUAGE_LINE.match(line)
        if tagged:
            current = tagged.group(1).lower()
            texts[current] = [tagged.group(2).strip()]
        elif current is not None:
            texts[current].append(line.rstrip())
    joined = {language: "\n".join(parts).strip() for language, parts in texts.items()}
    joined = {language: text for language, text in joined.items() if text}
    missing = [language for language in LANGUAGES if language not in joined]
    if missing:
        return Parsed(words, joined, escape(_("Each language needs its line; missing: {languages}.")
                                           .format(languages=", ".join(missing))))
    for language, text in joined.items():
        if len(text) > limit:
            return Parsed(words, joined, escape(_("The {language} text has {length} characters; keep it under {limit}.")
                                               .format(language=language, length=len(text), limit=limit)))
    return Parsed(words, joined)


def topics_error(topics: Sequence[str], _: Gettext) -> str | None:
    """Why these crisis topics cannot be used (HTML), or None."""
    if not topics:
        return escape(_("Name at least one topic: a knowledge-base entry id or its beginning, such as displaced."))
    bad = [topic for topic in topics if not valid(topic)]
    if bad:
        return escape(_("Not an entry id or its beginning: {topics}").format(topics=", ".join(bad)))
    return None


def crisis_usage(_: Gettext) -> str:
    """How to use /crisis (HTML)."""
    return escape(_(
        "Usage: /crisis on <topics>, then one line per language:\n"
        "hy: …\nru: …\nen: …\n"
        "Topics are knowledge-base entry ids or their beginnings (displaced, residence.temporary). "
        "/crisis off ends crisis mode; /crisis alone shows its state."))


def announce_usage(_: Gettext) -> str:
    """How to use /announce (HTML)."""
    return escape(_(
        "Usage: /announce, then one line per language:\n"
        "hy: …\nru: …\nen: …\n"
        "It goes once to everyone who sent /subscribe, in their language."))


def turned_on(topics: Sequence[str], replaced: bool, _: Gettext) -> str:
    """Staff's confirmation of /crisis on (HTML)."""
    lines = ["🟠 <b>" + escape(_("Crisis mode is on.")) + "</b>",
             escape(_("Topics: {topics}")).format(topics=", ".join(f"<code>{escape(t)}</code>" for t in topics)),
             escape(_("The notice is pinned in each person's chat with their next answer and shown above answers "
                      "on these topics; cases on these topics are marked and queued first. "
                      "/announce writes to everyone subscribed."))]
    if replaced:
        lines.append(escape(_("The crisis that was on is ended: its notice comes down and this one replaces it.")))
    return "\n".join(lines)


def turned_off(was_on: bool, _: Gettext) -> str:
    """Staff's confirmation of /crisis off (HTML)."""
    if not was_on:
        return escape(_("Crisis mode is not on."))
    return "✅ " + escape(_("Crisis mode is off: the notice is being unpinned from people's chats, answers and "
                            "the case queue are back to normal. Announcements already under way still finish."))


def status(since: datetime | None, topics: Sequence[str], pinned: int, subscribers: int,
           sending: Sequence[tuple[int, int, int]], _: Gettext) -> str:
    """/crisis alone: the state, the subscribers and announcements under way (HTML)."""
    if since is None:
        lines = [escape(_("Crisis mode is off."))]
    else:
        lines = ["🟠 <b>" + escape(_("Crisis mode is on since {since} (UTC).")
                                  .format(since=since.strftime("%Y-%m-%d %H:%M"))) + "</b>",
                 escape(_("Topics: {topics}")).format(topics=", ".join(f"<code>{escape(t)}</code>" for t in topics)),
                 escape(_("Notice pinned in {count} chats.").format(count=pinned))]
    lines.append(escape(_("Subscribed to announcements: {count}.").format(count=subscribers)))
    for number, done, recipients in sending:
        lines.append(escape(_("Announcement #{number}: {done} of {recipients} handled.")
                            .format(number=number, done=done, recipients=recipients)))
    return "\n".join(lines)


def announced(number: int, recipients: int, per_second: float, again: bool, _: Gettext) -> str:
    """Staff's confirmation of /announce (HTML)."""
    if again:
        return escape(_("Announcement #{number} was already made from this message.").format(number=number))
    minutes = max(1, round(recipients / per_second / 60))
    return "📢 " + escape(_("Announcement #{number}: sending to {count} people, about {minutes} min.")
                         .format(number=number, count=recipients, minutes=minutes))


def finished(number: int, counts: Mapping[str, int], _: Gettext) -> str:
    """Staff are told when an announcement has gone out (HTML)."""
    return "✅ " + escape(_(
        "Announcement #{number} done: {sent} sent, {blocked} had blocked the bot, {failed} failed, "
        "{unconfirmed} unconfirmed (a restart interrupted them; not sent again), {cancelled} unsubscribed meanwhile.")
        .format(number=number, sent=counts.get("sent", 0), blocked=counts.get("blocked", 0),
                failed=counts.get("failed", 0), unconfirmed=counts.get("claimed", 0),
                cancelled=counts.get("cancelled", 0)))
