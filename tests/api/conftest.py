"""Fixtures: a scripted loopback server, and clients wired to it with a recording sleep."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest
from hostile_server import HostileServer
from scripted_server import KEY, RecordingSleep, ScriptedServer

from runway_desktop.api import RetryPolicy, RunwayClient

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture(autouse=True)
def _no_proxies(monkeypatch):
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.fixture
async def server() -> AsyncIterator[ScriptedServer]:
    scripted = ScriptedServer()
    await scripted.start()
    yield scripted
    await scripted.stop()


@pytest.fixture
async def hostile() -> AsyncIterator[HostileServer]:
    misbehaving = HostileServer()
    await misbehaving.start()
    yield misbehaving
    await misbehaving.stop()


@pytest.fixture
def sleep() -> RecordingSleep:
    return RecordingSleep()


@pytest.fixture
async def make_client(sleep) -> AsyncIterator[Callable[..., RunwayClient]]:
    clients: list[RunwayClient] = []

    def make(base_url: str, **kwargs: Any) -> RunwayClient:
        kwargs.setdefault("sleep", sleep)
        kwargs.setdefault("timeout", httpx.Timeout(5.0))
        kwargs.setdefault("retry", RetryPolicy(max_attempts=5))
        client = RunwayClient(kwargs.pop("api_key", KEY), base_url, **kwargs)
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.aclose()


@pytest.fixture
async def client(server, make_client) -> RunwayClient:
    return make_client(server.url)


@pytest.fixture
async def refusing_proxy(monkeypatch) -> AsyncIterator[list[bytes]]:
    """A loopback proxy set as HTTP(S)_PROXY: it records each request's first line, then hangs up."""
    first_lines: list[bytes] = []

    async def refuse(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        first_lines.append(await reader.readline())
        writer.close()

    proxy = await asyncio.start_server(refuse, "127.0.0.1", 0)
    port = proxy.sockets[0].getsockname()[1]
    monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{port}")
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{port}")
    yield first_lines
    proxy.close()
    await proxy.wait_closed()
