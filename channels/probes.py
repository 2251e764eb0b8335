"""``/healthz`` and ``/metrics`` for load balancers and Prometheus, on the webhook app or a server of their own."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from aiohttp import web
from prometheus_client.aiohttp import make_aiohttp_handler
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from channels.db import repo
from channels.engine_client import EngineClient, EngineUnavailable
from channels.health import short
from channels.metrics import GatewayMetrics

log = logging.getLogger(__name__)

CHECK_TIMEOUT = 2.0  # a load balancer's probe gives up after a few seconds


class Probes:
    """Answers whether the gateway can serve now (database and engine) and what it has done."""

    def __init__(
        self,
        metrics: GatewayMetrics,
        session_factory: async_sessionmaker[AsyncSession],
        engine: EngineClient,
        busy_chats: Callable[[], int],
    ) -> None:
        self.metrics = metrics
        self.session_factory = session_factory
        self.engine = engine
        self.busy_chats = busy_chats
        self._exposition = make_aiohttp_handler(metrics.registry)

    async def pending(self) -> int:
        """Updates waiting in the inbox; raises when the database does not answer."""
        async with asyncio.timeout(CHECK_TIMEOUT):
            async with self.session_factory() as session:
                return await repo.pending_updates(session)

    async def _database(self) -> tuple[str, int | None]:
        try:
            pending = await self.pending()
        except Exception as exc:  # whatever the driver raises, the answer is "down"
            return f"unreachable: {short(exc)}", None
        return "ok", pending

    async def _engine(self) -> str:
        try:
            await self.engine.ready(CHECK_TIMEOUT)
        except EngineUnavailable as exc:
            return str(exc)
        return "ok"

    async def healthz(self, _request: web.Request) -> web.Response:
        """200 when the database and the engine answer, else 503 with the reason."""
        (database, pending), engine = await asyncio.gather(self._database(), self._engine())
        body: dict[str, Any] = {"database": database, "engine": engine, "inbox_pending": pending}
        problems = [f"{name}: {state}" for name, state in (("database", database), ("engine", engine)) if state != "ok"]
        if problems:
            return web.json_response({"status": "unavailable", "reason": "; ".join(problems), **body}, status=503)
        return web.json_response({"status": "ok", **body})

    async def readyz(self, _request: web.Request) -> web.Response:
        """200 when this replica can store updates (its database answers): for a load balancer.

        The engine is left out on purpose: updates are stored and answered once it is back.
        """
        database, pending = await self._database()
        if database != "ok":
            return web.json_response({"status": "unavailable", "reason": f"database: {database}"}, status=503)
        return web.json_response({"status": "ok", "inbox_pending": pending})

    async def scrape(self, request: web.Request) -> web.StreamResponse:
        """The metrics, with the inbox read from the database at this moment."""
        self.metrics.inbox_busy.set(self.busy_chats())
        database, pending = await self._database()
        self.metrics.database_up.set(1 if database == "ok" else 0)
        if pending is not None:
            self.metrics.inbox_pending.set(pending)
        return await self._exposition(request)

    def add_routes(self, app: web.Application) -> None:
        """Mount ``/healthz`` and ``/metrics`` on an aiohttp app."""
        app.router.add_get("/healthz", self.healthz)
        app.router.add_get("/readyz", self.readyz)
        app.router.add_get("/metrics", self.scrape)

    async def serve(self, host: str, port: int) -> web.AppRunner:
        """A small server of their own (polling mode, or a private port beside the webhook)."""
        app = web.Application()
        self.add_routes(app)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        try:
            await web.TCPSite(runner, host, port).start()
        except OSError:
            await runner.cleanup()
            raise
        log.info("health and metrics on http://%s:%d/healthz and /metrics", host, port)
        return runner
