"""The responder's decision table, branch by branch, on hand-built turns and a tiny knowledge base."""

import pytest
from respond_support import LOCALES, tiny_kb, turn

from bot.respond.responder import respond
from bot.settings import FALLBACK_HANDOFF_AFTER


@pytest.fixture
def kb():
    return tiny_kb()


def closing(reply, language="en"):
    return reply.to_response(language)["custom"]


def payloads(reply):
    return [b["payload"] for b in reply.buttons]


def test_a_question_of_an_entry_gets_its_answer_with_every_source(kb):
    reply, language = respond(kb, turn("how do i get a work permit", "work.permit"), LOCALES)
    entry = kb.entries["work.permit"]
    assert (reply.action, reply.entry_id, language) == ("answer", "work.permit", "en")
    assert entry.title["en"] in reply.text and entry.answer["en"] in reply.text
    assert all(source.url in reply.text for source in entry.sources)
    assert "handoff" not in reply.extra
    # feedback, the related entries that exist, a person
    assert payloads(reply) == [
        '/feedback{"entry_id":"work.permit","value":"helpful"}',
        '/feedback{"entry_id":"work.permit","value":"not_helpful"}',
        '/entry{"entry_id":"work.eaeu"}',
        "/human",
    ]


@pytest.mark.parametrize("language", ["hy", "ru", "en"])
def test_the_answer_is_in_the_language_of_the_message(kb, language):
    reply, replied_in = respond(kb, turn("work permit", "work.permit", language), LOCALES)
    assert replied_in == language and kb.entries["work.permit"].answer[language] in reply.text


def test_an_entry_marked_escalate_is_answered_and_handed_to_staff(kb):
    reply, _ = respond(kb, turn("temporary residence", "residence.temporary", "ru"), LOCALES)
    assert reply.action == "answer"
    assert reply.extra["handoff"] == {
        "reason": "entry", "entry_id": "residence.temporary", "summary": "Title of residence.temporary", "urgent": False, "language": "ru",
    }


def test_an_entry_button_is_answered_and_an_unknown_one_is_not_understood_without_a_case(kb):
    reply, _ = respond(kb, turn('/entry{"entry_id":"work.eaeu"}', "entry", None, entry_id="work.eaeu"), LOCALES)
    assert reply.entry_id == "work.eaeu"
    history = [{"action": "fallback", "fallback": {"text": "?"}}] * 5
    reply, _ = respond(kb, turn('/entry{"entry_id":"gone"}', "entry", None, history=history, entry_id="gone"), LOCALES)
    assert reply.action == "fallback" and "handoff" not in reply.extra


def test_capabilities_are_answered_with_the_about_entry(kb):
    reply, _ = respond(kb, turn("what can you do", "capabilities"), LOCALES)
    assert reply.entry_id == "general.about"


def test_danger_gets_safety_information_first_and_an_urgent_case(kb):
    reply, _ = respond(kb, turn("they took my passport and lock me in", "red_flag"), LOCALES)
    assert reply.action == "urgent" and reply.entry_id is None
    assert reply.text.index("safety comes first") < reply.text.index(kb.entries["contacts.emergency"].answer["en"])
    assert reply.extra["handoff"] == {
        "reason": "urgent", "entry_id": "safe_migration.trafficking", "summary": "they took my passport and lock me in",
        "urgent": True, "language": "en",
    }


def test_danger_comes_before_everything_else(kb):
    reply, _ = respond(kb, turn("my boss keeps my passport, i am from India", "red_flag", country="IN"), LOCALES)
    assert reply.action == "urgent"


def test_a_person_request_hands_over_with_the_entry_last_answered(kb):
    history = [{"language": "en", "action": "answer", "entry_id": "work.permit"}]
    reply, _ = respond(kb, turn("i want to talk to a human", "human", history=history), LOCALES)
    assert reply.action == "handoff" and reply.buttons == []
    assert reply.extra["handoff"] == {
        "reason": "user_request", "entry_id": "work.permit", "summary": "The person asked for a member of staff.",
        "urgent": False, "language": "en",
    }


def test_not_understood_offers_likely_entries_and_counts_toward_a_handoff(kb):
    ranking = [("work.permit", 0.4), ("greet", 0.3), ("work.eaeu", 0.15), ("visa.visa_free", 0.149), ("residence.temporary", 0.01)]
    reply, _ = respond(kb, turn("permit thing for job?", "nlu_fallback", share=0.8, ranking=ranking), LOCALES)
    assert reply.action == "fallback" and reply.extra["fallback"] == {"text": "permit thing for job?"}
    assert "handoff" not in reply.extra
    # entries at or above SUGGEST_FLOOR only, then the menu and a person
    assert payloads(reply) == ['/entry{"entry_id":"work.permit"}', '/entry{"entry_id":"work.eaeu"}', "/menu", "/human"]


def test_no_intent_at_all_is_not_understood(kb):
    reply, _ = respond(kb, turn("qwrt zxcv", None, share=0.9), LOCALES)
    assert reply.action == "fallback" and "fallback" in reply.extra


def test_not_understood_n_times_in_a_row_goes_to_staff(kb):
    history = []
    for _ in range(FALLBACK_HANDOFF_AFTER - 1):
        reply, _ = respond(kb, turn("propiska vremenno kak", "nlu_fallback", "ru", share=0.8, history=history), LOCALES)
        assert reply.action == "fallback"
        history.append(closing(reply, "ru"))
    reply, _ = respond(kb, turn("vremennaya propiska kak", "nlu_fallback", "ru", share=0.7, history=history), LOCALES)
    assert reply.action == "handoff" and reply.buttons == []
    assert reply.extra["fallback"] == {"text": "vremennaya propiska kak"}
    assert reply.extra["handoff"]["reason"] == "fallback" and reply.extra["handoff"]["language"] == "ru"


def test_the_handoff_limit_is_a_parameter(kb):
    history = [{"action": "fallback", "fallback": {"text": "a"}}]
    reply, _ = respond(kb, turn("still unclear", "nlu_fallback", share=0.9, history=history), LOCALES, fallback_limit=3)
    assert reply.action == "fallback"
    reply, _ = respond(kb, turn("still unclear", "nlu_fallback", share=0.9, history=history * 2), LOCALES, fallback_limit=3)
    assert reply.action == "handoff"


def test_an_answer_in_between_starts_the_count_again(kb):
    history = [{"action": "fallback", "fallback": {"text": "a"}}, {"action": "answer", "entry_id": "work.permit"}]
    reply, _ = respond(kb, turn("hmm what", "nlu_fallback", share=0.9, history=history), LOCALES)
    assert reply.action == "fallback"


def test_everyday_chatter_not_understood_is_declined_and_not_counted(kb):
    history = [{"action": "fallback", "fallback": {"text": "a"}}] * 3
    reply, _ = respond(kb, turn("go and check the fridge", "nlu_fallback", share=0.1, history=history), LOCALES)
    assert reply.action == "fallback" and "fallback" not in reply.extra and "handoff" not in reply.extra
    assert payloads(reply) == ["/menu", "/human"]


def test_two_everyday_messages_in_a_row_open_no_case(kb):
    first, _ = respond(kb, turn("play my slow playlist", "nlu_fallback", share=0.2), LOCALES)
    second, _ = respond(kb, turn("set the temperature to 70 f", "nlu_fallback", share=0.1, history=[closing(first)]), LOCALES)
    assert "handoff" not in second.extra


def test_out_of_scope_is_declined(kb):
    reply, _ = respond(kb, turn("who won the football", "out_of_scope", share=0.9), LOCALES)
    assert reply.action == "fallback" and "fallback" not in reply.extra and payloads(reply) == ["/menu", "/human"]


@pytest.mark.parametrize("text", ["🙂🙂", "...", "12345"])
def test_a_message_with_nothing_to_read_is_declined(kb, text):
    reply, _ = respond(kb, turn(text, "work.permit"), LOCALES)
    assert reply.action == "fallback" and "fallback" not in reply.extra


@pytest.mark.parametrize(("intent", "phrase"), [
    ("greet", "Hello!"), ("goodbye", "Goodbye!"), ("thanks", "You are welcome."), ("affirm", "All right."), ("deny", "All right."),
])
def test_smalltalk(kb, intent, phrase):
    reply, _ = respond(kb, turn("...hi", intent), LOCALES)
    assert reply.action == "smalltalk" and reply.text.startswith(phrase)


@pytest.mark.parametrize(("value", "offers_person"), [("helpful", False), ("not_helpful", True)])
def test_feedback_is_thanked_and_a_person_offered_when_it_did_not_help(kb, value, offers_person):
    text = f'/feedback{{"entry_id":"work.permit","value":"{value}"}}'
    reply, _ = respond(kb, turn(text, "feedback", None, entry_id="work.permit", value=value), LOCALES)
    assert reply.action == "smalltalk" and ("/human" in payloads(reply)) is offers_person


def test_the_menu_lists_areas_then_the_entries_of_one(kb):
    areas, _ = respond(kb, turn("/menu", "menu", None), LOCALES)
    assert payloads(areas) == [f'/menu{{"topic":"{topic}"}}' for topic in ("work", "entry_and_visas", "residence", "services", "safe_migration")]
    work, _ = respond(kb, turn('/menu{"topic":"work"}', "menu", None, topic="work"), LOCALES)
    assert payloads(work) == ['/entry{"entry_id":"work.permit"}', '/entry{"entry_id":"work.eaeu"}', "/menu"]
    unknown, _ = respond(kb, turn('/menu{"topic":"nope"}', "menu", None, topic="nope"), LOCALES)
    assert payloads(unknown) == payloads(areas)


def test_a_visa_question_naming_a_country_gets_its_regime(kb):
    reply, _ = respond(kb, turn("can indians come without a visa", "visa.visa_free", country="IN"), LOCALES)
    assert (reply.action, reply.entry_id, reply.extra["country"]) == ("answer", "visa.country_lookup", "IN")
    assert "without a visa and stay up to 180 days within 365 days" in reply.text
    assert "https://example.am/visa/IN" in reply.text
    reply, _ = respond(kb, turn("do chinese need a visa", "visa.country_lookup", country="CN"), LOCALES)
    assert "need a visa" in reply.text and "https://evisa.mfa.am" in reply.text


def test_a_visa_question_without_a_country_asks_for_it_and_the_reply_is_answered(kb):
    asked, _ = respond(kb, turn("do i need a visa", "visa.country_lookup"), LOCALES)
    assert asked.entry_id == "visa.country_lookup" and asked.extra["awaiting"] == "country"
    assert "Which country's citizenship do you hold?" in asked.text
    # the answer names a country under whatever intent the classifier chose
    reply, _ = respond(kb, turn("China", "nlu_fallback", share=0.9, history=[closing(asked)], country="CN"), LOCALES)
    assert reply.extra["country"] == "CN"


def test_a_country_outside_a_visa_question_does_not_give_a_visa_answer(kb):
    reply, _ = respond(kb, turn("i am from India, how to get residence", "residence.temporary", country="IN"), LOCALES)
    assert reply.entry_id == "residence.temporary" and "country" not in reply.extra


def test_a_visa_free_question_without_a_country_gets_its_entry(kb):
    reply, _ = respond(kb, turn("which countries are visa free", "visa.visa_free"), LOCALES)
    assert reply.entry_id == "visa.visa_free" and "awaiting" not in reply.extra


def test_an_eaeu_citizen_asking_about_a_work_permit_gets_the_eaeu_answer(kb):
    reply, _ = respond(kb, turn("i am from kazakhstan, do i need a work permit", "work.permit", country="KZ"), LOCALES)
    assert reply.entry_id == "work.eaeu"
    reply, _ = respond(kb, turn("i am from india, do i need a work permit", "work.permit", country="IN"), LOCALES)
    assert reply.entry_id == "work.permit"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("translate good morning into russian", "en"),
        ("переведи доброе утро на английский", "ru"),
        ("թարգմանիր բարի լույս անգլերեն", "hy"),
        ("Ռուսերեն ո՞նց ա «տատիկ»", "hy"),
        ('английский "спасибо" это thanks?', "ru"),
        ("'sunny' bary angleren inch klni", "hy"),
        ("«արև» բառը ռուսերեն ինչ կլինի", "hy"),
        ("sunny bar@ angleren", "hy"),
        ("kak po-russki lozhka?", "ru"),
        ("как по-английски вилка", "ru"),
        ("what's spoon in russian", "en"),
    ],
)
def test_a_translation_request_is_declined_without_switching_the_language(kb, text, language):
    reply, replied_in = respond(kb, turn(text, "change_language", language), LOCALES)
    assert replied_in == language and reply.action == "fallback" and not reply.extra.get("language_switch")


def test_asking_to_talk_in_another_language_switches_it(kb):
    reply, replied_in = respond(kb, turn("talk to me in russian", "change_language", "en"), LOCALES)
    assert replied_in == "ru" and reply.extra["language_switch"] is True
    reply, replied_in = respond(kb, turn("Կարո՞ղ ենք ռուսերեն խոսել", "change_language", "hy"), LOCALES)
    assert replied_in == "ru" and reply.extra["language_switch"] is True
    # "bare" is an English word, not the Latin-typed Armenian "bar@" (a word asked about)
    reply, replied_in = respond(kb, turn("bare with me, can we talk in russian", "change_language", "en"), LOCALES)
    assert replied_in == "ru" and reply.extra["language_switch"] is True


def test_asking_to_change_language_without_naming_one_offers_the_three(kb):
    reply, replied_in = respond(kb, turn("another language please", "change_language", "en"), LOCALES)
    assert replied_in == "en" and "language_switch" not in reply.extra
    assert payloads(reply) == [f'/set_language{{"language":"{lang}"}}' for lang in ("hy", "ru", "en")]


def test_a_language_button_switches_to_its_language(kb):
    reply, replied_in = respond(kb, turn('/set_language{"language":"hy"}', "set_language", None, language="hy"), LOCALES)
    assert replied_in == "hy" and reply.extra["language_switch"] is True and closing(reply, replied_in)["language"] == "hy"
