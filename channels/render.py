"""Rendering of engine replies for Telegram: HTML escaping, splitting, inline keyboards."""

from __future__ import annotations

import html

# Telegram allows 4096 characters after parsing; it counts in UTF-16 units, so a text with
# emoji may be longer than len() says: keep some headroom.
MAX_CHUNK = 4000


def escape(text: str) -> str:
    """Escape plain text for parse_mode=HTML."""
    return html.escape(text, quote=False)


def split_message(text: str, limit: int = MAX_CHUNK) -> list[str]:
    """Split already-escaped text into chunks of at most ``limit``, at paragraph boundaries.

    Falls back to line breaks, then spaces, then a hard cut, for paragraphs that are
    themselves too long; never cuts inside an HTML entity such as ``&amp;``.
    """
    text = text.strip()
    if not text:
        return []
    chunks: list[str] = []
    current = ""
    for paragraph in text.split("\n\n"):
        paragraph = paragraph.strip("\n")
        if not paragraph:
            continue
        candidate = f"{current}\n\n{paragraph}" if current else paragraph
        if len(candidate) <= limit:
            current = candidate
            continue
        if current:
            chunks.append(current)
            current = ""
        while len(paragraph) > limit:
            cut = _cut_point(paragraph, limit)
            chunks.append(paragraph[:cut].rstrip())
            paragraph = paragraph[cut:].lstrip()
        current = paragraph
    if current:
        chunks.append(current)
    return chunks


def _cut_point(text: str, limit: int) -> int:
    for separator in ("\n", " "):
        cut = text.rfind(separator, 0, limit)
        if cut > limit // 2:
            return cut + 1
    cut = limit
    amp = text.rfind("&", max(0, cut - 8), cut)
    if amp != -1 and ";" not in text[amp:cut]:
        cut = amp
    return cut
