"""Command line (`runway-desktop-sim`, `python -m runway_desktop.simulator`): print the base URL, serve."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from runway_desktop.version import version_line

from .config import SimConfig
from .faults import FaultSpecError, parse_faults
from .serving import positive, run_until_stopped, serving


def parse_args(argv: Sequence[str] | None = None) -> SimConfig:
    parser = argparse.ArgumentParser(
        prog="runway-desktop-sim",
        description="The offline Runway: a local server speaking Runway's API (version 2024-11-06).",
    )
    parser.add_argument("--version", action="version", version=version_line("runway-desktop-sim"))
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port to listen on; 0 picks a free one (default)")
    parser.add_argument(
        "--speed", type=positive, default=1.0, help="divide simulated run times by this factor"
    )
    parser.add_argument(
        "--lenient",
        action="store_true",
        help="check the wire shape of every field (types, keys, lists), not ranges, literals, dates or media",
    )
    parser.add_argument(
        "--faults", default="", metavar="SPEC", help="e.g. create:429=0.2,poll:drop=0.1,safety=0.05,seed=7"
    )
    parser.add_argument(
        "--url-ttl", type=positive, default=86400.0, metavar="SECONDS", help="lifetime of output URLs"
    )
    parser.add_argument(
        "--api-key", default=None, metavar="KEY", help="accept only this bearer key (default: any)"
    )
    parser.add_argument(
        "--data-dir", default=None, metavar="DIR", help="where uploads and outputs go (default: temporary)"
    )
    args = parser.parse_args(argv)
    try:
        parse_faults(args.faults)
    except FaultSpecError as error:
        parser.error(f"argument --faults: {error}")
    fields = ("host", "port", "speed", "lenient", "faults", "url_ttl", "api_key", "data_dir")
    return SimConfig(**{name: getattr(args, name) for name in fields})


async def serve(config: SimConfig) -> None:
    """Serve until SIGINT or SIGTERM, then shut down cleanly."""
    async with serving(config) as running:
        print(running.url, flush=True)
        print(f"Offline Runway listening on {running.url} (Ctrl+C to stop)", file=sys.stderr, flush=True)
        await running.stop.wait()


def main(argv: Sequence[str] | None = None) -> int:
    config = parse_args(argv)
    return run_until_stopped(lambda: serve(config), "runway-desktop-sim")


if __name__ == "__main__":
    sys.exit(main())
