"""The responder's decision table on hand-built turns and the real knowledge base."""

from pathlib import Path

import pytest

from bot.kb.loader import load
from bot.respond.responder import respond
from bot.respond.turn import Turn

ROOT = Path(__file__).resolve().parents[3]
LOCALES = ROOT / "locales"


@pytest.fixture(scope="module")
def kb():
    knowledge_base, _ = load(ROOT / "knowledge_base")
    return knowledge_base


def turn(text, intent, language="en", share=None, history=(), **entities):
    return Turn(
        text=text, intent=intent, confidence=0.9, identified=language, migration_share=share, history=list(history),
        entities=[{"entity": name, "value": value} for name, value in entities.items()],
    )


def test_everyday_message_not_understood_is_declined_and_not_counted(kb):
    reply, _ = respond(kb, turn("go and check the fridge", "nlu_fallback", share=0.1), LOCALES)
    assert reply.action == "fallback" and "fallback" not in reply.extra and "handoff" not in reply.extra
    assert any(b["payload"] == "/menu" for b in reply.buttons)


def test_two_everyday_messages_in_a_row_open_no_case(kb):
    first, _ = respond(kb, turn("play my slow playlist", "nlu_fallback", share=0.2), LOCALES)
    second, _ = respond(kb, turn("set the temperature to 70 f", "nlu_fallback", share=0.1, history=[first.to_response("en")["custom"]]), LOCALES)
    assert "handoff" not in second.extra


def test_a_migration_attempt_not_understood_twice_goes_to_staff(kb):
    first, _ = respond(kb, turn("propiska vremenno kak", "nlu_fallback", "ru", share=0.8), LOCALES)
    assert "fallback" in first.extra
    second, _ = respond(kb, turn("vremennaya propiska kak", "nlu_fallback", "ru", share=0.7, history=[first.to_response("ru")["custom"]]), LOCALES)
    assert second.extra["handoff"]["reason"] == "fallback"


@pytest.mark.parametrize(
    ("text", "language"),
    [("translate good morning into russian", "en"), ("переведи доброе утро на английский", "ru"), ("թարգմանիր բարի լույս անգլերեն", "hy")],
)
def test_a_translation_request_does_not_switch_the_language(kb, text, language):
    reply, replied_in = respond(kb, turn(text, "change_language", language), LOCALES)
    assert replied_in == language and not reply.extra.get("language_switch")


def test_asking_to_talk_in_another_language_switches_it(kb):
    reply, replied_in = respond(kb, turn("talk to me in russian", "change_language", "en"), LOCALES)
    assert replied_in == "ru" and reply.extra["language_switch"] is True


def test_an_eaeu_citizen_asking_about_a_work_permit_gets_the_eaeu_answer(kb):
    reply, _ = respond(kb, turn("i am from kazakhstan, do i need a work permit", "work.permit", country="KZ"), LOCALES)
    assert reply.entry_id == "work.eaeu"
    reply, _ = respond(kb, turn("i am from india, do i need a work permit", "work.permit", country="IN"), LOCALES)
    assert reply.entry_id == "work.permit"


def test_a_visa_question_naming_a_country_gets_its_regime(kb):
    reply, _ = respond(kb, turn("can indians come without a visa", "visa.visa_free", country="IN"), LOCALES)
    assert reply.entry_id == "visa.country_lookup" and reply.extra["country"] == "IN"


def test_danger_gets_the_urgent_reply(kb):
    reply, _ = respond(kb, turn("they took my passport", "red_flag"), LOCALES)
    assert reply.action == "urgent" and reply.extra["handoff"]["urgent"] is True


@pytest.mark.parametrize("language", ["en", "ru", "hy"])
def test_an_answer_shows_every_source_of_its_entry(kb, language):
    entry = max(kb.entries.values(), key=lambda e: len(e.sources))
    assert len(entry.sources) > 3  # the case that used to lose sources
    reply, _ = respond(kb, turn(entry.title[language], entry.id, language=language), LOCALES)
    assert reply.entry_id == entry.id
    for source in entry.sources:
        assert source.url in reply.text
