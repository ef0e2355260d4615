"""Every move in the state table is one the engine makes, taken here on the scripted client."""

from __future__ import annotations

import itertools

import pytest
from fakes.client import snapshot

from runway_desktop.api.errors import AuthenticationError
from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.requests.build import build_request
from runway_desktop.core.running import events as ev
from runway_desktop.core.running.states import TRANSITIONS, TaskState

S = TaskState
LIVE = (S.PENDING, S.THROTTLED, S.RUNNING)
OUT = "https://cdn.example.test/o.png"
LIVE_MOVES = [
    (old, new) for old in LIVE for new in sorted(TRANSITIONS[old], key=lambda s: s.value) if new is not old
]


def moves(fake, task_id: str) -> list[tuple[TaskState, TaskState]]:
    states = [e.task.state for e in fake.events
              if isinstance(e, ev.TaskAdded | ev.TaskChanged) and e.task.id == task_id]
    return [(a, b) for a, b in itertools.pairwise(states) if a is not b]


@pytest.mark.parametrize(("old", "new"), LIVE_MOVES, ids=[f"{a.value}-{b.value}" for a, b in LIVE_MOVES])
async def test_every_move_from_a_live_state(fake, png_bytes, old, new):
    fake.client.always("retrieve", snapshot(old.name, progress=0.3 if old is S.RUNNING else None))
    fake.client.always("download", png_bytes)
    task = await fake.submit()
    await fake.engine.wait_for(task.id, lambda t: t.state is old, timeout=10)
    if new is S.CANCELLED:
        fake.client.push("delete", None)
        await fake.engine.cancel(task.id)
    elif new is S.NEEDS_ATTENTION:
        fake.client.always("retrieve", AuthenticationError(status=401))
    elif new is S.SUCCEEDED:
        fake.client.always("retrieve", snapshot("SUCCEEDED", OUT))
    else:
        fake.client.always("retrieve", snapshot(new.name, failure="Out of credits"))
    await fake.engine.wait_for(task.id, lambda t: t.state is new, timeout=10)
    assert (old, new) in moves(fake, task.id)


async def test_every_move_from_the_other_states(fake, png_bytes):
    """The rows of QUEUED, SUBMITTING and NEEDS_ATTENTION (SUBMITTING's are in test_engine_submission)."""
    assert TRANSITIONS[S.QUEUED] == {S.SUBMITTING, S.CANCELLED}
    assert TRANSITIONS[S.SUBMITTING] == {S.PENDING, S.FAILED, S.UNKNOWN, S.NEEDS_ATTENTION}
    assert TRANSITIONS[S.NEEDS_ATTENTION] == {S.PENDING, S.CANCELLED}
    assert all(not TRANSITIONS[s] for s in (S.SUCCEEDED, S.FAILED, S.CANCELLED, S.UNKNOWN))

    spec = load_catalogue().get("text_to_image", "gen4_image")
    queued = await fake.engine.submit(build_request(spec, {"promptText": "a fox", "ratio": "1024:1024"}), {})
    cancelled = await fake.engine.cancel(queued.id)  # before its submission job ever ran
    assert cancelled.state is S.CANCELLED and moves(fake, queued.id) == [(S.QUEUED, S.CANCELLED)]
    assert fake.client.count("create") == 0

    fake.client.push("retrieve", AuthenticationError(status=401), snapshot("RUNNING", progress=0.5))
    fake.client.always("retrieve", snapshot("SUCCEEDED", OUT)).always("download", png_bytes)
    task = await fake.submit()
    await fake.engine.wait_for(task.id, lambda t: t.state is S.NEEDS_ATTENTION, timeout=10)
    await fake.engine.check_again(task.id)
    await fake.settled(task.id)
    assert moves(fake, task.id) == [
        (S.QUEUED, S.SUBMITTING), (S.SUBMITTING, S.PENDING), (S.PENDING, S.NEEDS_ATTENTION),
        (S.NEEDS_ATTENTION, S.PENDING), (S.PENDING, S.RUNNING), (S.RUNNING, S.SUCCEEDED),
    ]
