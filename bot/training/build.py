"""Compile the knowledge base and nlu_data/ into a Rasa project folder."""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.errors import KnowledgeBaseError
from bot.kb.loader import load as load_kb
from bot.settings import FALLBACK_HANDOFF_AFTER
from bot.training.conversation import load as load_conversation

PAYLOAD_INTENTS = ("menu", "entry", "feedback", "set_language")
# Button payloads carry `language`, `entry_id`, `topic` and `value`: Rasa drops a payload's
# entities the domain does not list (the language identifier's result is not an entity).
ENTITIES = ("country", "language", "entry_id", "topic", "value")
RESPONSE = "utter_respond"
# Messages with danger words where nobody is in danger now: read by the danger detector only.
NOT_DANGER = "data/not_danger.yml"
# The one place of the answer bar (FallbackClassifier's threshold), measured by `make eval`.
PRODUCTION_CONFIG = Path(__file__).resolve().parents[1] / "configs" / "config.yml"
FALLBACK = "FallbackClassifier"
# Used only if the knowledge-base renderer itself fails on a turn.
SAFETY_NET_TEXT = (
    "Sorry, something went wrong on my side. Please try again, or write \"person\" to reach a member of staff."
)


@dataclass(frozen=True)
class Paths:
    """Where the sources are and where the compiled project goes."""

    knowledge_base: Path
    nlu_data: Path
    locales: Path
    out: Path


def _examples(kb, conversation) -> list[dict]:
    nlu = []
    for entry in kb.entries.values():
        items = [
            {"text": text, "metadata": {"language": key}}
            for key, texts in entry.questions.items()
            for text in texts
        ]
        nlu.append({"intent": entry.id, "examples": items})
    for intent, examples in conversation.items():
        items = [{"text": e.text, "metadata": {"language": e.key}} for e in examples]
        nlu.append({"intent": intent, "examples": items})
    return nlu


def _not_danger(nlu_data: Path) -> list[dict]:
    """nlu_data/danger/*.yml examples as (text, language key), for the danger detector."""
    from bot.training.conversation import load_examples

    examples, problems = load_examples(sorted((nlu_data / "danger").glob("*.yml")), ("not_danger",))
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise KnowledgeBaseError(errors)
    return [{"text": e.text, "language": e.key} for items in examples.values() for e in items]


def _stories() -> list[dict]:
    """One story: a message, then the one reply action (RespondPolicy follows it for every intent)."""
    return [{"story": "respond to a message", "steps": [{"intent": "nlu_fallback"}, {"action": RESPONSE}]}]


def _domain(intents: list[str]) -> dict:
    return {
        "version": "3.1",
        "intents": intents,
        "entities": list(ENTITIES),
        # No slots: the NLG reads entities and its own earlier payloads, never a slot.
        "slots": {},
        "responses": {RESPONSE: [{"text": SAFETY_NET_TEXT}]},
        "session_config": {"session_expiration_time": 60, "carry_over_slots_to_new_session": True},
    }


def _dump(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=4096), encoding="utf-8")


def build(paths: Paths, config: Path) -> Path:
    """Write data/nlu.yml, data/stories.yml, domain.yml, config.yml, endpoints.yml; return the folder."""
    kb, kb_problems = load_kb(paths.knowledge_base)
    conversation, conv_problems = load_conversation(paths.nlu_data)
    errors = [p for p in kb_problems + conv_problems if p.severity == "error"]
    if errors:
        raise KnowledgeBaseError(errors)
    intents = list(kb.entries) + list(conversation) + list(PAYLOAD_INTENTS)
    out = paths.out
    if out.exists():
        shutil.rmtree(out)
    _dump(out / "data" / "nlu.yml", {"version": "3.1", "nlu": _examples(kb, conversation)})
    _dump(out / "data" / "stories.yml", {"version": "3.1", "stories": _stories()})
    _dump(out / "domain.yml", _domain(intents))
    settings = yaml.safe_load(config.read_text(encoding="utf-8"))
    bar = answer_bar()
    for component in settings["pipeline"]:
        if component["name"] == FALLBACK:
            # A config that sets no bar of its own takes production's.
            for key, value in bar.items():
                component.setdefault(key, value)
        if component["name"].endswith("CountryExtractor"):
            component["knowledge_base"] = str(paths.knowledge_base.resolve())
        if component["name"].endswith("DangerDetector"):
            component["not_danger"] = str((out / NOT_DANGER).resolve())
    _dump(out / NOT_DANGER, {"examples": _not_danger(paths.nlu_data)})
    _dump(out / "config.yml", settings)
    write_endpoints(out / "endpoints.yml", paths.knowledge_base, paths.locales)
    (out / "credentials.yml").write_text("rest:\n", encoding="utf-8")
    return out


def answer_bar() -> dict:
    """The production FallbackClassifier's settings but its name: threshold and ambiguity_threshold."""
    pipeline = yaml.safe_load(PRODUCTION_CONFIG.read_text(encoding="utf-8"))["pipeline"]
    fallback = next(c for c in pipeline if c["name"] == FALLBACK)
    return {key: value for key, value in fallback.items() if key != "name"}


def write_endpoints(path: Path, knowledge_base: Path, locales: Path, stores: dict | None = None) -> None:
    """endpoints.yml naming the in-process NLG, where it reads from, and any stores."""
    _dump(
        path,
        {
            "nlg": {
                "type": "bot.respond.nlg.KnowledgeBaseNLG",
                "knowledge_base": str(knowledge_base.resolve()),
                "locales": str(locales.resolve()),
                "fallback_handoff_after": FALLBACK_HANDOFF_AFTER,
            },
            **(stores or {}),
        },
    )


def fingerprint(project: Path) -> str:
    """A hash of what training reads: data, domain, config and the engine's NLU code."""
    digest = hashlib.sha256()
    files = [project / "data" / "nlu.yml", project / NOT_DANGER, project / "data" / "stories.yml", project / "domain.yml", project / "config.yml"]
    nlu_code = sorted((Path(__file__).parent.parent / "components").glob("*.py"))
    nlu_code += sorted((Path(__file__).parent.parent / "nlu").glob("*.py"))
    for path in files + nlu_code:
        digest.update(path.name.encode())
        # config.yml names files inside the (temporary, private) build folder: hash it without
        # that folder, or every build would look new and train again.
        digest.update(path.read_bytes().replace(str(project.resolve()).encode(), b"<project>"))
    return digest.hexdigest()[:16]


def summary(project: Path) -> dict:
    """Counts of what was compiled."""
    nlu = yaml.safe_load((project / "data" / "nlu.yml").read_text(encoding="utf-8"))["nlu"]
    return {"intents": len(nlu), "examples": sum(len(i["examples"]) for i in nlu)}


__all__ = ["Paths", "build", "fingerprint", "summary", "json"]
