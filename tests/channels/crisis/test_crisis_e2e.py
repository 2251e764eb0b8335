"""Crisis mode end to end: the real gateway, the fake Bot API (a staff forum) and a scripted engine."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from channels.crisis.models import Crisis, CrisisPin
from channels.db.models import User
from tests.channels.conftest import GatewayProcess
from tests.channels.crisis.conftest import NOTICE, lines, read, staff_gateway_env
from tests.channels.fake_engine import FakeEngine
from tests.channels.handoff_support import NOT_STAFF_USER_ID, ForumTelegram, eventually

pytestmark = pytest.mark.asyncio

ANSWERS = {"housing": ("displaced.housing", "Temporary housing is offered by the shelters."),
           "visa": ("visa.evisa", "Apply for an e-visa online."),
           "permit": ("work.permit", "To work in Armenia you need a work permit.")}


class CrisisEngine(FakeEngine):
    """Answers a few entries by keyword; "case <entry id>" asks for staff on that entry."""

    def reply(self, body: dict[str, Any]) -> list[dict[str, Any]]:
        """The scripted reply."""
        sender, message = body["sender"], str(body["message"])
        if message.startswith("case "):
            entry = message.split()[1]
            return [{"recipient_id": sender, "text": "I will connect you with a person."},
                    {"recipient_id": sender, "custom": {"handoff": {"reason": "entry", "entry_id": entry,
                                                                    "summary": message, "urgent": False}}},
                    {"recipient_id": sender, "custom": {"language": "en", "action": "handoff"}}]
        for word, (entry, text) in ANSWERS.items():
            if word in message:
                return [{"recipient_id": sender, "text": text},
                        {"recipient_id": sender, "custom": {"language": "en", "action": "answer", "entry_id": entry}}]
        return super().reply(body)


def notice(language: str) -> str:
    """The notice as the person sees it (escaped as sent)."""
    return "⚠️ " + html.escape(NOTICE[language], quote=False)


async def ask(forum: ForumTelegram, chat: int, text: str, answer: str) -> list[str]:
    """The person asks; the texts they got for it, once the answer is there."""
    before = len(forum.texts_to(chat))
    forum.send_text(chat, text)
    await forum.wait_for(lambda s: answer in s.texts_to(chat)[before:], timeout=20)
    return forum.texts_to(chat)[before:]


async def staff(forum: ForumTelegram, command: str, expect: str, **kwargs: Any) -> str:
    """Staff write in the General topic; the reply that contains `expect`."""
    before = len(forum.staff_texts())
    forum.staff_says(command, **kwargs)
    await forum.wait_for(lambda s: any(expect in t for t in s.staff_texts()[before:]), timeout=20)
    return next(t for t in forum.staff_texts()[before:] if expect in t)


async def test_crisis_on_and_off(forum: ForumTelegram, fresh_db: str, tmp_path: Path) -> None:
    engine = CrisisEngine()
    await engine.start()
    gateway = GatewayProcess(staff_gateway_env(forum, engine.url, fresh_db), tmp_path / "gateway.log")
    await gateway.start()
    asker, subscriber, ordinary_case, crisis_case = 8_800_001, 8_800_002, 8_800_003, 8_800_004
    try:
        # Before: no notice.
        got = await ask(forum, asker, "housing please", ANSWERS["housing"][1])
        assert not any(t.startswith("⚠️") for t in got)
        forum.send_text(ordinary_case, "case visa.evisa")
        await eventually(lambda: "#1 · en" in " ".join(forum.topics.values()), timeout=20)

        on = await staff(forum, "/crisis on displaced, work.permit\n" + lines(NOTICE), "Crisis mode is on.")
        assert "<code>displaced</code>, <code>work.permit</code>" in on
        # Not on the allow-list: ignored.
        forum.staff_says("/crisis off", user_id=NOT_STAFF_USER_ID)
        bad = await staff(forum, "/crisis on displaced\nen: only English", "missing: hy, ru")
        assert "Usage: /crisis on" in bad

        # A case on a crisis topic is marked and queued first (after urgent ones).
        forum.send_text(crisis_case, "case displaced.housing")
        await eventually(lambda: any(name.startswith("🟠 CRISIS #2") for name in forum.topics.values()), timeout=20)
        topic = forum.topic_named("CRISIS #2")
        await forum.wait_for(lambda s: any("CRISIS: this case" in t for t in s.staff_texts(topic)), timeout=20)
        queue = await staff(forum, "/queue", "Open cases: 2")
        assert queue.index("#2") < queue.index("#1") and "🟠 " in queue

        # The next answer pins the notice (once), answers on crisis topics show it above them.
        got = await ask(forum, asker, "visa please", ANSWERS["visa"][1])
        assert got[-2:] == [notice("en"), ANSWERS["visa"][1]]
        [pin] = forum.calls_for("pinChatMessage", asker)
        assert pin.params["message_id"] == forum.messages_to(asker)[-2]["_message_id"]
        assert str(pin.params["disable_notification"]).lower() == "true"
        got = await ask(forum, asker, "housing please", ANSWERS["housing"][1])
        assert got[-2:] == [notice("en"), ANSWERS["housing"][1]]
        got = await ask(forum, asker, "permit", ANSWERS["permit"][1])
        assert got[-2:] == [notice("en"), ANSWERS["permit"][1]]
        got = await ask(forum, asker, "visa again", ANSWERS["visa"][1])
        assert notice("en") not in got
        assert len(forum.calls_for("pinChatMessage", asker)) == 1

        # /subscribe pins it at once, in the person's language.
        forum.send_command(subscriber, "/subscribe", language_code="ru")
        await forum.wait_for(lambda s: s.calls_for("pinChatMessage", subscriber), timeout=20)
        assert notice("ru") in forum.texts_to(subscriber)
        [(subscribed_at,)] = await read(fresh_db, select(User.subscribed_at).where(User.chat_id == subscriber))
        assert subscribed_at is not None

        state = await staff(forum, "/crisis", "Crisis mode is on since")
        # The person whose case opened got a reply too, so the notice is pinned there as well.
        assert forum.calls_for("pinChatMessage", crisis_case)
        assert "Notice pinned in 3 chats." in state and "Subscribed to announcements: 1." in state

        # Off: notices come down where they were pinned, answers and the queue are as before.
        await staff(forum, "/crisis off", "Crisis mode is off:")
        await forum.wait_for(lambda s: len(s.calls_for("unpinChatMessage")) == 3, timeout=20)
        unpinned = {(c.chat_id, int(c.params["message_id"])) for c in forum.calls_for("unpinChatMessage")}
        pinned = {(c.chat_id, int(c.params["message_id"])) for c in forum.calls_for("pinChatMessage")}
        assert unpinned == pinned
        async def all_unpinned() -> bool:
            return all(at is not None for (at,) in await read(fresh_db, select(CrisisPin.unpinned_at)))

        await eventually(all_unpinned, timeout=10)
        got = await ask(forum, asker, "housing again", ANSWERS["housing"][1])
        assert not any(t.startswith("⚠️") for t in got)
        queue = await staff(forum, "/queue", "Open cases: 2")
        assert queue.index("#1") < queue.index("#2") and "🟠" not in queue
        await staff(forum, "/crisis", "Crisis mode is off.")
        [(active, ended)] = await read(fresh_db, select(Crisis.active, Crisis.ended_at))
        assert active is None and ended is not None
    finally:
        await gateway.stop()
        await engine.stop()
