"""Exit codes and the one line every failure of a command becomes."""

from __future__ import annotations

EXIT_OK = 0
EXIT_FAILED = 1  # a task failed, was cancelled, needs attention or was not saved; Runway refused
EXIT_USAGE = 2  # a bad option or field, no API key, an unusable base URL
EXIT_TIMEOUT = 3  # --timeout passed while waiting; the task itself goes on
EXIT_BUDGET = 4  # a run would pass the daily budget in Settings: not sent, nothing spent
EXIT_INTERRUPTED = 130  # Ctrl+C, as shells report SIGINT

EXIT_CODES_HELP = """\
exit status:
  0    done (for --wait, sync and download: every task succeeded and its outputs are saved)
  1    failed: a task failed, was cancelled, needs attention or its output could not be saved;
       Runway refused the request or could not be reached; a file was rejected (inspect)
  2    usage: an unknown option, a field error, no API key, an unusable --base-url
  3    timed out: --timeout passed while waiting; the task goes on, `download ID` picks it up
  4    stopped at the daily budget (Settings): runs that would pass it were not sent and nothing
       was spent on them; the same command sends them again after 00:00 UTC
  130  interrupted (Ctrl+C); unfinished tasks resume the next time a command runs
"""


class CliError(Exception):
    """A command cannot go on: `message` is the one line printed, `code` the exit status."""

    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


def one_line(text: str) -> str:
    """Runway's and the system's messages may span lines; a terminal report is one line."""
    return " ".join(text.split())
