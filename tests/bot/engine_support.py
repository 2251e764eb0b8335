"""Reading the engine's REST replies in tests."""


def custom(replies: list[dict]) -> dict:
    """The custom payload that closes a turn."""
    found = [r["custom"] for r in replies if "custom" in r]
    assert found, replies
    return found[-1]


def text(replies: list[dict]) -> str:
    """All texts of a turn."""
    return "\n".join(r.get("text", "") for r in replies if r.get("text"))


def buttons(replies: list[dict]) -> list[dict]:
    """All buttons of a turn."""
    return [b for r in replies for b in r.get("buttons") or []]
