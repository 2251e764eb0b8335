"""Engine settings: read once, in the command line's entry point, never at import."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

# "Not understood" this many times in a row hands the conversation to staff: read by the
# responder (through endpoints.yml) and by the evaluation's baseline, so both apply one rule.
FALLBACK_HANDOFF_AFTER = 2


@dataclass(frozen=True)
class Settings:
    """Where the engine's sources, build output and models live."""

    root: Path
    knowledge_base: Path
    nlu_data: Path
    locales: Path
    catalogue: Path
    build_dir: Path
    models: Path
    rasa_token: str | None
    engine_database_url: str | None = None  # None: Rasa's in-memory store
    engine_redis_url: str | None = None

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        """Paths relative to MIGRABOT_HOME (default: the working directory)."""
        env = os.environ if environ is None else environ
        root = Path(env.get("MIGRABOT_HOME") or Path.cwd()).resolve()
        return cls(
            root=root,
            knowledge_base=Path(env.get("MIGRABOT_KNOWLEDGE_BASE") or root / "knowledge_base"),
            nlu_data=root / "nlu_data",
            locales=root / "locales",
            catalogue=Path(env.get("MIGRABOT_CATALOGUE") or root / "knowledge_base" / "catalogue.yml"),
            build_dir=root / "build",
            models=root / "models",
            rasa_token=env.get("RASA_TOKEN") or None,
            engine_database_url=_conversations(env.get("ENGINE_DATABASE_URL"), root),
            engine_redis_url=env.get("ENGINE_REDIS_URL") or None,
        )

    def config(self, fast: bool) -> Path:
        """The training configuration: small and fast for tests, or production."""
        return self.root / "bot" / "configs" / ("config-fast.yml" if fast else "config.yml")


def _conversations(url: str | None, root: Path) -> str | None:
    """Where conversations are kept: SQLite under var/ unless set ("memory": Rasa's in-memory store)."""
    if url == "memory":
        return None
    # The default survives a restart and keeps memory flat however many people come.
    return url or f"sqlite:///{root / 'var' / 'conversations.sqlite3'}"
