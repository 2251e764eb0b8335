"""A terminal conversation with the running engine over Rasa's REST channel."""

from __future__ import annotations

import json
import sys
import urllib.error
import urllib.request
import uuid
from typing import Any, TextIO


def post(url: str, sender: str, message: str, metadata: dict[str, Any], timeout: float = 30.0) -> list[dict[str, Any]]:
    """Send one message to the REST webhook and return the replies."""
    body = json.dumps({"sender": sender, "message": message, "metadata": metadata}).encode()
    request = urllib.request.Request(
        f"{url.rstrip('/')}/webhooks/rest/webhook", data=body, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=timeout) as response:  # our own engine URL
        return json.loads(response.read().decode())


def render(replies: list[dict[str, Any]], out: TextIO) -> list[dict[str, str]]:
    """Print texts and numbered buttons; return the buttons."""
    buttons: list[dict[str, str]] = []
    for reply in replies:
        if reply.get("text"):
            out.write("\n" + reply["text"] + "\n")
        for item in reply.get("buttons") or []:
            buttons.append(item)
            out.write(f"  [{len(buttons)}] {item['title']}\n")
        custom = reply.get("custom") or {}
        if custom.get("handoff"):
            out.write("  (this conversation would now go to a member of staff)\n")
    return buttons


def run(url: str, stdin: TextIO = sys.stdin, out: TextIO = sys.stdout) -> int:
    """Read lines, send them, print the answers; a number presses a button."""
    sender = f"terminal-{uuid.uuid4().hex[:8]}"
    metadata: dict[str, Any] = {"preferred_language": None}
    buttons: list[dict[str, str]] = []
    out.write("Ask a question in Armenian, Russian or English (Ctrl-D to quit).\n")
    while True:
        out.write("\n> ")
        out.flush()
        line = stdin.readline()
        if not line:
            return 0
        text = line.strip()
        if text.isdigit() and 0 < int(text) <= len(buttons):
            text = buttons[int(text) - 1]["payload"]
        try:
            replies = post(url, sender, text, metadata)
        except (urllib.error.URLError, OSError) as error:
            out.write(f"The engine at {url} is not answering: {error}\n")
            continue
        for reply in replies:
            language = (reply.get("custom") or {}).get("language")
            if language and text.startswith("/set_language"):
                metadata["preferred_language"] = language
        buttons = render(replies, out)
