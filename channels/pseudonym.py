"""Pseudonyms: what the engine sees instead of Telegram ids."""

import hashlib
import hmac


def pseudonym(secret: str, telegram_user_id: int) -> str:
    """Hex HMAC-SHA256 of the Telegram user id keyed with PSEUDONYM_SECRET."""
    return hmac.new(secret.encode(), str(telegram_user_id).encode(), hashlib.sha256).hexdigest()
