"""The words a media slot speaks: what a place takes, counts of files, file filters and @tags."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from runway_desktop.core.catalogue.spec import FieldSpec
from runway_desktop.ui.form.media_admission import a_kind

translate = QCoreApplication.translate

FILE_FILTERS = {
    "image": QT_TRANSLATE_NOOP("MediaSlot", "Images (*.png *.jpg *.jpeg *.webp)"),
    "video": QT_TRANSLATE_NOOP("MediaSlot", "Videos (*.mp4 *.mov *.mkv *.webm *.m4v)"),
    "audio": QT_TRANSLATE_NOOP("MediaSlot", "Audio (*.mp3 *.wav *.flac *.m4a *.aac)"),
}


def wanted_text(spec: FieldSpec) -> str:
    """"an image", "an image or a video": what a place takes, for sentences."""
    kinds = [a_kind(k) for k in spec.media]
    return translate("MediaSlot", " or ").join(kinds) or translate(
        "MediaSlot", "a file")


def counted_text(count: int, spec: FieldSpec) -> str:
    """"1 image", "3 images", "2 audio files", "4 files"."""
    number = QLocale().toString(count)
    kind = spec.media[0] if len(spec.media) == 1 else None
    one = count == 1
    match kind:
        case "image":
            text = translate("MediaSlot", "1 image") if one else translate("MediaSlot", "{count} images")
        case "video":
            text = translate("MediaSlot", "1 video") if one else translate("MediaSlot", "{count} videos")
        case "audio":
            text = translate("MediaSlot", "1 audio file") if one else \
                translate("MediaSlot", "{count} audio files")
        case _:
            text = translate("MediaSlot", "1 file") if one else translate("MediaSlot", "{count} files")
    return text.format(count=number)


def plural_text(spec: FieldSpec) -> str:
    """"images", "videos", "audio files" or "files": any number of what a place takes."""
    match spec.media[0] if len(spec.media) == 1 else None:
        case "image":
            return translate("MediaSlot", "images")
        case "video":
            return translate("MediaSlot", "videos")
        case "audio":
            return translate("MediaSlot", "audio files")
    return translate("MediaSlot", "files")


def suggested_tag(path: str | None, taken: set[str]) -> str:
    """A valid, unused @tag from a file name: "my photo.png" → "my_photo"."""
    stem = re.sub(r"[^A-Za-z0-9_]+", "_", Path(path or "image").stem).strip("_")
    if not stem[:1].isalpha():
        stem = f"img_{stem}".rstrip("_")
    if len(stem) < 3:
        stem = f"{stem}_img"
    stem = stem[:16]
    tag, number = stem, 2
    while tag.lower() in taken:
        suffix = str(number)
        tag, number = stem[: 16 - len(suffix)] + suffix, number + 1
    return tag
