"""A reply of unbounded length leaves the client process's peak memory low (measured in a child process)."""

from __future__ import annotations

import asyncio
import json
import sys
import textwrap

from hostile_server import endless, gzip_bomb

CHILD = textwrap.dedent("""
    import asyncio, json, resource, sys
    from runway_desktop.api import RunwayClient, RetryPolicy

    async def main(base, part):
        outcome = {}
        async with RunwayClient("key_" + "a" * 64, base, retry=RetryPolicy(max_attempts=2)) as client:
            calls = {
                "retrieve": lambda: client.retrieve("t-1"),
                "create": lambda: client.create("text_to_image", {"model": "gen4_image", "promptText": "a"}),
                "organization": client.organization,
                "bomb": lambda: client.retrieve("bomb"),
                "download": lambda: client.download(base + "/out/o.png", part, kind="image"),
            }
            for name, call in calls.items():
                try:
                    await call()
                    outcome[name] = "no error"
                except Exception as exc:
                    outcome[name] = type(exc).__name__
        outcome["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(outcome))

    asyncio.run(main(sys.argv[1], sys.argv[2]))
""")

LAUNCHER = ("import subprocess, sys; "
            "sys.exit(subprocess.run([sys.executable, '-c', *sys.argv[1:]]).returncode)")


async def test_endless_replies_leave_the_peak_rss_under_300_mb(hostile, tmp_path):
    for path in ("/v1/tasks/t-1", "/v1/text_to_image", "/v1/organization"):
        hostile.on(path, endless())
    hostile.on("/v1/tasks/bomb", gzip_bomb(512 * 1024 * 1024))
    hostile.on("/out/o.png", endless("image/png", piece=bytes(256 * 1024)))
    # Linux carries a process's peak RSS across exec, so the measured child is started by a small
    # intermediate process, not by this (large) test process.
    child = await asyncio.create_subprocess_exec(
        sys.executable, "-c", LAUNCHER, CHILD, hostile.url, str(tmp_path / "o.part"),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(child.communicate(), 120)
    assert child.returncode == 0, err.decode()[-2000:]
    outcome = json.loads(out.decode().strip().splitlines()[-1])
    assert outcome == {"retrieve": "ReplyTooLarge", "create": "OutcomeUnknownError",
                       "organization": "ReplyTooLarge", "bomb": "ReplyTooLarge", "download": "OutputTooLarge",
                       "peak_mb": outcome["peak_mb"]}
    assert outcome["peak_mb"] < 300, outcome
    print(f"peak RSS of the client under endless replies: {outcome['peak_mb']:.0f} MB")
    assert not (tmp_path / "o.part").exists()
