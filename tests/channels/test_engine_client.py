"""Engine client: request shape, reply parsing, failures become EngineUnavailable."""

import time

import pytest

from channels.engine_client import EngineClient, EngineReply, EngineUnavailable
from tests.channels.conftest import free_port
from tests.channels.fake_engine import FakeEngine


@pytest.mark.asyncio
async def test_request_and_reply(fake_engine: FakeEngine) -> None:
    client = EngineClient(fake_engine.url, timeout=5)
    try:
        reply = await client.send("abc", "Как получить ВНЖ?", {"preferred_language": None})
    finally:
        await client.close()
    assert fake_engine.requests[0] == {
        "sender": "abc",
        "message": "Как получить ВНЖ?",
        "metadata": {"preferred_language": None},
    }
    assert reply.language == "ru"
    assert reply.action == "answer"
    assert reply.entry_id == "work.permit"
    text, buttons = reply.texts[0]
    assert "разрешение" in text
    assert buttons[0].payload.startswith("/feedback")


def test_parse_signals() -> None:
    reply = EngineReply.parse(
        [
            {"recipient_id": "x", "text": "Call 112."},
            {"recipient_id": "x", "custom": {"handoff": {"reason": "urgent", "urgent": True}}},
            {"recipient_id": "x", "custom": {"fallback": {"text": "???"}}},
            {"recipient_id": "x", "custom": {"language": "hy", "action": "urgent"}},
            "garbage",
        ]
    )
    assert reply.texts == [("Call 112.", [])]
    assert reply.handoff == {"reason": "urgent", "urgent": True}
    assert reply.fallback_text == "???"
    assert (reply.language, reply.action) == ("hy", "urgent")


@pytest.mark.asyncio
async def test_slow_engine_times_out(fake_engine: FakeEngine) -> None:
    fake_engine.delay = 5
    client = EngineClient(fake_engine.url, timeout=0.5)
    started = time.monotonic()
    with pytest.raises(EngineUnavailable):
        await client.send("abc", "hello", {})
    assert time.monotonic() - started < 2
    await client.close()


@pytest.mark.asyncio
async def test_engine_error_status(fake_engine: FakeEngine) -> None:
    fake_engine.status = 500
    client = EngineClient(fake_engine.url, timeout=2)
    with pytest.raises(EngineUnavailable, match="500"):
        await client.send("abc", "hello", {})
    await client.close()


@pytest.mark.asyncio
async def test_engine_down() -> None:
    client = EngineClient(f"http://127.0.0.1:{free_port()}", timeout=2)
    with pytest.raises(EngineUnavailable, match="unreachable"):
        await client.send("abc", "hello", {})
    await client.close()


@pytest.mark.asyncio
async def test_forget_asks_the_engine_with_the_token_in_a_header(fake_engine: FakeEngine) -> None:
    client = EngineClient(fake_engine.url, timeout=2, token="tok")
    await client.forget("abc")
    await client.close()
    assert fake_engine.requests == [{"forget": "abc", "token": "tok"}]


@pytest.mark.asyncio
async def test_forget_without_a_token_is_an_error_not_a_silent_no(fake_engine: FakeEngine) -> None:
    client = EngineClient(fake_engine.url, timeout=2)
    with pytest.raises(EngineUnavailable, match="RASA_TOKEN"):
        await client.forget("abc")
    await client.close()
    assert fake_engine.requests == []


@pytest.mark.asyncio
async def test_entry_asks_as_the_person_in_their_language(fake_engine: FakeEngine) -> None:
    client = EngineClient(fake_engine.url, timeout=2)
    try:
        found = await client.entry("abc", "work.permit", "ru")
    finally:
        await client.close()
    assert fake_engine.requests == [{
        "sender": "abc",
        "message": '/entry{"entry_id":"work.permit"}',
        "metadata": {"preferred_language": "ru", "telegram_language_code": "ru"},
    }]
    assert found is not None and "разрешение" in found[0]


@pytest.mark.asyncio
async def test_entry_unknown_to_the_engine_is_none(fake_engine: FakeEngine) -> None:
    fake_engine.reply = lambda body: [  # type: ignore[method-assign]
        {"recipient_id": body["sender"], "text": "Sorry, I did not understand."},
        {"recipient_id": body["sender"], "custom": {"language": "en", "action": "fallback"}},
    ]
    client = EngineClient(fake_engine.url, timeout=2)
    try:
        assert await client.entry("abc", "no.such.entry", "en") is None
    finally:
        await client.close()


@pytest.mark.asyncio
async def test_entry_when_the_engine_fails(fake_engine: FakeEngine) -> None:
    fake_engine.status = 500
    client = EngineClient(fake_engine.url, timeout=2)
    try:
        with pytest.raises(EngineUnavailable, match="500"):
            await client.entry("abc", "work.permit", "en")
    finally:
        await client.close()
