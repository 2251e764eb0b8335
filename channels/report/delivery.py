"""The report into a Telegram chat: a short summary, the charts as photos, the HTML as a document."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from aiogram import Bot
from aiogram.types import BufferedInputFile

from channels.report.builder import Report
from channels.report.charts import TITLES
from channels.report.output import html_page

if TYPE_CHECKING:
    from channels.handoff.outbox import RateLimiter


async def send_report(bot: Bot, chat_id: int, thread_id: int | None, report: Report, summary: str,
                      pace: RateLimiter | None = None) -> None:
    """Send the summary, each chart and report.html, paced by the staff group's rate limiter."""
    async def turn() -> None:
        if pace is None:
            return
        while (wait := pace.wait_time()) > 0:
            await asyncio.sleep(wait)
        pace.take()

    await turn()
    await bot.send_message(chat_id, summary, message_thread_id=thread_id, parse_mode="HTML")
    for name, png in report.charts.items():
        await turn()
        await bot.send_photo(chat_id, BufferedInputFile(png, f"{name}.png"),
                             caption=TITLES[name], message_thread_id=thread_id)
    await turn()
    filename = f"report-{report.since}-{report.until}.html"
    await bot.send_document(chat_id, BufferedInputFile(html_page(report).encode("utf-8"), filename),
                            message_thread_id=thread_id)
