"""The report page renders in headless Chromium: every chart decoded and drawn, no console errors."""

from __future__ import annotations

import base64
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from channels.report.builder import build_report
from channels.report.output import write_report
from tests.channels.report.browser import CHROMIUM, check_page, render
from tests.channels.report.conftest import fill

pytestmark = [pytest.mark.asyncio,
              pytest.mark.skipif(not CHROMIUM.exists(), reason="make chromium installs Debian's chromium")]
START = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)


async def test_report_renders_in_chromium(sessions: async_sessionmaker[AsyncSession], knowledge_base: Path,
                                          tmp_path: Path) -> None:
    await fill(sessions, START, 30)
    report = await build_report(sessions, START.date(), dt.date(2026, 11, 30), knowledge_base)
    write_report(report, tmp_path / "out")
    seen = await render(tmp_path / "out" / "report.html", tmp_path / "page.png")
    assert seen.title.startswith("Editor's to-do")
    check_page(seen, tmp_path / "page.png")


async def test_a_broken_chart_is_seen(tmp_path: Path) -> None:
    """The check can fail: a truncated PNG is not decoded, a script error reaches the console."""
    good = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40).decode()
    (tmp_path / "bad.html").write_text(
        f'<!DOCTYPE html><html><head><title>t</title></head><body><img alt="a" src="data:image/png;base64,{good}">'
        "<script>null.x</script></body></html>", encoding="utf-8")
    seen = await render(tmp_path / "bad.html", tmp_path / "bad.png", height=400)
    assert seen.charts[0].natural_width == 0
    assert seen.console_errors
