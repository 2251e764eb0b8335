"""Every message of tests/eval/*.yml through a running engine: its replies and NLU, to compare two engines.

A speed change must not change an answer. Run it against the engine before and after the
change (same model), then compare the two dumps:

    .venv-engine/bin/python bench/same_answers.py dump --url http://127.0.0.1:5005 --token T --out before.jsonl
    .venv-engine/bin/python bench/same_answers.py dump --url ... --out after.jsonl
    .venv-engine/bin/python bench/same_answers.py diff before.jsonl after.jsonl

Each message is sent twice: alone (a new conversation, with `/model/parse` beside it for the
intent, ranking, entities, language and danger verdict), and as one turn of a conversation of
twelve messages (so that history-dependent replies, such as the second "not understood" in a
row or the country asked for, are compared too). Only Python and aiohttp (both venvs have it).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import uuid
from pathlib import Path
from typing import Any

import aiohttp
import yaml

ROOT = Path(__file__).resolve().parent.parent
CONVERSATION = 12
# NLU output that decides an answer; confidences rounded so that float noise in the last digit is not a difference.
PARSE_KEYS = ("intent", "entities", "language", "language_variant", "danger", "scope")


def messages(folder: Path) -> list[str]:
    """Every text of the evaluation sets, in file order."""
    found: list[str] = []
    for path in sorted(folder.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for item in data.get("cases") or data.get("messages") or []:
            if isinstance(item, dict) and isinstance(item.get("text"), str):
                found.append(item["text"])
    return found


def without_recipient(items: Any) -> Any:
    """The reply items without `recipient_id` (the sender id differs from run to run)."""
    return [{k: v for k, v in item.items() if k != "recipient_id"} if isinstance(item, dict) else item for item in items]


def rounded(value: Any) -> Any:
    """Floats to 6 digits, recursively."""
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, dict):
        return {k: rounded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [rounded(v) for v in value]
    return value


async def dump(url: str, token: str, out: Path, concurrency: int) -> None:
    texts = messages(ROOT / "tests" / "eval")
    run = uuid.uuid4().hex[:8]
    results: dict[str, Any] = {}
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as client:

        async def reply(sender: str, text: str) -> Any:
            async with client.post(f"{url}/webhooks/rest/webhook", json={"sender": sender, "message": text}) as response:
                response.raise_for_status()
                return without_recipient(await response.json())

        async def parse(text: str) -> Any:
            async with client.post(f"{url}/model/parse", params={"token": token}, json={"text": text}) as response:
                response.raise_for_status()
                body = await response.json()
            return rounded({key: body.get(key) for key in PARSE_KEYS} | {"ranking": body.get("intent_ranking")})

        async def alone(index: int) -> None:
            text = texts[index]
            results[f"alone {index}"] = {"text": text, "reply": await reply(f"same-{run}-a{index}", text), "parse": await parse(text)}

        async def conversation(start: int) -> None:
            sender = f"same-{run}-c{start}"
            for index in range(start, min(start + CONVERSATION, len(texts))):
                results[f"conversation {index}"] = {"text": texts[index], "reply": await reply(sender, texts[index])}

        jobs = [alone(i) for i in range(len(texts))] + [conversation(s) for s in range(0, len(texts), CONVERSATION)]
        gate = asyncio.Semaphore(concurrency)

        async def limited(job: Any) -> None:
            async with gate:
                await job

        await asyncio.gather(*(limited(job) for job in jobs))
    with out.open("w", encoding="utf-8") as handle:
        for key in sorted(results, key=lambda k: (k.split()[0], int(k.split()[1]))):
            handle.write(json.dumps({"key": key, **results[key]}, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(texts)} messages, {len(results)} results -> {out}", file=sys.stderr)


def diff(before: Path, after: Path) -> int:
    def read(path: Path) -> dict[str, Any]:
        rows = {}
        for row in map(json.loads, path.read_text(encoding="utf-8").splitlines()):
            rows[row["key"]] = dict(row, reply=without_recipient(row["reply"]))
        return rows

    old, new = read(before), read(after)
    differences = 0
    for key in sorted(set(old) | set(new)):
        if old.get(key) != new.get(key):
            differences += 1
            if differences <= 20:
                print(f"{key}:\n  before {json.dumps(old.get(key), ensure_ascii=False)[:600]}\n  after  {json.dumps(new.get(key), ensure_ascii=False)[:600]}")
    print(f"{len(old)} / {len(new)} results compared: {differences} differences")
    return 1 if differences or not old else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("--url", required=True)
    d.add_argument("--token", required=True, help="the engine's RASA_TOKEN (for /model/parse)")
    d.add_argument("--out", required=True)
    d.add_argument("--concurrency", type=int, default=4)
    c = sub.add_parser("diff")
    c.add_argument("before")
    c.add_argument("after")
    args = parser.parse_args()
    if args.command == "dump":
        asyncio.run(dump(args.url.rstrip("/"), args.token, Path(args.out), args.concurrency))
        return 0
    return diff(Path(args.before), Path(args.after))


if __name__ == "__main__":
    sys.exit(main())
