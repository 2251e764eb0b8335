"""Settings: read once, one clear line and exit 2 on a missing or malformed value."""

import asyncio
import subprocess
from pathlib import Path

import pytest

from channels.settings import SettingsError, load_settings
from tests.channels.conftest import GATEWAY_PYTHON, ROOT, gateway_env
from tests.channels.fake_telegram import FakeTelegram

GOOD = {"TELEGRAM_BOT_TOKEN": "123:abc", "PSEUDONYM_SECRET": "x" * 20}


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in (
        "TELEGRAM_BOT_TOKEN",
        "PSEUDONYM_SECRET",
        "TELEGRAM_WEBHOOK_URL",
        "TELEGRAM_WEBHOOK_SECRET",
        "DATABASE_URL",
        "RASA_URL",
        "ENGINE_TIMEOUT",
        "TELEGRAM_API_BASE",
        "STAFF_CHAT_ID",
    ):
        monkeypatch.delenv(name, raising=False)
    for name, value in GOOD.items():
        monkeypatch.setenv(name, value)
    return monkeypatch


def test_defaults(env: pytest.MonkeyPatch) -> None:
    settings = load_settings()
    assert str(settings.rasa_url).startswith("http://127.0.0.1:5005")
    assert str(settings.telegram_api_base).startswith("https://api.telegram.org")
    assert settings.engine_timeout == 8
    assert settings.database_url.endswith("var/gateway.sqlite3")
    assert not settings.webhook_mode
    assert "abc" not in repr(settings)  # the token is a secret


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("TELEGRAM_BOT_TOKEN", None, "TELEGRAM_BOT_TOKEN is not set"),
        ("PSEUDONYM_SECRET", None, "PSEUDONYM_SECRET is not set"),
        ("PSEUDONYM_SECRET", "short", "PSEUDONYM_SECRET is malformed"),
        ("TELEGRAM_BOT_TOKEN", "nocolon", "TELEGRAM_BOT_TOKEN is malformed"),
        ("RASA_URL", "not a url", "RASA_URL is malformed"),
        ("ENGINE_TIMEOUT", "soon", "ENGINE_TIMEOUT is malformed"),
        ("DATABASE_URL", "mysql://x", "DATABASE_URL is malformed"),
        ("TELEGRAM_WEBHOOK_URL", "https://example.org/hook", "TELEGRAM_WEBHOOK_SECRET is not set"),
    ],
)
def test_bad_setting(env: pytest.MonkeyPatch, name: str, value: str | None, expected: str) -> None:
    if value is None:
        env.delenv(name)
    else:
        env.setenv(name, value)
    with pytest.raises(SettingsError, match=expected) as info:
        load_settings()
    assert "\n" not in str(info.value)


def test_process_exits_2_with_one_line() -> None:
    done = subprocess.run(
        [str(GATEWAY_PYTHON), "-m", "channels"],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "PSEUDONYM_SECRET": "x" * 20},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert lines == ["migrabot gateway: configuration error: TELEGRAM_BOT_TOKEN is not set"]


@pytest.mark.asyncio
async def test_refused_token_exits_2_with_one_line(telegram: FakeTelegram, tmp_path: Path) -> None:
    telegram.valid_tokens = {"999:another-token"}
    env = gateway_env(telegram, "http://127.0.0.1:9", f"sqlite:///{tmp_path / 'gw.sqlite3'}")
    proc = await asyncio.create_subprocess_exec(
        str(GATEWAY_PYTHON), "-m", "channels", cwd=ROOT, env=env, stderr=asyncio.subprocess.PIPE
    )
    _out, err = await asyncio.wait_for(proc.communicate(), timeout=60)
    assert proc.returncode == 2
    assert err.decode().strip().splitlines() == [
        "migrabot gateway: configuration error: TELEGRAM_BOT_TOKEN was refused by the Bot API (401)"
    ]


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "url",
    ["postgresql://postgres:secret-pw@127.0.0.1:9/none", "sqlite:////proc/no-such-dir/gw.sqlite3"],
    ids=["postgresql-refused", "sqlite-unwritable"],
)
async def test_an_unreachable_database_at_start_up_is_one_line(telegram: FakeTelegram, url: str) -> None:
    env = gateway_env(telegram, "http://127.0.0.1:9", url)
    proc = await asyncio.create_subprocess_exec(
        str(GATEWAY_PYTHON), "-m", "channels", cwd=ROOT, env=env, stderr=asyncio.subprocess.PIPE
    )
    _out, err = await asyncio.wait_for(proc.communicate(), timeout=60)
    lines = err.decode().strip().splitlines()
    assert proc.returncode == 2
    assert len(lines) == 1 and lines[0].startswith("migrabot gateway: cannot reach the database "), lines
    assert "secret-pw" not in lines[0]
