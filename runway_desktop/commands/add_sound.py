"""`add-sound VIDEO AUDIO -o OUT [--offset S] [--gain DB] [--fade S]`: sound under a video."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from runway_desktop.commands import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, PROG
from runway_desktop.core.sound import SoundError, SoundSettingError, add_sound

HELP = "put a sound under a video: the picture is copied as it is, the sound encoded as AAC"


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser("add-sound", help=HELP, description=HELP)
    parser.add_argument(
        "video", type=Path, metavar="VIDEO", help="the video take (its own sound is replaced)"
    )
    parser.add_argument(
        "audio", type=Path, metavar="AUDIO", help="the sound: an audio file, or a video with sound"
    )
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUT", help="the new .mp4 or .mov"
    )
    parser.add_argument(
        "--offset",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="when the sound starts; negative cuts its beginning (default 0)",
    )
    parser.add_argument(
        "--gain", type=float, default=0.0, metavar="DB", help="volume change in dB (default 0)"
    )
    parser.add_argument(
        "--fade",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="fade the sound in and out over this long (default 0)",
    )
    parser.add_argument("--force", action="store_true", help="replace OUT if it exists")
    return parser


def run(args: argparse.Namespace) -> int:
    out: Path = args.output
    if out.exists() and not args.force:
        print(f"{PROG}: {out} already exists; choose another name or pass --force.", file=sys.stderr)
        return EXIT_FAILED
    report = _progress_printer() if sys.stderr.isatty() else None
    try:
        result = add_sound(
            args.video,
            args.audio,
            out,
            offset=args.offset,
            gain_db=args.gain,
            fade=args.fade,
            progress=report,
        )
    except SoundSettingError as exc:
        print(f"{PROG}: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    except SoundError as exc:
        print(f"{PROG}: {exc.message}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted; no file was written.", file=sys.stderr)
        return EXIT_INTERRUPTED
    if report is not None:
        print(file=sys.stderr)
    print(result.path)
    return EXIT_OK


def _progress_printer() -> Any:
    def report(done: float) -> None:
        print(f"\radding sound: {done:4.0%}", end="", file=sys.stderr, flush=True)

    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=PROG)
    add_parser(parser.add_subparsers(dest="command", required=True))
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
