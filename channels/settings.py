"""Typed settings of the gateway, read once by the composition root."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, AnyHttpUrl, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from channels.errors import GatewayError

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE_URL = f"sqlite:///{ROOT / 'var' / 'gateway.sqlite3'}"


class SettingsError(GatewayError):
    """A missing or malformed setting; the message is one line for the operator."""


def _database_scheme(value: str) -> str:
    if not value.split(":", 1)[0].startswith(("sqlite", "postgres")):
        raise ValueError("expected a sqlite:/// or postgresql:// URL")
    return value


# The gateway's database, SQLite or PostgreSQL: checked alike by the gateway and the report command.
DatabaseUrl = Annotated[str, AfterValidator(_database_scheme)]


class Settings(BaseSettings):
    """Environment of the gateway process."""

    model_config = SettingsConfigDict(env_prefix="", extra="ignore", case_sensitive=False)

    telegram_bot_token: SecretStr
    telegram_api_base: AnyHttpUrl = AnyHttpUrl("https://api.telegram.org")
    telegram_webhook_url: AnyHttpUrl | None = None
    telegram_webhook_secret: SecretStr | None = None
    webhook_listen_host: str = "127.0.0.1"
    webhook_listen_port: int = Field(default=8081, ge=1, le=65535)
    database_url: DatabaseUrl = DEFAULT_DATABASE_URL
    rasa_url: AnyHttpUrl = AnyHttpUrl("http://127.0.0.1:5005")
    rasa_token: SecretStr | None = None
    pseudonym_secret: SecretStr
    engine_timeout: float = Field(default=8.0, gt=0, le=60)
    log_level: str = "INFO"
    staff_chat_id: int | None = None
    polling_timeout: int = Field(default=25, ge=0, le=50)
    # Longest wait between two attempts at an update that failed in an outage (seconds).
    retry_max_delay: float = Field(default=60.0, gt=0, le=600)
    # Days what people wrote is kept (turns, unanswered questions, closed cases' summaries), then purged daily.
    retention_days: int = Field(default=90, ge=1, le=3650)
    # How often the staff group is checked for news of a refused knowledge-base edit (seconds).
    kb_watch_seconds: float = Field(default=30.0, gt=0, le=3600)
    # /healthz and /metrics on a server of their own (0: none; in webhook mode they are on the webhook app too).
    metrics_host: str = "127.0.0.1"
    metrics_port: int = Field(default=0, ge=0, le=65535)

    @field_validator("telegram_bot_token")
    @classmethod
    def _token_shape(cls, value: SecretStr) -> SecretStr:
        token = value.get_secret_value()
        if ":" not in token or " " in token or "/" in token:
            raise ValueError("expected a Bot API token such as 123456:ABC...")
        return value

    @field_validator("pseudonym_secret")
    @classmethod
    def _secret_length(cls, value: SecretStr) -> SecretStr:
        if len(value.get_secret_value()) < 16:
            raise ValueError("must be at least 16 characters")
        return value

    @field_validator("telegram_webhook_secret")
    @classmethod
    def _webhook_secret_chars(cls, value: SecretStr | None) -> SecretStr | None:
        # Telegram accepts 1-256 characters A-Z, a-z, 0-9, _ and -.
        if value is not None:
            secret = value.get_secret_value()
            if not secret or len(secret) > 256 or not all(c.isalnum() or c in "_-" for c in secret):
                raise ValueError("1-256 characters of A-Z, a-z, 0-9, _ and -")
        return value

    @property
    def webhook_mode(self) -> bool:
        """Whether updates arrive by webhook instead of long polling."""
        return self.telegram_webhook_url is not None

    @property
    def metrics_server(self) -> bool:
        """Whether /healthz and /metrics need a server of their own (not the webhook's port)."""
        return self.metrics_port != 0 and not (self.webhook_mode and self.metrics_port == self.webhook_listen_port)


def load_settings(**overrides: object) -> Settings:
    """Read the settings from the environment; raise SettingsError with one clear line."""
    try:
        settings = Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        name = ".".join(str(part) for part in first["loc"]).upper() or "settings"
        if first["type"] == "missing":
            raise SettingsError(f"{name} is not set") from None
        raise SettingsError(f"{name} is malformed: {first['msg']}") from None
    if settings.webhook_mode and settings.telegram_webhook_secret is None:
        raise SettingsError("TELEGRAM_WEBHOOK_SECRET is not set (required with TELEGRAM_WEBHOOK_URL)")
    return settings
