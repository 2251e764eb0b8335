"""Health and Prometheus metrics of the real engine, moved by real turns over the REST webhook."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
import uuid
from collections import Counter

from engine_support import custom
from prometheus_client.parser import text_string_to_metric_families

Samples = dict[tuple[str, frozenset], float]


def get(url: str) -> tuple[int, str, bytes]:
    """Status, content type and body of a GET without any token."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read()


def scrape(url: str) -> Samples:
    """Every sample of the engine's /metrics, by name and labels."""
    status, content_type, body = get(f"{url}/webhooks/migrabot/metrics")
    assert status == 200 and content_type.startswith("text/plain"), (status, content_type)
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(body.decode())
        for sample in family.samples
    }


def value(samples: Samples, name: str, **labels: str) -> float:
    return samples.get((name, frozenset(labels.items())), 0.0)


def total(samples: Samples, name: str) -> float:
    return sum(v for (n, _labels), v in samples.items() if n == name)


def post_raw(url: str, body: bytes) -> int:
    request = urllib.request.Request(f"{url}/webhooks/rest/webhook", data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_health_answers_without_the_token(engine) -> None:
    status, content_type, body = get(f"{engine.url}/webhooks/migrabot/health")
    state = json.loads(body)
    assert status == 200 and content_type.startswith("application/json")
    assert state["status"] == "ok" and state["model"].startswith("fast-")
    assert state["knowledge_base"]["entries"] > 50 and state["knowledge_base"]["countries"] > 100
    assert get(f"{engine.url}/webhooks/migrabot/kb")[0] == 401  # the staff routes still need it


def moved(before: Samples, after: Samples, name: str, **labels: str) -> float:
    return value(after, name, **labels) - value(before, name, **labels)


def test_real_turns_move_the_counters_and_the_histogram(engine) -> None:
    turns = {
        "How do I get a work permit?": ("answer", None),
        "документы": ("fallback", None),  # one word about migration: not understood
        "zxqv plmk bbrrt": ("fallback", None),  # chatter: declined
        "they took my passport and lock me in": ("urgent", "urgent"),
        "I want to talk to a real person": ("handoff", "user_request"),
    }
    before = scrape(engine.url)
    seen = []
    for message, (action, reason) in turns.items():
        meta = custom(engine.send(uuid.uuid4().hex, message))
        assert meta["action"] == action, (message, meta)
        assert (meta.get("handoff") or {}).get("reason") == reason, (message, meta)
        seen.append(meta)
    after = scrape(engine.url)

    expected = Counter((meta["action"], meta["language"]) for meta in seen)
    for (outcome, language), times in expected.items():
        assert moved(before, after, "migrabot_turns_total", outcome=outcome, language=language) == times
    assert total(after, "migrabot_turns_total") - total(before, "migrabot_turns_total") == len(turns)
    assert moved(before, after, "migrabot_turn_seconds_count") == len(turns)  # the histogram saw every turn
    assert 0 < moved(before, after, "migrabot_turn_seconds_sum") < 5 * len(turns)
    not_understood, declined = seen[1], seen[2]
    assert moved(before, after, "migrabot_fallbacks_total", kind="not_understood", language=not_understood["language"]) == 1
    assert moved(before, after, "migrabot_fallbacks_total", kind="declined", language=declined["language"]) == 1
    assert total(after, "migrabot_fallbacks_total") - total(before, "migrabot_fallbacks_total") == 2
    assert moved(before, after, "migrabot_red_flags_total", language=seen[3]["language"]) == 1
    assert total(after, "migrabot_red_flags_total") - total(before, "migrabot_red_flags_total") == 1
    assert moved(before, after, "migrabot_handoffs_total", reason="urgent") == 1
    assert moved(before, after, "migrabot_handoffs_total", reason="user_request") == 1
    assert total(after, "migrabot_handoffs_total") - total(before, "migrabot_handoffs_total") == 2
    assert total(after, "migrabot_engine_errors_total") == total(before, "migrabot_engine_errors_total")
    assert value(after, "migrabot_knowledge_base_entries") > 50
    assert value(after, "process_resident_memory_bytes") > 0


def test_turns_that_fail_count_as_engine_errors(engine) -> None:
    before = scrape(engine.url)
    assert post_raw(engine.url, b"[]") == 500  # Rasa's REST channel cannot read a sender from a list
    # Rasa logs and swallows the failure of a message without text, and answers an empty list.
    assert post_raw(engine.url, json.dumps({"sender": uuid.uuid4().hex, "message": None}).encode()) == 200
    assert post_raw(engine.url, b"not json") == 400
    after = scrape(engine.url)
    assert moved(before, after, "migrabot_engine_errors_total", stage="http") == 1
    assert moved(before, after, "migrabot_engine_errors_total", stage="processing") == 1
    assert moved(before, after, "migrabot_turns_total", outcome="error", language="other") == 2
    assert moved(before, after, "migrabot_turns_total", outcome="rejected", language="other") == 1
    assert moved(before, after, "migrabot_turn_seconds_count") == 3
