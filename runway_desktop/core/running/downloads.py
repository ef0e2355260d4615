"""Saving every output of a succeeded task as soon as it exists: bounded attempts, then a stated reason.

Each output is tried a bounded number of times with exponential backoff (an expired link is
first renewed by asking Runway for the task again). When the attempts are used up, or the
failure cannot be helped by trying again (not a media file, an unusable link), the output
becomes NOT_SAVED with its reason and the task carries the step that would help.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import Callable, Coroutine
from functools import partial
from typing import Any

from runway_desktop.api.errors import NotFoundError, PermissionDeniedError
from runway_desktop.core.running import events as ev
from runway_desktop.core.running.client import RunwayApi
from runway_desktop.core.running.fetching import fetch_output
from runway_desktop.core.running.problems import Problem, download_problem
from runway_desktop.core.running.snapshots import refresh_outputs
from runway_desktop.core.running.states import Attention, NextStep, OutputState, TaskState, lasting_attention
from runway_desktop.core.running.tasks import OutputFile, TaskRecord
from runway_desktop.core.running.writer import TaskWriter
from runway_desktop.core.storage.library import Library

log = logging.getLogger(__name__)

Spawn = Callable[[Coroutine[Any, Any, Any], str], "asyncio.Task[Any]"]
DELAY_CAP = 600.0
MAX_REFRESHES = 2  # fresh links asked for per output and job
STOP_TIMEOUT = 10.0
NO_CLIENT = "No Runway key is set, so the output cannot be downloaded."


class DownloadManager:
    """One download job per task at a time; outputs of a task are fetched in parallel."""

    def __init__(
        self,
        writer: TaskWriter,
        client: Callable[[], RunwayApi | None],
        library: Library,
        spawn: Spawn,
        *,
        concurrency: int,
        retry_delay: float,
        attempts: int,
        clock: Callable[[], float],
    ) -> None:
        self._writer = writer
        self._client = client
        self.library = library
        self._spawn = spawn
        self._slots = asyncio.Semaphore(concurrency)
        self._retry_delay = retry_delay
        self._attempts = max(1, attempts)
        self._clock = clock
        self._jobs: dict[str, asyncio.Task[None]] = {}
        self._steps: dict[tuple[str, int], NextStep] = {}

    def busy(self, task_id: str) -> bool:
        job = self._jobs.get(task_id)
        return job is not None and not job.done()

    def start(self, task_id: str) -> None:
        if not self.busy(task_id):
            self._jobs[task_id] = self._spawn(self._run(task_id), f"download {task_id[:8]}")

    async def stop(self, task_id: str) -> None:
        """Stop the task's download (its partial files are removed) and wait until it has."""
        job = self._jobs.pop(task_id, None)
        if job is not None and not job.done():
            job.cancel()
            await asyncio.wait([job], timeout=STOP_TIMEOUT)

    async def download_again(self, task_id: str) -> TaskRecord | None:
        """Every output that was not saved is tried again, with a fresh set of attempts."""

        def reopen(task: TaskRecord) -> TaskRecord:
            outputs = tuple(
                dataclasses.replace(o, state=OutputState.PENDING, error=None)
                if o.state is OutputState.NOT_SAVED
                else o
                for o in task.outputs
            )
            return task.evolve(outputs=outputs, attention=lasting_attention(task.attention), error=None)

        task = await self._writer.mutate(task_id, reopen)
        self.start(task_id)
        return task

    async def _run(self, task_id: str) -> None:
        # Each round ends every output it took up saved or NOT_SAVED; outputs reopened meanwhile
        # ("download again" while this job ran) are taken up by the next round.
        while True:
            task = self._writer.get(task_id)
            if task is None or not task.needs_download:
                return
            pending = [o.index for o in task.outputs if o.state is OutputState.PENDING]
            await asyncio.gather(*(self._save(task_id, index) for index in pending))

    async def _save(self, task_id: str, index: int) -> None:
        delay, attempts, refreshes = self._retry_delay, 0, 0
        while True:
            task = self._writer.get(task_id)
            output = task.output(index) if task else None
            if task is None or output is None or output.state is not OutputState.PENDING:
                return
            client = self._client()
            if client is None:
                await self._give_up(task_id, index, Problem(NO_CLIENT, NextStep.REENTER_KEY, retry=False))
                return
            attempts += 1
            try:
                async with self._slots:
                    saved = await fetch_output(client, self.library, task, output)
            except (PermissionDeniedError, NotFoundError) as exc:
                # The signed URL expired (403) or vanished (404): ask Runway for fresh ones.
                if refreshes < MAX_REFRESHES and await self._refresh_urls(task_id):
                    refreshes += 1
                    continue
                problem = download_problem(exc, str(self.library.folder_for(task)))
            except Exception as exc:  # every failure becomes the output's reason, never a traceback
                problem = download_problem(exc, str(self.library.folder_for(task)))
            else:
                await self._writer.mutate(
                    task_id, partial(self._conclude, new=saved), partial(ev.OutputSaved, output=saved)
                )
                return
            if not problem.retry or attempts >= self._attempts:
                await self._give_up(task_id, index, problem)
                return
            note = f"{problem.reason} Trying again (attempt {attempts + 1} of {self._attempts})."
            await self._writer.mutate(
                task_id, partial(_with_output, new=dataclasses.replace(output, error=note))
            )
            await asyncio.sleep(problem.wait if problem.wait is not None else delay)
            delay = min(delay * 2, DELAY_CAP)

    async def _give_up(self, task_id: str, index: int, problem: Problem) -> None:
        self._steps[(task_id, index)] = problem.step

        def not_saved(task: TaskRecord) -> TaskRecord | None:
            output = task.output(index)
            if output is None or output.state is not OutputState.PENDING:
                return None
            return self._conclude(
                task, dataclasses.replace(output, state=OutputState.NOT_SAVED, error=problem.reason)
            )

        await self._writer.mutate(task_id, not_saved)
        self._writer.report(problem.reason, task_id)

    def _conclude(self, task: TaskRecord, new: OutputFile) -> TaskRecord | None:
        """One output's outcome; with the last one, the task says what was not saved and what would help."""
        updated = _with_output(task, new)
        if updated is None or updated.needs_download or updated.state is not TaskState.SUCCEEDED:
            return updated
        unsaved = updated.unsaved_outputs
        lasting = lasting_attention(updated.attention)
        if not unsaved:
            self._forget_steps(task.id)
            return updated.evolve(error=None, attention=lasting)
        first = unsaved[0]
        count = f"{len(unsaved)} of {len(task.outputs)} outputs" if len(task.outputs) > 1 else "The output"
        reason = f"{count} could not be saved: {first.error}"
        step = self._steps.get((task.id, first.index), NextStep.DOWNLOAD_AGAIN)
        self._forget_steps(task.id)
        return updated.evolve(error=reason, attention=lasting or Attention(reason, self._clock(), step))

    def _forget_steps(self, task_id: str) -> None:
        for key in [k for k in self._steps if k[0] == task_id]:
            del self._steps[key]

    async def _refresh_urls(self, task_id: str) -> bool:
        task = self._writer.get(task_id)
        client = self._client()
        if task is None or not task.runway_id or client is None:
            return False
        try:
            snap = await client.retrieve(task.runway_id)
        except Exception as exc:  # no fresh links: the caller states the expired link
            log.info("fresh links for %s could not be fetched: %s", task_id[:8], type(exc).__name__)
            return False
        if not snap.outputs:
            return False
        await self._writer.mutate(
            task_id, lambda t: t.evolve(outputs=refresh_outputs(t.outputs, snap.outputs))
        )
        return True


def _with_output(task: TaskRecord, new: OutputFile) -> TaskRecord | None:
    """The task with one output replaced; a saved output is never overwritten by a later attempt."""
    current = task.output(new.index)
    if current is None or current.state is OutputState.SAVED:
        return None
    return task.evolve(outputs=tuple(new if o.index == new.index else o for o in task.outputs))
