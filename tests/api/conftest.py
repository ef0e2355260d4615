"""Fixtures: a scripted loopback server, and clients wired to it with a recording sleep."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest
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
