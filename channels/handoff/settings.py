"""Typed settings of the staff handoff, read once from the environment."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from channels.handoff.office_hours import OfficeHours


class HandoffSettings(BaseSettings):
    """STAFF_CHAT_ID, STAFF_USER_IDS, OFFICE_HOURS, STAFF_LANGUAGE and the pacing knobs."""

    model_config = SettingsConfigDict(env_prefix="", extra="ignore", frozen=True)

    staff_chat_id: int
    # NoDecode: a comma-separated list, not JSON.
    staff_user_ids: Annotated[frozenset[int], NoDecode] = frozenset()
    office_hours: Annotated[OfficeHours, NoDecode] = Field(
        default_factory=lambda: OfficeHours.parse("Mon-Fri 09:00-18:00")
    )
    staff_language: Literal["hy", "en", "ru"] = "en"
    case_reminder_minutes: float = Field(default=30.0, gt=0)
    # Telegram allows about 20 messages a minute into one group.
    staff_messages_per_minute: float = Field(default=20.0, gt=0)
    staff_burst: int = Field(default=3, ge=1)
    header_turns: int = Field(default=6, ge=0, le=20)
    reminder_check_seconds: float = Field(default=30.0, gt=0)

    @field_validator("staff_user_ids", mode="before")
    @classmethod
    def _parse_ids(cls, value: Any) -> Any:
        if isinstance(value, str):
            parts = [p.strip() for p in value.replace(";", ",").split(",")]
            try:
                return frozenset(int(p) for p in parts if p)
            except ValueError as exc:
                raise ValueError("STAFF_USER_IDS must be comma-separated integers") from exc
        if isinstance(value, int):
            return frozenset({value})
        return value

    @field_validator("office_hours", mode="before")
    @classmethod
    def _parse_hours(cls, value: Any) -> Any:
        if isinstance(value, str):
            return OfficeHours.parse(value)
        return value

    @classmethod
    def from_root(cls, root: object | None) -> HandoffSettings:
        """The handoff settings carried by the gateway's settings, else read from the env."""
        for name in ("handoff", "handoff_settings"):
            found = getattr(root, name, None)
            if isinstance(found, cls):
                return found
        chat_id = getattr(root, "staff_chat_id", None)
        return cls(staff_chat_id=chat_id) if isinstance(chat_id, int) else cls()
