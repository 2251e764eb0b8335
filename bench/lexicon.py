"""Time the danger lexicon on distinct held-out messages, with its per-text cache bypassed.

`make bench` sends 15 messages over and over, so `signals()`'s cache answers most of them and
hides what the lexicon costs a new message; real people never repeat themselves that way.

    .venv-engine/bin/python bench/lexicon.py [--write docs/bench/lexicon.md]
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", type=Path, help="write a Markdown report here")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from bench.bench import machine
    from bot.evaluation.dataset import cases
    from bot.nlu.danger import signals

    texts = sorted({c.text for c in cases(ROOT)})
    uncached = signals.__wrapped__
    uncached("warm up: compile the tables")
    rounds = []
    for _ in range(args.rounds):
        started = time.perf_counter()
        for text in texts:
            uncached(text)
        rounds.append((time.perf_counter() - started) / len(texts) * 1000)
    found = machine()
    lines = [
        "# Danger lexicon: time per distinct message",
        "",
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {found['cpu']}, {found['cores']} cores, Python {platform.python_version()}.",
        f"{len(texts):,} distinct held-out messages (`tests/eval/`), `signals()` without its cache, {args.rounds} rounds:",
        f"median {statistics.median(rounds):.2f} ms a message (rounds: {', '.join(f'{r:.2f}' for r in rounds)} ms).",
    ]
    print("\n".join(lines))
    if args.write:
        args.write.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
