"""Tables of the staff handoff: cases, their messages and the outbox of pending sends."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from channels.db.base import Base
from channels.db.models import utcnow

OPEN = "open"
CLOSED = "closed"
OPEN_WHERE = text("state = 'open'")


def aware(value: datetime | None) -> datetime | None:
    """SQLite gives naive datetimes back: read them as UTC."""
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value


class Case(Base):
    """One request for a person; state machine open -> closed, with who and when."""

    __tablename__ = "handoff_cases"
    __table_args__ = (
        # At most one open case per person, on SQLite and PostgreSQL alike.
        Index(
            "uq_handoff_cases_open_chat",
            "chat_id",
            unique=True,
            sqlite_where=OPEN_WHERE,
            postgresql_where=OPEN_WHERE,
        ),
        Index("ix_handoff_cases_topic", "topic_id"),
        Index("ix_handoff_cases_state", "state", "urgent", "opened_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    chat_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    state: Mapped[str] = mapped_column(String(16), nullable=False, default=OPEN)
    language: Mapped[str] = mapped_column(String(8), nullable=False)
    reason: Mapped[str] = mapped_column(String(32), nullable=False)
    urgent: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    entry_id: Mapped[str | None] = mapped_column(String(128))
    summary: Mapped[str | None] = mapped_column(Text)
    topic_id: Mapped[int | None] = mapped_column(BigInteger)
    topic_name: Mapped[str | None] = mapped_column(String(128))
    opened_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    first_staff_reply_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    reminder_sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    person_blocked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # A staff member's Telegram user id, or None when the person withdrew.
    closed_by: Mapped[int | None] = mapped_column(BigInteger)
    close_reason: Mapped[str | None] = mapped_column(String(16))  # staff | cancel


class CaseMessage(Base):
    """One message of a case: person -> topic, staff -> person, a note or a sent answer."""

    __tablename__ = "handoff_case_messages"
    __table_args__ = (Index("ix_handoff_case_messages_case", "case_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("handoff_cases.id", ondelete="CASCADE"), nullable=False
    )
    # in (person -> staff) | out (staff -> person) | note | answer | system
    direction: Mapped[str] = mapped_column(String(8), nullable=False)
    source_chat_id: Mapped[int | None] = mapped_column(BigInteger)
    source_message_id: Mapped[int | None] = mapped_column(BigInteger)
    copied_message_id: Mapped[int | None] = mapped_column(BigInteger)
    staff_user_id: Mapped[int | None] = mapped_column(BigInteger)
    # Only staff notes and sent entry ids are kept as text; copies keep ids only.
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class OutboxItem(Base):
    """A pending Bot API call; done once, keyed so that a replay does not enqueue it twice."""

    __tablename__ = "handoff_outbox"
    __table_args__ = (Index("ix_handoff_outbox_pending", "state", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    idempotency_key: Mapped[str] = mapped_column(String(160), nullable=False, unique=True)
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("handoff_cases.id", ondelete="CASCADE")
    )
    # Sends in one lane keep their order: "staff" or "person:<chat id>".
    lane: Mapped[str] = mapped_column(String(48), nullable=False)
    kind: Mapped[str] = mapped_column(String(24), nullable=False)
    payload: Mapped[dict] = mapped_column(JSON, nullable=False, default=dict)
    state: Mapped[str] = mapped_column(String(16), nullable=False, default="pending")
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    not_before: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    lease_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str | None] = mapped_column(String(300))
    result_message_id: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    done_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


__all__ = ["CLOSED", "OPEN", "Case", "CaseMessage", "OutboxItem", "aware"]
