"""Typed settings of crisis mode, read once at start-up."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

# Telegram allows a bot about 30 messages a second in all; stay under it.
TELEGRAM_BROADCAST_LIMIT = 30.0


class CrisisSettings(BaseSettings):
    """BROADCAST_PER_SECOND, BROADCAST_IN_FLIGHT and how often the sender looks for work."""

    model_config = SettingsConfigDict(env_prefix="", extra="ignore", frozen=True)

    # Announcement messages a second for the whole deployment (one replica sends at a time).
    broadcast_per_second: float = Field(default=25.0, gt=0, le=1000)
    # Bot API calls of a broadcast waiting for an answer at once; also the most a kill can lose.
    broadcast_in_flight: int = Field(default=4, ge=1, le=32)
    # How often an idle sender checks for an announcement made by another replica (seconds).
    broadcast_check_seconds: float = Field(default=2.0, gt=0, le=60)
    # How long one replica holds the right to send; renewed while it sends (seconds).
    broadcast_lease_seconds: float = Field(default=10.0, ge=2, le=600)
    # How long the active crisis is cached by each replica between database reads (seconds).
    crisis_cache_seconds: float = Field(default=3.0, ge=0, le=60)
