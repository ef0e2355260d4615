"""Benchmark: switching models rebuilds the form in at most 30 ms, for every model of every tab.

For each model, the time from `select_model` to the new form laid out and painted, against a
reference measured in the same run on the same host widget: building a plain QWidget with a
QFormLayout of as many QLineEdits as the model has fields (then laid out and painted too).
Each figure is the median of several rounds, interleaved with the reference so both see the
same machine load. Run headless: QT_QPA_PLATFORM=offscreen python bench/bench_form_rebuild.py
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

try:
    from bench.figures import emit, spread
except ImportError:  # run as a script: bench/ itself is on the path
    from figures import emit, spread

LIMIT_MS = 30.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="measurements per model (the median is kept)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_API", "pyside6")
    import qasync
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication, QFormLayout, QLineEdit, QVBoxLayout, QWidget

    from runway_desktop.core.catalogue.spec import TABS, ModelSpec, load_catalogue
    from runway_desktop.core.intake import inspect as intake
    from runway_desktop.core.intake.thumbnails import ThumbnailCache
    from runway_desktop.core.intake.worker import MEDIA
    from runway_desktop.core.running.engine import Engine
    from runway_desktop.core.storage.library import Library
    from runway_desktop.core.storage.store import Store
    from runway_desktop.ui.bridge import EngineBridge
    from runway_desktop.ui.form.generate_tab import GenerateTab

    app = QApplication.instance() or QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    catalogue = load_catalogue()
    rebuild: dict[tuple[str, str], list[float]] = {}
    reference: dict[tuple[str, str], list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-forms-") as folder:
        root = Path(folder)
        library = Library(root / "library", verify=intake.inspect_file)
        engine = Engine(None, Store(root / "tasks.sqlite3"), library, catalogue)
        bridge = EngineBridge(engine, media=MEDIA)
        thumbnails = ThumbnailCache(root / "thumbs")
        for tab_name in TABS:
            tab = GenerateTab(tab_name, catalogue, bridge, thumbnails)
            tab.resize(1150, 900)
            tab.show()
            app.processEvents()
            host = tab.form_host
            models = tab.picker.models()

            def settle() -> None:
                """Lay out, paint, and delete what was discarded (as the event loop would)."""
                app.processEvents()
                QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

            def switch(model: ModelSpec, tab: GenerateTab = tab) -> float:
                started = time.perf_counter()
                tab.select_model(model.endpoint, model.id)
                settle()
                return (time.perf_counter() - started) * 1000

            def plain(count: int, host: QWidget = host) -> float:
                started = time.perf_counter()
                widget = QWidget(host)
                form = QFormLayout(widget)
                for index in range(count):
                    form.addRow(f"Field {index}", QLineEdit(widget))
                layout = host.layout()
                assert isinstance(layout, QVBoxLayout)
                layout.addWidget(widget)
                widget.show()
                settle()
                elapsed = (time.perf_counter() - started) * 1000
                layout.removeWidget(widget)
                widget.deleteLater()
                settle()
                return elapsed

            for model in models:  # warm-up: fonts, icons and caches
                switch(model)
            for _ in range(args.rounds):
                for index, model in enumerate(models):
                    tab.select_model(*models[index - 1].key)  # always a real switch
                    settle()
                    rebuild.setdefault(model.key, []).append(switch(model))
                    reference.setdefault(model.key, []).append(plain(len(model.fields)))
            tab.close()
            app.processEvents()
        bridge.close()
    loop.close()

    medians = {key: statistics.median(times) for key, times in rebuild.items()}
    ref_medians = {key: statistics.median(times) for key, times in reference.items()}
    ratios = {key: medians[key] / max(ref_medians[key], 0.01) for key in medians}
    worst = max(medians, key=medians.__getitem__)
    per_tab = {
        tab_name: round(max(v for k, v in medians.items() if catalogue.get(*k).tab == tab_name), 2)
        for tab_name in TABS
    }
    result = {
        "benchmark": "form_rebuild",
        "models": len(medians),
        "rounds": args.rounds,
        "rebuild_ms": spread(list(medians.values())),
        "reference_ms": spread(list(ref_medians.values())),
        "ratio": spread(list(ratios.values())),
        "worst_by_tab_ms": per_tab,
        "worst_model": {"endpoint": worst[0], "model": worst[1], "ms": round(medians[worst], 2),
                        "reference_ms": round(ref_medians[worst], 2)},
        "limit_ms": LIMIT_MS,
        "ok": medians[worst] <= LIMIT_MS,
    }
    emit(
        f"form rebuild: {len(medians)} models, switch → laid out and painted: p50 "
        f"{result['rebuild_ms']['p50']} ms, max {result['rebuild_ms']['max']} ms ({worst[1]} on {worst[0]}); "
        f"reference (QFormLayout of as many QLineEdits): p50 {result['reference_ms']['p50']} ms, "
        f"max {result['reference_ms']['max']} ms; ratio p50 {result['ratio']['p50']}×, "
        f"max {result['ratio']['max']}×; limit {LIMIT_MS:g} ms: {'OK' if result['ok'] else 'OVER'}",
        result,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
