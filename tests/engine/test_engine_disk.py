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
    target = engine.downloads.library.target_for(engine.get(task.id), 0, "https://x/output_0.mp3")
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    os.symlink("/dev/full", part)

    failed = await engine.wait_for(
        task.id, lambda t: any(o.state is OutputState.ERROR for o in t.outputs), timeout=60)
    message = failed.outputs[0].error
    assert "full" in message and str(target.parent) in message and "retried" in message
    assert not target.exists(), "nothing half-written is kept"

    # The failed attempt removed its .part (here: the link), so the next attempt finds free space.
    assert not part.exists()
    done = await engine.wait_until_settled(task.id, timeout=60)
    assert done.state is TaskState.SUCCEEDED and done.all_outputs_saved
    assert done.error is None
    assert target.exists() and target.stat().st_size == done.outputs[0].size
