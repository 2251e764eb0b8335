"""Measured answer quality: `make eval` trains the production config and two baselines and writes a report."""

from pathlib import Path


def publish(path: Path, lines: list[str]) -> int:
    """Write a markdown page of an evaluation script and print it; the script's exit status."""
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0
