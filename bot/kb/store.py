"""A knowledge base that reloads changed files while running and keeps the last good one."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

from bot.errors import KnowledgeBaseError
from bot.kb.loader import load
from bot.kb.model import KnowledgeBase

logger = logging.getLogger(__name__)


class KnowledgeBaseStore:
    """Serves the knowledge base; answers change on disk take effect without retraining."""

    def __init__(self, directory: Path, check_every: float = 1.0) -> None:
        self.directory = directory
        self.check_every = check_every
        self._lock = threading.Lock()
        self._checked_at = 0.0
        self._stamp = self._fingerprint()
        kb, problems = load(directory)
        errors = [p for p in problems if p.severity == "error"]
        if errors:
            raise KnowledgeBaseError(errors)
        self._kb = kb

    def _fingerprint(self) -> tuple:
        files = sorted(self.directory.glob("*.yml"))
        return tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in files if p.is_file())

    def get(self) -> KnowledgeBase:
        """The current knowledge base, reloaded first if a file changed."""
        now = time.monotonic()
        if now - self._checked_at < self.check_every:
            return self._kb
        with self._lock:
            self._checked_at = now
            stamp = self._fingerprint()
            if stamp != self._stamp:
                self._stamp = stamp
                self._reload()
        return self._kb

    def _reload(self) -> None:
        kb, problems = load(self.directory)
        errors = [p for p in problems if p.severity == "error"]
        if errors:
            for problem in errors:
                logger.error("knowledge base not reloaded: %s", problem)
            return
        self._kb = kb
        logger.info("knowledge base reloaded: %d entries, %d countries", len(kb.entries), len(kb.countries))
