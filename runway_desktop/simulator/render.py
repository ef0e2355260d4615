"""The simulator's media renderer: real, deterministic video, image and audio files for a task's output."""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import os
import signal
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from runway_desktop.simulator.render_audio import render_audio
from runway_desktop.simulator.render_image import render_image
from runway_desktop.simulator.render_probe import probe_media
from runway_desktop.simulator.render_types import MediaInfo, RenderJob, RenderResult, validate_job
from runway_desktop.simulator.render_video import render_video

__all__ = ["MediaInfo", "RenderJob", "RenderResult", "Renderer", "probe_media", "render"]

_RENDERERS = {"video": render_video, "image": render_image, "audio": render_audio}


def render(job: RenderJob) -> RenderResult:
    """Render the job to job.out_path; a reader never sees a partial file. CPU-bound and synchronous."""
    validate_job(job)
    if job.input_media is not None:
        if not os.path.isfile(job.input_media):
            raise ValueError(f"input media {job.input_media} does not exist or is not a file")
        probe_media(job.input_media)  # refuses content that is not media, naming the file
    tmp_path = job.out_path + ".tmp"
    try:
        result = _RENDERERS[job.kind](job, tmp_path)
        os.replace(tmp_path, job.out_path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.remove(tmp_path)
        raise
    return result


def _lower_priority() -> None:
    """Worker initialiser: rendering yields the CPU to the server's event loop, and Ctrl+C in a
    terminal (sent to the whole process group) is left to the parent's orderly shutdown."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with contextlib.suppress(OSError):
        os.nice(10)


class Renderer:
    """Runs renders in a pool of low-priority worker processes, awaitable from an event loop.

    Workers are spawned, so the program's entry module must be safe to import (the usual
    `if __name__ == "__main__":` guard), as with any spawned process pool.
    """

    def __init__(self, workers: int = 2) -> None:
        if workers < 1:
            raise ValueError(f"a renderer needs at least 1 worker process, not {workers}")
        self._workers = workers
        self._pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        # Spawned, not forked: forking a process that runs an event loop and threads can copy held locks.
        context = multiprocessing.get_context("spawn")
        return ProcessPoolExecutor(self._workers, mp_context=context, initializer=_lower_priority)

    async def render(self, job: RenderJob) -> RenderResult:
        """Render the job in a worker process without blocking the event loop."""
        validate_job(job)
        pool = self._pool
        try:
            return await asyncio.get_running_loop().run_in_executor(pool, render, job)
        except BrokenProcessPool as error:
            # A worker died (killed, out of memory): later renders get a fresh pool.
            if self._pool is pool:
                self._pool = self._new_pool()
                await asyncio.to_thread(pool.shutdown, wait=False, cancel_futures=True)
            raise RuntimeError(f"the render worker stopped while rendering {job.out_path}") from error

    async def aclose(self) -> None:
        """Stop the worker processes (queued renders are cancelled) without blocking the event loop."""
        await asyncio.to_thread(self._pool.shutdown, wait=True, cancel_futures=True)
