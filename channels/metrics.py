"""The gateway's Prometheus metrics, and the Bot API session middleware that counts calls.

One registry per process, made by the composition root; with several gateway replicas,
each is scraped on its own.
"""

from __future__ import annotations

from collections.abc import Iterable

from aiogram import Bot
from aiogram.client.session.middlewares.base import BaseRequestMiddleware, NextRequestMiddlewareType
from aiogram.exceptions import (
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.methods import Response, TelegramMethod
from aiogram.methods.base import TelegramType
from aiogram.types import Update
from prometheus_client import CollectorRegistry, Counter, Gauge, GCCollector, Histogram, PlatformCollector, ProcessCollector

# The engine's reply actions (docs/ENGINE-CONTRACT.md); "none" when a reply carried none.
OUTCOMES = ("answer", "fallback", "handoff", "urgent", "smalltalk", "none")
HANDOFF_REASONS = ("user_request", "fallback", "urgent", "entry")
ENGINE_ERRORS = ("timeout", "http", "unreachable", "bad_reply")
RETRY_REASONS = ("429", "5xx", "network")
# An engine turn takes tens of milliseconds; the gateway gives up after ENGINE_TIMEOUT (8 s).
ENGINE_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


def _label(value: object, known: tuple[str, ...]) -> str:
    """A label value from a fixed set, so that an odd payload cannot create new series."""
    return value if isinstance(value, str) and value in known else "other"


class GatewayMetrics:
    """The metrics of one gateway process and the registry they are exposed from."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry()
        for collector in (ProcessCollector, PlatformCollector, GCCollector):
            collector(registry=self.registry)
        r = self.registry
        self.updates = Counter(
            "migrabot_gateway_updates", "Updates from Telegram stored in the inbox, by type.", ["type"], registry=r
        )
        self.turns = Counter(
            "migrabot_gateway_turns",
            "Turns with the engine handled (replied and recorded), by the engine's action.",
            ["outcome"],
            registry=r,
        )
        self.engine_seconds = Histogram(
            "migrabot_gateway_engine_seconds",
            "Time of one call to the engine's REST webhook, answered or not.",
            buckets=ENGINE_BUCKETS,
            registry=r,
        )
        self.engine_errors = Counter(
            "migrabot_gateway_engine_errors", "Calls to the engine's webhook that failed, by reason.", ["reason"], registry=r
        )
        self.bot_api_calls = Counter(
            "migrabot_gateway_bot_api_calls",
            "Bot API requests made (every attempt), by method and result.",
            ["method", "result"],
            registry=r,
        )
        self.bot_api_retries = Counter(
            "migrabot_gateway_bot_api_retries", "Bot API requests retried, by reason.", ["reason"], registry=r
        )
        self.handoff_cases = Counter(
            "migrabot_gateway_handoff_cases",
            "Handoffs passed to staff (a case opened, or the person's open case reused), by reason.",
            ["reason"],
            registry=r,
        )
        self.inbox_pending = Gauge(
            "migrabot_gateway_inbox_pending", "Updates stored and not handled yet (read from the database at scrape).", registry=r
        )
        self.inbox_busy = Gauge(
            "migrabot_gateway_inbox_busy_chats", "Chats with a worker going through their updates.", registry=r
        )
        self.database_up = Gauge(
            "migrabot_gateway_database_up", "1 when the database answered at the last scrape, else 0.", registry=r
        )
        for outcome in OUTCOMES:
            self.turns.labels(outcome)
        for reason in HANDOFF_REASONS:
            self.handoff_cases.labels(reason)
        for reason in ENGINE_ERRORS:
            self.engine_errors.labels(reason)
        for reason in RETRY_REASONS:
            self.bot_api_retries.labels(reason)

    def received(self, updates: Iterable[Update]) -> None:
        """Count updates stored in the inbox."""
        for item in updates:
            try:
                kind = item.event_type
            except Exception:  # an update type newer than this aiogram
                kind = "unknown"
            self.updates.labels(kind).inc()

    def turn(self, action: str | None) -> None:
        """Count one turn with the engine, handled."""
        self.turns.labels(_label(action or "none", OUTCOMES)).inc()

    def handoff(self, reason: str) -> None:
        """Count one handoff passed to staff."""
        self.handoff_cases.labels(_label(reason, HANDOFF_REASONS)).inc()

    def retry(self, reason: str) -> None:
        """Count one Bot API retry: 429, 5xx or network."""
        self.bot_api_retries.labels(_label(reason, RETRY_REASONS)).inc()


class BotApiMetricsMiddleware(BaseRequestMiddleware):
    """Counts every Bot API attempt by method and result; the innermost session middleware."""

    def __init__(self, metrics: GatewayMetrics) -> None:
        self.metrics = metrics

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        result = "error"
        try:
            response = await make_request(bot, method)
            result = "ok"
            return response
        except TelegramRetryAfter:
            result = "429"
            raise
        except TelegramServerError:
            result = "5xx"
            raise
        except TelegramNetworkError:
            result = "network"
            raise
        except TelegramForbiddenError:
            result = "403"
            raise
        finally:
            self.metrics.bot_api_calls.labels(method.__api_method__, result).inc()
