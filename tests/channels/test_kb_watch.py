"""Refused knowledge-base edits reach the staff group once each."""

from __future__ import annotations

import asyncio

import pytest

from channels import kb_watch
from channels.engine_client import EngineClient
from tests.channels.fake_engine import FakeEngine
from tests.channels.test_conversation import FakeHandoff


@pytest.mark.asyncio
async def test_each_new_refusal_is_posted_once_and_old_ones_are_not_repeated(fake_engine: FakeEngine) -> None:
    fake_engine.refusals = ["2026-11-30 10:00 UTC: old refusal, from before the gateway started"]
    client = EngineClient(fake_engine.url, timeout=2, token="tok")
    handoff = FakeHandoff()
    stopping = asyncio.Event()
    task = asyncio.create_task(kb_watch.watch(client, handoff, stopping, every=0.05))
    await asyncio.sleep(0.2)
    fake_engine.refusals.append("2026-11-30 10:05 UTC: Knowledge base not reloaded (1 errors): work.yml:12: <bad>")
    await asyncio.sleep(0.3)
    stopping.set()
    await task
    await client.close()
    assert [text for _key, text in handoff.told] == [
        "⚠️ 2026-11-30 10:05 UTC: Knowledge base not reloaded (1 errors): work.yml:12: &lt;bad&gt;"
    ]


@pytest.mark.asyncio
async def test_a_wrong_token_is_not_an_error_loop(fake_engine: FakeEngine) -> None:
    client = EngineClient(fake_engine.url, timeout=2, token="wrong")
    handoff = FakeHandoff()
    stopping = asyncio.Event()
    task = asyncio.create_task(kb_watch.watch(client, handoff, stopping, every=0.05))
    await asyncio.sleep(0.2)
    stopping.set()
    await task
    await client.close()
    assert handoff.told == []
