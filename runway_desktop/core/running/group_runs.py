"""Running a plan as a group: its ledger (run key → task), chained inputs, progress, and group actions.

Every run of a plan is recorded (QUEUED) in one transaction before anything is sent; a run
that consumes an earlier run's output waits at the gate until that output is saved, then takes
the saved file (or, if it could not be saved, the output's URL). Submitting the same plan again
resumes its group: succeeded and live runs are kept, failed and cancelled ones are sent again,
and a run whose create may have been sent (outcome unknown) is never sent again on its own.
"""

from __future__ import annotations

import asyncio
import functools
import uuid
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from runway_desktop.core.intake.media import MediaValue, origin_of_item, with_origin_item
from runway_desktop.core.running import events as ev
from runway_desktop.core.running.config import EngineRefused
from runway_desktop.core.running.gate import Gate, dependency_reason, waiting_for
from runway_desktop.core.running.groups import Group, GroupProgress, latest_by_run, progress_of
from runway_desktop.core.running.states import Action, TaskState, actions_for
from runway_desktop.core.running.tasks import OutputState, TaskRecord
from runway_desktop.core.running.writer import TaskWriter

if TYPE_CHECKING:
    from runway_desktop.core.plans.plan import Plan, PlannedRun
    from runway_desktop.core.running.engine import Engine

# Runs sent again when a plan is resumed or "Retry failed" is pressed (never UNKNOWN: it may exist).
RETRIED = frozenset({TaskState.FAILED, TaskState.CANCELLED})
YIELD_EVERY = 100  # records built (or announced) between two turns of the event loop
PROGRESS_COALESCE = 0.05  # seconds: a burst of task changes makes one group event


class GroupRunner:
    """The engine's groups: submit a plan, follow it, cancel, retry or remove it as a whole."""

    def __init__(self, engine: Engine, writer: TaskWriter, gate: Gate) -> None:
        self._engine = engine
        self._writer = writer
        self._gate = gate
        self._groups: dict[str, Group] = {}
        self._members: dict[str, dict[str, TaskRecord]] = {}  # group → task id → task
        self._group_of: dict[str, str] = {}
        self._finished: set[str] = set()
        self._scheduled: set[str] = set()
        # Finished groups whose tasks stay on disk: their progress as counted from the store at start.
        self._on_disk: dict[str, GroupProgress] = {}
        writer.events.subscribe(self._on_event)

    # -- reading -------------------------------------------------------------------------------

    async def load(self, open_groups: set[str] | None = None) -> None:
        """The groups as stored; groups already finished announce nothing again.

        With `open_groups` (the groups with an unfinished task, whose tasks are all held), every
        other group's tasks stay on disk until the group is acted on; its progress is counted there.
        """
        for group in await self._engine.store.load_groups():
            self._add(group)
        for task in self._writer.tasks:
            self._index(task)
        if open_groups is not None:
            closed = await self._engine.store.closed_group_members()
            for group_id, group in self._groups.items():
                if group_id not in open_groups:
                    self._on_disk[group_id] = progress_of(group, closed.get(group_id, []))
        for group_id in self._groups:
            if self.progress(group_id).finished:
                self._finished.add(group_id)

    async def _hold_all(self, group_id: str) -> None:
        """Read a finished group's tasks from the store before acting on it (a re-run, a retry, a removal)."""
        if self._on_disk.pop(group_id, None) is None:
            return
        for task in self._writer.hold(await self._engine.store.group_tasks(group_id)):
            self._index(task)

    @property
    def all(self) -> list[Group]:
        """Every group, oldest first."""
        return sorted(self._groups.values(), key=lambda g: g.created_at)

    def get(self, group_id: str) -> Group | None:
        return self._groups.get(group_id)

    def find(self, identity: str) -> Group | None:
        """The newest group of a plan (the one a re-run resumes)."""
        mine = [g for g in self._groups.values() if g.identity == identity]
        return max(mine, key=lambda g: g.created_at) if mine else None

    def tasks(self, group_id: str) -> list[TaskRecord]:
        """Every task of the group, retried ones too, oldest first."""
        return sorted(self._members.get(group_id, {}).values(), key=lambda t: t.created_at)

    def latest(self, group_id: str) -> dict[str, TaskRecord]:
        """The ledger: each run key's newest task."""
        return latest_by_run(self._members.get(group_id, {}).values())

    def progress(self, group_id: str) -> GroupProgress:
        group = self._require(group_id)
        if group_id in self._on_disk:
            return self._on_disk[group_id]
        return progress_of(group, self._members.get(group_id, {}).values())

    def _require(self, group_id: str) -> Group:
        group = self._groups.get(group_id)
        if group is None:
            raise EngineRefused(f"There is no group {group_id} in the history.")
        return group

    # -- submitting ----------------------------------------------------------------------------

    async def submit(self, plan: Plan, *, name: str = "", budget_credits: float | None = None,
                     max_parallel: int | None = None, output_dir: str | None = None,
                     restart: bool = False) -> Group:
        """Record every run not yet in the plan's group and queue it; returns the group at once."""
        if self._engine.client is None:
            raise EngineRefused("Add a Runway API key in Settings, or try the offline simulator, first.")
        group = None if restart else self.find(plan.identity)
        if group is not None:
            await self._hold_all(group.id)  # the ledger must know every run already made
        if group is None:
            group = Group(id=uuid.uuid4().hex, kind=plan.kind, name=f"{plan.kind} {plan.identity[:8]}",
                          identity=plan.identity, runs=len(plan.runs), created_at=self._engine.now())
        group = group.evolve(runs=len(plan.runs), budget_credits=budget_credits, max_parallel=max_parallel,
                             output_dir=output_dir, name=name or group.name)
        await self._engine.store.save_group(group)
        fresh = group.id not in self._groups
        self._add(group)
        if fresh:
            self._writer.events.publish(ev.GroupAdded(group, self.progress(group.id)))
        ledger = self.latest(group.id)
        records = []
        for run in plan.runs:
            if run.key not in ledger:
                records.append(self._record(group, run))
                if len(records) % YIELD_EVERY == 0:
                    await asyncio.sleep(0)  # a long plan never holds the loop for long
        if records:
            await self._engine.enqueue_many(records)
        for key, task in ledger.items():
            if task.state in RETRIED and any(r.key == key for r in plan.runs):
                await self._engine.retry(task.id)
        self._finished.discard(group.id)
        await self._resolve_ready(group.id)
        self._gate_changed()
        return group

    def _add(self, group: Group) -> None:
        self._groups[group.id] = group
        self._gate.groups[group.id] = group
        self._members.setdefault(group.id, {})

    def _record(self, group: Group, run: PlannedRun) -> TaskRecord:
        quote = run.quote
        media = [_media_json(run, index, value) for index, value in enumerate(run.request.media)]
        params = {k: v for k, v in run.values.items() if isinstance(v, str | int | float | bool)}
        record = self._engine.new_record(
            run.endpoint, run.model, dict(run.request.body), media, params,
            quote.credits if quote.known else None, group_id=group.id, run_key=run.key,
        )
        needed = waiting_for(record)
        return record.evolve(waiting=dependency_reason(needed)) if needed else record

    def _gate_changed(self) -> None:
        self._engine.submitter.wake()

    # -- following -----------------------------------------------------------------------------

    def _index(self, task: TaskRecord) -> None:
        if task.group_id and task.group_id in self._groups:
            self._members[task.group_id][task.id] = task
            self._group_of[task.id] = task.group_id

    async def _recount(self, group_id: str) -> None:
        await self._hold_all(group_id)
        self._schedule(group_id)

    def _on_event(self, event: ev.Event) -> None:
        if isinstance(event, ev.TaskRemoved):
            group_id = self._group_of.pop(event.task_id, None)
            if group_id in self._on_disk:  # an old task of a finished group removed alone
                self._members.get(group_id, {}).pop(event.task_id, None)
                self._engine.spawn(self._recount(group_id), f"recount group {group_id[:8]}")
                return
            if group_id is not None:
                self._members.get(group_id, {}).pop(event.task_id, None)
                self._schedule(group_id)
            return
        if not isinstance(event, ev.TaskAdded | ev.TaskChanged):
            return
        task = event.task
        if not task.group_id or task.group_id not in self._groups:
            return
        if task.group_id in self._on_disk:  # e.g. one old run retried alone: count from the whole group
            self._engine.spawn(self._recount(task.group_id), f"recount group {task.group_id[:8]}")
        self._index(task)
        self._schedule(task.group_id)
        settled = task.state is TaskState.SUCCEEDED and not task.needs_download
        ended = task.state in RETRIED or task.state is TaskState.UNKNOWN
        # Only the run's newest task speaks for it (an older attempt's news changes nothing).
        if (settled or ended) and task.run_key and self.latest(task.group_id).get(task.run_key) is task:
            if settled:
                self._engine.spawn(self._resolve_ready(task.group_id), f"chain {task.run_key}")
            else:
                self._engine.spawn(self._drop_dependents(task), f"chain {task.run_key}")

    def _schedule(self, group_id: str) -> None:
        """Announce the group's progress once per burst of changes."""
        if group_id in self._scheduled:
            return
        self._scheduled.add(group_id)
        asyncio.get_running_loop().call_later(PROGRESS_COALESCE, self._publish, group_id)

    def _publish(self, group_id: str) -> None:
        self._scheduled.discard(group_id)
        group = self._groups.get(group_id)
        if group is None:
            return
        progress = self.progress(group_id)
        if progress.finished and group_id not in self._finished:
            self._finished.add(group_id)
            self._writer.events.publish(ev.GroupFinished(group, progress))
            return
        if not progress.finished:
            self._finished.discard(group_id)
        self._writer.events.publish(ev.GroupChanged(group, progress))

    # -- chains --------------------------------------------------------------------------------

    async def resume(self) -> None:
        """After a restart: chain what finished while the app was away, drop what can no longer run."""
        for group_id in list(self._groups):
            for task in list(self.latest(group_id).values()):
                if task.state in RETRIED or task.state is TaskState.UNKNOWN:
                    await self._drop_dependents(task)
            await self._resolve_ready(group_id)

    async def _resolve_ready(self, group_id: str) -> None:
        """Give each waiting run the outputs its producers have saved."""
        ledger = self.latest(group_id)
        for task in list(ledger.values()):
            if task.state is not TaskState.QUEUED or not waiting_for(task):
                continue
            producers = {key: ledger.get(key) for key in waiting_for(task)}
            ready = {k: p for k, p in producers.items()
                     if p is not None and p.state is TaskState.SUCCEEDED and not p.needs_download}
            if not ready:
                continue
            await self._writer.mutate(task.id, functools.partial(_resolved, producers=ready))
            current = self._writer.get(task.id)
            missing = _unavailable(current, ready) if current else None
            if current is not None and missing:
                await self._refuse(current, missing)

    async def _drop_dependents(self, producer: TaskRecord) -> None:
        """Runs waiting for a producer that failed, was cancelled or has an unknown outcome: not sent."""
        assert producer.group_id is not None and producer.run_key is not None
        what = {TaskState.FAILED: "failed", TaskState.CANCELLED: "was cancelled"}.get(
            producer.state, "has an unknown outcome")
        for task in list(self.latest(producer.group_id).values()):
            if task.state is TaskState.QUEUED and producer.run_key in waiting_for(task):
                await self._refuse(task, f"run {producer.run_key} {what}, and its output is this run's input")

    async def _refuse(self, task: TaskRecord, why: str) -> None:
        now = self._engine.now()
        note = f"Not sent: {why}. Nothing was spent; Retry failed sends them again."
        await self._writer.mutate(task.id, lambda t: t.evolve(
            state=TaskState.CANCELLED, error=note, waiting=None, finished_at=now, updated_at=now)
            if t.state is TaskState.QUEUED else None)

    # -- group actions -------------------------------------------------------------------------

    async def cancel(self, group_id: str) -> list[str]:
        """Cancel every run still waiting or at Runway; returns the reasons of any Runway refused."""
        self._require(group_id)
        problems = []
        for task in self.latest(group_id).values():
            if Action.CANCEL in actions_for(task):
                try:
                    await self._engine.cancel(task.id)
                except EngineRefused as refused:
                    problems.append(f"run {task.run_key}: {refused.message}")
        return problems

    async def retry_failed(self, group_id: str) -> list[TaskRecord]:
        """Send every failed or cancelled run again (new tasks under the same run keys)."""
        self._require(group_id)
        await self._hold_all(group_id)
        failed = [t for t in self.latest(group_id).values() if t.state in RETRIED]
        retried = [await self._engine.retry(t.id) for t in failed]
        self._finished.discard(group_id)
        await self._resolve_ready(group_id)
        return retried

    async def remove(self, group_id: str) -> None:
        """Forget the group and its tasks (saved files stay); refused while any run is live."""
        self._require(group_id)
        await self._hold_all(group_id)
        live = [t for t in self.tasks(group_id)
                if t.state is TaskState.SUBMITTING or t.state.is_live_at_runway]
        if live:
            raise EngineRefused(f"{len(live)} run{'s are' if len(live) > 1 else ' is'} still at Runway; "
                                "cancel the group first.")
        for task in self.tasks(group_id):
            if task.state is TaskState.QUEUED:
                await self._engine.cancel(task.id)
            await self._engine.downloads.stop(task.id)
            await self._writer.remove(task.id)
        await self._engine.store.delete_group(group_id)
        self._groups.pop(group_id, None)
        self._gate.groups.pop(group_id, None)
        self._members.pop(group_id, None)
        self._on_disk.pop(group_id, None)
        self._finished.discard(group_id)
        self._writer.events.publish(ev.GroupRemoved(group_id))


def _media_json(run: PlannedRun, index: int, value: MediaValue) -> dict[str, Any]:
    """A media slot as the record keeps it; an earlier run's output records that run as its origin."""
    awaited = next((r.awaited for r in run.inputs if r.media_index == index and r.awaited), None)
    if awaited is None:
        return value.to_json()  # a file, a URL, or an output chosen in the form (its origin kept)
    return replace(value, info=None, origin=awaited).to_json()


def _resolved(task: TaskRecord, producers: dict[str, TaskRecord]) -> TaskRecord | None:
    """The record with each ready producer's output in place of its marker (saved file, else URL)."""
    if task.state is not TaskState.QUEUED:
        return None
    media = []
    for item in task.media:
        origin = origin_of_item(item)
        if origin is None or not origin.pending or origin.run not in producers:
            media.append(item)
            continue
        producer = producers[origin.run]
        output = producer.output(origin.output_index)
        if output is None:
            media.append(item)
            continue
        saved = output.state is OutputState.SAVED and output.path
        made = replace(origin, task_id=producer.id, sha256=output.sha256)
        media.append(with_origin_item({**item, "path": output.path if saved else None,
                                       "url": None if saved else output.url, "info": None}, made))
    return task.evolve(media=media)


def _unavailable(task: TaskRecord, producers: dict[str, TaskRecord]) -> str | None:
    """Why a resolved input cannot be used (an output missing, or neither saved nor reachable), or None."""
    for item in task.media:
        origin = origin_of_item(item)
        if origin is None or origin.run not in producers:
            continue
        number = origin.output_index + 1
        if origin.pending:
            return f"run {origin.run} made no output {number}"
        if not item.get("path") and not item.get("url"):
            return f"output {number} of run {origin.run} was not saved and has no URL"
    return None
