"""Checking a key against the organization endpoint: the balance and tier, or a clear reason."""

from __future__ import annotations

import socket

import pytest

from runway_desktop.core.running.account import check_key, credits_text
from runway_desktop.simulator.config import SimConfig
from runway_desktop.simulator.server import SimulatorServer

GOOD_KEY = "key_" + "1f" * 64


@pytest.fixture
async def strict_simulator():
    """The offline Runway accepting only GOOD_KEY."""
    server = SimulatorServer(SimConfig(port=0, api_key=GOOD_KEY, render_workers=1))
    url = await server.start()
    yield url
    await server.stop()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def test_a_good_key_gives_the_balance_and_tier(strict_simulator):
    result = await check_key(strict_simulator, GOOD_KEY)
    assert result.ok, result.message
    assert result.balance == 100_000
    assert "100,000 credits ($1,000.00)" in result.message
    assert result.tier_text.startswith("Tier: up to 1,000,000 credits a month")


async def test_a_wrong_key_is_called_invalid(strict_simulator):
    result = await check_key(strict_simulator, "key_" + "00" * 64)
    assert not result.ok
    assert result.reason == "invalid-key"
    assert "rejected this API key (401)" in result.message


async def test_an_unreachable_server_is_a_network_problem_naming_the_proxy_variables(monkeypatch):
    url = f"http://127.0.0.1:{_closed_port()}"
    result = await check_key(url, GOOD_KEY, environ={})
    assert not result.ok and result.reason == "network"
    assert "Could not reach 127.0.0.1" in result.message
    assert "proxy" not in result.message
    with_proxy = await check_key(url, GOOD_KEY, environ={"HTTPS_PROXY": "http://user:secret@proxy:3128"})
    assert "HTTPS_PROXY" in with_proxy.message
    assert "secret" not in with_proxy.message  # the variable is named, its value (credentials) never shown


async def test_a_malformed_key_or_url_is_refused_before_any_request():
    spaced = await check_key("https://api.dev.runwayml.com", "key with spaces")
    assert spaced.reason == "invalid-input" and "paste it again" in spaced.message
    plain = await check_key("http://api.example.com", GOOD_KEY)
    assert plain.reason == "invalid-input" and "plain http://" in plain.message


def test_credits_are_shown_with_their_dollar_value():
    assert credits_text(12345) == "12,345 credits ($123.45)"
