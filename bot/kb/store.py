"""A knowledge base that reloads changed files while running and never serves a worse one.

A reload is refused (and the last good version keeps serving) when a file fails the checks
of `make check` (invalid YAML, not UTF-8, an http:// source, a future review date ...) or
when it would remove entries or countries (a file deleted, emptied or cut short). Every good
version is copied aside; an engine started while the files are broken serves that copy and
says so loudly. Refusals are kept for staff (``refusals``), newest last.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import tempfile
import threading
import time
from pathlib import Path

from bot.errors import KnowledgeBaseError, Problem
from bot.kb.checks import Context, run_checks
from bot.kb.loader import CATALOGUE_FILE, load
from bot.kb.model import KnowledgeBase

logger = logging.getLogger(__name__)

KEEP_REFUSALS = 20


def load_checked(directory: Path) -> tuple[KnowledgeBase, list[Problem]]:
    """Load and run the same checks as `make check` (the catalogue aside); the errors found."""
    kb, problems = load(directory)
    if not any(p.severity == "error" for p in problems):
        problems += run_checks(kb, Context(today=dt.date.today()))
    return kb, [p for p in problems if p.severity == "error"]


def removed(old: KnowledgeBase, new: KnowledgeBase) -> list[str]:
    """Entry ids and country codes that ``new`` would lose."""
    gone = [f"entry {i}" for i in old.entries if i not in new.entries]
    return gone + [f"country {c}" for c in old.countries if c not in new.countries]


def default_last_good(directory: Path) -> Path:
    """Where the copy of the last good version lives: var/<folder>.last-good beside the folder."""
    return directory.resolve().parent / "var" / f"{directory.name}.last-good"


class KnowledgeBaseStore:
    """Serves the knowledge base; answers changed on disk take effect without retraining."""

    def __init__(self, directory: Path, check_every: float = 1.0, last_good: Path | None = None) -> None:
        self.directory = directory
        self.check_every = check_every
        self.last_good = last_good or default_last_good(directory)
        self.refusals: list[str] = []
        self._lock = threading.Lock()
        self._checked_at = 0.0
        self._stamp = self._fingerprint()
        kb, errors = load_checked(directory)
        if errors:
            self._kb = self._start_from_last_good(errors)
        else:
            self._kb = kb
            self._save_last_good()

    def _start_from_last_good(self, errors: list[Problem]) -> KnowledgeBase:
        for problem in errors:
            logger.error("knowledge base: %s", problem)
        kb, old_errors = load_checked(self.last_good) if self.last_good.is_dir() else (None, errors)
        if kb is None or old_errors:
            raise KnowledgeBaseError(errors)
        self._refuse(
            f"THE KNOWLEDGE BASE IN {self.directory} IS BROKEN ({len(errors)} errors, first: {errors[0]}). "
            f"Serving the last good version from {self.last_good} until the files are fixed."
        )
        return kb

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
            try:
                stamp = self._fingerprint()
            except OSError:  # a file vanished between listing and stat: look again next time
                return self._kb
            if stamp != self._stamp:
                self._stamp = stamp
                self._reload()
        return self._kb

    def _reload(self) -> None:
        try:
            kb, errors = load_checked(self.directory)
        except Exception as exc:  # whatever a file holds, the last good one serves
            errors = [Problem(str(self.directory), 1, f"could not be read: {type(exc).__name__}: {exc}")]
            kb = None
        if errors:
            for problem in errors:
                logger.error("knowledge base not reloaded: %s", problem)
            self._refuse(f"Knowledge base not reloaded ({len(errors)} errors): {errors[0]}")
            return
        assert kb is not None
        gone = removed(self._kb, kb)
        if gone:
            self._refuse(
                f"Knowledge base not reloaded: the change would remove {len(gone)} "
                f"({', '.join(gone[:8])}{' ...' if len(gone) > 8 else ''}). A file deleted, emptied or cut short? "
                "Removing on purpose needs a restart of the engine."
            )
            return
        self._kb = kb
        self._save_last_good()
        logger.info("knowledge base reloaded: %d entries, %d countries", len(kb.entries), len(kb.countries))

    def _refuse(self, message: str) -> None:
        logger.error("%s", message)
        self.refusals = [*self.refusals[-(KEEP_REFUSALS - 1):], f"{dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC: {message}"]

    def _save_last_good(self) -> None:
        """Copy the good files aside (best effort: a read-only disk must not stop the engine)."""
        try:
            self.last_good.parent.mkdir(parents=True, exist_ok=True)
            fresh = Path(tempfile.mkdtemp(prefix=".kb-", dir=self.last_good.parent))
            for path in self.directory.glob("*.yml"):
                if path.is_file() and path.name != CATALOGUE_FILE:
                    shutil.copy2(path, fresh / path.name)
            old = self.last_good.with_name(self.last_good.name + ".old")
            if self.last_good.exists():
                self.last_good.rename(old)
            fresh.rename(self.last_good)
            shutil.rmtree(old, ignore_errors=True)
        except OSError as exc:
            logger.warning("could not keep a copy of the good knowledge base in %s: %s", self.last_good, exc)
