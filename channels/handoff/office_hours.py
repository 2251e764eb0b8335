"""Office hours such as "Mon-Fri 09:00-18:00; Sat 10:00-14:00" in Asia/Yerevan time."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta, timezone, tzinfo

try:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    YEREVAN: tzinfo = ZoneInfo("Asia/Yerevan")
except (ImportError, ZoneInfoNotFoundError):  # pragma: no cover - no tz database
    # Armenia has kept UTC+4 without daylight saving since 2012.
    YEREVAN = timezone(timedelta(hours=4), "Asia/Yerevan")

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_SPAN = re.compile(
    r"^\s*(?P<d1>[a-z]{3})(?:\s*-\s*(?P<d2>[a-z]{3}))?\s+"
    r"(?P<h1>\d{1,2}):(?P<m1>\d{2})\s*-\s*(?P<h2>\d{1,2}):(?P<m2>\d{2})\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class OfficeHours:
    """Opening times per weekday (0 = Monday) in Yerevan time; `text` as configured."""

    text: str
    spans: tuple[tuple[int, time, time], ...]

    @classmethod
    def parse(cls, text: str) -> OfficeHours:
        """Parse "Mon-Fri 09:00-18:00; Sat 10:00-14:00" (',' or ';' between spans)."""
        spans: list[tuple[int, time, time]] = []
        for part in re.split(r"[;,]", text):
            if not part.strip():
                continue
            match = _SPAN.match(part)
            if not match:
                raise ValueError(f"OFFICE_HOURS: cannot read {part.strip()!r}")
            try:
                first = DAYS.index(match["d1"].lower())
                last = DAYS.index((match["d2"] or match["d1"]).lower())
                start = time(int(match["h1"]), int(match["m1"]))
                end = time(int(match["h2"]), int(match["m2"]))
            except ValueError as exc:
                raise ValueError(f"OFFICE_HOURS: cannot read {part.strip()!r}") from exc
            if end <= start:
                raise ValueError(f"OFFICE_HOURS: {part.strip()!r} ends before it starts")
            day = first
            while True:
                spans.append((day, start, end))
                if day == last:
                    break
                day = (day + 1) % 7
        if not spans:
            raise ValueError("OFFICE_HOURS is empty")
        return cls(text=text.strip(), spans=tuple(sorted(spans)))

    def is_open(self, now: datetime) -> bool:
        """Whether staff are at work at `now` (an aware datetime)."""
        local = now.astimezone(YEREVAN)
        return any(
            day == local.weekday() and start <= local.time() < end
            for day, start, end in self.spans
        )

    def next_opening(self, now: datetime) -> datetime:
        """The next time office hours start after `now`, in Yerevan time."""
        local = now.astimezone(YEREVAN)
        for offset in range(0, 8):
            date = (local + timedelta(days=offset)).date()
            for day, start, _end in self.spans:
                if day != date.weekday():
                    continue
                candidate = datetime.combine(date, start, tzinfo=YEREVAN)
                if candidate > local:
                    return candidate
        raise AssertionError("office hours always open within a week")  # pragma: no cover
