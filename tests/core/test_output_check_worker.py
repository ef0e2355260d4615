"""Downloaded outputs are checked in the media worker process, with the same verdicts as in-process."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest
from media_factory import make_mp4, make_png

from runway_desktop.core.intake.output_check import OutputInvalid
from runway_desktop.core.intake.worker import MediaProcess
from runway_desktop.core.running.fetching import fetch_output
from runway_desktop.core.running.tasks import OutputFile, TaskRecord, TaskState
from runway_desktop.core.storage.library import Library, LibraryError


@pytest.fixture
def worker():
    media = MediaProcess()
    yield media
    media.close()


async def test_the_worker_process_reports_what_a_download_is(worker, tmp_path):
    video = await worker.verify(make_mp4(tmp_path / "v.mp4", 96, 64, seconds=1.0))
    assert (video.kind, video.mime, video.width, video.height) == ("video", "video/mp4", 96, 64)
    assert (await worker.verify(make_png(tmp_path / "i.png", 40, 30))).mime == "image/png"


async def test_a_file_that_does_not_decode_is_refused_across_the_process_boundary(worker, tmp_path):
    broken = tmp_path / "broken.png"
    broken.write_bytes(make_png(tmp_path / "whole.png", 256, 256).read_bytes()[:300])
    with pytest.raises(OutputInvalid, match="does not decode"):
        await worker.verify(broken)
    assert (await worker.verify(tmp_path / "whole.png")).width == 256  # the worker survived it


class FileHost:
    """Stands in for the client: 'downloads' by copying bytes into the .part file."""

    def __init__(self, payload: bytes) -> None:
        self.payload = payload

    async def download(self, url: str, dest, **_: object) -> int:
        await asyncio.to_thread(dest.write_bytes, self.payload)
        return len(self.payload)


def _task() -> TaskRecord:
    return TaskRecord(id="a" * 32, endpoint="text_to_image", model="gen4_image", tab="image",
                      state=TaskState.SUCCEEDED, body={}, prompt="a lighthouse", runway_id="r1",
                      outputs=(OutputFile(0, "https://cdn.example/o.png"),))


async def test_the_library_keeps_a_good_output_and_refuses_a_corrupt_one_via_the_worker(worker, tmp_path):
    library = Library(tmp_path / "library", verify=worker.verify)
    good = make_png(tmp_path / "good.png", 64, 48).read_bytes()
    saved = await fetch_output(FileHost(good), library, _task(), _task().outputs[0])
    assert saved.mime == "image/png" and os.path.getsize(saved.path) == saved.size >= len(good)
    with pytest.raises(LibraryError, match="does not decode"):
        await fetch_output(FileHost(good[: len(good) // 2]), library, _task(), OutputFile(0, "https://cdn.example/o2.png"))
    assert not list((tmp_path / "library").rglob("*.part"))  # nothing half-kept


async def test_a_saved_output_carries_its_generation_record_inside_the_file(worker, tmp_path):
    from runway_desktop.core.embed import read_record

    library = Library(tmp_path / "library", verify=worker.verify)
    good = make_png(tmp_path / "good.png", 64, 48).read_bytes()
    saved = await fetch_output(FileHost(good), library, _task(), _task().outputs[0])
    record = read_record(saved.path)
    assert record is not None
    assert (record["prompt"], record["model"], record["task_id"]) == ("a lighthouse", "gen4_image", "a" * 32)
    # The record in the file, the size and the hash all describe the file as it is on disk.
    assert saved.size == os.path.getsize(saved.path)
    import hashlib

    assert saved.sha256 == hashlib.sha256(Path(saved.path).read_bytes()).hexdigest()
