"""A restart picks every task up where it was, and the finishing actions follow the state table."""

from __future__ import annotations

import pytest
from fakes.client import ScriptedClient, snapshot

from runway_desktop.api.errors import NotFoundError
from runway_desktop.api.models import CreatedTask
from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.running.config import EngineRefused
from runway_desktop.core.running.engine import Engine
from runway_desktop.core.running.states import OutputState, TaskState
from runway_desktop.core.running.tasks import OutputFile, TaskRecord
from runway_desktop.core.storage.store import Store

OUT = "https://cdn.example.test/o.png"


def stored_task(task_id: str, state: TaskState, **changes) -> TaskRecord:
    return TaskRecord(id=task_id, endpoint="text_to_image", model="gen4_image", tab="image", state=state,
                      body={"model": "gen4_image", "promptText": task_id, "ratio": "1024:1024"},
                      prompt=task_id, created_at=1000.0, updated_at=1000.0, **changes)


async def test_a_restart_resumes_every_kind_of_unfinished_work(fake, png_bytes):
    await fake.engine.close()
    store = Store(fake.data_dir / "tasks.sqlite3")
    await store.open()
    await store.save_many([
        stored_task("sent-blind", TaskState.SUBMITTING),
        stored_task("sent-known", TaskState.SUBMITTING, runway_id="rw-known"),
        stored_task("waiting", TaskState.QUEUED),
        stored_task("saving", TaskState.SUCCEEDED, runway_id="rw-saving", outputs=(OutputFile(0, url=OUT),)),
    ])
    client = ScriptedClient()
    client.push("create", CreatedTask(id="rw-waiting"))
    client.always("retrieve", lambda runway_id: snapshot("SUCCEEDED", OUT, runway_id=runway_id))
    client.always("download", png_bytes)
    engine = Engine(client, store, fake.engine.downloads.library, load_catalogue(), config=fake.engine.config,
                    redactor=fake.engine.redactor)
    await engine.start()
    try:
        done = {t: await engine.wait_until_settled(t, timeout=10)
                for t in ("sent-blind", "sent-known", "waiting", "saving")}
        assert done["sent-blind"].state is TaskState.UNKNOWN and "may or may not" in done["sent-blind"].error
        for name in ("sent-known", "waiting", "saving"):
            assert done[name].state is TaskState.SUCCEEDED and done[name].all_outputs_saved, name
        assert client.count("create") == 1  # only the task that was never sent
    finally:
        await engine.close()
        await store.close()


async def test_delete_at_runway_only_once_saved_and_retry_makes_a_new_task(fake, png_bytes):
    fake.client.push("retrieve", snapshot("SUCCEEDED", OUT)).push("download", b"<html></html>")
    task = await fake.settled((await fake.submit()).id)
    assert task.outputs[0].state is OutputState.NOT_SAVED
    with pytest.raises(EngineRefused, match="not saved locally yet"):
        await fake.engine.delete_from_runway(task.id)
    fake.client.push("download", png_bytes)
    await fake.engine.download_again(task.id)
    await fake.settled(task.id)
    fake.client.push("delete", NotFoundError(status=404))  # already gone at Runway is fine
    deleted = await fake.engine.delete_from_runway(task.id)
    assert deleted.runway_deleted and (await fake.stored())[task.id].runway_deleted

    fake.client.push("retrieve", snapshot("FAILED", failure="Out of credits", runway_id="rw-2"))
    failed = await fake.settled((await fake.submit("rw-2")).id)
    fake.client.push("create", CreatedTask(id="rw-3"))
    fake.client.push("retrieve", snapshot("RUNNING", runway_id="rw-3"))
    fake.client.always("retrieve", snapshot("RUNNING", progress=0.5, runway_id="rw-3"))
    again = await fake.engine.retry(failed.id)
    assert again.retry_of == failed.id and again.id != failed.id
    fake.engine.client = None
    with pytest.raises(EngineRefused, match="API key"):
        await fake.engine.retry(failed.id)


async def test_submitting_needs_a_client_and_a_valid_request(fake):
    from runway_desktop.core.requests.build import build_request

    spec = load_catalogue().get("text_to_image", "gen4_image")
    with pytest.raises(EngineRefused):
        await fake.engine.submit(build_request(spec, {"promptText": "", "ratio": "1024:1024"}), {})
    fake.engine.client = None
    with pytest.raises(EngineRefused, match="API key"):
        await fake.engine.submit(build_request(spec, {"promptText": "a fox", "ratio": "1024:1024"}), {})


async def test_a_crash_in_background_work_is_reported_in_words(fake):
    async def broken() -> None:
        raise RuntimeError("the store went away")

    job = fake.engine.spawn(broken(), "check store")
    with pytest.raises(RuntimeError):
        await job
    errors = [e for e in fake.events if getattr(e, "detail", "")]
    assert errors[0].message == "Check store failed unexpectedly (RuntimeError: the store went away)."
    fake.events.clear()  # this crash was made on purpose
