"""The `migrabot` command line: kb check, build, train, serve, ask, chat, run."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import sys
from pathlib import Path

from bot.errors import KnowledgeBaseError
from bot.settings import Settings


def _quiet_rasa() -> None:
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    os.environ.setdefault("CUDA_VISIBLE_DEVICES", "-1")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")


def cmd_check(settings: Settings, args: argparse.Namespace) -> int:
    from bot.kb.checks import Context, read_catalogue, run_checks
    from bot.kb.loader import load
    from bot.training.conversation import load as load_conversation

    kb, problems = load(settings.knowledge_base)
    conversation, conv_problems = load_conversation(settings.nlu_data)
    problems += conv_problems
    from bot.training.conversation import load_examples

    problems += load_examples(sorted((settings.nlu_data / "danger").glob("*.yml")), ("not_danger",))[1]
    catalogue_path = Path(args.catalogue) if args.catalogue else settings.catalogue
    catalogue = None
    if catalogue_path.exists():
        catalogue = read_catalogue(catalogue_path)
    context = Context(
        today=dt.date.fromisoformat(args.today) if args.today else dt.date.today(),
        max_age_days=args.max_age_days,
        catalogue=catalogue,
        catalogue_file=str(catalogue_path),
        conversation={i: [(e.text, e.file, e.line) for e in ex] for i, ex in conversation.items()},
    )
    problems += run_checks(kb, context)
    for problem in problems:
        print(problem)
    errors = sum(1 for p in problems if p.severity == "error")
    warnings = len(problems) - errors
    sourced = sum(1 for c in kb.countries.values() if c.visa.regime is not None and c.sources)
    share = f"{100 * sourced / len(kb.countries):.0f}%" if kb.countries else "n/a"
    print(
        f"{len(kb.entries)} entries, {len(kb.countries)} countries ({sourced} with a sourced visa regime: {share}), "
        f"{sum(len(v) for v in conversation.values())} conversation examples: {errors} errors, {warnings} warnings",
        file=sys.stderr,
    )
    return 1 if errors else 0


def _build(settings: Settings, fast: bool, out: Path | None = None) -> Path:
    from bot.training.build import Paths, build

    name = "fast" if fast else "production"
    paths = Paths(settings.knowledge_base, settings.nlu_data, settings.locales, out or settings.build_dir / name)
    return build(paths, settings.config(fast))


def cmd_build(settings: Settings, args: argparse.Namespace) -> int:
    from bot.training.build import summary

    project = _build(settings, args.fast, Path(args.out) if args.out else None)
    counts = summary(project)
    print(f"{project}: {counts['intents']} intents, {counts['examples']} examples")
    return 0


def cmd_train(settings: Settings, args: argparse.Namespace) -> int:
    _quiet_rasa()
    import shutil
    import tempfile

    from bot.training.train import model_path, train

    settings.build_dir.mkdir(parents=True, exist_ok=True)
    # A private build folder: concurrent `train` calls must not overwrite each other's data.
    project = _build(settings, args.fast, Path(tempfile.mkdtemp(prefix="train-", dir=settings.build_dir)))
    try:
        target = model_path(project, settings.models, "fast" if args.fast else "production", settings.knowledge_base / "countries.yml")
        model, seconds = train(project, target)
    finally:
        shutil.rmtree(project, ignore_errors=True)
    if seconds:
        print(f"trained in {seconds:.1f} s", file=sys.stderr)
    print(model)
    return 0


def _latest_model(settings: Settings, fast: bool = False) -> Path:
    name = "fast" if fast else "production"
    models = sorted(settings.models.glob(f"{name}-*.tar.gz"), key=lambda p: p.stat().st_mtime)
    if not models:
        raise SystemExit(f"no trained model in {settings.models}: run `make train` first")
    return models[-1]


def cmd_serve(settings: Settings, args: argparse.Namespace) -> int:
    _quiet_rasa()
    import secrets

    from bot.training.build import write_endpoints

    model = Path(args.model) if args.model else _latest_model(settings)
    if not model.is_file():
        print(f"migrabot serve: no model at {model}: run `make train` first", file=sys.stderr)
        return 2
    kb = Path(args.knowledge_base) if args.knowledge_base else settings.knowledge_base
    import tempfile

    from bot import stores as store_urls

    stores = {}
    try:
        if settings.engine_database_url:
            stores["tracker_store"] = store_urls.tracker_store(settings.engine_database_url)
        if settings.engine_redis_url:
            stores["lock_store"] = store_urls.lock_store(settings.engine_redis_url)
    except store_urls.StoreSettingError as error:
        print(f"migrabot serve: {error}", file=sys.stderr)
        return 2
    run_dir = Path(tempfile.mkdtemp(prefix="migrabot-serve-"))
    write_endpoints(run_dir / "endpoints.yml", kb, settings.locales, stores)
    token = settings.rasa_token or secrets.token_urlsafe(24)
    credentials = run_dir / "credentials.yml"
    credentials.touch(mode=0o600)
    credentials.write_text(f"rest:\nbot.ops_channel.OpsChannel:\n  token: {json.dumps(token)}\n", encoding="utf-8")
    # Rasa is started in this process with its arguments set here, so the token never
    # appears on a command line (`ps` shows only `migrabot serve ...`).
    sys.argv = [
        "rasa", "run",
        "--model", str(model),
        "--endpoints", str(run_dir / "endpoints.yml"),
        "--credentials", str(credentials),
        "--interface", args.host, "--port", str(args.port),
        # The "=" form: a token may begin with "-", which argparse would take for an option.
        "--enable-api", f"--auth-token={token}",
    ]
    # A conversation's Redis lock outlives an engine killed while holding it; a turn takes well
    # under a second, so 10 s (Rasa's default is 60) lets another replica take the person sooner.
    os.environ.setdefault("TICKET_LOCK_LIFETIME", "10")
    from rasa.__main__ import main as rasa_main

    from bot import graph_runner

    graph_runner.install()

    rasa_main()
    return 0


def cmd_ask(settings: Settings, args: argparse.Namespace) -> int:
    _quiet_rasa()
    logging.getLogger().setLevel(logging.ERROR)
    from bot.ask import ask_many, load_agent

    model = Path(args.model) if args.model else _latest_model(settings, args.fast)
    agent = load_agent(model, settings.knowledge_base, settings.locales)
    questions = [args.question] if args.question else (line.rstrip("\n") for line in sys.stdin)
    for result in ask_many(agent, (q for q in questions if q.strip())):
        if args.json:
            print(json.dumps(result, ensure_ascii=False), flush=True)
        else:
            print(f"[{result['language']}] {result['action']} {result['entry_id'] or ''} ({result['confidence']:.2f})")
            print(result["answer"], end="\n\n", flush=True)
    return 0


def cmd_chat(settings: Settings, args: argparse.Namespace) -> int:
    from bot import chat

    return chat.run(args.url)


def cmd_run(settings: Settings, args: argparse.Namespace) -> int:
    from bot import supervisor

    model = Path(args.model) if args.model else _latest_model(settings)
    return supervisor.run(settings.root, model, args.host, args.port)


def parser() -> argparse.ArgumentParser:
    """The command line's arguments."""
    top = argparse.ArgumentParser(prog="migrabot", description="Migration information assistant: engine tools.")
    sub = top.add_subparsers(dest="command", required=True)

    kb = sub.add_parser("kb", help="knowledge-base tools")
    kb_sub = kb.add_subparsers(dest="kb_command", required=True)
    check = kb_sub.add_parser("check", help="check the knowledge base; every problem as file:line: message")
    check.add_argument("--max-age-days", type=int, default=365, help="warn when reviewed is older (default 365)")
    check.add_argument("--catalogue", help="the catalogue of required ids (default knowledge_base/catalogue.yml)")
    check.add_argument("--today", help=argparse.SUPPRESS)
    check.set_defaults(handler=cmd_check)

    build = sub.add_parser("build", help="compile the knowledge base and nlu_data/ into Rasa training data")
    build.add_argument("--fast", action="store_true", help="use the small functional-test config")
    build.add_argument("--out", help="output folder (default build/production or build/fast)")
    build.set_defaults(handler=cmd_build)

    train = sub.add_parser("train", help="train (or reuse) a model; prints its path")
    train.add_argument("--fast", action="store_true", help="the small functional-test config")
    train.set_defaults(handler=cmd_train)

    serve = sub.add_parser("serve", help="run the engine: Rasa with the REST channel")
    serve.add_argument("--model")
    serve.add_argument("--knowledge-base")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=5005)
    serve.set_defaults(handler=cmd_serve)

    ask = sub.add_parser("ask", help="answer questions (one per line on stdin, or one argument)")
    ask.add_argument("question", nargs="?")
    ask.add_argument("--json", action="store_true", help="one JSON object per line")
    ask.add_argument("--model")
    ask.add_argument("--fast", action="store_true", help="use the latest fast model")
    ask.set_defaults(handler=cmd_ask)

    chat = sub.add_parser("chat", help="talk to the running engine in the terminal")
    chat.add_argument("--url", default=os.environ.get("RASA_URL", "http://127.0.0.1:5005"))
    chat.set_defaults(handler=cmd_chat)

    run = sub.add_parser("run", help="start the engine and the gateway (or a terminal chat without a bot token)")
    run.add_argument("--model")
    run.add_argument("--host", default="127.0.0.1")
    run.add_argument("--port", type=int, default=5005)
    run.set_defaults(handler=cmd_run)
    return top


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script."""
    args = parser().parse_args(argv)
    settings = Settings.from_env()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        return args.handler(settings, args)
    except KnowledgeBaseError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
