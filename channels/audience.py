"""Who is asking: the policy's eight target groups, the one-tap question, inference from answers."""

from __future__ import annotations

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from channels.i18n import N_, Gettext

AUDIENCE_PREFIX = "aud:"
SKIPPED = "skipped"  # the question was skipped: never asked again, inference may still fill it in
UNDISCLOSED = "undisclosed"  # "Prefer not to say": an explicit choice
GROUPS = {
    "foreign_national": N_("Foreign national"),
    "returnee": N_("Returnee"),
    "repatriate": N_("Repatriate"),
    "internally_displaced": N_("Internally displaced"),
    "asylum_seeker": N_("Asylum seeker"),
    "refugee": N_("Refugee"),
    "forcibly_displaced": N_("Forcibly displaced"),
    "emigrant": N_("Emigrant"),
}
CHOICES = {**GROUPS, UNDISCLOSED: N_("Prefer not to say")}
# Entry-id prefixes of the knowledge base that make the group plain (first match wins).
INFERRED = (
    ("displaced.idp", "internally_displaced"),
    ("displaced.", "forcibly_displaced"),
    ("asylum.", "asylum_seeker"),
    ("refugee.", "refugee"),
    ("repatriation.", "repatriate"),
    ("return.", "returnee"),
    ("readmission.", "returnee"),
)
QUESTION = N_("Who are you? One tap helps us understand who asks what. It is not required to get answers.")


def inferred(entry_id: str | None) -> str | None:
    """The group an answered entry makes plain, or None."""
    for prefix, group in INFERRED:
        if entry_id and entry_id.startswith(prefix):
            return group
    return None


def known(audience: str | None) -> bool:
    """An audience that inference must leave alone (a group, or an explicit "prefer not to say")."""
    return audience is not None and audience != SKIPPED


def audience_keyboard(_: Gettext, *, skip: bool) -> InlineKeyboardMarkup:
    """The eight groups two a row, "Prefer not to say", and "Skip" when offered unasked."""
    keys = [InlineKeyboardButton(text=_(label), callback_data=AUDIENCE_PREFIX + code) for code, label in GROUPS.items()]
    rows = [keys[i : i + 2] for i in range(0, len(keys), 2)]
    rows.append([InlineKeyboardButton(text=_(CHOICES[UNDISCLOSED]), callback_data=AUDIENCE_PREFIX + UNDISCLOSED)])
    if skip:
        rows.append([InlineKeyboardButton(text=_("Skip"), callback_data=AUDIENCE_PREFIX + SKIPPED)])
    return InlineKeyboardMarkup(inline_keyboard=rows)
