"""Benchmark: our engine against Rasa's stock starter bot, long conversations, memory, whole stack.

``make bench`` runs it (``BENCH_ARGS=--quick`` for a smoke run). Everything runs on 127.0.0.1
and nothing is downloaded: the stock bot is made with the engine venv's own ``rasa init``.
Each server is measured alone (the other is stopped), warmed up first, and loaded by
``bench/loadgen.py`` in a process of its own. See bench/README.md for what each part measures.

A full run writes docs/bench/report.md and docs/bench/report.json; a run with ``--quick`` or
``--only`` writes to var/bench/ instead (``--out`` to choose), so a smoke run never replaces
the full report.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

VAR = ROOT / "var" / "bench"
LOGS = VAR / "logs"
DOCS = ROOT / "docs" / "bench"
ENGINE_VENV = ROOT / ".venv-engine" / "bin"
ENGINE_PY = ENGINE_VENV / "python"
RASA = ENGINE_VENV / "rasa"
MIGRABOT = ENGINE_VENV / "migrabot"
LOADGEN = ROOT / "bench" / "loadgen.py"
PARTS = ("engine", "curve", "memory", "stack")

# Our engine: realistic questions in the three languages, and small talk.
OUR_MESSAGES = [
    ("how do I get a work permit", "en"),
    ("как получить вид на жительство", "ru"),
    ("Ինչպես ստանալ կացության քարտ", "hy"),
    ("hello", "en"),
    ("do I need a visa if I am from China", "en"),
    ("thanks", "en"),
    ("what documents do I need to register my address", "en"),
    ("нужна ли виза гражданам Индии", "ru"),
    ("ինչ փաստաթղթեր են պետք աշխատանքի թույլտվության համար", "hy"),
    ("how long can I stay in Armenia without a visa", "en"),
    ("привет", "ru"),
    ("как открыть счёт в банке иностранцу", "ru"),
    ("Բարև", "hy"),
    ("can my wife work here on my residence card", "en"),
    ("спасибо", "ru"),
    ("where do I apply for a temporary residence permit", "en"),
]
OUR_TEXTS = [text for text, _ in OUR_MESSAGES]
# Rasa's starter bot ("moodbot"): messages of its own domain.
STOCK_MESSAGES = [
    "hello",
    "I am sad",
    "yes",
    "bye",
    "are you a bot?",
    "good morning",
    "I am great",
    "no",
    "very sad",
    "goodbye",
]

GOAL_SPEEDUP = 4.0  # ours >= 4x stock turns/s
GOAL_P95_MS = 150.0  # ours p95 <= 150 ms
GOAL_FLAT = 1.2  # long conversation: last band / first band <= 1.2
GOAL_STACK_P95_MS = 300.0  # whole stack (fake Bot API -> gateway -> engine) p95 <= 300 ms
NOISE = 0.10  # "no slower" and "flat" allow 10 % for the noise of a shared 2-core machine


# -- small helpers -------------------------------------------------------------------------
def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def quiet_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="2", PYTHONUNBUFFERED="1")
    env.update(extra)
    return env


def percentile(values: list[float], q: float) -> float:
    """Linear-interpolated percentile (q in 0..100) of a non-empty list."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    if len(ordered) == 1:
        return ordered[0]
    rank = (len(ordered) - 1) * q / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def summary(latencies: list[float], wall: float, errors: int = 0, empty: int = 0) -> dict[str, Any]:
    """turns/s and latency percentiles in milliseconds."""
    n = len(latencies)
    ms = [x * 1000 for x in latencies]
    return {
        "turns": n,
        "wall_s": round(wall, 3),
        "turns_per_s": round(n / wall, 2) if wall > 0 else 0.0,
        "p50_ms": round(percentile(ms, 50), 1) if ms else None,
        "p95_ms": round(percentile(ms, 95), 1) if ms else None,
        "p99_ms": round(percentile(ms, 99), 1) if ms else None,
        "max_ms": round(max(ms), 1) if ms else None,
        "errors": errors,
        "empty_replies": empty,
    }


def proc_status(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM (peak) of a process in KiB."""
    found: dict[str, int] = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                found[key] = int(value.split()[0])
    except OSError:
        pass
    return found


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far (from /proc/<pid>/stat)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def children_of(pid: int) -> list[int]:
    """Direct children of a process (Rasa should run in-process: expected empty)."""
    kids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            kids.append(int(entry.name))
    return kids


def machine() -> dict[str, Any]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram_kib = 0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram_kib = int(line.split()[1])
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "ram_gib": round(ram_kib / 1024 / 1024, 1),
        "kernel": platform.release(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }


def rasa_version() -> str:
    done = subprocess.run([str(ENGINE_PY), "-c", "import rasa; print(rasa.__version__)"],
                          capture_output=True, text=True, check=True, env=quiet_env())
    return done.stdout.strip().splitlines()[-1]


def engine_python_version() -> str:
    done = subprocess.run([str(ENGINE_PY), "-c", "import platform; print(platform.python_version())"],
                          capture_output=True, text=True, check=True)
    return done.stdout.strip()


# -- models --------------------------------------------------------------------------------
def our_model() -> tuple[Path, float, bool]:
    """The production model (`migrabot train` reuses a cached one when the data did not change).

    Returns its path, the seconds it took and whether it was trained now (the command says
    "trained in N s" on stderr only then).
    """
    started = time.monotonic()
    done = subprocess.run([str(MIGRABOT), "train"], cwd=ROOT, env=quiet_env(MIGRABOT_HOME=str(ROOT)),
                          capture_output=True, text=True)
    (LOGS / "train-ours.log").write_text(done.stderr + "\n--- stdout ---\n" + done.stdout, encoding="utf-8")
    if done.returncode != 0:
        raise SystemExit(f"migrabot train failed ({done.returncode}); see {LOGS / 'train-ours.log'}")
    lines = [line.strip() for line in done.stdout.splitlines() if line.strip()]
    trained = bool(re.search(r"^trained in ", done.stderr, re.MULTILINE))
    return Path(lines[-1]), time.monotonic() - started, trained


def stock_model(version: str) -> tuple[Path, Path, float | None]:
    """Rasa's starter bot (`rasa init`), trained once per Rasa version and kept in var/bench/."""
    home = VAR / f"stock-rasa-{version}"
    project = home / "bot"
    marker = home / "model.txt"
    if marker.exists():
        model = project / marker.read_text().strip()
        if model.is_file():
            return project, model, None
    shutil.rmtree(home, ignore_errors=True)
    project.mkdir(parents=True)
    started = time.monotonic()
    init_log = LOGS / "stock-init.log"
    log(f"making Rasa {version}'s starter bot with `rasa init` (trains it; logs in {init_log})")
    with init_log.open("ab") as out:
        subprocess.run([str(RASA), "init", "--no-prompt", "--init-dir", str(project)], cwd=project,
                       env=quiet_env(), stdout=out, stderr=subprocess.STDOUT, check=True)
        models = sorted((project / "models").glob("*.tar.gz"))
        if not models:  # an init that did not train: train it here
            subprocess.run([str(RASA), "train"], cwd=project, env=quiet_env(), stdout=out,
                           stderr=subprocess.STDOUT, check=True)
            models = sorted((project / "models").glob("*.tar.gz"))
    if not models:
        raise SystemExit(f"rasa init made no model; see {init_log}")
    marker.write_text(str(models[-1].relative_to(project)))
    return project, models[-1], time.monotonic() - started


# -- servers -------------------------------------------------------------------------------
def listening_inodes(port: int) -> set[int]:
    """Socket inodes listening on a TCP port (any address), from /proc/net/tcp and tcp6."""
    found: set[int] = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            rows = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            fields = row.split()
            if len(fields) > 9 and fields[3] == "0A" and int(fields[1].rsplit(":", 1)[1], 16) == port:
                found.add(int(fields[9]))
    return found


def socket_inodes(pids: list[int]) -> set[int]:
    """Inodes of the sockets these processes hold open."""
    found: set[int] = set()
    for pid in pids:
        try:
            fds = list(Path(f"/proc/{pid}/fd").iterdir())
        except OSError:
            continue
        for fd in fds:
            try:
                target = os.readlink(fd)
            except OSError:
                continue
            if target.startswith("socket:["):
                found.add(int(target[8:-1]))
    return found


@dataclass
class Server:
    """A Rasa server process (ours or stock) on a free port of 127.0.0.1.

    Rasa loads its model before it binds its port, so on a busy machine another process can
    take the port picked for it meanwhile (it happened: another program answered `GET /` in its
    place). Ready therefore means: a socket of *this* process listens on the port and `GET /`
    answers. When another process holds the port, the server is started again on a new one.
    """

    name: str
    make_argv: Callable[[int], list[str]]
    cwd: Path
    env: dict[str, str]
    port: int = 0
    proc: subprocess.Popen[bytes] | None = None
    ready_s: float | None = None
    port_retries: int = 0
    samples: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 300.0, attempts: int = 4) -> None:
        for attempt in range(attempts):
            if self._start_once(timeout):
                self.port_retries = attempt
                return
            log(f"  {self.name}: port {self.port} was taken by another process while the model loaded; again on a new port")
        raise SystemExit(f"{self.name}: no free port held after {attempts} starts")

    def _start_once(self, timeout: float) -> bool:
        self.port = free_port()
        log_path = LOGS / f"{self.name}-{self.port}.log"
        with log_path.open("ab") as out:
            started = time.monotonic()
            self.proc = subprocess.Popen(self.make_argv(self.port), cwd=self.cwd, env=self.env, stdout=out,
                                         stderr=subprocess.STDOUT, start_new_session=True)
        deadline = started + timeout
        while time.monotonic() < deadline:
            listeners = listening_inodes(self.port)
            mine = listeners & socket_inodes([self.proc.pid, *children_of(self.proc.pid)])
            if self.proc.poll() is not None:
                if listeners:  # it could not bind: someone else has the port
                    return False
                raise SystemExit(f"{self.name} exited with {self.proc.returncode}; see {log_path}")
            if listeners and not mine:
                # Not ours: wait a little in case our bind is just happening, then start again.
                time.sleep(0.5)
                if not (listening_inodes(self.port) & socket_inodes([self.proc.pid])):
                    self.stop()
                    return False
                continue
            if mine:
                try:
                    with urllib.request.urlopen(f"{self.url}/", timeout=2) as response:  # loopback
                        if response.status == 200:
                            self.ready_s = time.monotonic() - started
                            self.sample("after start")
                            return True
                except OSError:
                    pass
            time.sleep(0.05)
        self.stop()
        raise SystemExit(f"{self.name} not ready in {timeout} s; see {log_path}")

    def owns_port(self) -> bool:
        """Whether every listener on the port is this process's (checked again after each part)."""
        assert self.proc is not None
        listeners = listening_inodes(self.port)
        return bool(listeners) and listeners <= socket_inodes([self.proc.pid, *children_of(self.proc.pid)])

    def sample(self, label: str) -> dict[str, Any]:
        assert self.proc is not None
        status = proc_status(self.proc.pid)
        found = {"rss_mib": round(status.get("VmRSS", 0) / 1024, 1), "peak_rss_mib": round(status.get("VmHWM", 0) / 1024, 1),
                 "children": len(children_of(self.proc.pid))}
        self.samples[label] = found
        return found

    def cpu(self) -> float:
        assert self.proc is not None
        return cpu_seconds(self.proc.pid)

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()


def our_server(model: Path, token: str) -> Server:
    def argv(port: int) -> list[str]:
        return [str(MIGRABOT), "serve", "--model", str(model), "--port", str(port), "--host", "127.0.0.1"]

    return Server("ours", argv, ROOT, quiet_env(MIGRABOT_HOME=str(ROOT), RASA_TOKEN=token))


def stock_server(project: Path, model: Path) -> Server:
    def argv(port: int) -> list[str]:
        return [str(RASA), "run", "--model", str(model), "--port", str(port), "--interface", "127.0.0.1"]

    return Server("stock", argv, project, quiet_env())


# -- load ----------------------------------------------------------------------------------
def load(url: str, senders: list[str], turns: int, concurrency: int, messages: list[str], first_turn: int = 0) -> dict[str, Any]:
    """Run bench/loadgen.py (a process of its own) and return its raw result."""
    job = {"url": url, "senders": senders, "turns": turns, "first_turn": first_turn, "concurrency": concurrency,
           "messages": messages, "timeout": 60}
    done = subprocess.run([str(ENGINE_PY), str(LOADGEN)], input=json.dumps(job), capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"load generator failed:\n{done.stderr[-3000:]}")
    result = json.loads(done.stdout)
    if result["errors"]:
        log(f"  {result['errors']} failed requests, e.g. {result['error_samples'][:2]}")
    return result


def summarise(result: dict[str, Any]) -> dict[str, Any]:
    return summary(result["latencies"], result["wall"], result["errors"], result["empty"])


def warm_up(server: Server, messages: list[str], tag: str) -> None:
    """A few conversations before measuring: first requests pay for lazy loading."""
    load(server.url, [f"warm-{tag}-{i}" for i in range(4)], 5, 4, messages)


def engine_rounds(server: Server, messages: list[str], args: argparse.Namespace, run_id: str) -> dict[str, Any]:
    senders = [f"bench-{run_id}-{server.name}-{i}" for i in range(args.users)]
    cpu = server.cpu()
    first = load(server.url, senders, args.turns, args.users, messages)
    s1 = summarise(first)
    s1["server_cpu_ms_per_turn"] = round((server.cpu() - cpu) * 1000 / max(1, s1["turns"]), 1)
    cpu = server.cpu()
    log(f"  {server.name} round 1: {s1['turns_per_s']} turns/s, p50 {s1['p50_ms']} ms, p95 {s1['p95_ms']} ms, p99 {s1['p99_ms']} ms")
    second = load(server.url, senders, args.turns, args.users, messages, first_turn=args.turns)
    s2 = summarise(second)
    s2["server_cpu_ms_per_turn"] = round((server.cpu() - cpu) * 1000 / max(1, s2["turns"]), 1)
    log(f"  {server.name} round 2: {s2['turns_per_s']} turns/s, p50 {s2['p50_ms']} ms, p95 {s2['p95_ms']} ms, p99 {s2['p99_ms']} ms")
    return {
        "round1": s1,
        "round2": s2,
        "raw_ms": {"round1": [round(x * 1000, 2) for x in first["latencies"]],
                   "round2": [round(x * 1000, 2) for x in second["latencies"]]},
    }


def curve(server: Server, messages: list[str], args: argparse.Namespace, run_id: str) -> dict[str, Any]:
    """One conversation of args.curve_turns turns, one request at a time; medians of three bands."""
    result = load(server.url, [f"curve-{run_id}-{server.name}"], args.curve_turns, 1, messages)
    by_turn = sorted((turn, latency * 1000) for _, turn, latency in result["by_turn"])
    band = max(1, args.curve_turns // 6)
    bands = {}
    for label, start in (("first", 0), ("middle", 2 * band), ("last", 5 * band)):
        values = [ms for turn, ms in by_turn if start <= turn < start + band]
        bands[label] = {"turns": f"{start + 1}-{start + band}", "median_ms": round(statistics.median(values), 1) if values else None}
    ratio = bands["last"]["median_ms"] / bands["first"]["median_ms"] if bands["first"]["median_ms"] else None
    shown = " / ".join(f"{b['turns']}: {b['median_ms']} ms" for b in bands.values())
    log(f"  {server.name} curve: {shown}, ratio {ratio or 0:.2f}")
    return {"turns": args.curve_turns, "bands": bands, "ratio_last_first": round(ratio, 3) if ratio else None,
            "errors": result["errors"], "raw_ms": [round(ms, 2) for _, ms in by_turn]}


def memory_steps(server: Server, messages: list[str], args: argparse.Namespace, run_id: str) -> dict[str, Any]:
    """RSS after start, after warm-up, after N people x 3 turns, after 3 more turns each."""
    people = [f"mem-{run_id}-{i}" for i in range(args.memory_people)]
    steps: dict[str, Any] = {}
    for label, first_turn in ((f"{args.memory_people} people x 3 turns", 0), ("3 more turns each", 3)):
        result = load(server.url, people, 3, args.memory_concurrency, messages, first_turn=first_turn)
        time.sleep(1)
        sample = server.sample(label)
        steps[label] = {**summarise(result), **sample}
        log(f"  {label}: RSS {sample['rss_mib']} MiB ({steps[label]['turns_per_s']} turns/s, {result['errors']} errors)")
    return steps


# -- whole stack ---------------------------------------------------------------------------
async def stack(args: argparse.Namespace, model: Path, run_id: str) -> dict[str, Any]:
    """Fake Bot API -> gateway process -> engine: time from offering an update to its last reply."""
    from aiohttp import web

    from tests.channels.conftest import RASA_TOKEN, GatewayProcess, _postgres_reachable, gateway_env
    from tests.channels.engine_proxy import EngineProxy
    from tests.channels.fake_telegram import FakeTelegram

    marker = re.compile(r"#b\d+-\d+#")
    tag_re = re.compile(r"\[(#b\d+-\d+#)\]")
    expected: dict[str, int] = {}
    seen: Counter[str] = Counter()
    done: dict[str, float] = {}
    waiters: dict[str, asyncio.Future[float]] = {}
    # When each message reached each stage: handed to the gateway by getUpdates, sent on to the
    # engine, answered by the engine (the proxy sees both).
    delivered: dict[str, float] = {}
    engine_in: dict[str, float] = {}
    engine_out: dict[str, float] = {}

    def check(tag: str, now: float) -> None:
        if tag in done or tag not in expected or seen[tag] < expected[tag]:
            return
        done[tag] = now
        waiter = waiters.get(tag)
        if waiter is not None and not waiter.done():
            waiter.set_result(now)

    class PromptTelegram(FakeTelegram):
        """The fake Bot API, answering a long poll as soon as an update is queued (no 50 ms naps)."""

        def __init__(self) -> None:
            super().__init__()
            self.arrived = asyncio.Event()

        def enqueue(self, update: dict[str, Any]) -> int:
            update_id = super().enqueue(update)
            self.arrived.set()
            return update_id

        async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
            offset = params.get("offset")
            if offset is not None:
                self.pending = [(u, d) for u, d in self.pending if not (d and u["update_id"] < int(offset))]
            deadline = time.monotonic() + float(params.get("timeout") or 0)
            while not self.pending:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return []
                self.arrived.clear()
                try:
                    await asyncio.wait_for(self.arrived.wait(), remaining)
                except TimeoutError:
                    return []
            fresh = [u for u, _ in self.pending][: int(params.get("limit") or 100)]
            now = time.monotonic()
            for update in fresh:
                found = marker.search(str((update.get("message") or {}).get("text", "")))
                if found:
                    delivered.setdefault(found.group(0), now)
            ids = {id(u) for u in fresh}
            self.pending = [(u, d or id(u) in ids) for u, d in self.pending]
            return fresh

        def _result(self, method: str, params: dict[str, Any]) -> Any:
            result = super()._result(method, params)
            if method == "sendMessage":
                now = time.monotonic()
                for match in tag_re.finditer(str(params.get("text", ""))):
                    seen[match.group(1)] += 1
                    check(match.group(1), now)
            return result

    class CountingProxy(EngineProxy):
        """The soak's tagging proxy, also noting how many tagged texts each reply carries."""

        async def _forward(self, request: web.Request) -> web.StreamResponse:
            found = None
            if request.path == "/webhooks/rest/webhook":
                found = marker.search(str(json.loads(await request.read()).get("message", "")))
                if found:
                    engine_in.setdefault(found.group(0), time.monotonic())
            response = await super()._forward(request)
            if found and response.status == 200:
                tag = found.group(0)
                engine_out.setdefault(tag, time.monotonic())
                items = json.loads(response.body)  # type: ignore[union-attr, arg-type]
                expected[tag] = sum(1 for item in items if tag in str(item.get("text") or ""))
                check(tag, time.monotonic())
            return response

    class ProfiledGateway(GatewayProcess):
        """The gateway under cProfile (``--profile-gateway``): its stats are written when it stops."""

        stats: Path

        async def start(self, timeout: float = 30.0) -> None:
            exec_ = asyncio.create_subprocess_exec

            async def profiled(program: str, *argv: str, **kwargs: Any) -> asyncio.subprocess.Process:
                return await exec_(program, "-m", "cProfile", "-o", str(self.stats), *argv, **kwargs)

            asyncio.create_subprocess_exec = profiled  # type: ignore[assignment]
            try:
                await super().start(timeout)
            finally:
                asyncio.create_subprocess_exec = exec_  # type: ignore[assignment]

    workdir = VAR / "stack"
    workdir.mkdir(parents=True, exist_ok=True)
    use_pg = args.stack_db == "postgresql" or (args.stack_db == "auto" and _postgres_reachable())
    pg_name = None
    if use_pg:
        import asyncpg

        from tests.channels.conftest import PG_ADMIN_URL

        pg_name = f"bench_{uuid.uuid4().hex[:10]}"
        connection = await asyncpg.connect(PG_ADMIN_URL)
        await connection.execute(f'CREATE DATABASE "{pg_name}"')
        await connection.close()
        db_url, db_kind = f"postgresql://postgres@127.0.0.1:5432/{pg_name}", "PostgreSQL (a fresh database on 127.0.0.1:5432)"
    else:
        db_file = workdir / f"gateway-{run_id}.sqlite3"
        db_url, db_kind = f"sqlite:///{db_file}", f"SQLite ({db_file.relative_to(ROOT)})"

    engine = our_server(model, RASA_TOKEN)
    await asyncio.to_thread(engine.start)
    warm_up(engine, OUR_TEXTS, f"{run_id}-stack")
    telegram = PromptTelegram()
    await telegram.start()
    proxy = CountingProxy(engine.url, marker=marker)
    await proxy.start()
    env = gateway_env(telegram, proxy.url, db_url, LOG_LEVEL="WARNING", ENGINE_TIMEOUT="20")
    gateway_log = LOGS / f"gateway-{run_id}.log"
    gateway = (ProfiledGateway if args.profile_gateway else GatewayProcess)(env, gateway_log)
    if args.profile_gateway:
        gateway.stats = Path(args.profile_gateway).resolve()  # type: ignore[attr-defined]
    latencies: list[float] = []
    timeouts = 0
    try:
        await gateway.start(timeout=90)

        offered_at: dict[str, float] = {}
        measured: list[str] = []

        async def person(chat_id: int, index: int, turns: int, record: bool) -> None:
            nonlocal timeouts
            # A Telegram client sends its app's language with every message, whatever language
            # the person writes in: one per person (it was the message's, which made the gateway
            # store a changed client language on most turns).
            client_language = OUR_MESSAGES[index % len(OUR_MESSAGES)][1]
            for n in range(turns):
                text, _language = OUR_MESSAGES[(index + n) % len(OUR_MESSAGES)]
                tag = f"#b{chat_id}-{n}#"
                waiter: asyncio.Future[float] = asyncio.get_running_loop().create_future()
                waiters[tag] = waiter
                offered = time.monotonic()
                offered_at[tag] = offered
                telegram.send_text(chat_id, f"{text} {tag}", language_code=client_language)
                try:
                    finished = await asyncio.wait_for(waiter, 60)
                except TimeoutError:
                    timeouts += 1
                    continue
                if record:
                    latencies.append(finished - offered)
                    measured.append(tag)

        base = 7_000_000 + (int(run_id, 16) % 1000) * 1000
        await asyncio.gather(*(person(base + 900 + i, i, 3, False) for i in range(3)))  # warm-up
        assert gateway.proc is not None and engine.proc is not None
        pids = {"gateway": gateway.proc.pid, "engine": engine.proc.pid}
        cpu_before = {name: cpu_seconds(pid) for name, pid in pids.items()}
        own = os.times()
        started = time.monotonic()
        await asyncio.gather(*(person(base + i, i, args.turns, True) for i in range(args.users)))
        wall = time.monotonic() - started
        own_after = os.times()
        cpu_used = {name: cpu_seconds(pid) - cpu_before[name] for name, pid in pids.items()}
        cpu_used["bench (fake Bot API, proxy, people)"] = (own_after.user - own.user) + (own_after.system - own.system)
        if not engine.owns_port():
            raise SystemExit(f"stack: another process listens on the engine's port {engine.port}: the figures are not its own")
    finally:
        await gateway.stop()
        await proxy.stop()
        await telegram.stop()
        engine.stop()
        if pg_name:
            import asyncpg

            from tests.channels.conftest import PG_ADMIN_URL

            connection = await asyncpg.connect(PG_ADMIN_URL)
            await connection.execute(f'DROP DATABASE IF EXISTS "{pg_name}" WITH (FORCE)')
            await connection.close()
    figures = summary(latencies, wall, timeouts)
    counts = [expected[t] for t in expected if not t.startswith(tuple(f"#b{base + 900 + i}-" for i in range(3)))]
    figures["engine_texts_per_turn"] = round(sum(counts) / len(counts), 2) if counts else None
    figures["turns_with_no_engine_text"] = sum(1 for c in counts if c == 0)
    stages = {
        "offered -> handed to the gateway (getUpdates)": (offered_at, delivered),
        "handed to the gateway -> request to the engine": (delivered, engine_in),
        "engine (through the proxy)": (engine_in, engine_out),
        "engine reply -> last reply at the Bot API": (engine_out, done),
    }
    figures["stage_median_ms"] = {}
    for name, (start, end) in stages.items():
        spans = [(end[t] - start[t]) * 1000 for t in measured if t in start and t in end]
        figures["stage_median_ms"][name] = round(statistics.median(spans), 1) if spans else None
    figures["cpu_ms_per_turn"] = {name: round(used * 1000 / max(1, len(latencies)), 1) for name, used in cpu_used.items()}
    log(f"  stack: {figures['turns_per_s']} turns/s, p50 {figures['p50_ms']} ms, p95 {figures['p95_ms']} ms, p99 {figures['p99_ms']} ms, {timeouts} timeouts")
    return {**figures, "database": db_kind, "raw_ms": [round(x * 1000, 2) for x in latencies]}


# -- the report ----------------------------------------------------------------------------
def fmt(value: Any, unit: str = "", digits: int = 1) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:,.{digits}f}{unit}"
    return f"{value}{unit}"


def ratio(a: Any, b: Any) -> str:
    if not a or not b:
        return "–"
    return f"{a / b:.2f}x"


def verdict(ok: bool | None) -> str:
    return "–" if ok is None else ("**met**" if ok else "**not met**")


def report(results: dict[str, Any]) -> str:
    m = results["machine"]
    lines = [
        "# Benchmark: our engine against Rasa's stock starter bot",
        "",
        f"`make bench{(' BENCH_ARGS=' + chr(39) + results['args_line'] + chr(39)) if results['args_line'] else ''}` "
        f"on {results['date']}, {results['wall_s'] / 60:.1f} minutes in all.",
        "",
        f"- Machine: {m['cpu']}, {m['cores']} cores (`os.cpu_count()`), {m['ram_gib']} GiB RAM, Linux {m['kernel']}; "
        f"load average at the start {', '.join(str(x) for x in m['load_average_at_start'])}, at the end "
        f"{', '.join(str(x) for x in m.get('load_average_at_end', []))} (the machine is shared: "
        "other work runs, so absolute figures are noisy).",
        f"- Rasa {results['rasa']} (engine venv, Python {results['engine_python']}); both servers on 127.0.0.1, "
        "one at a time, warmed up with 20 requests; load from `bench/loadgen.py` in a process of its own.",
        f"- Our engine: `migrabot serve` with the production model `{results.get('our_model', '–')}` "
        f"({'trained by this run' if results.get('our_model_trained') else ('given with --model' if results.get('model_given') else 'reused by `migrabot train`')}), "
        f"conversations in {results['tracker_store']}. Stock: Rasa's `rasa init` starter bot (moodbot: DIET + TED), "
        f"`rasa run`, in-memory trackers ({'trained by this run' if isinstance(results.get('stock_trained_s'), float) else 'cached in var/bench/'}).",
        f"- Parts run: {', '.join(results['parts'])}{' (quick: smaller numbers, a smoke run)' if results['quick'] else ''}.",
        "",
    ]
    eng = results.get("engine")
    if eng:
        o, s = eng["ours"], eng["stock"]
        o1, o2, s1, s2 = o["round1"], o["round2"], s["round1"], s["round2"]
        speed = o1["turns_per_s"] / s1["turns_per_s"] if s1["turns_per_s"] else None
        speed2 = o2["turns_per_s"] / s2["turns_per_s"] if s2["turns_per_s"] else None
        same_tps = o2["turns_per_s"] >= o1["turns_per_s"] * (1 - NOISE)
        same_p95 = o2["p95_ms"] <= o1["p95_ms"] * (1 + NOISE)
        users, turns = results["config"]["users"], results["config"]["turns"]
        lines += [
            f"## 1. Engine alone: {users} people at once, {turns} turns each (closed loop, `POST /webhooks/rest/webhook`)",
            "",
            f"Round 1: fresh conversations. Round 2: the same {users} senders again (their conversations go from "
            f"{turns} to {2 * turns} turns). Latency: request sent to whole reply read.",
            "",
            "| figure | ours | stock Rasa | ours / stock | goal | met |",
            "|---|---:|---:|---:|---|---|",
            f"| round 1 turns/s | {fmt(o1['turns_per_s'])} | {fmt(s1['turns_per_s'])} | {ratio(o1['turns_per_s'], s1['turns_per_s'])} "
            f"| ours >= {GOAL_SPEEDUP:g}x stock | {verdict(speed is not None and speed >= GOAL_SPEEDUP)} |",
            f"| round 1 p50 | {fmt(o1['p50_ms'], ' ms')} | {fmt(s1['p50_ms'], ' ms')} | {ratio(o1['p50_ms'], s1['p50_ms'])} | – | – |",
            f"| round 1 p95 | {fmt(o1['p95_ms'], ' ms')} | {fmt(s1['p95_ms'], ' ms')} | {ratio(o1['p95_ms'], s1['p95_ms'])} "
            f"| ours <= {GOAL_P95_MS:g} ms | {verdict(o1['p95_ms'] <= GOAL_P95_MS)} |",
            f"| round 1 p99 | {fmt(o1['p99_ms'], ' ms')} | {fmt(s1['p99_ms'], ' ms')} | {ratio(o1['p99_ms'], s1['p99_ms'])} | – | – |",
            f"| round 2 turns/s | {fmt(o2['turns_per_s'])} | {fmt(s2['turns_per_s'])} | {ratio(o2['turns_per_s'], s2['turns_per_s'])} "
            f"| ours >= {GOAL_SPEEDUP:g}x stock; no slower than round 1 ({ratio(o2['turns_per_s'], o1['turns_per_s'])} of it) "
            f"| {verdict(speed2 is not None and speed2 >= GOAL_SPEEDUP and same_tps)} |",
            f"| round 2 p95 | {fmt(o2['p95_ms'], ' ms')} | {fmt(s2['p95_ms'], ' ms')} | {ratio(o2['p95_ms'], s2['p95_ms'])} "
            f"| ours <= {GOAL_P95_MS:g} ms; no slower than round 1 ({ratio(o2['p95_ms'], o1['p95_ms'])} of it) "
            f"| {verdict(o2['p95_ms'] <= GOAL_P95_MS and same_p95)} |",
            f"| round 2 p50 / p99 | {fmt(o2['p50_ms'], ' ms')} / {fmt(o2['p99_ms'], ' ms')} | {fmt(s2['p50_ms'], ' ms')} / {fmt(s2['p99_ms'], ' ms')} | – | – | – |",
            f"| server CPU per turn, round 1 / 2 | {fmt(o1.get('server_cpu_ms_per_turn'), ' ms')} / {fmt(o2.get('server_cpu_ms_per_turn'), ' ms')} "
            f"| {fmt(s1.get('server_cpu_ms_per_turn'), ' ms')} / {fmt(s2.get('server_cpu_ms_per_turn'), ' ms')} "
            f"| {ratio(o1.get('server_cpu_ms_per_turn'), s1.get('server_cpu_ms_per_turn'))} | – | – |",
            f"| failed requests (both rounds) | {o1['errors'] + o2['errors']} | {s1['errors'] + s2['errors']} | – | 0 | "
            f"{verdict(o1['errors'] + o2['errors'] == 0)} |",
            "",
            f"\"No slower\" allows {NOISE:.0%} for noise: round 2 turns/s >= {1 - NOISE:.2f} x round 1, "
            f"round 2 p95 <= {1 + NOISE:.2f} x round 1. In a closed loop the mean latency is about people / (turns/s) "
            f"(Little's law): a p95 of {GOAL_P95_MS:g} ms with {users} people at once needs well over "
            f"{users / (GOAL_P95_MS / 1000):.0f} turns/s. Server CPU per turn is the server process's user + system "
            "time over the round divided by its turns (from /proc/<pid>/stat).",
            "",
        ]
    cur = results.get("curve")
    if cur:
        o, s = cur["ours"], cur["stock"]
        ob, sb = o["bands"], s["bands"]
        lines += [
            f"## 2. One long conversation: {o['turns']} turns, one request at a time",
            "",
            "Median latency per band of turns.",
            "",
            "| figure | ours | stock Rasa | ours / stock | goal | met |",
            "|---|---:|---:|---:|---|---|",
        ]
        for key in ("first", "middle", "last"):
            lines.append(f"| turns {ob[key]['turns']} | {fmt(ob[key]['median_ms'], ' ms')} | {fmt(sb[key]['median_ms'], ' ms')} "
                         f"| {ratio(ob[key]['median_ms'], sb[key]['median_ms'])} | – | – |")
        lines += [
            f"| turns {ob['last']['turns']} / turns {ob['first']['turns']} | {fmt(o['ratio_last_first'], '', 2)} "
            f"| {fmt(s['ratio_last_first'], '', 2)} | – | ours <= {GOAL_FLAT:g} (flat) "
            f"| {verdict(o['ratio_last_first'] is not None and o['ratio_last_first'] <= GOAL_FLAT)} |",
            "",
        ]
    mem = results.get("memory")
    if mem:
        o, s = mem["ours"], mem["stock"]
        steps = list(o["steps"].items())
        (label1, step1), (label2, step2) = steps
        growth = step2["rss_mib"] / step1["rss_mib"] - 1 if step1["rss_mib"] else None
        lines += [
            f"## 3. Memory and start (our engine started afresh; {mem['people']} people, {mem['concurrency']} at a time)",
            "",
            "RSS is VmRSS of the server process from /proc (`migrabot serve` runs Rasa in-process; "
            f"child processes seen: ours {o['children']}, stock {s['children']}).",
            "",
            "| figure | ours | stock Rasa | ours / stock | goal | met |",
            "|---|---:|---:|---:|---|---|",
            f"| start until `GET /` answers | {fmt(o['ready_s'], ' s')} | {fmt(s['ready_s'], ' s')} | {ratio(o['ready_s'], s['ready_s'])} | – | – |",
            f"| RSS after start | {fmt(o['rss_start_mib'], ' MiB')} | {fmt(s['rss_start_mib'], ' MiB')} | {ratio(o['rss_start_mib'], s['rss_start_mib'])} | – | – |",
            f"| RSS after warm-up (20 requests) | {fmt(o['rss_warm_mib'], ' MiB')} | {fmt(s.get('rss_warm_mib'), ' MiB')} | {ratio(o['rss_warm_mib'], s.get('rss_warm_mib'))} | – | – |",
            f"| RSS after {label1} | {fmt(step1['rss_mib'], ' MiB')} ({fmt(step1['turns_per_s'])} turns/s) | – | – | – | – |",
            f"| RSS after {label2} | {fmt(step2['rss_mib'], ' MiB')} ({fmt(step2['turns_per_s'])} turns/s) | – | – "
            f"| flat after warm-up: growth <= {NOISE:.0%} | {verdict(growth is not None and growth <= NOISE)} ({growth:+.1%}) |",
            f"| peak RSS (VmHWM) | {fmt(step2['peak_rss_mib'], ' MiB')} | – | – | – | – |",
            f"| failed requests | {step1['errors'] + step2['errors']} | – | – | 0 | {verdict(step1['errors'] + step2['errors'] == 0)} |",
            "",
        ]
    st = results.get("stack")
    if st:
        eng_p50 = eng["ours"]["round1"]["p50_ms"] if eng else None
        lines += [
            f"## 4. Whole stack: fake Bot API -> gateway -> engine, {results['config']['users']} people, "
            f"{results['config']['turns']} turns each",
            "",
            "From the moment an update is offered to the fake Bot API's `getUpdates` to the moment the last reply for it "
            "reaches the fake's `sendMessage` (closed loop: a person writes again once answered). The gateway is the real "
            "process (`python -m channels`, long polling); the soak's tagging proxy sits between gateway and engine (one more "
            f"loopback hop) so that each reply names its message. Gateway database: {st['database']}.",
            "",
            "| figure | whole stack | engine alone (round 1) | goal | met |",
            "|---|---:|---:|---|---|",
            f"| turns/s | {fmt(st['turns_per_s'])} | {fmt(eng['ours']['round1']['turns_per_s']) if eng else '–'} | – (no goal set) | – |",
            f"| p50 | {fmt(st['p50_ms'], ' ms')} | {fmt(eng_p50, ' ms')} | – | – |",
            f"| p95 | {fmt(st['p95_ms'], ' ms')} | {fmt(eng['ours']['round1']['p95_ms'], ' ms') if eng else '–'} | <= {GOAL_STACK_P95_MS:g} ms | {verdict(st['p95_ms'] <= GOAL_STACK_P95_MS)} |",
            f"| p99 | {fmt(st['p99_ms'], ' ms')} | {fmt(eng['ours']['round1']['p99_ms'], ' ms') if eng else '–'} | – | – |",
            f"| turns without all replies in 60 s | {st['errors']} | – | 0 | {verdict(st['errors'] == 0)} |",
            f"| engine texts per turn (each one Bot API `sendMessage`) | {fmt(st.get('engine_texts_per_turn'), '', 2)} | – | – | – |",
            *[f"| median time: {name} | {fmt(ms, ' ms')} | – | – | – |" for name, ms in st.get("stage_median_ms", {}).items()],
            *[f"| CPU per turn: {name} | {fmt(ms, ' ms')} | – | – | – |" for name, ms in st.get("cpu_ms_per_turn", {}).items()],
            "",
            "CPU per turn: each process's user + system time during the measured turns, divided by the turns "
            "(with 2 cores, turns/s cannot exceed about 2,000 ms / the sum). Stock Rasa has no gateway: no ratio to it here.",
            "",
        ]
    timings = results.get("timings_s", {})
    lines += [
        "## Where the time went",
        "",
        "| step | seconds |",
        "|---|---:|",
        *[f"| {step} | {secs:.0f} |" for step, secs in timings.items()],
        f"| all | {results['wall_s']:.0f} |",
        "",
        "`migrabot train` trains only when the knowledge base or the training data changed (else it reuses the model); "
        "the stock bot is trained once per Rasa version and kept in `var/bench/`.",
        "",
        "Raw figures (every latency in ms) are in `report.json` beside this file. Servers' logs: `var/bench/logs/`.",
        "",
    ]
    return "\n".join(lines)


# -- main ----------------------------------------------------------------------------------
def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", choices=PARTS, help="run only this part (repeatable); default all")
    parser.add_argument("--quick", action="store_true", help="small numbers: a smoke run of the harness")
    parser.add_argument("--users", type=int, help="people at once in parts 1 and 4 (default 20; quick 5)")
    parser.add_argument("--turns", type=int, help="turns per person and round in parts 1 and 4 (default 25; quick 5)")
    parser.add_argument("--curve-turns", type=int, help="turns of the long conversation (default 300; quick 60)")
    parser.add_argument("--memory-people", type=int, help="people of the memory part (default 2000; quick 100)")
    parser.add_argument("--memory-concurrency", type=int, default=10, help="conversations at a time in the memory part (default 10)")
    parser.add_argument("--stack-db", choices=("auto", "sqlite", "postgresql"), default="auto",
                        help="gateway database: auto = PostgreSQL when one answers on 127.0.0.1:5432, else SQLite")
    parser.add_argument("--profile-gateway", metavar="FILE",
                        help="run the stack's gateway under cProfile and write its stats to FILE (slows it: CPU figures not comparable)")
    parser.add_argument("--model", help="our model to serve (default: the production model from `migrabot train`)")
    parser.add_argument("--out", help="folder of report.md and report.json (default docs/bench, var/bench for --quick/--only)")
    args = parser.parse_args()
    defaults = {"users": (20, 5), "turns": (25, 5), "curve_turns": (300, 60), "memory_people": (2000, 100)}
    for name, (full, quick) in defaults.items():
        if getattr(args, name) is None:
            setattr(args, name, quick if args.quick else full)
    parts = [p for p in PARTS if not args.only or p in args.only]
    out = Path(args.out) if args.out else (VAR if (args.quick or args.only) else DOCS)
    LOGS.mkdir(parents=True, exist_ok=True)
    out.mkdir(parents=True, exist_ok=True)

    started = time.monotonic()
    run_id = uuid.uuid4().hex[:8]
    version = rasa_version()
    results: dict[str, Any] = {
        "date": time.strftime("%Y-%m-%d %H:%M %Z"),
        "machine": machine(),
        "rasa": version,
        "engine_python": engine_python_version(),
        "parts": parts,
        "quick": args.quick,
        "args_line": " ".join(sys.argv[1:]),
        "config": {"users": args.users, "turns": args.turns, "curve_turns": args.curve_turns,
                   "memory_people": args.memory_people, "memory_concurrency": args.memory_concurrency},
        "goals": {"speedup_vs_stock": GOAL_SPEEDUP, "p95_ms": GOAL_P95_MS, "curve_ratio": GOAL_FLAT, "stack_p95_ms": GOAL_STACK_P95_MS, "noise_allowance": NOISE},
        "tracker_store": f"the store ENGINE_DATABASE_URL names ({os.environ['ENGINE_DATABASE_URL'].split(':')[0]})" if os.environ.get("ENGINE_DATABASE_URL")
        else "SQLite (the default: bot/tracker_store.py's window store on var/conversations.sqlite3)",
    }
    log(f"parts: {', '.join(parts)}; Rasa {version}; {results['machine']['cores']} cores")
    ours_msgs = OUR_TEXTS

    from tests.channels.conftest import RASA_TOKEN

    if args.model:
        model, seconds, trained_now = Path(args.model).resolve(), 0.0, False
        if not model.is_file():
            raise SystemExit(f"--model {args.model}: no such file")
    else:
        model, seconds, trained_now = our_model()
    results["our_model"] = str(model.relative_to(ROOT)) if model.is_relative_to(ROOT) else str(model)
    results["our_model_s"] = round(seconds, 1)
    results["our_model_trained"] = trained_now
    results["model_given"] = bool(args.model)
    results["timings_s"] = {"our model (migrabot train)": round(seconds, 1)}
    log(f"our model: {results['our_model']} ({'trained in' if trained_now else 'reused, checked in'} {seconds:.0f} s)")

    if any(p in parts for p in ("engine", "curve", "memory")):
        project, stock, trained = stock_model(version)
        results["stock_model"] = str(stock.relative_to(ROOT))
        results["stock_trained_s"] = round(trained, 1) if trained else "cached"
        results["timings_s"]["stock model (rasa init)"] = round(trained or 0, 1)
        log(f"stock model: {results['stock_model']} ({'trained in %.0f s' % trained if trained else 'cached'})")

        servers: dict[str, dict[str, Any]] = {}
        # The stock bot always (its start figures go next to ours in the memory part); ours here
        # only for parts 1 and 2 (the memory part starts ours afresh).
        names = ["stock"] + (["ours"] if any(p in parts for p in ("engine", "curve")) else [])
        for name in names:
            server = stock_server(project, stock) if name == "stock" else our_server(model, RASA_TOKEN)
            messages = STOCK_MESSAGES if name == "stock" else ours_msgs
            log(f"starting {name}")
            part_started = time.monotonic()
            server.start()
            try:
                log(f"  ready on {server.url} in {server.ready_s:.1f} s, RSS {server.samples['after start']['rss_mib']} MiB")
                warm_up(server, messages, f"{run_id}-{name}")
                server.sample("after warm-up")
                found: dict[str, Any] = {"ready_s": round(server.ready_s or 0, 2), "port_retries": server.port_retries}
                if "engine" in parts:
                    found["engine"] = engine_rounds(server, messages, args, run_id)
                if "curve" in parts:
                    found["curve"] = curve(server, messages, args, run_id)
                server.sample("at the end")
                if not server.owns_port():
                    raise SystemExit(f"{name}: another process listens on port {server.port}: the figures are not its own")
                found["rss"] = server.samples
                found["children"] = server.samples["after start"]["children"]
                servers[name] = found
            finally:
                server.stop()
            results["timings_s"][f"{name}: start, parts 1-2, stop"] = round(time.monotonic() - part_started, 1)
        if "engine" in parts:
            results["engine"] = {name: servers[name]["engine"] for name in servers}
        if "curve" in parts:
            results["curve"] = {name: servers[name]["curve"] for name in servers}
        if "memory" in parts:
            server = our_server(model, RASA_TOKEN)
            log("memory: starting ours afresh")
            part_started = time.monotonic()
            server.start()
            try:
                log(f"  ready on {server.url} in {server.ready_s:.1f} s, RSS {server.samples['after start']['rss_mib']} MiB")
                warm_up(server, ours_msgs, f"{run_id}-mem")
                server.sample("after warm-up")
                steps = memory_steps(server, ours_msgs, args, run_id)
                if not server.owns_port():
                    raise SystemExit(f"ours: another process listens on port {server.port}: the figures are not its own")
            finally:
                server.stop()
            results["timings_s"]["ours: memory part"] = round(time.monotonic() - part_started, 1)
            stock_rss = servers["stock"]["rss"]
            results["memory"] = {
                "people": args.memory_people,
                "concurrency": args.memory_concurrency,
                "ours": {"ready_s": round(server.ready_s or 0, 2), "rss_start_mib": server.samples["after start"]["rss_mib"],
                         "rss_warm_mib": server.samples["after warm-up"]["rss_mib"], "steps": steps,
                         "children": server.samples["after start"]["children"]},
                "stock": {"ready_s": servers["stock"]["ready_s"], "rss_start_mib": stock_rss["after start"]["rss_mib"],
                          "rss_warm_mib": stock_rss["after warm-up"]["rss_mib"], "children": servers["stock"]["children"]},
            }
        results["servers"] = {name: {"ready_s": v["ready_s"], "port_retries": v["port_retries"], "rss": v["rss"]}
                              for name, v in servers.items()}

    if "stack" in parts:
        log("whole stack: fake Bot API -> gateway -> engine")
        part_started = time.monotonic()
        results["stack"] = asyncio.run(stack(args, model, run_id))
        results["timings_s"]["whole stack part"] = round(time.monotonic() - part_started, 1)

    results["wall_s"] = round(time.monotonic() - started, 1)
    results["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    text = report(results)
    (out / "report.md").write_text(text, encoding="utf-8")
    (out / "report.json").write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print()
    print(text)
    log(f"done in {results['wall_s'] / 60:.1f} minutes; report: {(out / 'report.md')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
