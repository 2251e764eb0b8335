"""What staff and the person read: topic names, the case header, notices, /queue and /stats."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from functools import cache
from html import escape

from babel.dates import format_datetime, format_timedelta, get_day_names

from channels.handoff.office_hours import OfficeHours
from channels.i18n import DEFAULT_LANGUAGE, LANGUAGES, Catalogs

DOMAIN = "handoff"
TOPIC_NAME_LIMIT = 128
TURN_LIMIT = 400


@cache
def catalogs() -> Catalogs:
    """The handoff's catalogs (gettext domain `handoff`), loaded at first use."""
    return Catalogs(domain=DOMAIN, required=False)


def _t(language: str, message: str, /, **params: object) -> str:
    """Translate `message` into `language` and fill its {named} fields."""
    text = catalogs().gettext(language)(message)
    return text.format(**params) if params else text


def babel_locale(language: str) -> str:
    """Babel's locale name for one of our languages."""
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def when(moment: datetime, language: str) -> str:
    """A weekday, date and time such as "Monday, 1 December 09:00", in `language`."""
    return format_datetime(moment, "EEEE d MMMM HH:mm", locale=babel_locale(language))


def duration(delta: timedelta, language: str) -> str:
    """A short waiting time such as "5 minutes", in `language`."""
    return format_timedelta(delta, threshold=1.1, locale=babel_locale(language))


def reason_label(reason: str, lang: str) -> str:
    """A short staff-facing name of a handoff reason."""
    labels = {
        "user_request": _t(lang, "asked for a person"),
        "fallback": _t(lang, "no answer, repeatedly"),  # FALLBACK_HANDOFF_AFTER lives in the engine
        "urgent": _t(lang, "red flag"),
        "entry": _t(lang, "entry needs staff"),
    }
    return labels.get(reason, reason)


def audience_label(audience: str | None, lang: str) -> str:
    """A staff-facing name of the person's audience (channels.audience); "unknown" when not known."""
    labels = {
        "foreign_national": _t(lang, "foreign national"),
        "returnee": _t(lang, "returnee"),
        "repatriate": _t(lang, "repatriate"),
        "internally_displaced": _t(lang, "internally displaced"),
        "asylum_seeker": _t(lang, "asylum seeker"),
        "refugee": _t(lang, "refugee"),
        "forcibly_displaced": _t(lang, "forcibly displaced"),
        "emigrant": _t(lang, "emigrant"),
        "undisclosed": _t(lang, "prefers not to say"),
    }
    return labels.get(audience or "", _t(lang, "unknown"))


def topic_name(number: int, language: str, reason: str, urgent: bool, lang: str, crisis: bool = False) -> str:
    """Name of a case topic, e.g. "🔴 URGENT #12 · ru · red flag" (or "🟠 CRISIS #12 · ..." on a crisis topic)."""
    label = reason_label(reason, lang)
    if urgent:
        name = _t(lang, "🔴 URGENT #{number} · {language} · {reason}",
                  number=number, language=language, reason=label)
    elif crisis:
        name = _t(lang, "🟠 CRISIS #{number} · {language} · {reason}",
                  number=number, language=language, reason=label)
    else:
        name = _t(lang, "#{number} · {language} · {reason}",
                  number=number, language=language, reason=label)
    return name[:TOPIC_NAME_LIMIT]


def header(
    *,
    number: int,
    person: str,
    language: str,
    audience: str | None,
    reason: str,
    urgent: bool,
    entry_id: str | None,
    summary: str | None,
    turns: Sequence[tuple[str, str]],
    lang: str,
    crisis: bool = False,
) -> str:
    """The first message of a case topic (HTML): who, why and the last turns."""
    lines: list[str] = []
    if urgent:
        lines.append("🔴 <b>" + escape(_t(lang, "URGENT: red flag. Safety information has "
                                             "already been sent to the person.")) + "</b>")
    if crisis:
        lines.append("🟠 <b>" + escape(_t(lang, "CRISIS: this case is on a topic of the crisis "
                                             "now on; it is queued first.")) + "</b>")
    lines.append("<b>" + escape(_t(lang, "Case #{number}", number=number)) + "</b>")
    unknown = _t(lang, "unknown")
    facts = [
        (_t(lang, "Person"), person),
        (_t(lang, "Language"), language),
        (_t(lang, "Audience"), audience_label(audience, lang)),
        (_t(lang, "Reason"), reason_label(reason, lang)),
        (_t(lang, "Entry considered"), entry_id or unknown),
    ]
    if summary:
        facts.append((_t(lang, "Summary"), summary[:300]))
    lines.extend(f"{escape(k)}: <code>{escape(v)}</code>" if k in (_t(lang, "Person"),
                 _t(lang, "Entry considered")) else f"{escape(k)}: {escape(v)}"
                 for k, v in facts)
    lines.append("")
    lines.append("<b>" + escape(_t(lang, "Last turns")) + "</b>")
    if not turns:
        lines.append(escape(_t(lang, "(none)")))
    for role, text in turns:
        mark = "👤" if role == "user" else "🤖"
        short = text if len(text) <= TURN_LIMIT else text[: TURN_LIMIT - 1] + "…"
        lines.append(f"{mark} {escape(short)}")
    lines.append("")
    lines.append(escape(_t(lang, "Reply in this topic to write to the person (your account "
                                 "stays hidden). Commands: /answer <entry_id>, /note <text>, "
                                 "/close.")))
    return "\n".join(lines)


def describe_hours(hours: OfficeHours, language: str) -> str:
    """Office hours in words of `language`, e.g. "Mon–Fri 09:00–18:00"."""
    names = get_day_names("abbreviated", locale=babel_locale(language))
    groups: list[tuple[int, int, str]] = []
    for day, start, end in hours.spans:
        span = f"{start:%H:%M}–{end:%H:%M}"
        if groups and groups[-1][2] == span and groups[-1][1] == day - 1:
            groups[-1] = (groups[-1][0], day, span)
        else:
            groups.append((day, day, span))
    parts = []
    for first, last, span in groups:
        days = names[first] if first == last else f"{names[first]}–{names[last]}"
        parts.append(f"{days} {span}")
    return "; ".join(parts)


def person_opened(language: str, hours: OfficeHours, now: datetime, urgent: bool) -> str:
    """What the person reads at once when a case opens (plain text)."""
    parts = []
    if urgent:
        parts.append(_t(language, "Your message has been passed to our staff as urgent."))
    parts.append(_t(language, "A member of our staff will reply in this chat. You do not "
                              "need to repeat your question."))
    shown = describe_hours(hours, language)
    if hours.is_open(now):
        parts.append(_t(language, "Office hours: {hours} (Yerevan time). We are at work now.",
                        hours=shown))
    else:
        parts.append(_t(language, "Office hours: {hours} (Yerevan time). We are closed now; "
                                  "expect a reply from {when}.",
                        hours=shown, when=when(hours.next_opening(now), language)))
    parts.append(_t(language, "To withdraw the request, send /cancel."))
    return "\n\n".join(parts)


def person_reminder(language: str) -> str:
    """The one update a person gets when staff have not replied in time."""
    return _t(language, "Your request is still in the queue. A member of staff will reply "
                        "as soon as possible; you do not need to write again.")


def person_closed(language: str) -> str:
    """Told to the person when staff close the case."""
    return _t(language, "The conversation with our staff has ended. You can ask the "
                        "assistant your questions again.")


def person_cancelled(language: str) -> str:
    """Told to the person after /cancel."""
    return _t(language, "Your request has been withdrawn. The assistant will answer your "
                        "questions again.")


def staff(lang: str, message: str, /, **params: object) -> str:
    """A staff-facing line, HTML-escaped (parameters included)."""
    return escape(_t(lang, message, **params))


def queue_line(number: int, language: str, reason: str, urgent: bool, waited: timedelta,
               replied: bool, link: str | None, lang: str, crisis: bool = False) -> str:
    """One open case in /queue (HTML)."""
    mark = "🔴 " if urgent else "🟠 " if crisis else ""
    label = escape(reason_label(reason, lang))
    status = (_t(lang, "staff replied") if replied else
              _t(lang, "waiting {time}", time=duration(waited, lang)))
    title = f"#{number}"
    if link:
        title = f'<a href="{escape(link, quote=True)}">#{number}</a>'
    return f"{mark}{title} · {escape(language)} · {label} · {escape(status)}"
