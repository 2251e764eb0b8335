"""Rasa NLG plug-in: renders every reply in process from the knowledge base."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from rasa.core.nlg import NaturalLanguageGenerator, TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from bot.kb.store import KnowledgeBaseStore
from bot.metrics import metrics
from bot.respond.responder import respond
from bot.respond.turn import from_tracker
from bot.settings import FALLBACK_HANDOFF_AFTER

logger = logging.getLogger(__name__)
RESPONSE = "utter_respond"


class KnowledgeBaseNLG(NaturalLanguageGenerator):
    """Answers `utter_respond` from the knowledge base; other responses from the domain."""

    def __init__(self, endpoint_config: EndpointConfig, domain: Domain) -> None:
        options = endpoint_config.kwargs
        self.store = KnowledgeBaseStore(Path(options["knowledge_base"]))
        self.locales = Path(options["locales"])
        self.fallback_limit = int(options.get("fallback_handoff_after", FALLBACK_HANDOFF_AFTER))
        self.templated = TemplatedNaturalLanguageGenerator(domain.responses if domain else {})

    async def generate(self, utter_action: str, tracker: DialogueStateTracker, output_channel: str, **kwargs: Any) -> dict[str, Any] | None:
        """The reply for this turn."""
        if utter_action != RESPONSE:
            return await self.templated.generate(utter_action, tracker, output_channel, **kwargs)
        try:
            reply, language = respond(self.store.get(), from_tracker(tracker), self.locales, self.fallback_limit)
        except Exception:  # a broken turn must not break the conversation
            logger.exception("could not render a reply; sending the domain's fallback text")
            metrics().errors.labels("nlg").inc()
            return await self.templated.generate(utter_action, tracker, output_channel, **kwargs)
        return reply.to_response(language)
