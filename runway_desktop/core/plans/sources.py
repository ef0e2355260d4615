"""What a pipeline's inputs are: URLs, local files (inspected by content), earlier runs' outputs, or text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from runway_desktop.core.intake.errors import IntakeError
from runway_desktop.core.intake.media import MediaInfo, MediaValue

Inspect = Callable[[str | Path], MediaInfo]
URL_SCHEMES = ("https://", "http://", "runway://", "data:")
# A source with one of these endings is meant as a file even when it is not there.
MEDIA_SUFFIXES = frozenset({
    ".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp", ".tif", ".tiff", ".avif", ".heic",
    ".mp4", ".mov", ".m4v", ".webm", ".mkv", ".avi",
    ".mp3", ".wav", ".m4a", ".aac", ".flac", ".ogg", ".opus",
})
_OUTPUT_PREFIX = "output "


def file_name_part(text: str, kind: Literal["url", "file", "text"], number: int) -> str:
    """`{source}` as it may stand in a file name: a file's or URL's base name, text without folders."""
    value = text.strip()
    if kind in ("url", "file") and not value.lower().startswith("data:"):
        value = value.split("?", 1)[0].split("#", 1)[0].replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
        value = Path(value).stem if Path(value).suffix.lower() in MEDIA_SUFFIXES else value
    elif kind == "url":
        value = ""  # a data URI has no name
    cleaned = "".join("-" if c in '/\\:*?"<>|' or ord(c) < 32 else c for c in value).strip(" .-")
    return cleaned[:100] or f"source-{number}"


class SourceError(ValueError):
    """A file or URL that cannot be an input; the message says which and why."""


@dataclass(frozen=True)
class OutputRef:
    """An output an earlier run will make: known by its run, index, kind and expected size."""

    producer: str  # the run's key
    index: int  # 1-based among that run's outputs
    kind: str
    name: str  # its saved name without extension, for {source}
    width: int | None = None
    height: int | None = None
    duration: float | None = None

    def media(self) -> MediaValue:
        """A stand-in MediaValue: the request gets a marker where the output's URI will go."""
        path = f"{_OUTPUT_PREFIX}{self.index} of run {self.producer}"
        info = MediaInfo(path, self.kind, "", 0, self.width, self.height, self.duration)  # type: ignore[arg-type]
        return MediaValue(path=path, info=info)


class Sources:
    """Resolves the text of a source or a media field to a MediaValue, inspecting each file once."""

    def __init__(self, base_dir: Path | None, inspect: Inspect) -> None:
        self._base = base_dir
        self._inspect = inspect
        self._seen: dict[str, MediaInfo | SourceError] = {}
        self._kinds: dict[str, Literal["url", "file", "text"]] = {}

    def classify(self, text: str) -> Literal["url", "file", "text"]:
        """"url" for https/runway/data URIs, "file" for a media-like or existing path, else "text"."""
        if text not in self._kinds:
            self._kinds[text] = self._classify(text.strip())
        return self._kinds[text]

    def _classify(self, value: str) -> Literal["url", "file", "text"]:
        if value.lower().startswith(URL_SCHEMES):
            return "url"
        # A word or phrase with neither a folder nor an extension is text, even if a file has that name.
        if "\n" in value or len(value) > 1024 or not ("/" in value or "\\" in value or "." in value):
            return "text"
        if Path(value).suffix.lower() in MEDIA_SUFFIXES or self._find(value) is not None:
            return "file"
        return "text"

    def media(self, text: str, tag: str | None = None, position: str | None = None,
              subject: str | None = None) -> MediaValue:
        """The MediaValue for a URL or a local file; SourceError when the file is missing or unusable."""
        value = text.strip()
        if value.lower().startswith(URL_SCHEMES):
            return MediaValue(url=value, tag=tag, position=position, subject=subject)
        found = self._find(value)
        if found is None:
            places = [str(self._base / value)] if self._base and not Path(value).is_absolute() else []
            places.append(str(Path(value).absolute()))
            looked = " and ".join(dict.fromkeys(places))
            raise SourceError(f"there is no file '{value}' (looked for {looked}).")
        key = str(found)
        if key not in self._seen:
            try:
                self._seen[key] = self._inspect(found)
            except IntakeError as error:
                self._seen[key] = SourceError(error.message)
        info = self._seen[key]
        if isinstance(info, SourceError):
            raise info
        return MediaValue(path=key, info=info, tag=tag, position=position, subject=subject)

    def _find(self, value: str) -> Path | None:
        path = Path(value).expanduser()
        candidates = [path] if path.is_absolute() else [
            *([self._base / path] if self._base is not None else []), Path.cwd() / path,
        ]
        for candidate in candidates:
            try:
                if candidate.is_file():
                    return candidate.resolve()
            except OSError:
                continue
        return None

