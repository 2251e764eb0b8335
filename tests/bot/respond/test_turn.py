"""What the responder reads from a turn: its language, the previous reply, fallbacks in a row."""

import pytest

from bot.respond.turn import Turn, from_tracker


@pytest.mark.parametrize(
    ("identified", "metadata", "history", "expected"),
    [
        ("hy", {"preferred_language": "ru"}, [{"language": "en"}], "hy"),  # the message tells
        (None, {"preferred_language": "ru"}, [{"language": "en"}], "ru"),  # else the person's choice
        (None, {"preferred_language": "de"}, [{"language": "hy"}, {"action": "fallback"}], "hy"),  # else the conversation's
        (None, {"telegram_language_code": "RU-ru"}, [], "ru"),  # else Telegram's
        (None, {"telegram_language_code": "de"}, [], "en"),
    ],
)
def test_language_falls_back_in_order(identified, metadata, history, expected):
    turn = Turn("ok", "affirm", 1.0, [], identified, metadata=metadata, history=history)
    assert turn.language() == expected


def test_fallbacks_in_a_row_count_only_the_latest_not_understood_turns():
    not_understood = {"action": "fallback", "fallback": {"text": "?"}}
    declined = {"action": "fallback"}
    history = [not_understood, {"action": "answer"}, not_understood, not_understood]
    assert Turn("x", None, 0.0, [], None, history=history).fallbacks_in_a_row() == 2
    assert Turn("x", None, 0.0, [], None, history=[*history, declined]).fallbacks_in_a_row() == 0


def test_entity_and_previous():
    turn = Turn("x", None, 0.0, [{"entity": "country", "value": ""}, {"entity": "country", "value": "CN"}], None,
                history=[{"entry_id": "a"}, {"entry_id": "b"}])
    assert turn.entity("country") == "CN" and turn.entity("topic") is None
    assert turn.previous() == {"entry_id": "b"} and Turn("x", None, 0.0, [], None).previous() == {}


def test_from_tracker_reads_the_parse_and_the_bot_payloads():
    from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    events = [ActionExecuted("action_listen")]
    for i in range(12):
        events += [UserUttered(f"q{i}"), BotUttered(f"a{i}", {"custom": {"language": "ru", "turn": i}})]
    parse = {
        "intent": {"name": "work.permit", "confidence": 0.7}, "entities": [{"entity": "country", "value": "KZ"}],
        "intent_ranking": [{"name": "work.permit", "confidence": 0.7}, {"name": "work.eaeu", "confidence": 0.2}],
        "language": "en", "scope": {"migration": 0.95},
    }
    events.append(UserUttered("work permit, Kazakhstan", parse_data=parse, metadata={"preferred_language": "hy"}))
    turn = from_tracker(DialogueStateTracker.from_events("someone", events))
    assert (turn.text, turn.intent, turn.confidence, turn.identified) == ("work permit, Kazakhstan", "work.permit", 0.7, "en")
    assert turn.entity("country") == "KZ" and turn.metadata == {"preferred_language": "hy"}
    assert turn.ranking == [("work.permit", 0.7), ("work.eaeu", 0.2)] and turn.migration_share == 0.95
    assert [h["turn"] for h in turn.history] == list(range(2, 12))  # the last ten bot turns
