"""The table of states and actions: legal moves, and what each state lets a person do."""

from __future__ import annotations

import pytest

from runway_desktop.core.running.states import (
    TRANSITIONS,
    Action,
    Attention,
    NextStep,
    OutputState,
    TaskState,
    actions_for,
    can_move,
)
from runway_desktop.core.running.tasks import OutputFile, TaskRecord

S = TaskState


def task(state: TaskState, **changes) -> TaskRecord:
    base = TaskRecord(id="t1", endpoint="text_to_image", model="gen4_image", tab="image", state=state,
                      body={"promptText": "a cat"}, prompt="a cat")
    return base.evolve(**changes)


def saved(index: int = 0) -> OutputFile:
    return OutputFile(index=index, url="https://cdn.example/x.png", path=f"/lib/x{index}.png",
                      state=OutputState.SAVED)


def test_every_state_has_a_row_and_a_label():
    assert set(TRANSITIONS) == set(TaskState)
    assert all(state.label for state in TaskState)
    assert TaskState.NEEDS_ATTENTION.value == "needs_attention"
    assert OutputState.NOT_SAVED.value == "not_saved"


@pytest.mark.parametrize("final", [S.SUCCEEDED, S.FAILED, S.CANCELLED, S.UNKNOWN])
def test_a_finished_task_never_moves_again(final):
    assert final.is_terminal and final.is_settled and not final.is_live_at_runway
    for other in TaskState:
        assert can_move(final, other) is (other is final)


def test_a_late_poll_cannot_revive_a_cancelled_task_but_attention_can_be_resolved():
    assert not can_move(S.CANCELLED, S.RUNNING)
    assert can_move(S.RUNNING, S.NEEDS_ATTENTION)
    assert can_move(S.NEEDS_ATTENTION, S.PENDING) and can_move(S.NEEDS_ATTENTION, S.CANCELLED)
    assert not can_move(S.NEEDS_ATTENTION, S.QUEUED) and not can_move(S.NEEDS_ATTENTION, S.SUCCEEDED)
    assert not can_move(S.QUEUED, S.RUNNING)  # a task is always submitted before it runs
    assert S.NEEDS_ATTENTION.is_settled and not S.NEEDS_ATTENTION.is_terminal


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        (task(S.QUEUED), {Action.CANCEL, Action.USE_PARAMETERS}),
        (task(S.SUBMITTING), {Action.CANCEL, Action.USE_PARAMETERS}),
        (task(S.RUNNING, runway_id="rw"), {Action.CANCEL, Action.USE_PARAMETERS}),
        (task(S.FAILED, runway_id="rw"),
         {Action.RETRY, Action.REMOVE, Action.USE_PARAMETERS, Action.DELETE_AT_RUNWAY}),
        (task(S.UNKNOWN), {Action.RETRY, Action.REMOVE, Action.USE_PARAMETERS}),
        (task(S.CANCELLED, runway_id="rw", runway_deleted=True),
         {Action.RETRY, Action.REMOVE, Action.USE_PARAMETERS}),
        (task(S.SUCCEEDED, runway_id="rw", outputs=(saved(),)),
         {Action.REMOVE, Action.USE_PARAMETERS, Action.OPEN, Action.SAVE_AS, Action.SHOW_IN_FOLDER,
          Action.COPY_URL, Action.DELETE_AT_RUNWAY}),
        (task(S.SUCCEEDED, runway_id="rw", outputs=(saved(), OutputFile(1, url="https://c/y",
                                                                       state=OutputState.NOT_SAVED))),
         {Action.REMOVE, Action.USE_PARAMETERS, Action.OPEN, Action.SAVE_AS, Action.SHOW_IN_FOLDER,
          Action.COPY_URL, Action.DOWNLOAD_AGAIN}),
        (task(S.SUCCEEDED, runway_id="rw", outputs=(OutputFile(0, url="https://c/y"),)),
         {Action.REMOVE, Action.USE_PARAMETERS, Action.COPY_URL}),
        (task(S.NEEDS_ATTENTION, runway_id="rw",
              attention=Attention("Runway rejected the key", 5.0, NextStep.REENTER_KEY)),
         {Action.CANCEL, Action.CHECK_AGAIN, Action.REENTER_KEY, Action.REMOVE, Action.USE_PARAMETERS}),
        (task(S.NEEDS_ATTENTION, attention=Attention("unusable id", 5.0, NextStep.CHECK_AT_RUNWAY)),
         {Action.RETRY, Action.REMOVE, Action.USE_PARAMETERS}),
        (task(S.SUCCEEDED, body={}, prompt=""), {Action.REMOVE}),
    ],
)
def test_actions_follow_the_state(record, expected):
    assert actions_for(record) == expected


def test_attention_round_trips_and_damaged_json_reads_as_none():
    attention = Attention("The key was rejected.", 12.5, NextStep.REENTER_KEY)
    assert Attention.from_json(attention.to_json()) == attention
    assert Attention.from_json({"reason": "x", "since": 1, "action": "dance"}) is None
    assert Attention.from_json("nonsense") is None
    assert all(step.label.endswith(".") for step in NextStep)
