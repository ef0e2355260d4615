"""`runway-desktop-cli`: generate from a terminal with the window's history and library.

Every way a command can end is one line on stderr and an exit code (see `errors`); results go to
stdout, progress and problems to stderr, so `--json` output can be piped.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import sys

from runway_desktop.api.errors import RunwayError
from runway_desktop.cli.commands import run
from runway_desktop.cli.errors import EXIT_FAILED, EXIT_INTERRUPTED, CliError, one_line
from runway_desktop.cli.parser import build_parser
from runway_desktop.commands import show_from_file
from runway_desktop.core.intake.worker import MEDIA
from runway_desktop.core.running.config import EngineRefused

PROG = "runway-desktop-cli"


def _error(message: str) -> None:
    print(f"{PROG}: {one_line(message)}", file=sys.stderr, flush=True)


def _silence_stdout() -> None:
    """After the reader went away, the interpreter's last flush must not fail a second time."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)  # usage errors: argparse says which, exit 2
    try:
        if args.command == "show" and args.from_file is not None:
            if args.id is not None:
                parser.error("show takes either a task id or --from-file PATH, not both")
            return show_from_file.run(args)
        if args.command == "show" and args.id is None:
            parser.error("show needs a task id, or --from-file PATH")
        if getattr(args, "handler", None) is not None:  # file-only commands: no history, no connection
            code = args.handler(args)
            sys.stdout.flush()
            return int(code)
        code = asyncio.run(run(args))
        sys.stdout.flush()  # a closed pipe shows here, inside the handlers below
        return code
    except CliError as exc:
        _error(exc.message)
        return exc.code
    except EngineRefused as exc:
        _error(exc.message)
        return EXIT_FAILED
    except RunwayError as exc:
        _error(exc.user_message)
        return EXIT_FAILED
    except BrokenPipeError:
        _silence_stdout()
        _error("the output was closed before everything was written (broken pipe).")
        return EXIT_FAILED
    except KeyboardInterrupt:
        _error("interrupted; unfinished tasks resume the next time a command runs.")
        return EXIT_INTERRUPTED
    except OSError as exc:
        where = f": {exc.filename}" if exc.filename else ""
        _error(f"{exc.strerror or exc}{where}")
        return EXIT_FAILED
    except sqlite3.DatabaseError as exc:  # the history file itself; left as it is for the user to decide
        _error(f"the history cannot be read ({exc}). Starting the window sets the unreadable file aside "
               "(kept, renamed) and begins a new history; or move tasks.sqlite3 out of the data folder.")
        return EXIT_FAILED
    except Exception as exc:  # the last resort: one line, never a traceback
        _error(f"unexpected error: {type(exc).__name__}: {exc}")
        return EXIT_FAILED
    finally:
        MEDIA.close(wait=True)  # the worker that checked downloads, if one was started
