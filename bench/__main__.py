"""Run the benchmarks: `python -m bench [--quick] [--only NAME]...` (what `make bench` does).

Each `bench/bench_*.py` runs in a fresh process; the JSON object it prints last is collected
into `bench/results/latest.json`, and a compact table is printed at the end. The exit status is
1 when a benchmark crashed (a missed target is reported, not an error).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results" / "latest.json"
# A benchmark that runs longer than this is stopped and reported as an error.
TIME_LIMIT = 15 * 60


def discover() -> list[str]:
    return sorted(path.stem for path in HERE.glob("bench_*.py"))


def selected(names: list[str], only: list[str]) -> list[str]:
    """The benchmarks `--only` names (with or without the bench_ prefix); all when none is named."""
    if not only:
        return names
    wanted = {name if name.startswith("bench_") else f"bench_{name}" for name in only}
    unknown = sorted(wanted - set(names))
    if unknown:
        raise SystemExit(f"no benchmark named {', '.join(unknown)}; available: {', '.join(names)}")
    return [name for name in names if name in wanted]


def parse_json_object(line: str) -> dict[str, Any] | None:
    line = line.strip()
    if not line.startswith("{"):
        return None
    try:
        value = json.loads(line)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def run_benchmark(name: str, quick: bool) -> dict[str, Any]:
    """Run one benchmark in a fresh process, echo its summary, return its figures (or the error)."""
    command = [sys.executable, "-m", "bench.run_one", name, *(["--quick"] if quick else [])]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    started = time.monotonic()
    figures: dict[str, Any] | None = None
    process = subprocess.Popen(command, cwd=HERE.parent, env=env, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    watchdog = threading.Timer(TIME_LIMIT, process.kill)
    watchdog.start()
    try:
        for line in process.stdout:
            found = parse_json_object(line)
            if found is not None:
                figures = found
            else:
                print(f"  {line.rstrip()}", flush=True)
        code = process.wait()
    except KeyboardInterrupt:
        process.kill()
        process.wait()
        raise
    finally:
        watchdog.cancel()
    seconds = round(time.monotonic() - started, 1)
    if code != 0 or figures is None:
        why = "no JSON line printed" if figures is None else f"exit status {code}"
        return {"error": f"{name} failed ({why})", "exit_code": code, "seconds": seconds}
    return {**figures, "seconds": seconds, "quick": quick,
            "when": time.strftime("%Y-%m-%dT%H:%M:%S%z")}


def headline(figures: dict[str, Any]) -> str:
    """One line for the table: the benchmark's own headline, else its first few plain figures."""
    if "error" in figures:
        return str(figures["error"])
    if isinstance(figures.get("headline"), str):
        return figures["headline"]
    plain = [
        f"{key}={value}" for key, value in figures.items()
        if isinstance(value, int | float) and not isinstance(value, bool) and key != "seconds"
    ]
    return ", ".join(plain[:4])


def verdict(figures: dict[str, Any]) -> str:
    if "error" in figures:
        return "ERROR"
    ok = figures.get("ok", figures.get("passed"))
    return "-" if ok is None else ("met" if ok else "MISSED")


def table(results: dict[str, dict[str, Any]]) -> str:
    rows = [(name, verdict(f), f"{f.get('seconds', '')}", headline(f)) for name, f in results.items()]
    widths = [max(len(row[i]) for row in [("benchmark", "target", "s", ""), *rows]) for i in range(3)]
    lines = [f"{'benchmark':<{widths[0]}}  {'target':<{widths[1]}}  {'s':>{widths[2]}}  figures"]
    lines += [f"{n:<{widths[0]}}  {v:<{widths[1]}}  {s:>{widths[2]}}  {h}" for n, v, s, h in rows]
    return "\n".join(lines)


def save(results: dict[str, dict[str, Any]]) -> None:
    """Write the figures to RESULTS; benchmarks not run this time keep their earlier figures."""
    earlier: dict[str, Any] = {}
    try:
        earlier = json.loads(RESULTS.read_text(encoding="utf-8")).get("results", {})
    except (OSError, ValueError, AttributeError):
        pass
    report = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
        "results": {**earlier, **results},
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="shorter measurement windows")
    parser.add_argument("--only", action="append", default=[], metavar="NAME",
                        help="run only this benchmark (repeatable), e.g. --only transfer")
    args = parser.parse_args(argv)
    names = selected(discover(), args.only)
    results: dict[str, dict[str, Any]] = {}
    for name in names:
        print(f"== {name}", flush=True)
        results[name] = run_benchmark(name, args.quick)
    save(results)
    print()
    print(table(results))
    print(f"\nfigures: {RESULTS}")
    return 1 if any("error" in figures for figures in results.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
