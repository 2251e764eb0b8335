"""Settings of the report command: the gateway's database, no Telegram token needed."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from channels.settings import DEFAULT_DATABASE_URL, ROOT, DatabaseUrl, SettingsError

DEFAULT_KNOWLEDGE_BASE = ROOT / "knowledge_base"


class ReportSettings(BaseSettings):
    """Environment of ``python -m channels.report``."""

    model_config = SettingsConfigDict(env_prefix="", extra="ignore", case_sensitive=False)

    database_url: DatabaseUrl = DEFAULT_DATABASE_URL
    knowledge_base_dir: Path = DEFAULT_KNOWLEDGE_BASE
    # An entry whose `reviewed:` date is older than this many days is listed as stale.
    stale_days: int = Field(default=180, ge=1, le=3650)


def load_report_settings(**overrides: object) -> ReportSettings:
    """Read the settings from the environment; raise SettingsError with one clear line."""
    try:
        return ReportSettings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        name = ".".join(str(part) for part in first["loc"]).upper() or "settings"
        raise SettingsError(f"{name} is malformed: {first['msg']}") from None
