"""Soak: many people, the gateway and the engine killed at random, Bot API calls failing.

``make soak`` runs it: real engine (fast model), real gateway processes, PostgreSQL when one
runs on 127.0.0.1:5432 (else SQLite), a fake Bot API on loopback that fails a share of calls
(500 and 429 with retry_after). A tagging proxy in front of the engine appends the person's
message to each reply text, so every reply names the message it answers. Checked at the end:
every message answered (at least one tagged reply), none answered twice (no text sent twice to
one chat), replies in the order the person wrote, one handoff case per person who asked.
The figures go to docs/soak.md.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from channels.db.session import create_engine, create_session_factory  # noqa: E402
from channels.handoff.models import Case  # noqa: E402
from tests.channels.conftest import (  # noqa: E402
    MIGRABOT,
    PG_ADMIN_URL,
    EngineProcess,
    GatewayProcess,
    _postgres_reachable,
    gateway_env,
)
from tests.channels.engine_proxy import EngineProxy  # noqa: E402
from tests.channels.fake_telegram import Failure  # noqa: E402
from tests.channels.handoff_support import STAFF_CHAT_ID, STAFF_USER_ID, ForumTelegram  # noqa: E402

QUESTIONS = [
    "how do I get a work permit",
    "how can I get a residence card in Armenia",
    "как получить вид на жительство",
    "what documents do I need at the border",
]
HUMAN = "I want to talk to a person"
MARKER = re.compile(r"#m\d+-\d+#")  # cut by the proxy before the engine, appended to the replies
TAG = re.compile(r"#m(\d+)-(\d+)#\]")


class FlakyTelegram(ForumTelegram):
    """Fails a share of Bot API calls (getUpdates aside): 500, or 429 with retry_after 1."""

    def __init__(self, share: float, seed: int) -> None:
        super().__init__()
        self.share = share
        self.random = random.Random(seed)
        self.injected: Counter[int] = Counter()

    def _take_failure(self, method: str, chat_id: int | None) -> Failure | None:
        failure = super()._take_failure(method, chat_id)
        if failure is not None or method in ("getUpdates", "getMe", "sendChatAction"):
            return failure
        if self.random.random() < self.share:
            status = self.random.choice([500, 502, 429])
            self.injected[status] += 1
            retry = 1 if status == 429 else None
            text = "Too Many Requests: retry after 1" if status == 429 else "Internal Server Error"
            return Failure(method, status, chat_id, 1, retry, text)
        return None


def fast_model() -> str:
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="2")
    done = subprocess.run([str(MIGRABOT), "train", "--fast"], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return done.stdout.strip().splitlines()[-1]


async def database(workdir: Path) -> tuple[str, str]:
    """A fresh PostgreSQL database (or a SQLite file when none runs here) and its kind."""
    if not _postgres_reachable():
        return f"sqlite:///{workdir / 'soak.sqlite3'}", "SQLite"
    import asyncpg

    name = f"soak_{uuid.uuid4().hex[:10]}"
    connection = await asyncpg.connect(PG_ADMIN_URL)
    await connection.execute(f'CREATE DATABASE "{name}"')
    await connection.close()
    return f"postgresql://postgres@127.0.0.1:5432/{name}", "PostgreSQL"


async def count_cases(url: str) -> dict[int, int]:
    engine = create_engine(url)
    try:
        async with create_session_factory(engine)() as session:
            rows = (await session.execute(select(Case.chat_id, func.count()).group_by(Case.chat_id))).all()
            return {int(chat): int(n) for chat, n in rows}
    finally:
        await engine.dispose()


async def soak(args: argparse.Namespace) -> int:
    started = time.monotonic()
    rng = random.Random(args.seed)
    workdir = ROOT / "var" / "soak"
    workdir.mkdir(parents=True, exist_ok=True)
    model = fast_model()
    url, kind = await database(workdir)
    telegram = FlakyTelegram(args.fail_share, args.seed)
    await telegram.start()
    engine = EngineProcess(model, workdir)
    await asyncio.to_thread(engine.start)
    proxy = EngineProxy(engine.url, marker=MARKER)
    await proxy.start()
    env = gateway_env(
        telegram, proxy.url, url,
        STAFF_CHAT_ID=str(STAFF_CHAT_ID), STAFF_USER_IDS=str(STAFF_USER_ID), OFFICE_HOURS="Mon-Sun 00:00-23:59",
        STAFF_LANGUAGE="en", STAFF_MESSAGES_PER_MINUTE="6000", STAFF_BURST="100", LOG_LEVEL="WARNING",
        ENGINE_TIMEOUT="20",
    )
    log = workdir / "gateway.log"
    log.write_text("")
    gateway = GatewayProcess(env, log)
    await gateway.start(timeout=60)

    people = [500_000 + i for i in range(args.people)]
    asking_for_staff = set(people[: args.handoffs])
    sent: dict[tuple[int, int], str] = {}
    kills = Counter()
    engine_down = 0.0

    async def send_all() -> None:
        order = [(person, n) for n in range(args.messages) for person in people]
        pause = 1.0 / args.rate
        for person, n in order:
            text = f"{QUESTIONS[(person + n) % len(QUESTIONS)]} #m{person}-{n}#"
            sent[(person, n)] = text
            telegram.send_text(person, text)
            await asyncio.sleep(pause)
        await asyncio.sleep(5)
        for person in asking_for_staff:
            telegram.send_text(person, HUMAN)

    async def chaos(window: float) -> None:
        nonlocal gateway, engine_down
        plan = ["gateway", "engine"] * args.kills
        rng.shuffle(plan)
        gap = window / (len(plan) + 1)
        for target in plan:
            await asyncio.sleep(gap * rng.uniform(0.6, 1.4))
            if target == "gateway":
                await gateway.stop(signal.SIGKILL)
                gateway = GatewayProcess(env, log)
                await gateway.start(timeout=60)
            else:
                assert engine.proc is not None
                os.killpg(engine.proc.pid, signal.SIGKILL)
                engine.proc.wait()
                down = time.monotonic()
                await asyncio.to_thread(engine.start)
                engine_down += time.monotonic() - down
            kills[target] += 1
            print(f"[{time.monotonic() - started:6.0f} s] killed the {target} (kill -9) and started it again", flush=True)

    total = args.people * args.messages
    send_window = total / args.rate
    sender = asyncio.create_task(send_all())
    await chaos(send_window * 0.85)
    await sender

    def tagged() -> dict[tuple[int, int], list[str]]:
        found: dict[tuple[int, int], list[str]] = defaultdict(list)
        for call in telegram.calls_for("sendMessage"):
            for match in TAG.finditer(str(call.params.get("text", "")) + " "):
                found[(int(match.group(1)), int(match.group(2)))].append(str(call.params["text"]))
        return found

    deadline = started + args.budget
    while time.monotonic() < deadline:
        answered = tagged()
        cases = await count_cases(url)
        if len(answered) >= total and all(cases.get(p) for p in asking_for_staff):
            break
        await asyncio.sleep(2)
    await asyncio.sleep(3)  # anything sent twice late would show now
    answered = tagged()
    cases = await count_cases(url)
    await gateway.stop()
    engine.stop()
    await proxy.stop()
    await telegram.stop()

    lost = [key for key in sent if key not in answered]
    by_chat: dict[int, Counter[str]] = defaultdict(Counter)
    order_broken = 0
    for person in people:
        last = -1
        for call in telegram.calls_for("sendMessage", person):
            text = str(call.params.get("text", ""))
            by_chat[person][text] += 1
            for match in TAG.finditer(text + " "):
                n = int(match.group(2))
                if n < last:
                    order_broken += 1
                last = max(last, n)
    twice = sum(c - 1 for counts in by_chat.values() for text, c in counts.items() if c > 1 and TAG.search(text + " "))
    wrong_cases = {p: cases.get(p, 0) for p in asking_for_staff if cases.get(p, 0) != 1}
    extra_cases = {p: n for p, n in cases.items() if p not in asking_for_staff}
    elapsed = time.monotonic() - started
    cores = os.cpu_count()
    ok = not lost and not twice and not order_broken and not wrong_cases and not extra_cases
    lines = [
        "# Soak run",
        "",
        f"`make soak` on {time.strftime('%Y-%m-%d')}, this project's machine ({cores} cores), gateway database: {kind}.",
        "",
        "| | |",
        "|---|---|",
        f"| people / messages | {args.people} / {total} (+ {len(asking_for_staff)} asking for a person) |",
        f"| gateway killed (kill -9) and restarted | {kills['gateway']} times |",
        f"| engine killed (kill -9) and restarted | {kills['engine']} times ({engine_down:.0f} s without an engine) |",
        f"| Bot API calls failed on purpose | {sum(telegram.injected.values())} "
        f"({', '.join(f'{n} x {s}' for s, n in sorted(telegram.injected.items()))}; {args.fail_share:.0%} of calls) |",
        f"| messages answered | {total - len(lost)} of {total} |",
        f"| answers sent twice | {twice} |",
        f"| replies out of the person's order | {order_broken} |",
        f"| handoff cases: people who asked / with exactly one case / cases of others | "
        f"{len(asking_for_staff)} / {len(asking_for_staff) - len(wrong_cases)} / {len(extra_cases)} |",
        f"| wall time | {elapsed:.0f} s |",
        f"| result | {'PASS' if ok else 'FAIL'} |",
        "",
    ]
    if lost:
        lines.append(f"Lost (first 10): {[sent[k] for k in lost[:10]]}")
    report = "\n".join(lines) + "\n"
    print(report)
    if args.write:
        (ROOT / "docs" / "soak.md").write_text(report, encoding="utf-8")
    return 0 if ok else 1


def main() -> None:
    import logging

    # The proxy's "cannot connect" while the engine is down on purpose is expected, not news.
    logging.getLogger("aiohttp.server").setLevel(logging.CRITICAL)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--messages", type=int, default=50, help="messages per person")
    parser.add_argument("--handoffs", type=int, default=10, help="people who then ask for a person")
    parser.add_argument("--kills", type=int, default=5, help="kills of each process")
    parser.add_argument("--fail-share", type=float, default=0.05)
    parser.add_argument("--rate", type=float, default=30.0, help="messages a second, all people together")
    parser.add_argument("--budget", type=float, default=840.0, help="seconds before giving up")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--write", action="store_true", help="write docs/soak.md")
    raise SystemExit(asyncio.run(soak(parser.parse_args())))


if __name__ == "__main__":
    main()
