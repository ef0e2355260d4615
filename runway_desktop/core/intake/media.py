"""What the app knows about one piece of input media, and how a form slot refers to it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, TypeGuard

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
    """Where an input came from: an output of an earlier task (which one, and the bytes' hash).

    The one record of an input's lineage, whether it came by "Use as", a drag from the queue, a
    batch or a pipeline. Inside a group, `run` names the producing run; until that run has made
    its output, `task_id` is None (the input waits for it).
    """

    task_id: str | None
    output_index: int = 0
    sha256: str | None = None
    run: str | None = None

    @property
    def pending(self) -> bool:
        """True while the producing run of the group has not made this output yet."""
        return self.task_id is None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"task_id": self.task_id, "output_index": self.output_index,
                                "sha256": self.sha256}
        if self.run is not None:
            data["run"] = self.run
        return data

    @classmethod
    def from_json(cls, data: Any) -> MediaOrigin | None:
        """None for anything that names neither a task nor a run (old records carry no origin at all)."""
        if not isinstance(data, dict):
            return None
        task_id, run = _text(data.get("task_id")), _text(data.get("run"))
        if task_id is None and run is None:
            return None
        index = data.get("output_index")
        return cls(task_id=task_id, output_index=index if _whole(index) and index >= 0 else 0,
                   sha256=_text(data.get("sha256")), run=run)

    @classmethod
    def from_chain(cls, data: Any) -> MediaOrigin | None:
        """The origin an older group record kept as `from: {run, output (1-based), task}`."""
        if not isinstance(data, dict) or data.get("run") in (None, ""):
            return None
        output = data.get("output")
        index = output - 1 if _whole(output) and output > 0 else 0
        return cls(task_id=_text(data.get("task")), output_index=index, run=str(data["run"]))


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _whole(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def origin_of_item(item: Any) -> MediaOrigin | None:
    """The origin a stored media item records, in either the current or the older group format."""
    if not isinstance(item, dict):
        return None
    return MediaOrigin.from_json(item.get("origin")) or MediaOrigin.from_chain(item.get("from"))


def with_origin_item(item: dict[str, Any], origin: MediaOrigin) -> dict[str, Any]:
    """A stored media item recording `origin` in the current format (an older `from` is dropped)."""
    data = {k: v for k, v in item.items() if k != "from"}
    data["origin"] = origin.to_json()
    return data


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
            origin=origin_of_item(data),
        )
