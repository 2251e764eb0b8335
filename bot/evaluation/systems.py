"""The systems compared: trained Rasa models through the real dialogue, and a TF-IDF baseline."""

from __future__ import annotations

import asyncio
import time
import uuid
from pathlib import Path

from bot.evaluation.dataset import Case
from bot.evaluation.metrics import Decision
from bot.kb.model import KnowledgeBase
from bot.nlu.normalise import light
from bot.settings import FALLBACK_HANDOFF_AFTER

CONVERSATION_ACTIONS = {
    "red_flag": ("urgent", None),
    "human": ("handoff", "user_request"),
    "out_of_scope": ("fallback", None),
}


def rasa_decisions(model: Path, knowledge_base: Path, locales: Path, cases: list[Case]) -> list[Decision]:
    """Each case through the full assistant (NLU, policies, answers), in its case's conversation."""
    from bot.ask import ask_one, load_agent

    agent = load_agent(model, knowledge_base, locales)
    loop = asyncio.new_event_loop()
    decisions = []
    run = uuid.uuid4().hex[:8]
    try:
        for index, case in enumerate(cases):
            sender = f"eval-{run}-{case.conversation or index}"
            started = time.perf_counter()
            result = loop.run_until_complete(ask_one(agent, case.text, sender=sender))
            seconds = time.perf_counter() - started
            reason = None
            if result["action"] in ("handoff", "urgent"):
                reason = "urgent" if result["action"] == "urgent" else _handoff_reason(result)
            decisions.append(Decision(result["action"], result["entry_id"], reason, seconds, result["intent"], result["switched"]))
    finally:
        loop.close()
    return decisions


def _handoff_reason(result: dict) -> str:
    # A person-request comes from the `human` intent; a handoff after fallbacks has another intent.
    return "user_request" if result["intent"] == "human" else "fallback"


def nearest_decisions(nearest: NearestQuestion, kb: KnowledgeBase, cases: list[Case], fallback_limit: int = FALLBACK_HANDOFF_AFTER) -> list[Decision]:
    """The baseline's decisions, with the assistant's rule: not understood twice in a row hands over."""
    decisions, in_a_row = [], {}
    for index, case in enumerate(cases):
        conversation = case.conversation or str(index)
        decision = nearest.decide(case.text, kb)
        if decision.action == "fallback":
            in_a_row[conversation] = in_a_row.get(conversation, 0) + 1
            if in_a_row[conversation] >= fallback_limit:
                decision = Decision("handoff", None, "fallback", decision.seconds, decision.intent)
                in_a_row[conversation] = 0
        else:
            in_a_row[conversation] = 0
        decisions.append(decision)
    return decisions


class NearestQuestion:
    """TF-IDF nearest training question: its intent decides, below a similarity floor it declines."""

    def __init__(self, texts: list[str], intents: list[str], floor: float = 0.35) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True)
        self.matrix = self.vectorizer.fit_transform([light(t) for t in texts])
        self.intents = intents
        self.floor = floor

    def decide(self, text: str, kb: KnowledgeBase) -> Decision:
        """The decision for one message."""
        started = time.perf_counter()
        similarities = (self.matrix @ self.vectorizer.transform([light(text)]).T).toarray().ravel()
        best = int(similarities.argmax())
        intent = self.intents[best] if similarities[best] >= self.floor else "nlu_fallback"
        seconds = time.perf_counter() - started
        if intent in kb.entries:
            return Decision("answer", intent, None, seconds, intent)
        action, reason = CONVERSATION_ACTIONS.get(intent, ("fallback" if intent == "nlu_fallback" else "smalltalk", None))
        return Decision(action, None, reason, seconds, intent)
