"""`migrabot build` compiles valid Rasa training data that `rasa data validate` accepts."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[3]


def test_build_output_validates_and_every_intent_is_answered(tmp_path):
    env = {**os.environ, "MIGRABOT_HOME": str(ROOT), "RASA_TELEMETRY_ENABLED": "false"}
    out = tmp_path / "project"
    built = subprocess.run([sys.executable, "-m", "bot.cli", "build", "--out", str(out)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert built.returncode == 0, built.stderr
    validate = subprocess.run(
        [sys.executable, "-m", "rasa", "data", "validate", "--domain", "domain.yml", "--data", "data", "--config", "config.yml"],
        cwd=out, env=env, capture_output=True, text=True, timeout=300,
    )
    assert validate.returncode == 0, validate.stdout[-3000:] + validate.stderr[-3000:]
    domain = yaml.safe_load((out / "domain.yml").read_text(encoding="utf-8"))
    stories = yaml.safe_load((out / "data" / "stories.yml").read_text(encoding="utf-8"))["stories"]
    assert [step.get("action") for story in stories for step in story["steps"] if "action" in step] == ["utter_respond"]
    config = yaml.safe_load((out / "config.yml").read_text(encoding="utf-8"))
    assert [p["name"] for p in config["policies"]] == ["bot.components.respond_policy.RespondPolicy"]
    assert domain["responses"]["utter_respond"][0]["text"]
    nlu = yaml.safe_load((out / "data" / "nlu.yml").read_text(encoding="utf-8"))["nlu"]
    languages = {ex["metadata"]["language"] for item in nlu for ex in item["examples"]}
    assert languages == {"en", "ru", "hy", "hy_latn", "ru_latn"}


def test_broken_yaml_stops_build_with_file_and_line(tmp_path):
    kb = tmp_path / "kb"
    kb.mkdir()
    (kb / "bad.yml").write_text("entries:\n  - id: a.b\n    title: {hy: x\n", encoding="utf-8")
    env = {**os.environ, "MIGRABOT_HOME": str(ROOT), "MIGRABOT_KNOWLEDGE_BASE": str(kb)}
    built = subprocess.run([sys.executable, "-m", "bot.cli", "build", "--out", str(tmp_path / "p")], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert built.returncode == 1
    assert f"{kb / 'bad.yml'}:4: invalid YAML" in built.stderr


def test_two_builds_of_the_same_sources_have_one_fingerprint(tmp_path):
    from bot.training.build import fingerprint

    env = {**os.environ, "MIGRABOT_HOME": str(ROOT), "RASA_TELEMETRY_ENABLED": "false"}
    for name in ("a", "b"):
        built = subprocess.run([sys.executable, "-m", "bot.cli", "build", "--fast", "--out", str(tmp_path / name)],
                               cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
        assert built.returncode == 0, built.stderr
    # Training builds in a private folder each time: the model cache must still find its model.
    assert fingerprint(tmp_path / "a") == fingerprint(tmp_path / "b")


def test_the_fast_config_takes_the_production_answer_bar(tmp_path):
    from bot.training.build import answer_bar

    env = {**os.environ, "MIGRABOT_HOME": str(ROOT), "RASA_TELEMETRY_ENABLED": "false"}
    built = subprocess.run([sys.executable, "-m", "bot.cli", "build", "--fast", "--out", str(tmp_path / "fast")],
                           cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert built.returncode == 0, built.stderr
    pipeline = yaml.safe_load((tmp_path / "fast" / "config.yml").read_text(encoding="utf-8"))["pipeline"]
    fallback = next(c for c in pipeline if c["name"] == "FallbackClassifier")
    assert answer_bar() == {"threshold": 0.2, "ambiguity_threshold": 0.0}
    assert {k: v for k, v in fallback.items() if k != "name"} == answer_bar()


def _validate(config: dict) -> None:
    from rasa.engine import validation
    from rasa.engine.recipes.recipe import Recipe
    from rasa.shared.data import TrainingType

    recipe = Recipe.recipe_for_name(config["recipe"])
    validation.validate(recipe.graph_config_for_recipe(config, {}, training_type=TrainingType.BOTH))


def test_each_config_runs_every_component_after_what_it_requires():
    from rasa.engine.exceptions import GraphSchemaValidationException

    for name in ("config.yml", "config-fast.yml"):
        config = yaml.safe_load((ROOT / "bot" / "configs" / name).read_text(encoding="utf-8"))
        _validate(config)
    # the normaliser reads the language identifier's output: the other way round is refused
    config["pipeline"][0], config["pipeline"][1] = config["pipeline"][1], config["pipeline"][0]
    with pytest.raises(GraphSchemaValidationException, match="LanguageIdentifier"):
        _validate(config)
