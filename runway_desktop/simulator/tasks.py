"""Tasks and their lifecycle: PENDING → (THROTTLED) → RUNNING(progress) → SUCCEEDED | FAILED | CANCELLED."""

from __future__ import annotations

import asyncio
import logging
import shutil
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from .config import SimConfig
from .faults import FaultInjector
from .organization import Organization, RunSlots
from .outputs import OutputPlan
from .render import Renderer
from .signing import UrlSigner

log = logging.getLogger(__name__)

LIVE = ("PENDING", "THROTTLED", "RUNNING")
OUTPUT_PREFIX = "/_outputs"
# Share of the run after which an input-moderation failure is reported.
_INPUT_CHECK_SHARE = 0.1
_FAILURE_TEXT = {
    "SAFETY.INPUT.TEXT": "The prompt text was flagged by content moderation.",
    "SAFETY.OUTPUT.VIDEO": "The generated video did not pass content moderation.",
    "SAFETY.OUTPUT.IMAGE": "The generated image did not pass content moderation.",
    "SAFETY.OUTPUT.AUDIO": "The generated audio did not pass content moderation.",
    "INTERNAL.BAD_OUTPUT.CODE01": "The output did not pass quality checks. Try again; you were not charged.",
    "INTERNAL": "An unexpected error occurred while generating the output; you have not been charged.",
}
_UNRENDERABLE = "The output could not be generated from this request; you have not been charged."


def iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass
class Task:
    """One generation task as the server sees it."""

    id: str
    endpoint: str
    model: str
    created_at: float
    estimated: int
    plan: OutputPlan
    runtime: float
    directory: Path
    failure_plan: str | None = None  # a failureCode decided at creation by the fault injector
    throttle_phase: bool = False
    status: str = "PENDING"
    started: float | None = None
    finished_at: float | None = None  # wall clock (config.clock) when it reached a final status
    cost: int | None = None
    failure: str | None = None
    failure_code: str | None = None
    outputs: list[str] = field(default_factory=list)
    runner: asyncio.Task[None] | None = None
    charged_on: date | None = None  # the day its credits were reserved: refunds go back to that day

    def progress(self, now: float) -> float:
        if self.started is None or self.runtime <= 0:
            return 0.0
        return round(min(0.99, (now - self.started) / self.runtime), 4)


class TaskStore:
    """Every task of this server, and the coroutines that move them through their lifecycle."""

    def __init__(
        self,
        config: SimConfig,
        organization: Organization,
        faults: FaultInjector,
        renderer: Renderer,
        root: Path,
    ) -> None:
        self._config = config
        self._organization = organization
        self._slots = RunSlots(config.max_concurrent_generations)
        self.faults = faults
        self._renderer = renderer
        self._root = root
        self._tasks: dict[str, Task] = {}
        self.created_ids: list[str] = []

    def create(self, endpoint: str, model: str, plan: OutputPlan, estimated: int, typical: float) -> Task:
        """Register a task (credits already reserved) and start its lifecycle."""
        task_id = str(uuid.uuid4())
        runtime = typical * (max(plan.duration, 1.0) / 5.0 if plan.kind == "video" else 1.0)
        task = Task(
            id=task_id,
            endpoint=endpoint,
            model=model,
            created_at=self._config.clock(),
            estimated=estimated,
            plan=plan,
            runtime=runtime / self._config.speed,
            directory=self._root / task_id,
            throttle_phase=self.faults.throttled(),
            charged_on=self._organization.today(),
        )
        outcome = self.faults.task_outcome()
        if outcome == "safety":
            task.failure_plan = self.faults.choose(self._safety_codes(plan))
        elif outcome == "internal":
            task.failure_plan = "INTERNAL.BAD_OUTPUT.CODE01"
        self._tasks[task_id] = task
        self.created_ids.append(task_id)
        task.runner = asyncio.get_running_loop().create_task(self._lifecycle(task), name=f"task-{task_id}")
        return task

    @staticmethod
    def _safety_codes(plan: OutputPlan) -> tuple[str, ...]:
        codes = [f"SAFETY.OUTPUT.{plan.kind.upper()}"]
        if plan.prompt:
            codes.insert(0, "SAFETY.INPUT.TEXT")
        return tuple(codes)

    def get(self, task_id: str) -> Task | None:
        return self._tasks.get(task_id)

    async def delete(self, task_id: str) -> bool:
        """Cancel a live task or delete a finished one; False if unknown.

        As the API documents, the refund depends on the status seen at cancellation: a PENDING or
        THROTTLED task is refunded in full (`cost` 0); a RUNNING one is not (`cost` = its estimate).
        """
        task = self._tasks.get(task_id)
        if task is None:
            return False
        if task.status in LIVE:
            charged = task.status == "RUNNING"
            task.status = "CANCELLED"
            task.finished_at = self._config.clock()
            task.cost = task.estimated if charged else 0
            if not charged:
                self._organization.refund(task.model, task.estimated, task.charged_on)
            if task.runner is not None:
                task.runner.cancel()
            return True
        del self._tasks[task_id]
        await asyncio.to_thread(shutil.rmtree, task.directory, ignore_errors=True)
        return True

    def view(self, task: Task, signer: UrlSigner, base_url: str) -> dict[str, Any]:
        """The task as GET /v1/tasks/{id} shows it: exactly the fields of its status."""
        body: dict[str, Any] = {"id": task.id, "status": task.status, "createdAt": iso(task.created_at)}
        if task.status in LIVE:
            body["estimatedCost"] = {"credits": task.estimated}
        if task.status == "RUNNING":
            body["progress"] = task.progress(asyncio.get_running_loop().time())
        if task.status == "SUCCEEDED":
            body["output"] = [
                signer.sign(base_url, f"{OUTPUT_PREFIX}/{task.id}/{name}") for name in task.outputs
            ]
        if task.status == "FAILED":
            body["failure"] = task.failure
            body["failureCode"] = task.failure_code
        if task.status in ("SUCCEEDED", "FAILED", "CANCELLED"):
            body["cost"] = {"credits": task.cost or 0}
        return body

    def output_file(self, task_id: str, name: str) -> Path | None:
        task = self._tasks.get(task_id)
        if task is None or task.status != "SUCCEEDED" or name not in task.outputs:
            return None
        return task.directory / name

    def count(self, status: str) -> int:
        return sum(1 for task in self._tasks.values() if task.status == status)

    def finish_times(self) -> dict[str, float]:
        """When each finished task reached its final status, so a client's detection delay can be measured."""
        return {task.id: task.finished_at for task in self._tasks.values() if task.finished_at is not None}

    async def close(self) -> None:
        runners = [t.runner for t in self._tasks.values() if t.runner is not None and not t.runner.done()]
        for runner in runners:
            runner.cancel()
        await asyncio.gather(*runners, return_exceptions=True)

    async def _lifecycle(self, task: Task) -> None:
        speed = self._config.speed
        holds_slot = False
        try:
            await asyncio.sleep(self._config.pending_seconds / speed)
            if task.throttle_phase:
                task.status = "THROTTLED"
                await asyncio.sleep(self._config.throttle_seconds / speed)
            if not self._slots.try_acquire(task.model):
                task.status = "THROTTLED"
                await self._slots.acquire(task.model)
            holds_slot = True
            await self._run(task)
        except asyncio.CancelledError:
            pass
        except Exception:  # a task must end somewhere visible, never hang in RUNNING
            # The reason stays in the log: `failure` is shown to people and never carries internals.
            log.exception("task %s failed while rendering", task.id)
            self._finish_failed(task, "INTERNAL", refund=True, text=_UNRENDERABLE)
        finally:
            if holds_slot:
                self._slots.release(task.model)

    async def _run(self, task: Task) -> None:
        loop = asyncio.get_running_loop()
        task.status = "RUNNING"
        task.started = loop.time()
        code = task.failure_plan
        if code is not None and code.startswith("SAFETY.INPUT"):
            await asyncio.sleep(task.runtime * _INPUT_CHECK_SHARE)
            self._finish_failed(task, code, refund=False)
            return
        render = None if code else loop.create_task(self._render(task))
        try:
            await asyncio.sleep(task.runtime)
            if code is not None:
                self._finish_failed(task, code, refund=code.startswith("INTERNAL"))
                return
            assert render is not None
            task.outputs = await render
        finally:
            if render is not None and not render.done():
                render.cancel()
        if task.status == "RUNNING":
            task.status = "SUCCEEDED"
            task.finished_at = self._config.clock()
            task.cost = task.estimated

    async def _render(self, task: Task) -> list[str]:
        await asyncio.to_thread(task.directory.mkdir, parents=True, exist_ok=True)
        jobs = await task.plan.jobs(task.directory)
        results = await asyncio.gather(*(self._renderer.render(job) for job in jobs))
        return [Path(result.path).name for result in results]

    def _finish_failed(self, task: Task, code: str, *, refund: bool, text: str | None = None) -> None:
        if task.status not in LIVE:
            return
        task.status = "FAILED"
        task.finished_at = self._config.clock()
        task.failure_code = code
        task.failure = text or _FAILURE_TEXT.get(code, "The task failed.")
        task.cost = 0 if refund else task.estimated
        if refund:
            self._organization.refund(task.model, task.estimated, task.charged_on)
