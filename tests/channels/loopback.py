"""An aiohttp server on a random free port of 127.0.0.1, shared by the test servers."""

from __future__ import annotations

from aiohttp import web


class LoopbackServer:
    """Start and stop an aiohttp application on 127.0.0.1; subclasses add their routes."""

    port: int | None = None
    _runner: web.AppRunner | None = None

    def add_routes(self, app: web.Application) -> None:
        """Register the server's routes."""
        raise NotImplementedError

    async def start(self) -> None:
        """Listen on a random free port of 127.0.0.1."""
        app = web.Application()
        self.add_routes(app)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        """Stop listening."""
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def url(self) -> str:
        """The server's base URL."""
        return f"http://127.0.0.1:{self.port}"
