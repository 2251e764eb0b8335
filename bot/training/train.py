"""Train a Rasa model from a compiled project, reusing one already trained on the same data."""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path

from bot.training.build import fingerprint

logger = logging.getLogger(__name__)


def model_path(project: Path, models: Path, name: str, countries: Path) -> Path:
    """Where the model for this exact training data is kept."""
    extra = countries.read_bytes() if countries.exists() else b""
    import hashlib

    digest = hashlib.sha256((fingerprint(project)).encode() + extra).hexdigest()[:16]
    return models / f"{name}-{digest}.tar.gz"


def train(project: Path, target: Path) -> tuple[Path, float]:
    """Train into `target` unless it exists; returns the path and seconds spent (0 if it existed)."""
    import fcntl

    target.parent.mkdir(parents=True, exist_ok=True)
    # Two test sessions may ask for the same model at once: one trains, the other waits.
    with open(target.parent / f".{target.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if target.exists():
            return target, 0.0
        model, seconds = _train(project, target)
        _timing(model).write_text(json.dumps({"train_seconds": seconds}))
        return model, seconds


def training_seconds(model: Path) -> float:
    """How long the model took to train, as recorded when it was trained (0 if unknown)."""
    timing = _timing(model)
    return json.loads(timing.read_text())["train_seconds"] if timing.exists() else 0.0


def _timing(model: Path) -> Path:
    return model.parent / (model.name.removesuffix(".tar.gz") + ".json")


def _train(project: Path, target: Path) -> tuple[Path, float]:
    from rasa.model_training import train as rasa_train

    started = time.perf_counter()
    result = rasa_train(
        domain=str(project / "domain.yml"),
        config=str(project / "config.yml"),
        training_files=[str(project / "data")],
        output=str(target.parent),
        fixed_model_name=target.name.removesuffix(".tar.gz"),
        # Rasa's component cache would make the recorded training time depend on earlier runs.
        force_training=True,
    )
    if result.code != 0 or not result.model:
        raise RuntimeError(f"training failed with code {result.code}")
    prune(target, keep=3)
    return Path(result.model), time.perf_counter() - started


def prune(latest: Path, keep: int) -> None:
    """Delete all but the newest `keep` models of the same kind (fast, production, ...)."""
    kind = latest.name.rsplit("-", 1)[0]
    models = sorted(latest.parent.glob(f"{kind}-*.tar.gz"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in models[keep:]:
        old.unlink(missing_ok=True)
        _timing(old).unlink(missing_ok=True)
