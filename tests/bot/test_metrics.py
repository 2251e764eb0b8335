"""Turn classification of the engine's metrics and the health answer, without a running engine."""

from __future__ import annotations

import asyncio
import json
from types import SimpleNamespace

from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.shared.core.trackers import DialogueStateTracker

from bot.metrics import EngineMetrics, closing_payload, metrics
from bot.ops_channel import readiness
from bot.respond.nlg import KnowledgeBaseNLG


def reply(**custom: object) -> bytes:
    return json.dumps([{"recipient_id": "x", "text": "..."}, {"recipient_id": "x", "custom": custom}]).encode()


def count(metrics: EngineMetrics, name: str, **labels: str) -> float:
    return metrics.registry.get_sample_value(name, labels) or 0.0


def test_a_turn_is_counted_by_its_closing_payload() -> None:
    metrics = EngineMetrics()
    metrics.turn(200, reply(language="hy", action="fallback", fallback={"text": "?"}, handoff={"reason": "fallback"}), 0.01)
    metrics.turn(200, reply(language="xx", action="odd"), 0.02)
    metrics.turn(200, b"[]", 0.03)
    assert count(metrics, "migrabot_turns_total", outcome="fallback", language="hy") == 1
    assert count(metrics, "migrabot_fallbacks_total", kind="not_understood", language="hy") == 1
    assert count(metrics, "migrabot_handoffs_total", reason="fallback") == 1
    assert count(metrics, "migrabot_turns_total", outcome="other", language="other") == 1  # no new series from a bad payload
    assert count(metrics, "migrabot_turns_total", outcome="error", language="other") == 1
    assert count(metrics, "migrabot_turn_seconds_count") == 3


def test_closing_payload_ignores_what_is_not_a_reply() -> None:
    assert closing_payload(None) is None
    assert closing_payload(b"not json") is None
    assert closing_payload(b'{"custom": {"action": "answer"}}') is None
    assert closing_payload(reply(action="answer")) == {"action": "answer"}


def test_not_ready_without_a_model_or_without_entries() -> None:
    assert readiness(None) == ({"status": "unavailable", "reason": "no model loaded"}, False)
    empty = SimpleNamespace(get=lambda: SimpleNamespace(entries={}, countries={}), refusals=[])
    agent = SimpleNamespace(is_ready=lambda: True, nlg=SimpleNamespace(store=empty), model_name="m", model_id="1")
    state, ready = readiness(agent)
    assert not ready and "no entries" in state["reason"]
    agent.nlg = SimpleNamespace()
    assert readiness(agent)[1] is False


def test_a_reply_that_cannot_be_rendered_is_counted() -> None:
    def broken() -> None:
        raise RuntimeError("a broken knowledge base")

    nlg = KnowledgeBaseNLG.__new__(KnowledgeBaseNLG)  # the real generate, without files to read
    nlg.store = SimpleNamespace(get=broken)
    nlg.templated = TemplatedNaturalLanguageGenerator({"utter_respond": [{"text": "Sorry, something went wrong."}]})
    before = count(metrics(), "migrabot_engine_errors_total", stage="nlg")
    sent = asyncio.run(nlg.generate("utter_respond", DialogueStateTracker("someone", []), "rest"))
    assert sent["text"] == "Sorry, something went wrong."
    assert count(metrics(), "migrabot_engine_errors_total", stage="nlg") == before + 1
