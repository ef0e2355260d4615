import faulthandler, sys, asyncio
from test_preview import panel_on_simulator, generate  # noqa
from queue_support import video_request, run_coro
def test_dbg(qtbot, panel_on_simulator):
    panel = panel_on_simulator
    engine = panel.bridge.engine
    task = run_coro(qtbot, engine.submit(video_request("waves", duration=2), {}))
    try:
        qtbot.waitUntil(lambda: bool(engine.get(task.id).saved_paths), timeout=15000)
    except Exception:
        print("TASK", engine.get(task.id), engine.downloads._jobs, file=sys.stderr)
        for t in asyncio.all_tasks():
            print("ATASK", t, file=sys.stderr)
        faulthandler.dump_traceback(all_threads=True)
        raise
