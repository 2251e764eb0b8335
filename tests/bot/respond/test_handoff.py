"""The one handoff signal of the engine, and the person's request for staff."""

from respond_support import LOCALES

from bot.respond.handoff import REASONS, signal, to_person
from bot.respond.i18n import texts


def test_the_signal_has_every_key_of_the_contract_and_only_danger_is_urgent():
    for reason in REASONS:
        built = signal(reason, "hy", "a summary", "work.permit")
        assert built == {"reason": reason, "entry_id": "work.permit", "summary": "a summary", "urgent": reason == "urgent", "language": "hy"}


def test_the_summary_is_cut_to_one_short_line():
    assert len(signal("urgent", "en", "x" * 1000)["summary"]) == 300


def test_a_person_request_says_so_in_the_persons_language():
    reply = to_person(texts(LOCALES, "ru"), "asked", "visa.visa_free")
    assert reply.action == "handoff" and "staff" not in reply.text  # translated
    assert reply.extra == {"handoff": signal("user_request", "ru", "asked", "visa.visa_free")}
