"""Saved takes for the library tests: real files with sidecars, recorded by the real task store."""

from __future__ import annotations

import json
from pathlib import Path

from media_factory import make_mp4, make_png, make_wav

from runway_desktop.core.running.tasks import OutputFile, OutputState, TaskRecord, TaskState
from runway_desktop.core.storage.store import Store

DAY = 86400.0
T0 = 1_750_000_000.0  # 2025-06-15
_MAKERS = {"image": (make_png, ".png", "image/png"), "video": (make_mp4, ".mp4", "video/mp4"),
           "audio": (make_wav, ".wav", "audio/wav")}


def saved_task(folder: Path, n: int, *, kind: str = "image", model: str = "gen4_image", prompt: str = "",
               created_at: float | None = None, group: str | None = None, outputs: int = 1) -> TaskRecord:
    """A succeeded task whose `outputs` files exist in `folder`, each with a sidecar as the library writes."""
    make, suffix, mime = _MAKERS[kind]
    files = []
    for index in range(outputs):
        path = folder / f"take{n:04d}_{index}{suffix}"
        if kind == "image":
            make(path, 64, 36, ((n * 40) % 255, 90, 160))
        else:
            make(path)
        path.with_name(path.name + ".json").write_text(json.dumps({"task_id": f"t{n:04d}", "prompt": prompt}))
        files.append(OutputFile(index, f"https://x.test/{n}/{index}", str(path), OutputState.SAVED,
                                size=path.stat().st_size, mime=mime))
    endpoint = {"image": "text_to_image", "video": "text_to_video", "audio": "sound_effect"}[kind]
    body = {"model": model, "promptText": prompt, "seed": 1000 + n, "ratio": "1280:720"}
    if kind == "video":
        body["duration"] = 5
    return TaskRecord(
        id=f"t{n:04d}", endpoint=endpoint, model=model, tab=kind, state=TaskState.SUCCEEDED, body=body,
        params={"promptText": prompt, **({"group_id": group} if group else {})}, prompt=prompt,
        created_at=created_at if created_at is not None else T0 + n * 60, updated_at=T0, outputs=tuple(files),
    )


async def store_tasks(db: Path, tasks: list[TaskRecord]) -> list[TaskRecord]:
    """Save `tasks` in a real task store at `db` and return them as the store loads them back."""
    store = Store(db)
    await store.open()
    await store.save_many(tasks)
    loaded = await store.load_all()
    await store.close()
    return loaded
