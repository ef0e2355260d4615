"""Where a command's history lives and which service it talks to: Runway with a key, or the simulator."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, replace
from pathlib import Path

from runway_desktop.api.base_url import checked_base_url
from runway_desktop.cli.errors import EXIT_USAGE, CliError, one_line
from runway_desktop.core.running.engine import EngineConfig
from runway_desktop.core.storage.limits import settings_limits
from runway_desktop.core.storage.secrets import ENV_VAR, Secrets
from runway_desktop.simulator_child import (
    CLI_IDLE_EXIT,
    PLACEHOLDER_KEY,
    SIMULATOR_HISTORY,
    SimulatorError,
    shared_simulator,
)
from runway_desktop.wiring import default_base_url, default_data_dir, engine_config


@dataclass(frozen=True)
class Service:
    """Where requests go, with which key, and how the engine paces itself for it."""

    base_url: str
    api_key: str
    config: EngineConfig
    daily_budget: float | None = None  # the one in Settings, as the window's engine keeps it


def data_dir_of(args: argparse.Namespace) -> Path:
    """The window's choice exactly: --data-dir, else the app's data dir (its simulator history in
    simulator mode), so `--simulator list` shows what the window shows with `--simulator`."""
    if args.data_dir is not None:
        return Path(args.data_dir)
    if args.simulator:
        return default_data_dir() / SIMULATOR_HISTORY
    return default_data_dir()


def _api_key() -> str:
    key = Secrets().get()
    if not key:
        raise CliError(
            f"No Runway API key. Set {ENV_VAR}, or add a key in Runway Desktop's settings; "
            "or try everything offline with --simulator (nothing is sent to Runway).",
            EXIT_USAGE,
        )
    return key


def _with_poll_interval(config: EngineConfig, args: argparse.Namespace) -> EngineConfig:
    if args.min_poll_interval is None:
        return config
    return replace(config, timing=replace(config.timing, min_interval=args.min_poll_interval))


def _with_settings(service: Service, args: argparse.Namespace) -> Service:
    """The limits in Settings (the window's file): tasks at Runway at once, and the daily budget."""
    limits = settings_limits(args.data_dir)
    for problem in limits.problems:
        print(f"warning: {problem}", file=sys.stderr)
    return replace(service, config=replace(service.config, max_live=limits.max_live),
                   daily_budget=limits.daily_budget)


async def connect(args: argparse.Namespace, data_dir: Path) -> Service:
    """The service for this command; starts (or reuses) the data dir's simulator with --simulator."""
    if args.simulator:
        if args.base_url:
            raise CliError("--simulator and --base-url cannot be used together.", EXIT_USAGE)
        try:
            shared, child = await shared_simulator(data_dir, detached=True, idle_exit=CLI_IDLE_EXIT)
        except SimulatorError as exc:
            raise CliError(exc.message) from None
        if child is not None:
            print(
                f"Started the offline Runway at {shared.url} (nothing is sent to Runway; it stops after "
                f"{CLI_IDLE_EXIT / 60:.0f} minutes unused).",
                file=sys.stderr,
            )
        config = engine_config(simulator_speed=shared.speed)
        return _with_settings(Service(shared.url, PLACEHOLDER_KEY, _with_poll_interval(config, args)), args)
    base_url = args.base_url or default_base_url()
    try:
        base_url = checked_base_url(base_url)
    except ValueError as exc:
        raise CliError(one_line(str(exc)), EXIT_USAGE) from None
    return _with_settings(Service(base_url, _api_key(), _with_poll_interval(EngineConfig(), args)), args)
