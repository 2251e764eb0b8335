"""Sequencer: one chat's updates in order, different chats concurrently."""

import asyncio
import random

import pytest
from aiogram.types import Update

from channels.sequencer import Sequencer
from tests.channels.fake_telegram import FakeTelegram


def update(fake: FakeTelegram, chat_id: int, text: str) -> Update:
    return Update.model_validate(fake.message_update(chat_id, text=text))


@pytest.mark.asyncio
async def test_order_per_chat_and_concurrency() -> None:
    fake = FakeTelegram()
    handled: dict[int, list[str]] = {1: [], 2: []}
    active: set[int] = set()
    overlap = False

    async def handler(u: Update) -> None:
        nonlocal overlap
        chat = u.message.chat.id  # type: ignore[union-attr]
        assert chat not in active, "two updates of one chat at once"
        active.add(chat)
        if len(active) > 1:
            overlap = True
        await asyncio.sleep(random.uniform(0, 0.01))
        handled[chat].append(u.message.text)  # type: ignore[union-attr]
        active.discard(chat)

    sequencer = Sequencer(handler)
    for i in range(30):
        sequencer.submit(update(fake, 1, f"a{i}"))
        if i % 3 == 0:
            sequencer.submit(update(fake, 2, f"b{i}"))
    await sequencer.drain(timeout=10)
    assert handled[1] == [f"a{i}" for i in range(30)]
    assert handled[2] == [f"b{i}" for i in range(0, 30, 3)]
    assert overlap
    assert sequencer.busy == 0


@pytest.mark.asyncio
async def test_failing_update_does_not_stop_the_chat() -> None:
    fake = FakeTelegram()
    seen: list[str] = []

    async def handler(u: Update) -> None:
        seen.append(u.message.text)  # type: ignore[union-attr]
        if u.message.text == "boom":  # type: ignore[union-attr]
            raise RuntimeError("boom")

    sequencer = Sequencer(handler)
    for text in ("one", "boom", "three"):
        sequencer.submit(update(fake, 1, text))
    await sequencer.drain(timeout=5)
    assert seen == ["one", "boom", "three"]
