"""A full disk is a clear error and a later retry — never a corrupt or half-written file."""

from __future__ import annotations

import os

from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.requests.build import build_request
from runway_desktop.core.running.tasks import OutputState, TaskState


async def test_disk_full_is_reported_then_the_download_is_retried(rig):
    engine = await rig.engine()
    spec = load_catalogue().get("text_to_speech", "eleven_multilingual_v2")
    task = await engine.submit(build_request(spec, {"promptText": "Disk test.", "voice": "Maya"}), {})
    # Every write to the download's .part file lands on /dev/full: the kernel answers ENOSPC.
    part = engine.downloads.library.part_path(engine.get(task.id), 0)
    part.parent.mkdir(parents=True, exist_ok=True)
    os.symlink("/dev/full", part)

    failed = await engine.wait_for(task.id, lambda t: any(o.error for o in t.outputs), timeout=60)
    message = failed.outputs[0].error
    assert "full" in message and str(part.parent) in message and "Trying again" in message
    assert failed.outputs[0].state is OutputState.PENDING

    # The failed attempt removed its .part (here: the link), so the next attempt finds free space.
    done = await engine.wait_until_settled(task.id, timeout=60)
    assert not part.exists()
    assert done.state is TaskState.SUCCEEDED and done.all_outputs_saved
    assert done.error is None and done.attention is None
    saved = done.outputs[0]
    assert saved.path.endswith(".mp3") and os.path.getsize(saved.path) == saved.size
    assert [p.name for p in part.parent.iterdir() if p.suffix == ".part"] == []
