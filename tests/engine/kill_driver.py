"""Submits tasks through a real engine until killed; used by test_engine_crashes.py.

    python kill_driver.py DATA_DIR BASE_URL COUNT
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.requests.build import build_request
from runway_desktop.core.running.engine import EngineConfig
from runway_desktop.core.running.poll_schedule import PollTiming
from runway_desktop.wiring import open_services


async def main(data_dir: Path, url: str, count: int) -> None:
    spec = load_catalogue().get("text_to_speech", "eleven_multilingual_v2")
    config = EngineConfig(timing=PollTiming(min_interval=0.05, max_interval=0.5), download_retry_delay=0.05)
    async with open_services(data_dir, base_url=url, api_key="key_test", config=config) as services:
        engine = services.engine
        tasks = []
        for i in range(count):
            built = build_request(spec, {"promptText": f"Crash test take {i}.", "voice": "Maya"})
            tasks.append(await engine.submit(built, {}))
            print(f"submitted {i}", flush=True)
        for task in tasks:
            await engine.wait_until_settled(task.id)
        print("all settled", flush=True)


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])))
