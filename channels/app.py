"""Composition root: settings, database, engine client, bot, dispatcher, polling or webhook."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from datetime import timedelta
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.dispatcher.event.bases import UNHANDLED
from aiogram.enums import ParseMode
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiogram.types import BotCommand, ErrorEvent, Update, User
from aiohttp import web
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from channels import delivery, kb_watch, retention
from channels.chat_lock import chat_locks
from channels.conversation import Conversation
from channels.crisis.service import CrisisService
from channels.crisis.settings import CrisisSettings
from channels.db import migrate
from channels.db.repo import Repository
from channels.db.session import create_engine, create_session_factory
from channels.effects import EffectMiddleware
from channels.engine_client import EngineClient, EngineUnavailable
from channels.handoff_port import HandoffPort
from channels.health import DatabaseHealth, is_outage, short
from channels.i18n import LANGUAGES, N_, Catalogs
from channels.inbox import Inbox, RetryLater, backoff, chat_key
from channels.inline_filters import inline_magic_filters
from channels.logs import setup_logging
from channels.metrics import BotApiMetricsMiddleware, GatewayMetrics
from channels.middlewares import PersonMiddleware
from channels.probes import Probes
from channels.retry import RetryMiddleware
from channels.routers import person_routers, relay
from channels.settings import Settings, SettingsError, load_settings

log = logging.getLogger("channels")

COMMANDS = {
    "start": N_("Start again"),
    "menu": N_("Topics"),
    "language": N_("Change the language"),
    "settings": N_("Who you are, your language"),
    "help": N_("What I can do"),
    "privacy": N_("Privacy"),
    "subscribe": N_("Get announcements from staff"),
    "unsubscribe": N_("Stop announcements from staff"),
    "delete_my_data": N_("Delete my data"),
}


def build_bot(settings: Settings, session_factory: async_sessionmaker[AsyncSession], metrics: GatewayMetrics | None = None) -> Bot:
    """Bot on the configured Bot API server, with the retry middleware on its session."""
    metrics = metrics or GatewayMetrics()
    session = AiohttpSession(api=TelegramAPIServer.from_base(str(settings.telegram_api_base).rstrip("/")))

    # Outermost first: a call retried after a 429 is still one effect of its update.
    session.middleware(EffectMiddleware())
    session.middleware(RetryMiddleware(on_forbidden=Repository(session_factory).set_blocked, on_retry=metrics.retry))
    session.middleware(BotApiMetricsMiddleware(metrics))  # innermost: every attempt is counted
    return Bot(
        settings.telegram_bot_token.get_secret_value(),
        session=session,
        default=DefaultBotProperties(parse_mode=ParseMode.HTML, link_preview_is_disabled=True),
    )


def build_handoff(
    settings: Settings, bot: Bot, session_factory: async_sessionmaker[AsyncSession], engine: EngineClient
) -> HandoffPort | None:
    """The staff handoff, when STAFF_CHAT_ID is set and the handoff package is present."""
    if settings.staff_chat_id is None:
        return None
    from pydantic import ValidationError

    from channels.handoff.wiring import build_handoff as build  # optional part

    try:
        return build(bot, session_factory, settings, engine)
    except ValidationError as exc:
        first = exc.errors()[0]
        name = ".".join(str(part) for part in first["loc"]).upper() or "handoff settings"
        raise SettingsError(f"{name} is malformed or missing: {first['msg']}") from None


def build_crisis(
    bot: Bot, session_factory: async_sessionmaker[AsyncSession], catalogs: Catalogs, handoff: HandoffPort | None
) -> CrisisService:
    """Crisis mode; its settings (BROADCAST_PER_SECOND, ...) are read here, once."""
    from pydantic import ValidationError

    try:
        settings = CrisisSettings()
    except ValidationError as exc:
        first = exc.errors()[0]
        name = ".".join(str(part) for part in first["loc"]).upper() or "crisis settings"
        raise SettingsError(f"{name} is malformed: {first['msg']}") from None
    staff_language = getattr(getattr(handoff, "settings", None), "staff_language", "en")
    return CrisisService(bot, session_factory, catalogs, settings, handoff, staff_language)


def create_dispatcher(
    settings: Settings,
    bot: Bot,
    session_factory: async_sessionmaker[AsyncSession],
    engine: EngineClient,
    catalogs: Catalogs,
    handoff: HandoffPort | None,
    metrics: GatewayMetrics | None = None,
    crisis: CrisisService | None = None,
) -> Dispatcher:
    """Wire every router and middleware; dependencies reach handlers by parameter name."""
    repo = Repository(session_factory)
    crisis = crisis or build_crisis(bot, session_factory, catalogs, handoff)
    conversation = Conversation(bot, engine, repo, catalogs, handoff, metrics, crisis.notices)
    dp = Dispatcher(
        settings=settings,
        repo=repo,
        engine=engine,
        catalogs=catalogs,
        handoff=handoff,
        conversation=conversation,
        crisis=crisis,
    )
    person = PersonMiddleware(repo, catalogs, settings.pseudonym_secret.get_secret_value())
    dp.message.outer_middleware(person)
    dp.callback_query.outer_middleware(person)
    routers = person_routers()
    for router in (*routers, relay.router):
        # Module-level routers can be attached to one dispatcher at a time; a new dispatcher
        # (tests build several in one process) takes them over.
        router._parent_router = None
    if handoff is not None:
        from channels.crisis import commands as crisis_commands  # uses the optional handoff's staff filter

        crisis_commands.router._parent_router = None
        # Crisis commands first: the staff router's last handler takes every message of the group.
        dp.include_routers(crisis_commands.router, handoff.router, relay.router)
    dp.include_routers(*routers)
    inline_magic_filters(dp)

    @dp.errors()
    async def on_error(event: ErrorEvent) -> Any:
        if retryable(event.exception):
            return UNHANDLED  # raised to the inbox, which tries the update again later
        if isinstance(event.exception, TelegramForbiddenError):
            log.info("update %s: the person blocked the bot", event.update.update_id)
        else:
            log.error("update %s failed: %s", event.update.update_id, type(event.exception).__name__)
        return True

    return dp


def retryable(exc: BaseException) -> bool:
    """An error that passes by itself (an outage), so the update is handled again later."""
    if isinstance(exc, RetryLater | EngineUnavailable | TelegramRetryAfter | TelegramNetworkError | TelegramServerError):
        return True
    return is_outage(exc)


OUTAGE_APOLOGY = N_(
    "Sorry, I cannot answer right now because of a technical problem. "
    "I have kept your message and will answer as soon as it is fixed."
)
GIVEN_UP = N_("Sorry, I could not process your message because of a technical problem. Please send it again.")


def update_language(update: Update) -> str:
    """The language Telegram reports for the sender (the database may be down)."""
    user = getattr(update.event, "from_user", None)
    code = (getattr(user, "language_code", None) or "en").split("-")[0]
    return code if code in LANGUAGES else "en"


class Gateway:
    """A running gateway: durable intake, per-person order, polling or webhook."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.db_engine = create_engine(settings.database_url)
        self.session_factory = create_session_factory(self.db_engine)
        self.catalogs = Catalogs()
        self.metrics = GatewayMetrics()
        self.engine = EngineClient(
            str(settings.rasa_url),
            settings.engine_timeout,
            settings.rasa_token.get_secret_value() if settings.rasa_token else None,
            self.metrics,
        )
        self.bot = build_bot(settings, self.session_factory, self.metrics)
        self.handoff = build_handoff(settings, self.bot, self.session_factory, self.engine)
        self.crisis = build_crisis(self.bot, self.session_factory, self.catalogs, self.handoff)
        self.dp = create_dispatcher(
            settings, self.bot, self.session_factory, self.engine, self.catalogs, self.handoff, self.metrics, self.crisis
        )
        self.health = DatabaseHealth()
        self.inbox = Inbox(
            self.session_factory,
            self.bot,
            self.dispatch,
            self.health,
            on_give_up=self.give_up,
            retry_delay=lambda attempts: backoff(attempts, settings.retry_max_delay),
            locks=chat_locks(self.db_engine),
        )
        self.probes = Probes(self.metrics, self.session_factory, self.engine, lambda: self.inbox.busy)
        self.stopping = asyncio.Event()
        self._apologised: set[int] = set()

    async def dispatch(self, update: Update) -> None:
        """Handle one stored update; an outage raises, so the inbox tries it again."""
        await self.dp.feed_update(self.bot, update)

    async def intake(self, updates: list[Update]) -> bool:
        """Store updates before they are confirmed; on a database outage, apologise once a chat."""
        try:
            chats = await self.inbox.record(updates)
        except Exception as exc:
            self.health.failed(exc)
            if not is_outage(exc):
                raise
            await self.apologise(updates)
            return False
        self.health.ok()
        self.metrics.received(updates)
        self._apologised.clear()
        self.inbox.wake(chats)
        return True

    async def apologise(self, updates: list[Update]) -> None:
        """Tell each person once per outage that the answer will come later."""
        for item in updates:
            key = chat_key(item)
            if key <= 0 or key in self._apologised:  # groups (the staff) have negative ids
                continue
            self._apologised.add(key)
            _ = self.catalogs.gettext(update_language(item))
            with contextlib.suppress(TelegramAPIError):
                await self.bot.send_message(key, _(OUTAGE_APOLOGY))

    async def give_up(self, update: Update) -> None:
        """After the last retry: say so, so the person is not left waiting."""
        key = chat_key(update)
        if key > 0:
            _ = self.catalogs.gettext(update_language(update))
            await self.bot.send_message(key, _(GIVEN_UP))

    async def wait_for_telegram(self) -> User:
        """getMe until the Bot API answers; a refused token stops start-up with one line."""
        while True:
            try:
                return await self.bot.get_me()
            except TelegramUnauthorizedError:
                raise SettingsError("TELEGRAM_BOT_TOKEN was refused by the Bot API (401)") from None
            except (TelegramNetworkError, TelegramServerError) as exc:
                log.warning("Bot API unreachable at start-up (%s), retrying in 5 s", type(exc).__name__)
                try:
                    await asyncio.wait_for(self.stopping.wait(), timeout=5)
                except TimeoutError:
                    continue
                raise SystemExit(0) from None

    async def set_commands(self) -> None:
        """Command menu in each language (non-fatal)."""
        for language in LANGUAGES:
            _ = self.catalogs.gettext(language)
            commands = [BotCommand(command=c, description=_(d)) for c, d in COMMANDS.items()]
            with contextlib.suppress(TelegramAPIError):
                await self.bot.set_my_commands(commands, language_code=None if language == "en" else language)

    async def poll(self) -> None:
        """Long polling into the inbox."""
        await delivery.poll(self.bot, self.dp, self.settings.polling_timeout, self.intake, self.stopping)

    async def webhook(self) -> web.AppRunner:
        """Webhook server into the inbox, with the probes on the same port."""
        return await delivery.webhook(self.bot, self.dp, self.settings, self.intake, self.probes)

    async def serve_probes(self) -> web.AppRunner:
        """/healthz and /metrics on METRICS_HOST:METRICS_PORT; a port in use stops start-up with one line."""
        try:
            return await self.probes.serve(self.settings.metrics_host, self.settings.metrics_port)
        except OSError as exc:
            raise SettingsError(f"METRICS_PORT {self.settings.metrics_port} cannot be used: {exc.strerror or exc}") from None

    async def run(self) -> None:
        """Run until SIGINT or SIGTERM, then let queued work finish."""
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, self.stopping.set)
        # Telegram keeps unconfirmed updates for 24 hours; a week of ids is plenty.
        await self.inbox.prune(timedelta(days=7))
        runner: web.AppRunner | None = None
        probes_runner: web.AppRunner | None = None
        poller: asyncio.Task[None] | None = None
        scanner: asyncio.Task[None] | None = None
        kb_watcher: asyncio.Task[None] | None = None
        purger: asyncio.Task[None] | None = None
        broadcaster: asyncio.Task[None] | None = None
        started = False
        try:
            me = await self.wait_for_telegram()
            mode = "webhook" if self.settings.webhook_mode else "polling"
            log.info("gateway started as bot id %s (%s mode)", me.id, mode)
            if self.settings.rasa_token is None:
                log.error("RASA_TOKEN is not set: /delete_my_data cannot delete conversations in the engine")
            await self.set_commands()
            await self.dp.emit_startup(bot=self.bot, dispatcher=self.dp, **self.dp.workflow_data)
            started = True
            if self.settings.webhook_mode:
                runner = await self.webhook()
            else:
                poller = asyncio.create_task(self.poll())
            if self.settings.metrics_server:
                probes_runner = await self.serve_probes()
            # Also picks up what a crash left pending.
            scanner = asyncio.create_task(self.inbox.scan(self.stopping))
            purger = asyncio.create_task(retention.run_daily(self.session_factory, self.settings.retention_days, self.stopping, self.engine))
            # Resumes announcements and unpinning a stop or a crash left unfinished.
            broadcaster = asyncio.create_task(self.crisis.run(self.stopping, self.health))
            if self.handoff is not None:
                kb_watcher = asyncio.create_task(
                    kb_watch.watch(self.engine, self.handoff, self.stopping, self.settings.kb_watch_seconds)
                )
            print("gateway ready", file=sys.stderr, flush=True)
            await self.stopping.wait()
        finally:
            if poller is not None:
                poller.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await poller
            if runner is not None:
                await runner.cleanup()
            if probes_runner is not None:
                await probes_runner.cleanup()
            for task in (scanner, kb_watcher, purger, broadcaster):
                if task is not None:
                    await task
            await self.inbox.drain(timeout=10)
            await self.inbox.locks.close()
            await self.dp.emit_shutdown(bot=self.bot, dispatcher=self.dp, **self.dp.workflow_data)
            await self.engine.close()
            await self.bot.session.close()
            await self.db_engine.dispose()
            if started:
                log.info("gateway stopped")


async def run(settings: Settings) -> None:
    """Migrate the database, then run the gateway."""
    await asyncio.to_thread(migrate.upgrade, settings.database_url)
    await Gateway(settings).run()


def main(argv: list[str] | None = None) -> Any:
    """``python -m channels``: read settings once; a bad setting exits 2 with one line."""
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"migrabot gateway: configuration error: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
    secrets = [settings.telegram_bot_token.get_secret_value(), settings.pseudonym_secret.get_secret_value()]
    if settings.telegram_webhook_secret:
        secrets.append(settings.telegram_webhook_secret.get_secret_value())
    if settings.rasa_token:
        secrets.append(settings.rasa_token.get_secret_value())
    setup_logging(settings.log_level, secrets)
    try:
        asyncio.run(run(settings))
    except SettingsError as exc:
        print(f"migrabot gateway: configuration error: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
    except KeyboardInterrupt:
        pass
    except Exception as exc:
        if not is_outage(exc):
            raise
        # Start-up only (later outages are retried): one line, not a traceback.
        where = make_url(settings.database_url).render_as_string(hide_password=True)
        print(f"migrabot gateway: cannot reach the database {where}: {short(exc)}", file=sys.stderr)
        raise SystemExit(2) from None
