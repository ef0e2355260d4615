"""Run one benchmark module's `main()` in this (fresh) process: `python -m bench.run_one bench_x [--quick]`.

`main(quick=...)` when the module's main takes `quick`, else `main()`. The module prints its own
summary and JSON line; a dict it returns is printed again as the last line, so the runner finds
the figures even if the module printed something after them.
"""

from __future__ import annotations

import importlib
import inspect
import json
import sys


def run(name: str, quick: bool) -> object:
    module = importlib.import_module(f"bench.{name}")
    # Modules that parse their own options must see none of the runner's.
    sys.argv = [module.__file__ or name]
    parameters = inspect.signature(module.main).parameters
    return module.main(quick=quick) if "quick" in parameters else module.main()


def _cli() -> int:
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        print("usage: python -m bench.run_one bench_NAME [--quick]", file=sys.stderr)
        return 2
    result = run(args[0], "--quick" in args[1:])
    if isinstance(result, dict):
        print(json.dumps(result, sort_keys=True, default=str), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(_cli())
