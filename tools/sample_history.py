"""A history of image, video and audio takes in a data folder, for layout checks and screenshots.

    python tools/sample_history.py DATA_DIR
    runway-desktop --data-dir DATA_DIR

Writes real files (a PNG, an H.264 MP4 and a WAV with a long name, made with Pillow and PyAV) into
DATA_DIR/library and records them in DATA_DIR/tasks.sqlite3 as finished tasks, together with a
failed, a cancelled and an unknown-outcome task, so the queue and the preview can be looked at in
every state without generating anything.
"""

from __future__ import annotations

import asyncio
import sys
from fractions import Fraction
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))  # screenshot_media, beside this file

from screenshot_media import spoken_clip, sunset_lake

LONG_AUDIO_NAME = (
    "a-very-long-file-name-of-a-sound-effect-take-with-rain-and-distant-thunder-over-the-hills.wav"
)
EPOCH = 1_760_000_000.0


def small_video(path: Path, width: int = 320, height: int = 180, seconds: float = 2.0, fps: int = 12) -> Path:
    """A short H.264 clip of a moving gradient."""
    import av

    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=fps)
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        stream.codec_context.thread_count = 1
        stream.options = {"preset": "ultrafast"}
        ramp = np.add.outer(np.arange(height), np.arange(width))
        for index in range(int(seconds * fps)):
            pixels = np.zeros((height, width, 3), dtype=np.uint8)
            pixels[:, :, 0] = (ramp + index * 8) % 256
            pixels[:, :, 2] = 120
            frame = av.VideoFrame.from_ndarray(pixels, format="rgb24")
            frame.pts, frame.time_base = index, Fraction(1, fps)
            container.mux(stream.encode(frame))
        container.mux(stream.encode())
    return path


def _records(library: Path) -> list:
    from runway_desktop.core.running.tasks import OutputFile, OutputState, TaskRecord, TaskState

    folder = library / "2026-01-01"
    folder.mkdir(parents=True, exist_ok=True)
    image = sunset_lake(folder / "gen4_image-lake-at-sunset.png", 640, 360)
    video = small_video(folder / "gen4.5-paper-boat-on-a-river.mp4")
    audio = spoken_clip(folder / LONG_AUDIO_NAME, seconds=3.0)

    def take(n: int, tab: str, endpoint: str, model: str, prompt: str, state: TaskState,
             path: Path | None = None, mime: str | None = None, **more) -> TaskRecord:
        created = EPOCH + n * 60
        outputs = ()
        if path is not None:
            saved = OutputState.SAVED
            outputs = (OutputFile(0, url=f"https://example.invalid/{n}", path=str(path), state=saved,
                                  size=path.stat().st_size, mime=mime),)
        return TaskRecord(
            id=f"sample{n:04d}", endpoint=endpoint, model=model, tab=tab, state=state,
            body={"promptText": prompt, "model": model}, params={"promptText": prompt}, prompt=prompt,
            runway_id=f"00000000-0000-4000-8000-{n:012d}", created_at=created, submitted_at=created + 1,
            updated_at=created + 20, finished_at=created + 30 if state.is_terminal else None,
            estimated_credits=more.pop("credits", 20.0), cost_credits=more.pop("cost", None),
            outputs=outputs, **more,
        )

    return [
        take(1, "video", "text_to_video", "gen4.5", "A paper boat drifts down a narrow river at dawn",
             TaskState.SUCCEEDED, video, "video/mp4", credits=50.0, cost=50.0),
        take(2, "image", "text_to_image", "gen4_image", "A lake at sunset, mist rising over the hills",
             TaskState.SUCCEEDED, image, "image/png", credits=5.0, cost=5.0),
        take(3, "audio", "sound_effect", "eleven_text_to_sound_v2",
             "Rain on a tin roof with distant thunder rolling over the hills, slow and calm",
             TaskState.SUCCEEDED, audio, "audio/wav", credits=2.0, cost=2.0),
        take(4, "video", "text_to_video", "gen4.5", "A lighthouse in a storm", TaskState.FAILED,
             failure="The request could not be completed because of a content moderation decision",
             failure_code="SAFETY.INPUT.TEXT"),
        take(5, "image", "text_to_image", "gen4_image", "A cat in a spacesuit", TaskState.CANCELLED),
        take(6, "audio", "text_to_speech", "eleven_multilingual_v2", "Welcome to the studio",
             TaskState.UNKNOWN, error=(  # as the client words it (api/exchange.py)
                 "The connection to Runway was lost after the request was sent, so it is unknown whether "
                 "the task was created. Check your Runway tasks before sending it again: a duplicate "
                 "would be billed.")),
    ]


async def write_history(data_dir: Path) -> list:
    """Record the sample takes in `data_dir` (its library and tasks.sqlite3); returns the records."""
    from runway_desktop.core.storage.store import Store

    await asyncio.to_thread(data_dir.mkdir, parents=True, exist_ok=True)
    records = await asyncio.to_thread(_records, data_dir / "library")
    store = Store(data_dir / "tasks.sqlite3")
    await store.open()
    try:
        await store.save_many(records)
    finally:
        await store.close()
    return records


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python tools/sample_history.py DATA_DIR", file=sys.stderr)
        return 2
    records = asyncio.run(write_history(Path(argv[0])))
    for record in records:
        print(f"{record.id} {record.tab:5} {record.state.value:9} {record.model}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
