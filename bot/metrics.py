"""The engine's Prometheus metrics: turns by outcome, their time, handoffs, red flags, errors.

One registry per process (Rasa serves with one Sanic worker); with several engine replicas,
each is scraped on its own. Turns are counted from the reply the REST webhook sent, so the
outcome is exactly what the gateway received (docs/ENGINE-CONTRACT.md).
"""

from __future__ import annotations

import functools
import json
import logging
import time
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, GCCollector, Histogram, PlatformCollector, ProcessCollector
from prometheus_client.exposition import choose_encoder

from bot.kb.model import LANGUAGES
from bot.respond.handoff import REASONS as HANDOFF_REASONS
from bot.respond.reply import ACTIONS as REPLY_ACTIONS

WEBHOOK_PATH = "/webhooks/rest/webhook"
# Besides the reply's action: a request the webhook refused (4xx), a turn ended without a reply payload.
OUTCOMES = (*REPLY_ACTIONS, "rejected", "error")
FALLBACK_KINDS = ("not_understood", "declined")
ERROR_STAGES = ("nlg", "processing", "http")
# A turn takes about 13 ms (p95 24 ms); the tail up to the gateway's timeout is what matters.
TURN_BUCKETS = (0.005, 0.01, 0.02, 0.035, 0.05, 0.075, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)
# Rasa's REST channel logs, and swallows, an exception raised while a message is processed.
REST_LOGGER = "rasa.core.channels.rest"


def _label(value: Any, known: tuple[str, ...]) -> str:
    """A label value from a fixed set, so that a bad payload cannot create new series."""
    return value if value in known else "other"


class EngineMetrics:
    """The metrics of one engine process and the registry they are exposed from."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry()
        for collector in (ProcessCollector, PlatformCollector, GCCollector):
            collector(registry=self.registry)
        r = self.registry
        self.turns = Counter(
            "migrabot_turns",
            "Turns answered on the REST webhook, by the reply's action and language.",
            ["outcome", "language"],
            registry=r,
        )
        self.turn_seconds = Histogram(
            "migrabot_turn_seconds",
            "Time of a whole REST webhook request: NLU, dialogue and reply.",
            buckets=TURN_BUCKETS,
            registry=r,
        )
        self.fallbacks = Counter(
            "migrabot_fallbacks",
            "Messages not answered: not_understood (an attempt at a question, asked again then handed over) or declined (out of scope, unreadable).",
            ["kind", "language"],
            registry=r,
        )
        self.handoffs = Counter(
            "migrabot_handoffs", "Turns that asked the gateway to open a case with staff, by reason.", ["reason"], registry=r
        )
        self.red_flags = Counter(
            "migrabot_red_flags",
            "Messages that showed danger (urgent replies with safety information).",
            ["language"],
            registry=r,
        )
        self.errors = Counter(
            "migrabot_engine_errors",
            "Failures while handling a turn: rendering the reply, processing the message, or an HTTP 5xx.",
            ["stage"],
            registry=r,
        )
        self.kb_entries = Gauge("migrabot_knowledge_base_entries", "Entries of the knowledge base being served.", registry=r)
        self.kb_refusals = Gauge(
            "migrabot_knowledge_base_refused_reloads", "Refused knowledge-base edits kept for staff (at most 20).", registry=r
        )
        for outcome in ("rejected", "error"):
            self.turns.labels(outcome, "other")
        for language in LANGUAGES:
            for outcome in REPLY_ACTIONS:
                self.turns.labels(outcome, language)
            for kind in FALLBACK_KINDS:
                self.fallbacks.labels(kind, language)
            self.red_flags.labels(language)
        for reason in HANDOFF_REASONS:
            self.handoffs.labels(reason)
        for stage in ERROR_STAGES:
            self.errors.labels(stage)

    def turn(self, status: int, body: bytes | None, seconds: float) -> None:
        """Count one webhook turn from the reply it sent (a JSON list closed by a custom item)."""
        self.turn_seconds.observe(seconds)
        if status >= 500:
            self.errors.labels("http").inc()
        if 400 <= status < 500:
            self.turns.labels("rejected", "other").inc()
            return
        custom = closing_payload(body) if status == 200 else None
        if custom is None:
            self.turns.labels("error", "other").inc()
            return
        language = _label(custom.get("language"), LANGUAGES)
        action = custom.get("action")
        self.turns.labels(_label(action, REPLY_ACTIONS), language).inc()
        if "fallback" in custom:
            self.fallbacks.labels("not_understood", language).inc()
        elif action == "fallback":
            self.fallbacks.labels("declined", language).inc()
        handoff = custom.get("handoff")
        if isinstance(handoff, dict):
            self.handoffs.labels(_label(handoff.get("reason"), HANDOFF_REASONS)).inc()
        if action == "urgent":
            self.red_flags.labels(language).inc()

    def sample_store(self, store: Any) -> None:
        """Read the knowledge base's size and refusals at scrape time (a KnowledgeBaseStore, or None)."""
        if store is not None:
            self.kb_entries.set(len(store.get().entries))
            self.kb_refusals.set(len(store.refusals))

    def exposition(self, accept: str | None) -> tuple[bytes, str]:
        """The metrics in the format the scraper asked for (Prometheus text or OpenMetrics)."""
        encoder, content_type = choose_encoder(accept or "")
        return encoder(self.registry), content_type


def closing_payload(body: bytes | None) -> dict[str, Any] | None:
    """The custom item that closes a turn's reply, or None when the reply has none."""
    try:
        items = json.loads(body or b"")
    except ValueError:
        return None
    found = (
        [item["custom"] for item in items if isinstance(item, dict) and isinstance(item.get("custom"), dict)]
        if isinstance(items, list)
        else []
    )
    closing = [custom for custom in found if "action" in custom]
    return closing[-1] if closing else None


@functools.cache
def metrics() -> EngineMetrics:
    """This process's metrics, made on first use (never at import)."""
    return EngineMetrics()


class _ProcessingFailures(logging.Handler):
    """Counts the failures Rasa's REST channel logs at ERROR instead of raising."""

    def __init__(self, counter: Counter) -> None:
        super().__init__(logging.ERROR)
        self.counter = counter

    def emit(self, record: logging.LogRecord) -> None:
        self.counter.labels("processing").inc()


def install(app: Any, engine_metrics: EngineMetrics) -> None:
    """Time and count every REST webhook turn on a Sanic app, and count swallowed processing failures."""
    logging.getLogger(REST_LOGGER).addHandler(_ProcessingFailures(engine_metrics.errors))

    async def started(request: Any) -> None:
        if request.path == WEBHOOK_PATH:
            request.ctx.migrabot_started = time.perf_counter()

    async def finished(request: Any, response: Any) -> None:
        began = getattr(request.ctx, "migrabot_started", None)
        if began is not None:
            engine_metrics.turn(response.status, getattr(response, "body", None), time.perf_counter() - began)

    app.register_middleware(started, "request")
    app.register_middleware(finished, "response")
