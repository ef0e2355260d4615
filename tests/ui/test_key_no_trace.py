"""After a real generation, no file the app wrote holds the API key, in any common encoding."""

from __future__ import annotations

import base64
import logging
import secrets as pysecrets
from pathlib import Path
from urllib.parse import quote

from keychain import no_keychain
from PySide6.QtCore import Qt
from shell_support import StandInQueue, StandInTab, close_session, run_coro

from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.requests.build import build_request
from runway_desktop.core.running.engine import EngineConfig
from runway_desktop.core.running.poll_schedule import PollTiming
from runway_desktop.core.running.tasks import TaskState
from runway_desktop.core.storage.secrets import KeySource, Secrets
from runway_desktop.session import Options, Session
from runway_desktop.ui.shell.status import ConnectionMode

FAST_POLLING = EngineConfig(timing=PollTiming(min_interval=0.05, max_interval=0.5), typical_scale=1 / 200)


def random_key() -> str:
    return "key_" + pysecrets.token_hex(64)


def traces_of(key: str) -> dict[str, bytes]:
    """The key as bytes, URL-encoded, UTF-16 and hex, and inside base64 at every alignment."""
    raw = key.encode()
    forms = {
        "raw": raw,
        "url-encoded": quote(key, safe="").encode(),
        "utf-16": key.encode("utf-16-le"),
        "hex": raw.hex().encode(),
    }
    for pad in range(3):
        for name, encode in (("base64", base64.b64encode), ("base64url", base64.urlsafe_b64encode)):
            # The first and last 4 characters depend on the neighbouring bytes: keep the middle.
            forms[f"{name}+{pad}"] = encode(b"\0" * pad + raw)[4:-4]
    return forms


def assert_no_trace(root: Path, key: str) -> list[Path]:
    files = [path for path in root.rglob("*") if path.is_file()]
    forms = traces_of(key)
    for path in files:
        content = path.read_bytes()
        for name, form in forms.items():
            assert form not in content, f"{path} holds the key ({name})"
    return files



def _generate(qtbot, session: Session) -> Path:
    model = load_catalogue().get("text_to_image", "gen4_image")
    built = build_request(model, {"promptText": "a lighthouse at dusk", "ratio": "1920:1080", "seed": 7})
    assert built.ok, built.errors
    task = run_coro(qtbot, session.engine.submit(built, {"promptText": "a lighthouse at dusk"}))
    qtbot.waitUntil(lambda: bool(session.engine.get(task.id).saved_paths), timeout=60000)
    done = session.engine.get(task.id)
    assert done.state is TaskState.SUCCEEDED
    return Path(done.saved_paths[0])


def _start(qtbot, tmp_path, simulator_url, secrets: Secrets | None) -> Session:
    session = Session(
        Options(data_dir=tmp_path / "data", base_url=simulator_url),
        secrets=secrets,
        engine_config=FAST_POLLING,
        make_tab=StandInTab,
        make_queue=StandInQueue,
    )
    run_coro(qtbot, session.start(), timeout=30000)
    return session


def test_a_keychain_key_leaves_no_trace_in_any_file_after_a_generation(
    qtbot, qloop, tmp_path, simulator_url, secret_service
):
    key = random_key()
    assert Secrets(environ={}).set(key).source is KeySource.KEYCHAIN
    session = _start(qtbot, tmp_path, simulator_url, None)  # the real keychain, as a user's start
    try:
        window = session.window
        assert window.mode is ConnectionMode.RUNWAY
        output = _generate(qtbot, session)
        # A key slipping into a log message or an exception is scrubbed before it is written.
        logging.getLogger("runway_desktop.session").error("request failed for %s with Bearer %s", key, key)
        # The settings dialog round trip writes settings.json; Test uses the stored key.
        dialog = window.open_settings()
        qtbot.waitUntil(lambda: dialog.status is not None)
        assert dialog.status.source is KeySource.KEYCHAIN
        dialog.base_url_edit.setText(simulator_url)
        with qtbot.waitSignal(dialog.checked, timeout=30000) as checked:
            qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        assert checked.args[0].ok
        with qtbot.waitSignal(dialog.saved, timeout=30000):
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    finally:
        close_session(qtbot, session)

    data = tmp_path / "data"
    sidecar = output.with_name(output.name + ".json")
    assert output.is_file() and sidecar.is_file()
    assert "a lighthouse at dusk" in sidecar.read_text()
    log_file = data / "logs" / "runway-desktop.log"
    assert "REDACTED" in log_file.read_text()
    assert (data / "settings.json").is_file() and (data / "tasks.sqlite3").is_file()
    files = assert_no_trace(tmp_path, key)  # data dir, library, sidecars, logs, settings, XDG folders
    assert len(files) >= 5


def test_without_a_keychain_the_key_is_used_for_the_session_disclosed_and_never_written(
    qtbot, qloop, tmp_path, simulator_url
):
    key = random_key()
    secrets = no_keychain()
    session = _start(qtbot, tmp_path, simulator_url, secrets)
    try:
        window = session.window
        assert window.welcome.isVisible()
        qtbot.mouseClick(window.welcome.add_key_button, Qt.MouseButton.LeftButton)
        dialog = window.settings_dialog
        qtbot.waitUntil(lambda: dialog.status is not None)
        assert "No system keychain is available" in dialog.key_status_label.text()
        assert "session only" in dialog.key_status_label.text()
        qtbot.keyClicks(dialog.key_edit, key)
        with qtbot.waitSignal(dialog.saved, timeout=30000):
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and "kept for this session only" in dialog.key_status_label.text()
        qtbot.waitUntil(lambda: window.mode is ConnectionMode.RUNWAY, timeout=30000)
        _generate(qtbot, session)
    finally:
        close_session(qtbot, session)
    assert Secrets(backend=secrets._backend, environ={}).get() is None  # gone with the session
    assert_no_trace(tmp_path, key)
