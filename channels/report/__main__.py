"""``python -m channels.report --since 2026-11-01 --until 2026-11-30 --out DIR``."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import sys
from pathlib import Path

from channels.db.session import create_engine, create_session_factory
from channels.errors import GatewayError
from channels.report.builder import build_report
from channels.report.output import write_report
from channels.report.settings import load_report_settings


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line; the period defaults to the last 30 days."""
    today = dt.datetime.now(dt.timezone.utc).date()
    parser = argparse.ArgumentParser(prog="python -m channels.report", description=__doc__)
    parser.add_argument("--since", type=dt.date.fromisoformat, default=today - dt.timedelta(days=29))
    parser.add_argument("--until", type=dt.date.fromisoformat, default=today)
    parser.add_argument("--out", type=Path, default=Path("var/report"))
    parser.add_argument("--stale-days", type=int, default=None, help="default: STALE_DAYS or 180")
    return parser.parse_args(argv)


async def run(args: argparse.Namespace) -> list[Path]:
    """Build the report from DATABASE_URL and write it."""
    settings = load_report_settings()
    engine = create_engine(settings.database_url)
    try:
        report = await build_report(create_session_factory(engine), args.since, args.until,
                                    settings.knowledge_base_dir, args.stale_days or settings.stale_days)
    finally:
        await engine.dispose()
    return write_report(report, args.out)


def main(argv: list[str] | None = None) -> int:
    """Entry point; errors are one line on stderr and exit code 2."""
    args = parse_args(argv)
    if args.until < args.since:
        print("--until is before --since", file=sys.stderr)
        return 2
    try:
        written = asyncio.run(run(args))
    except GatewayError as exc:
        print(exc, file=sys.stderr)
        return 2
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
