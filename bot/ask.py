"""Ask the trained assistant questions in process, exactly as the running assistant decides."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any


def quiet_logs() -> None:
    """Rasa's structured logs go to stdout by default; keep stdout for results."""
    import logging
    import sys

    import structlog

    structlog.configure(
        wrapper_class=structlog.make_filtering_bound_logger(logging.ERROR),
        logger_factory=structlog.PrintLoggerFactory(sys.stderr),
    )


def load_agent(model: Path, knowledge_base: Path, locales: Path) -> Any:
    """Load the model once, with the same NLG as `migrabot serve`."""
    quiet_logs()
    from rasa.core.agent import Agent
    from rasa.utils.endpoints import EndpointConfig

    generator = EndpointConfig(
        type="bot.respond.nlg.KnowledgeBaseNLG",
        knowledge_base=str(knowledge_base.resolve()),
        locales=str(locales.resolve()),
    )
    return Agent.load(str(model), generator=generator)


async def ask_one(agent: Any, text: str, sender: str | None = None, metadata: dict | None = None) -> dict[str, Any]:
    """One question through the full dialogue; the documented JSON fields."""
    from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

    sender = sender or f"ask-{uuid.uuid4().hex}"
    channel = CollectingOutputChannel()
    await agent.handle_message(UserMessage(text, channel, sender, metadata=metadata or {}))
    tracker = await agent.tracker_store.retrieve(sender)
    parse = tracker.latest_message.parse_data if tracker else {}
    custom: dict[str, Any] = {}
    texts = []
    for message in channel.messages:
        if message.get("text"):
            texts.append(message["text"])
        if isinstance(message.get("custom"), dict):
            custom.update(message["custom"])
    # `language` comes only with a /set_language button; the reply's `language` says it already.
    entities = {e["entity"]: e["value"] for e in parse.get("entities", []) if e["entity"] != "language"}
    intent = parse.get("intent") or {}
    return {
        "text": text,
        "language": custom.get("language"),
        "intent": intent.get("name"),
        "entry_id": custom.get("entry_id") if custom.get("action") == "answer" else None,
        "confidence": round(float(intent.get("confidence") or 0.0), 4),
        "action": custom.get("action"),
        "entities": entities,
        "switched": bool(custom.get("language_switch")),
        "answer": "\n\n".join(texts),
    }


def ask_many(agent: Any, questions: Iterable[str]) -> Iterator[dict[str, Any]]:
    """Answer questions one by one, each in a fresh conversation."""
    loop = asyncio.new_event_loop()
    try:
        for question in questions:
            yield loop.run_until_complete(ask_one(agent, question))
    finally:
        loop.close()
