"""The generation record carried inside each output file, in the format's own metadata.

`embed_record(path, record)` writes the record (a JSON object, as the library's sidecar holds it)
into the file without touching the media; `read_record(path)` gives the same dict back, or None
when the file carries none. Each container family has its own module: png, jpeg, webp, mp4 (MP4,
MOV, M4A), id3 (MP3), wav and flac. Both calls read and write the disk: run them off the UI thread.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any

from runway_desktop.core.embed import flac, id3, jpeg, mp4, png, wav, webp
from runway_desktop.core.embed.record import (
    KEY,
    EmbedError,
    dumps,
    loads,
    parameters_text,
    record_for_file,
    with_app_version,
)
from runway_desktop.core.intake.sniff import sniff_file
from runway_desktop.failure_words import failure_reason

__all__ = [
    "KEY",
    "EmbedError",
    "dumps",
    "embed_record",
    "parameters_text",
    "read_record",
    "record_for_file",
    "supports",
    "with_app_version",
]

_BY_FAMILY: dict[str, ModuleType] = {
    "png": png,
    "jpeg": jpeg,
    "webp": webp,
    "isobmff": mp4,
    "mpeg-audio": id3,
    "wav": wav,
    "flac": flac,
}


def _writer_for(path: Path) -> tuple[ModuleType | None, str]:
    """The module for the file's container (recognised by content), and how a message names it."""
    try:
        with path.open("rb") as fh:
            found = sniff_file(fh)
    except FileNotFoundError as exc:
        raise EmbedError(f"{path} does not exist.") from exc
    except IsADirectoryError as exc:
        raise EmbedError(f"{path} is a folder, not a file.") from exc
    except OSError as exc:
        raise EmbedError(f"{path} cannot be read ({failure_reason(exc)}).") from exc
    if found is None:
        return None, "a file of unknown format"
    return _BY_FAMILY.get(found.family), found.name


def supports(path: str | Path) -> bool:
    """Whether the file's format can carry a record."""
    try:
        return _writer_for(Path(path))[0] is not None
    except EmbedError:
        return False


def embed_record(path: str | Path, record: dict[str, Any]) -> None:
    """Write `record` into the file's metadata in place (atomically); the media is not re-encoded."""
    path = Path(path)
    module, name = _writer_for(path)
    if module is None:
        raise EmbedError(f"{path.name} is {name}, which cannot carry a generation record.")
    text = dumps(record)
    try:
        module.write(path, text, parameters_text(record))
    except EmbedError:
        raise
    except (ValueError, EOFError, IndexError) as exc:
        raise EmbedError(f"{path.name} looks damaged ({exc}); the record was not added.") from exc
    except OSError as exc:
        raise EmbedError(f"The record could not be written into {path} ({failure_reason(exc)}).") from exc


def read_record(path: str | Path) -> dict[str, Any] | None:
    """The record embedded in the file, exactly as written; None when it carries none."""
    path = Path(path)
    module, _ = _writer_for(path)
    if module is None:
        return None
    try:
        text = module.read(path)
    except EmbedError:
        raise
    except (ValueError, EOFError, IndexError) as exc:
        raise EmbedError(f"{path.name} looks damaged ({exc}), so its record cannot be read.") from exc
    except OSError as exc:
        raise EmbedError(f"{path} cannot be read ({failure_reason(exc)}).") from exc
    return loads(text) if text is not None else None
