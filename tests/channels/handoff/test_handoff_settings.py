"""Settings of the handoff, from the environment and from the gateway's settings."""

from __future__ import annotations

from datetime import datetime

import pytest
from pydantic import ValidationError

from channels.handoff.office_hours import YEREVAN
from channels.handoff.settings import HandoffSettings


def yerevan(y: int, mo: int, d: int, h: int, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=YEREVAN)


def test_settings_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STAFF_CHAT_ID", "-1001")
    monkeypatch.setenv("STAFF_USER_IDS", "12, 34,56")
    monkeypatch.setenv("OFFICE_HOURS", "Mon-Sat 10:00-17:00")
    monkeypatch.setenv("STAFF_LANGUAGE", "hy")
    monkeypatch.setenv("CASE_REMINDER_MINUTES", "15")
    settings = HandoffSettings()
    assert settings.staff_chat_id == -1001
    assert settings.staff_user_ids == frozenset({12, 34, 56})
    assert settings.office_hours.is_open(yerevan(2026, 11, 28, 12))
    assert settings.staff_language == "hy" and settings.case_reminder_minutes == 15


@pytest.mark.parametrize("name,value", [("STAFF_USER_IDS", "12,abc"), ("OFFICE_HOURS", "never"),
                                        ("STAFF_LANGUAGE", "de"), ("STAFF_CHAT_ID", "group")])
def test_bad_settings_are_refused(monkeypatch: pytest.MonkeyPatch, name: str, value: str) -> None:
    monkeypatch.setenv("STAFF_CHAT_ID", "-1001")
    monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError):
        HandoffSettings()


def test_settings_take_the_chat_id_from_the_gateway(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("STAFF_CHAT_ID", raising=False)

    class Root:
        staff_chat_id = -1009

    assert HandoffSettings.from_root(Root()).staff_chat_id == -1009

