"""`migrabot build` compiles valid Rasa training data that `rasa data validate` accepts."""

import os
import subprocess
import sys
from pathlib import Path

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
