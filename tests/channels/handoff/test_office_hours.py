"""Office hours of the staff: open or closed in Yerevan time, the next opening."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from channels.handoff.office_hours import YEREVAN, OfficeHours

HOURS = OfficeHours.parse("Mon-Fri 09:00-18:00")


def yerevan(y: int, mo: int, d: int, h: int, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=YEREVAN)


def test_office_hours_open_and_closed() -> None:
    assert HOURS.is_open(yerevan(2026, 11, 30, 9))          # Monday 09:00
    assert HOURS.is_open(yerevan(2026, 11, 30, 17, 59))
    assert not HOURS.is_open(yerevan(2026, 11, 30, 18))     # closes at 18:00
    assert not HOURS.is_open(yerevan(2026, 11, 28, 12))     # Saturday
    # 05:30 UTC is 09:30 in Yerevan
    assert HOURS.is_open(datetime(2026, 11, 30, 5, 30, tzinfo=timezone.utc))


def test_next_opening() -> None:
    assert HOURS.next_opening(yerevan(2026, 11, 28, 12)) == yerevan(2026, 11, 30, 9)  # Sat
    assert HOURS.next_opening(yerevan(2026, 12, 1, 7)) == yerevan(2026, 12, 1, 9)    # Tue early
    assert HOURS.next_opening(yerevan(2026, 12, 4, 19)) == yerevan(2026, 12, 7, 9)   # Fri late


def test_office_hours_several_spans_and_wrapping_days() -> None:
    hours = OfficeHours.parse("Mon-Fri 09:00-18:00; Sat 10:00-14:00")
    assert hours.is_open(yerevan(2026, 11, 28, 11))
    assert hours.next_opening(yerevan(2026, 11, 28, 15)) == yerevan(2026, 11, 30, 9)
    weekend = OfficeHours.parse("Sat-Sun 10:00-12:00")
    assert weekend.is_open(yerevan(2026, 11, 29, 11))  # Sunday
    assert not weekend.is_open(yerevan(2026, 11, 30, 11))


@pytest.mark.parametrize("bad", ["", "Mon-Fri", "Mon-Fri 18:00-09:00", "Xyz 09:00-10:00",
                                 "Mon 25:00-26:00", "always"])
def test_office_hours_refuse_what_they_cannot_read(bad: str) -> None:
    with pytest.raises(ValueError):
        OfficeHours.parse(bad)

