"""Tables of crisis mode: crises, their pinned notices, announcements and one delivery per person."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, BigInteger, DateTime, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from channels.db.base import Base
from channels.db.models import utcnow

# Delivery states. "claimed" is written before the Bot API call and never sent again:
# a row still claimed after a crash may or may not have reached the person.
PENDING = "pending"
CLAIMED = "claimed"
SENT = "sent"
BLOCKED = "blocked"
FAILED = "failed"
CANCELLED = "cancelled"  # the person unsubscribed before their turn came


class Crisis(Base):
    """One period of crisis mode: its topics and its notice in three languages."""

    __tablename__ = "crises"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # 1 while on, NULL once ended: unique, so at most one crisis is on (NULLs never collide).
    active: Mapped[int | None] = mapped_column(Integer, unique=True)
    # Knowledge-base entry id prefixes, e.g. ["displaced", "residence.temporary"].
    topics: Mapped[list] = mapped_column(JSON, nullable=False, default=list)
    notice: Mapped[dict] = mapped_column(JSON, nullable=False, default=dict)  # {"hy": ..., "ru": ..., "en": ...}
    started_by: Mapped[int | None] = mapped_column(BigInteger)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    ended_by: Mapped[int | None] = mapped_column(BigInteger)


class CrisisPin(Base):
    """The notice pinned in one person's chat for one crisis (at most once)."""

    __tablename__ = "crisis_pins"
    __table_args__ = (
        UniqueConstraint("crisis_id", "chat_id"),
        Index("ix_crisis_pins_unpin", "crisis_id", "unpinned_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    crisis_id: Mapped[int] = mapped_column(ForeignKey("crises.id", ondelete="CASCADE"), nullable=False)
    chat_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    pinned_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    unpinned_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Announcement(Base):
    """One announcement from staff to everyone subscribed when it was made."""

    __tablename__ = "announcements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # The staff message it came from: the same update handled twice makes one announcement.
    source: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    texts: Mapped[dict] = mapped_column(JSON, nullable=False)  # {"hy": ..., "ru": ..., "en": ...}
    crisis_id: Mapped[int | None] = mapped_column(ForeignKey("crises.id", ondelete="SET NULL"))
    created_by: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    recipients: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    # Only one gateway replica sends at a time, so the pace is the pace of the whole deployment.
    lease_owner: Mapped[str | None] = mapped_column(String(64))
    lease_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Delivery(Base):
    """The announcement to one person: claimed once, sent at most once."""

    __tablename__ = "announcement_deliveries"
    __table_args__ = (
        UniqueConstraint("announcement_id", "chat_id"),
        Index("ix_announcement_deliveries_state", "announcement_id", "state", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    announcement_id: Mapped[int] = mapped_column(ForeignKey("announcements.id", ondelete="CASCADE"),
                                                 nullable=False)
    chat_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    language: Mapped[str] = mapped_column(String(8), nullable=False)
    state: Mapped[str] = mapped_column(String(16), nullable=False, default=PENDING)
    claimed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    done_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    error: Mapped[str | None] = mapped_column(String(200))
