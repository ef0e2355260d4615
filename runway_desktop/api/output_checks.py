"""What both download paths refuse, and the faults they raise: too large, not media, stalled, cut short."""

from __future__ import annotations

from collections.abc import Mapping

from runway_desktop.api.errors import (
    OutputIncomplete,
    OutputNotMedia,
    OutputStalled,
    OutputTooLarge,
    OutputTooSlow,
)
from runway_desktop.api.exchange import TransportFault

# Answers that are documents, never media: a proxy's login page, an API's error object.
_DOCUMENT_TYPES = ("text/", "application/json", "application/xml", "application/xhtml+xml",
                   "application/problem+json")
_MB = 1 << 20


def announced_length(headers: Mapping[str, str]) -> int | None:
    """The Content-Length when it is a plain number, else None."""
    value = headers.get("content-length", "").strip()
    return int(value) if value.isdigit() and len(value) < 30 else None


def _size(count: int) -> str:
    if count >= 1 << 30:
        return f"{count / (1 << 30):,.1f} GB"
    return f"{count / _MB:,.0f} MB" if count >= _MB else f"{count:,} bytes"


def refuse_headers(headers: Mapping[str, str], cap: int, host: str) -> None:
    """Raise before reading a body that announces itself as too large or as a document."""
    kind = headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if kind.startswith(_DOCUMENT_TYPES):
        raise OutputNotMedia(
            f"The output host ({host}) sent a document ({kind}) instead of the media file; a proxy or login "
            "page may be in the way. Check the network settings, then try the download again.", status=200)
    length = announced_length(headers)
    if length is not None and length > cap:
        raise too_large(cap, host, length)


def too_large(cap: int, host: str, announced: int | None = None) -> OutputTooLarge:
    """The error for a body beyond `cap`: no output of this kind is anywhere near that size."""
    size = f"is {_size(announced)}" if announced is not None else f"went past {_size(cap)}"
    return OutputTooLarge(
        f"The file from the output host ({host}) {size}, far beyond any real output (at most {_size(cap)} "
        "are accepted), so it was not saved. Fetch the task again later for a fresh link.", limit=cap,
        status=200)


def stalled(host: str, seconds: float) -> TransportFault:
    """No byte for `seconds`: worth another attempt, then OutputStalled."""
    return TransportFault(
        f"no data for {seconds:g} s", timed_out=True, before_sending=False, retryable=True,
        final=OutputStalled(f"The download from the output host ({host}) stopped: no data arrived for "
                            f"{seconds:g} s. Try the download again later."))


def too_slow(host: str, received: int, seconds: float) -> TransportFault:
    """Slower than the least rate allowed for its size: not retried, OutputTooSlow."""
    return TransportFault(
        f"only {received:,} bytes in {seconds:.0f} s", timed_out=True, before_sending=False, retryable=False,
        final=OutputTooSlow(f"The download from the output host ({host}) was far too slow ({_size(received)} "
                            f"in {seconds:.0f} s), so it was stopped. Try the download again later."))


def incomplete(host: str, received: int, expected: int | None) -> TransportFault:
    """A body shorter than announced: worth another attempt, then OutputIncomplete."""
    of = f" of {_size(expected)}" if expected is not None else ""
    return TransportFault(
        "the file ended early", timed_out=False, before_sending=False, retryable=True,
        final=OutputIncomplete(f"The file from the output host ({host}) ended early on every attempt "
                               f"({_size(received)}{of}). Try the download again later."))
