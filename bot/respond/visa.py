"""'Do citizens of X need a visa?' answered from countries.yml."""

from __future__ import annotations

from bot.kb.model import Country, KnowledgeBase
from bot.respond.answers import feedback_buttons, person_button, sources_block
from bot.respond.i18n import Texts
from bot.respond.reply import Reply, button

ENTRY_ID = "visa.country_lookup"
MFA_VISA_PAGE = "https://www.mfa.am/en/visa/"


def _regime_text(country: Country, t: Texts) -> str:
    name = country.name[t.language]
    visa = country.visa
    if visa.regime == "visa_free":
        if visa.max_stay_days and visa.within_days:
            return t(
                "Citizens of {country} can enter Armenia without a visa and stay up to {days} days within {period} days.",
                country=name, days=visa.max_stay_days, period=visa.within_days,
            )
        if visa.max_stay_days:
            return t("Citizens of {country} can enter Armenia without a visa and stay up to {days} days.", country=name, days=visa.max_stay_days)
        return t("Citizens of {country} can enter Armenia without a visa.", country=name)
    if visa.regime == "visa_required":
        lines = [t("Citizens of {country} need a visa to enter Armenia.", country=name)]
        if visa.evisa:
            lines.append(t("You can apply for an electronic visa online: https://evisa.mfa.am"))
        if visa.on_arrival:
            lines.append(t("A visa can also be issued on arrival at the border."))
        if visa.invitation:
            lines.append(t("An invitation is needed: apply at an embassy or consulate of Armenia."))
        return "\n".join(lines)
    return t(
        "I cannot confirm the visa rules for citizens of {country}. Check them with the Ministry of Foreign Affairs' tool: {url}",
        country=name, url=MFA_VISA_PAGE,
    )


def render_country(kb: KnowledgeBase, country: Country, t: Texts) -> Reply:
    """The visa regime for one country's citizens, with its source and date."""
    text = "\n\n".join(
        [
            _regime_text(country, t),
            t("Rules change: before you travel, check the Ministry of Foreign Affairs' page {url}", url=MFA_VISA_PAGE),
            sources_block(t, country.sources, country.reviewed, country.status == "draft"),
        ]
    )
    buttons = feedback_buttons(t, ENTRY_ID) + [person_button(t)]
    return Reply(text, "answer", buttons, entry_id=ENTRY_ID, extra={"country": country.code})


def ask_country(kb: KnowledgeBase, t: Texts) -> Reply:
    """No country was named: the general answer, then the question."""
    from bot.respond.answers import render_entry

    if ENTRY_ID in kb.entries:
        reply = render_entry(kb, kb.entries[ENTRY_ID], t)
        reply.text = reply.text + "\n\n" + t("Which country's citizenship do you hold? Write its name and I will check.")
    else:
        reply = Reply(t("Which country's citizenship do you hold? Write its name and I will check."), "answer", [person_button(t)], entry_id=ENTRY_ID)
    reply.extra["awaiting"] = "country"
    return reply


__all__ = ["ask_country", "render_country", "button"]
