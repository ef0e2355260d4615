"""What the app knows about one piece of input media, and how a form slot refers to it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

MediaKind = Literal["image", "video", "audio"]

# Runway accepts data URIs up to 5 MB; the limit applies to the whole `data:` string.
DATA_URI_LIMIT = 5 * 1024 * 1024
# Ephemeral uploads: at least 512 bytes, at most 200 MB.
UPLOAD_MIN_BYTES = 512
UPLOAD_MAX_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class MediaInfo:
    """A local file inspected by its content (never by its name)."""

    path: str
    kind: MediaKind
    mime: str
    size: int
    width: int | None = None
    height: int | None = None
    duration: float | None = None  # seconds, for video and audio
    codec: str | None = None
    sha256: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MediaInfo:
        fields: dict[str, Any] = {k: data.get(k) for k in cls.__dataclass_fields__}
        return cls(**fields)


@dataclass(frozen=True)
class MediaOrigin:
    """Where an input came from: an output of an earlier task (which one, and the bytes' hash)."""

    task_id: str
    output_index: int = 0
    sha256: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"task_id": self.task_id, "output_index": self.output_index, "sha256": self.sha256}

    @classmethod
    def from_json(cls, data: Any) -> MediaOrigin | None:
        """None for anything that does not name a task (old records carry no origin at all)."""
        if not isinstance(data, dict) or not isinstance(data.get("task_id"), str) or not data["task_id"]:
            return None
        index = data.get("output_index")
        digest = data.get("sha256")
        return cls(
            task_id=data["task_id"],
            output_index=index if isinstance(index, int) and not isinstance(index, bool) else 0,
            sha256=digest if isinstance(digest, str) else None,
        )


@dataclass(frozen=True)
class MediaValue:
    """One item in a media slot: a local file, an HTTPS URL, or a runway:// URI.

    `tag` names a reference image in the prompt (@tag); `position` places a frame
    ("first" / "last"); `subject` marks a reference as "human" or "object"; `origin` names the
    earlier task whose output this is, when it is one.
    """

    path: str | None = None
    info: MediaInfo | None = None
    url: str | None = None
    tag: str | None = None
    position: str | None = None
    subject: str | None = None
    origin: MediaOrigin | None = None

    @property
    def kind(self) -> MediaKind | None:
        return self.info.kind if self.info else None

    @property
    def display_name(self) -> str:
        if self.path:
            return self.path.rsplit("/", 1)[-1]
        return self.url or ""

    def to_json(self) -> dict[str, Any]:
        data = {
            "path": self.path,
            "info": self.info.to_json() if self.info else None,
            "url": self.url,
            "tag": self.tag,
            "position": self.position,
            "subject": self.subject,
        }
        if self.origin is not None:  # only inputs made here carry one; other records stay as they were
            data["origin"] = self.origin.to_json()
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MediaValue:
        info = data.get("info")
        return cls(
            path=data.get("path"),
            info=MediaInfo.from_json(info) if info else None,
            url=data.get("url"),
            tag=data.get("tag"),
            position=data.get("position"),
            subject=data.get("subject"),
            origin=MediaOrigin.from_json(data.get("origin")),
        )
