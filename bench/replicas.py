"""Engine replicas behind HAProxy: throughput of two engines against one, same load, same run.

``make bench-replicas`` runs it. Both engines keep conversations in one PostgreSQL database
(a fresh one) with Redis conversation locks, as in a deployment; HAProxy uses
deploy/haproxy/haproxy.cfg. The closed loop of ``make bench`` (20 people, 25 turns each, fresh
conversations) goes to HAProxy's engine front end with one engine behind it, then with two.
Writes docs/bench/replicas.md (and .json). On a machine with few cores the second engine
shares them with the first, HAProxy and the load generator: the report says how many there are.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench import (  # noqa: E402
    OUR_TEXTS,
    free_port,
    load,
    log,
    machine,
    our_model,
    our_server,
    summarise,
    warm_up,
)

HAPROXY = shutil.which("haproxy") or "/usr/sbin/haproxy"
CONFIG = ROOT / "deploy" / "haproxy" / "haproxy.cfg"
PG_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/test"


async def _admin(sql: str) -> None:
    import asyncpg

    connection = await asyncpg.connect(PG_ADMIN_URL)
    try:
        await connection.execute(sql)
    finally:
        await connection.close()


def haproxy(engines: list[str], bind: str, log_path: Path) -> subprocess.Popen[bytes]:
    """HAProxy with the deployment's configuration; one engine is given twice for "one replica"."""
    env = {
        **os.environ,
        "MIGRABOT_WEBHOOK_BIND": f"127.0.0.1:{free_port()}",
        "MIGRABOT_ENGINE_BIND": bind,
        "MIGRABOT_GATEWAY1": f"127.0.0.1:{free_port()}",
        "MIGRABOT_GATEWAY2": f"127.0.0.1:{free_port()}",
        "MIGRABOT_ENGINE1": engines[0],
        "MIGRABOT_ENGINE2": engines[-1],
    }
    with log_path.open("ab") as out:
        process = subprocess.Popen([HAPROXY, "-db", "-f", str(CONFIG)], env=env, stdout=out, stderr=out)
    deadline = time.monotonic() + 20
    import urllib.request

    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://{bind}/webhooks/migrabot/health", timeout=2) as response:  # loopback
                if response.status == 200:
                    time.sleep(2.5)  # two health checks: every server of the backend is up
                    return process
        except OSError:
            time.sleep(0.3)
    process.terminate()
    raise SystemExit(f"HAProxy not ready; see {log_path}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--turns", type=int, default=25)
    parser.add_argument("--model", help="our model (default: the production model from `migrabot train`)")
    parser.add_argument("--out", default=str(ROOT / "docs" / "bench"))
    args = parser.parse_args()
    started = time.monotonic()
    model = Path(args.model) if args.model else our_model()[0]
    database = f"bench_replicas_{uuid.uuid4().hex[:8]}"
    asyncio.run(_admin(f'CREATE DATABASE "{database}"'))
    token = uuid.uuid4().hex
    stores = {"ENGINE_DATABASE_URL": f"postgresql://postgres@127.0.0.1:5432/{database}", "ENGINE_REDIS_URL": "redis://127.0.0.1:6379/6"}
    servers = []
    results: dict[str, Any] = {"machine": machine(), "model": model.name, "users": args.users, "turns": args.turns}
    logs = ROOT / "var" / "bench" / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    try:
        for _ in range(2):
            server = our_server(model, token)
            server.env.update(stores)
            server.start()
            servers.append(server)
        warm_up(servers[0], OUR_TEXTS, "r0")
        warm_up(servers[1], OUR_TEXTS, "r1")
        direct = load(servers[0].url, [f"direct-{i}-{token[:6]}" for i in range(args.users)], args.turns, args.users, OUR_TEXTS)
        results["one engine, direct"] = summarise(direct)
        log(f"  one engine, direct: {results['one engine, direct']['turns_per_s']} turns/s")
        for label, engines in (("one engine behind HAProxy", [servers[0]]), ("two engines behind HAProxy", servers)):
            bind = f"127.0.0.1:{free_port()}"
            proxy = haproxy([f"127.0.0.1:{s.port}" for s in engines], bind, logs / "haproxy-replicas.log")
            try:
                cpu = [s.cpu() for s in servers]
                result = load(f"http://{bind}", [f"{label[:3]}-{i}-{token[:6]}" for i in range(args.users)], args.turns, args.users, OUR_TEXTS)
                summary = summarise(result)
                summary["engine_cpu_ms"] = [round((s.cpu() - c) * 1000) for s, c in zip(servers, cpu, strict=True)]  # CPU ms spent by each
                results[label] = summary
                log(f"  {label}: {summary['turns_per_s']} turns/s, p95 {summary['p95_ms']} ms")
            finally:
                proxy.terminate()
                proxy.wait(timeout=10)
    finally:
        for server in servers:
            server.stop()
        asyncio.run(_admin(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
    one, two = results["one engine behind HAProxy"], results["two engines behind HAProxy"]
    results["ratio"] = round(two["turns_per_s"] / one["turns_per_s"], 2) if one["turns_per_s"] else None
    results["seconds"] = round(time.monotonic() - started)
    m = results["machine"]
    lines = [
        "# Engine replicas behind HAProxy",
        "",
        f"`make bench-replicas` on {time.strftime('%Y-%m-%d %H:%M')} UTC: {m.get('cpu')}, {m.get('cores')} cores; "
        f"model `{model.name}`; conversations in PostgreSQL with Redis locks; HAProxy with `deploy/haproxy/haproxy.cfg`. "
        f"Closed loop: {args.users} people at once, {args.turns} turns each, fresh conversations (`bench/loadgen.py`).",
        "",
        "| | turns/s | p50 | p95 | p99 | failed | empty replies | engine CPU (ms, engine 1 / engine 2) |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for label in ("one engine, direct", "one engine behind HAProxy", "two engines behind HAProxy"):
        r = results[label]
        cpu = " / ".join(str(x) for x in r.get("engine_cpu_ms", [])) or "–"
        lines.append(f"| {label} | {r['turns_per_s']} | {r['p50_ms']} ms | {r['p95_ms']} ms | {r['p99_ms']} ms | {r['errors']} | {r['empty_replies']} | {cpu} |")
    lines += [
        "",
        f"Two engines against one, both behind HAProxy: **{results['ratio']}x** the turns per second. "
        f"With {m.get('cores')} cores, the two engines, HAProxy, PostgreSQL and the load generator share them, "
        "so this is a floor: on machines of their own each engine adds its own capacity.",
        "",
        f"Run time {results['seconds']} s.",
        "",
    ]
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "replicas.md").write_text("\n".join(lines), encoding="utf-8")
    (out / "replicas.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    print("\n".join(lines))
    # An empty reply is an engine that failed inside (Rasa's REST channel answers 200 and []).
    return 0 if not any(r["errors"] or r["empty_replies"] for r in (one, two)) else 1


if __name__ == "__main__":
    sys.exit(main())
