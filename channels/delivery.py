"""How updates reach the gateway from Telegram: long polling or a webhook, both into the inbox."""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
from collections.abc import Awaitable, Callable

from aiogram import Bot, Dispatcher
from aiogram.exceptions import TelegramAPIError, TelegramNetworkError
from aiogram.types import Update
from aiohttp import web
from yarl import URL

from channels.probes import Probes
from channels.settings import Settings

log = logging.getLogger("channels")
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# Stores updates durably; False on a database outage (the update is not confirmed to Telegram).
Intake = Callable[[list[Update]], Awaitable[bool]]


async def poll(bot: Bot, dp: Dispatcher, timeout: int, intake: Intake, stopping: asyncio.Event) -> None:
    """Long polling: updates are queued per person in arrival order."""
    with contextlib.suppress(TelegramAPIError):
        await bot.delete_webhook(drop_pending_updates=False)
    allowed = dp.resolve_used_update_types()
    offset: int | None = None
    failures = 0
    outage = 0
    while not stopping.is_set():
        try:
            updates = await bot.get_updates(
                offset=offset, timeout=timeout, allowed_updates=allowed, request_timeout=timeout + 10
            )
        except (TelegramNetworkError, TelegramAPIError) as exc:
            failures += 1
            log.warning("getUpdates failed (%s), retrying", type(exc).__name__)
            await asyncio.sleep(min(30.0, 0.5 * 2 ** min(failures, 6)))
            continue
        failures = 0
        if not updates:
            continue
        if await intake(updates):
            offset = max(u.update_id for u in updates) + 1  # confirmed by the next call, after the commit
            outage = 0
        else:
            outage = min(outage + 1, 6)
            await asyncio.sleep(min(10.0, 0.5 * 2**outage))

async def webhook(bot: Bot, dp: Dispatcher, settings: Settings, intake: Intake, probes: Probes) -> web.AppRunner:
    """Webhook server: wrong or missing secret -> 401, the update is not processed."""
    url = str(settings.telegram_webhook_url)
    secret = settings.telegram_webhook_secret
    assert secret is not None
    expected = secret.get_secret_value().encode()
    path = URL(url).path or "/"

    async def receive(request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, expected):
            log.warning("webhook call with a wrong or missing secret")
            return web.Response(status=401)
        try:
            update = Update.model_validate(await request.json(), context={"bot": bot})
        except ValueError:
            return web.Response(status=400)
        if not await intake([update]):
            return web.Response(status=503)  # Telegram sends it again later
        return web.Response(status=200)

    app = web.Application()
    app.router.add_post(path, receive)
    probes.add_routes(app)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, settings.webhook_listen_host, settings.webhook_listen_port)
    await site.start()
    await bot.set_webhook(
        url,
        secret_token=secret.get_secret_value(),
        allowed_updates=dp.resolve_used_update_types(),
    )
    return runner

