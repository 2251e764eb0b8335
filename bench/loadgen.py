"""Closed-loop load on a Rasa REST channel, in a process of its own (not the server's loop).

Each simulated person is a conversation: their turns go one after another (the next message
only once the reply to the last one came back); ``--concurrency`` people talk at once. The
people wait in a queue and each worker takes the next one, so 2,000 people with 20 workers is
20 conversations at a time. Turn ``t`` of person ``i`` (counted from ``--first-turn``) sends
``messages[(i + t) % len(messages)]``.

Reads its job as JSON on stdin, writes the figures as JSON on stdout:

    {"url": "http://127.0.0.1:5005", "senders": ["a", "b"], "turns": 25, "first_turn": 0,
     "concurrency": 20, "messages": ["hello", ...], "timeout": 60}

    -> {"wall": s, "latencies": [s, ...] (in completion order), "by_turn": [[sender_index,
        turn, latency], ...], "errors": n, "empty": n, "error_samples": [...]}

Only the Python standard library and aiohttp (both venvs have it).
"""

from __future__ import annotations

import asyncio
import json
import sys
import time

import aiohttp


async def run(job: dict) -> dict:
    url = job["url"].rstrip("/") + "/webhooks/rest/webhook"
    senders: list[str] = job["senders"]
    messages: list[str] = job["messages"]
    turns = int(job["turns"])
    first_turn = int(job.get("first_turn", 0))
    concurrency = max(1, min(int(job["concurrency"]), len(senders)))
    timeout = aiohttp.ClientTimeout(total=float(job.get("timeout", 60)))
    latencies: list[float] = []
    by_turn: list[tuple[int, int, float]] = []
    errors = 0
    empty = 0
    error_samples: list[str] = []
    queue: asyncio.Queue[int] = asyncio.Queue()
    for index in range(len(senders)):
        queue.put_nowait(index)

    connector = aiohttp.TCPConnector(limit=concurrency, force_close=False)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as client:

        async def person(index: int) -> None:
            nonlocal errors, empty
            sender = senders[index]
            for turn in range(first_turn, first_turn + turns):
                text = messages[(index + turn) % len(messages)]
                started = time.perf_counter()
                try:
                    async with client.post(url, json={"sender": sender, "message": text}) as response:
                        body = await response.read()
                        status = response.status
                except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
                    errors += 1
                    if len(error_samples) < 5:
                        error_samples.append(f"{type(exc).__name__}: {exc}")
                    continue
                latency = time.perf_counter() - started
                if status != 200:
                    errors += 1
                    if len(error_samples) < 5:
                        error_samples.append(f"HTTP {status}: {body[:200]!r}")
                    continue
                try:
                    replies = json.loads(body)
                except ValueError:
                    replies = None
                if not isinstance(replies, list) or not replies:
                    empty += 1
                latencies.append(latency)
                by_turn.append((index, turn, latency))

        async def worker() -> None:
            while True:
                try:
                    index = queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                await person(index)

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        wall = time.perf_counter() - started
    return {
        "wall": wall,
        "latencies": latencies,
        "by_turn": by_turn,
        "errors": errors,
        "empty": empty,
        "error_samples": error_samples,
    }


def main() -> None:
    job = json.load(sys.stdin)
    result = asyncio.run(run(job))
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
