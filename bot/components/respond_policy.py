"""Rasa policy: every message gets one `utter_respond`, then the assistant listens.

The dialogue has one shape: the in-process NLG decides the reply from the message and the
last bot turns. Rasa's RulePolicy reached the same decision by matching one rule per intent
against the tracker's states, which it rebuilt from the whole conversation twice a turn
(about 7 ms a turn, growing with history); this policy reads only the latest action.
"""

from __future__ import annotations

from typing import Any

from rasa.core.policies.policy import Policy, PolicyPrediction, confidence_scores_for
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker

RESPONSE = "utter_respond"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True)
class RespondPolicy(Policy):
    """After a user message: `utter_respond`; after `utter_respond`: listen."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """No settings but Rasa's priority."""
        return {"priority": 6}

    def train(self, training_trackers: list[TrackerWithCachedStates], domain: Domain, **kwargs: Any) -> Resource:
        """Nothing to learn: the reply is decided by the NLG."""
        return self._resource

    def predict_action_probabilities(
        self, tracker: DialogueStateTracker, domain: Domain, rule_only_data: dict[str, Any] | None = None, **kwargs: Any
    ) -> PolicyPrediction:
        """Respond once to the latest user message, then listen."""
        action = ACTION_LISTEN_NAME if tracker.latest_action_name == RESPONSE else RESPONSE
        return self._prediction(confidence_scores_for(action, 1.0, domain))
