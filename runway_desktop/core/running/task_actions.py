"""What a person can do to one task: cancel, retry, delete at Runway, download or check again, remove.

Each action is offered or refused by the one table in `states`; a refusal says why in words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from runway_desktop.api.errors import NotFoundError, RunwayError
from runway_desktop.core.running.client import RunwayApi
from runway_desktop.core.running.config import NO_CLIENT, EngineRefused
from runway_desktop.core.running.problems import unexpected
from runway_desktop.core.running.states import Action, TaskState, actions_for, lasting_attention
from runway_desktop.core.running.tasks import TaskRecord

if TYPE_CHECKING:
    from runway_desktop.core.running.engine import Engine

_REFUSALS = {
    Action.CANCEL: "Only pending, throttled or running tasks can be cancelled (or ones not sent yet)",
    Action.RETRY: "Only failed, cancelled or unknown-outcome tasks can be retried",
    Action.REMOVE: "A live task cannot be removed from the history; cancel it first",
    Action.DELETE_AT_RUNWAY: "Only finished tasks whose outputs are saved here can be deleted from Runway",
    Action.DOWNLOAD_AGAIN: "Only a succeeded task with outputs that were not saved can be downloaded again",
    Action.CHECK_AGAIN: "Only a task that needs attention can be checked again",
}


class TaskActions:
    """The engine's actions on single tasks; the engine offers them under the same names."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def require(self, task_id: str, action: Action | None = None) -> TaskRecord:
        """The task, if it exists and (with `action`) offers that action; else EngineRefused saying why."""
        task = self._engine.get(task_id)
        if task is None:
            raise EngineRefused(f"There is no task {task_id} in the history.")
        if action is not None and action not in actions_for(task):
            raise EngineRefused(f"{_REFUSALS[action]}; this one is {task.state.label.lower()}.")
        return task

    async def fetch(self, task_id: str, action: Action | None = None) -> TaskRecord:
        """`require`, for a task held or still only in the store (an old one the queue shows)."""
        await self._engine.recall(task_id)
        return self.require(task_id, action)

    def require_client(self) -> RunwayApi:
        """The client, or EngineRefused when there is no key (nor simulator) yet."""
        if self._engine.client is None:
            raise EngineRefused(NO_CLIENT)
        return self._engine.client

    async def cancel(self, task_id: str, note: str | None = None) -> TaskRecord:
        """Cancel a task that is waiting locally, being submitted, or at Runway; nothing else.

        `note` says why a task that was never sent is cancelled (the default: the user asked).
        """
        task = await self.fetch(task_id, Action.CANCEL)
        now = self._engine.now()
        if task.state is TaskState.QUEUED:
            self._engine.submitter.stop(task.id)
            note = note or "Cancelled before it was submitted; nothing was spent."
            cancelled = await self._engine.writer.mutate(
                task.id,
                lambda t: t.evolve(state=TaskState.CANCELLED, finished_at=now, updated_at=now, error=note),
            )
            return cancelled or task
        if task.state is TaskState.SUBMITTING:
            # The create call is in flight: cancel it at Runway as soon as its id is known.
            self._engine.submitter.request_cancel(task.id)
            return task
        client = self.require_client()
        assert task.runway_id is not None  # CANCEL is offered for Runway's tasks only with their id
        try:
            await client.delete(task.runway_id)
        except NotFoundError:
            pass  # already gone at Runway: nothing left to cancel there
        except Exception as exc:
            reason = exc.user_message if isinstance(exc, RunwayError) else unexpected(exc, "Cancelling")
            raise EngineRefused(
                "Runway did not confirm the cancel, so the task was left as it is: "
                + self._engine.redactor.text(reason)
            ) from None
        self._engine.submitter.forget(task.id)
        self._engine.poller.forget(task.id)
        cancelled = await self._engine.writer.mutate(
            task.id,
            lambda t: t.evolve(
                state=TaskState.CANCELLED,
                finished_at=t.finished_at or now,
                updated_at=now,
                error=None,
                attention=lasting_attention(t.attention),
            ),
        )
        return cancelled or task

    async def delete_from_runway(self, task_id: str) -> TaskRecord:
        """Delete a finished task (and its outputs) at Runway — only once they are saved here."""
        task = await self.fetch(task_id)
        if task.state is TaskState.SUCCEEDED and not task.all_outputs_saved:
            raise EngineRefused("The outputs are not saved locally yet; deleting now would lose them.")
        task = await self.fetch(task_id, Action.DELETE_AT_RUNWAY)
        client = self.require_client()
        assert task.runway_id is not None
        try:
            await client.delete(task.runway_id)
        except RunwayError:
            pass  # already gone at Runway is fine; any other answer leaves nothing here to undo
        except Exception as exc:
            raise EngineRefused(self._engine.redactor.text(unexpected(exc, "Deleting at Runway"))) from None
        deleted = await self._engine.writer.mutate(
            task.id, lambda t: t.evolve(runway_deleted=True, updated_at=self._engine.now())
        )
        return deleted or task

    async def retry(self, task_id: str) -> TaskRecord:
        """Submit the same request again as a new task (failed, cancelled or outcome unknown)."""
        task = await self.fetch(task_id, Action.RETRY)
        if self._engine.client is None:
            raise EngineRefused(NO_CLIENT)
        record = self._engine.new_record(task.endpoint, task.model, task.body, task.media, task.params,
                                 task.estimated_credits, retry_of=task.id, group_id=task.group_id,
                                 run_key=task.run_key)
        return await self._engine.enqueue(record)

    async def download_again(self, task_id: str) -> TaskRecord:
        """Try every output that was not saved again."""
        task = await self.fetch(task_id, Action.DOWNLOAD_AGAIN)
        self.require_client()
        return await self._engine.downloads.download_again(task.id) or task

    async def check_again(self, task_id: str) -> TaskRecord:
        """Ask Runway about a task that needs attention, as soon as the budget allows."""
        task = await self.fetch(task_id, Action.CHECK_AGAIN)
        self.require_client()
        return await self.check(task.id) or task

    async def check(self, task_id: str) -> TaskRecord | None:
        """Poll again: the task is pending until Runway answers (and needs attention again if it cannot)."""
        now = self._engine.now()
        task = await self._engine.writer.mutate(
            task_id,
            lambda t: (
                t.evolve(state=TaskState.PENDING, updated_at=now, error=None,
                         attention=lasting_attention(t.attention))
                if t.state is TaskState.NEEDS_ATTENTION
                else None
            ),
        )
        self._engine.poller.start()
        self._engine.poller.schedule(task_id, 0)
        return task

    async def remove(self, task_id: str) -> None:
        """Forget a task locally (its saved files stay in the library); a download is stopped first."""
        task = await self.fetch(task_id, Action.REMOVE)
        await self._engine.downloads.stop(task.id)
        self._engine.poller.forget(task.id)
        await self._engine.writer.remove(task.id)
