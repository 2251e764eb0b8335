"""Errors raised by the engine; all share one root class."""

from __future__ import annotations

from dataclasses import dataclass


class MigrabotError(Exception):
    """Root of the engine's own errors."""


@dataclass(frozen=True)
class Problem:
    """One finding about a file, reported as ``file:line: message``."""

    file: str
    line: int
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        tag = "" if self.severity == "error" else f"{self.severity}: "
        return f"{self.file}:{self.line}: {tag}{self.message}"


class YamlError(MigrabotError):
    """A YAML file could not be read; carries file and line."""

    def __init__(self, file: str, line: int, message: str) -> None:
        super().__init__(f"{file}:{line}: {message}")
        self.problem = Problem(file, line, message)


class KnowledgeBaseError(MigrabotError):
    """The knowledge base has errors; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems
