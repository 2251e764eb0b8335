"""The report page in headless Chromium (Debian's package, driven by Playwright): images, console, pixels."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image
from playwright.async_api import async_playwright

from channels.report.charts import TITLES

CHROMIUM = Path("/usr/bin/chromium")
# Flags that work on this machine: no sandbox as root, no GPU, nothing fetched in the background.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@dataclass
class Chart:
    """One <img> as Chromium decoded and drew it."""

    alt: str
    natural_width: int
    natural_height: int
    # Share of the drawn pixels that are not background, and how many colours there are.
    inked: float
    colours: int


@dataclass
class Rendered:
    """What the browser saw."""

    charts: list[Chart] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    title: str = ""


def ink(png: bytes) -> tuple[float, int]:
    """Share of pixels that are not near-white, and the number of distinct colours."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    pixels = list(image.getdata())
    inked = sum(1 for r, g, b in pixels if min(r, g, b) < 235)
    return inked / max(1, len(pixels)), len(set(pixels))


async def render(page_file: Path, screenshot: Path, *, height: int = 2400) -> Rendered:
    """Open ``page_file`` in Chromium, screenshot the top ``height`` pixels, and inspect every image."""
    seen = Rendered()
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        try:
            page = await browser.new_page(viewport={"width": 1280, "height": height})
            page.on("console", lambda m: seen.console_errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: seen.console_errors.append(str(e)))
            page.on("requestfailed", lambda r: seen.failed_requests.append(r.url[:80]))
            await page.goto(page_file.resolve().as_uri(), wait_until="load")
            seen.title = await page.title()
            await page.screenshot(path=str(screenshot))
            for element in await page.query_selector_all("img"):
                size = await element.evaluate("img => [img.naturalWidth, img.naturalHeight]")
                share, colours = ink(await element.screenshot())
                seen.charts.append(Chart(str(await element.get_attribute("alt")), size[0], size[1], share, colours))
        finally:
            await browser.close()
    return seen


def check_page(seen: Rendered, screenshot: Path) -> None:
    """What every rendered report must show: the four charts decoded and drawn, no console errors."""
    assert seen.console_errors == [] and seen.failed_requests == []
    assert [c.alt for c in seen.charts] == list(TITLES.values())
    for chart in seen.charts:
        assert chart.natural_width >= 500 and chart.natural_height >= 300, chart
        # Axes, title and labels at least (an empty period draws no bars): not a blank or broken box.
        assert chart.inked >= 0.01 and chart.colours >= 4, chart
    share, _ = ink(screenshot.read_bytes())
    assert share >= 0.02
