"""Saving every output of a succeeded task as soon as it exists, and trying again until saved."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from runway_desktop.api.errors import NotFoundError, PermissionDeniedError, RunwayError
from runway_desktop.core.running import events as ev
from runway_desktop.core.running.snapshots import refresh_outputs
from runway_desktop.core.running.tasks import OutputFile, OutputState, TaskRecord
from runway_desktop.core.storage.library import Library, LibraryError

if TYPE_CHECKING:
    from runway_desktop.core.running.engine import Engine

log = logging.getLogger(__name__)


class DownloadManager:
    """One download job per task at a time; outputs of a task are fetched in parallel."""

    def __init__(self, engine: Engine, library: Library, concurrency: int, retry_delay: float) -> None:
        self._engine = engine
        self.library = library
        self._slots = asyncio.Semaphore(concurrency)
        self._retry_delay = retry_delay
        self._jobs: dict[str, asyncio.Task[None]] = {}

    def busy(self, task_id: str) -> bool:
        job = self._jobs.get(task_id)
        return job is not None and not job.done()

    def start(self, task_id: str) -> None:
        if not self.busy(task_id):
            self._jobs[task_id] = self._engine.spawn(self._run(task_id), f"download {task_id[:8]}")

    async def _run(self, task_id: str) -> None:
        delay = self._retry_delay
        while True:
            task = self._engine.get(task_id)
            if task is None or not task.needs_download:
                return
            if await self._save_all(task):
                return
            # Something failed (disk full, network): try again later, never leave a corrupt file.
            await asyncio.sleep(delay)
            delay = min(delay * 2, 3600)

    async def _save_all(self, task: TaskRecord) -> bool:
        pending = [o for o in task.outputs if o.state is not OutputState.SAVED]
        results = await asyncio.gather(*(self._save_one(task.id, o) for o in pending))
        return all(results)

    async def _save_one(self, task_id: str, output: OutputFile) -> bool:
        async with self._slots:
            refreshed = False
            while True:
                task = self._engine.get(task_id)
                if task is None:
                    return True
                current = next((o for o in task.outputs if o.index == output.index), output)
                try:
                    saved = await self.library.save(self._engine.client, task, current)
                except (PermissionDeniedError, NotFoundError):
                    # The signed URL expired (403) or vanished (404): ask Runway for fresh ones, once.
                    if refreshed or not await self._refresh_urls(task_id):
                        await self._record(
                            task_id,
                            current,
                            "The output link expired and could not be "
                            "renewed; Runway may have deleted the task.",
                        )
                        return False
                    refreshed = True
                    continue
                except LibraryError as exc:
                    await self._record(task_id, current, exc.message)
                    return False
                except RunwayError as exc:
                    await self._record(task_id, current, f"Downloading failed: {exc.user_message}")
                    return False
                await self._store_output(task_id, saved)
                return True

    async def _refresh_urls(self, task_id: str) -> bool:
        task = self._engine.get(task_id)
        if task is None or not task.runway_id:
            return False
        try:
            snap = await self._engine.client.retrieve(task.runway_id)
        except RunwayError:
            return False
        if not snap.outputs:
            return False
        task = self._engine.get(task_id)
        await self._engine.update(task.evolve(outputs=refresh_outputs(task.outputs, snap.outputs)))
        return True

    async def _record(self, task_id: str, output: OutputFile, message: str) -> None:
        task = self._engine.get(task_id)
        outputs = tuple(
            OutputFile(**{**o.__dict__, "state": OutputState.NOT_SAVED, "error": message})
            if o.index == output.index
            else o
            for o in task.outputs
        )
        await self._engine.update(task.evolve(outputs=outputs, error=message))
        self._engine.report(message, task_id)

    async def _store_output(self, task_id: str, saved: OutputFile) -> None:
        task = self._engine.get(task_id)
        outputs = tuple(saved if o.index == saved.index else o for o in task.outputs)
        error = None if all(o.state is OutputState.SAVED for o in outputs) else task.error
        task = await self._engine.update(task.evolve(outputs=outputs, error=error))
        self._engine.events.publish(ev.OutputSaved(task, saved))
