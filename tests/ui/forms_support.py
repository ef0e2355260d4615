"""Helpers for the generation-tab tests: a real engine on a real store, and real drag-and-drop events."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from contextlib import AsyncExitStack
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QTreeWidget, QWidget

from runway_desktop.core.catalogue.spec import load_catalogue
from runway_desktop.core.intake.thumbnails import ThumbnailCache
from runway_desktop.core.intake.worker import MEDIA
from runway_desktop.core.running.engine import EngineConfig
from runway_desktop.core.running.poll_schedule import PollTiming
from runway_desktop.ui.bridge import EngineBridge
from runway_desktop.ui.form.generate_tab import GenerateTab
from runway_desktop.wiring import Services, open_services

TEST_KEY = "key_forms_tests_" + "0" * 48
CATALOGUE = load_catalogue()


def run_coro(qtbot, coro, timeout: int = 15000):
    """Run a coroutine on the qasync loop while Qt keeps processing events; return its result."""
    future = asyncio.ensure_future(coro)
    qtbot.waitUntil(future.done, timeout=timeout)
    return future.result()


@dataclass
class Harness:
    """What a tab needs: the bridge over a real engine (or none), thumbnails, a folder for files."""

    bridge: EngineBridge
    thumbnails: ThumbnailCache
    folder: Path
    services: Services


class Backend:
    """Store, library, client and engine opened on a folder; with `url=None` there is no client."""

    def __init__(self, qtbot, folder: Path, url: str | None) -> None:
        self._qtbot = qtbot
        self._stack = AsyncExitStack()
        config = EngineConfig(timing=PollTiming(min_interval=0.05, max_interval=0.5), typical_scale=1 / 200)
        self.services = run_coro(qtbot, self._stack.enter_async_context(open_services(
            folder / "data", base_url=url or "http://127.0.0.1:9", api_key=TEST_KEY if url else None,
            config=config,
        )))
        self.bridge = EngineBridge(self.services.engine, media=MEDIA)
        self.harness = Harness(self.bridge, ThumbnailCache(folder / "thumbs"), folder, self.services)

    def close(self) -> None:
        self.bridge.close()
        run_coro(self._qtbot, self._stack.aclose())


def make_tab(qtbot, harness: Harness, tab: str) -> GenerateTab:
    widget = GenerateTab(tab, CATALOGUE, harness.bridge, harness.thumbnails)
    qtbot.addWidget(widget)
    widget.resize(1150, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def pick_model(qtbot, tab: GenerateTab, endpoint: str, model_id: str) -> None:
    """Click the model in the picker, as a person would."""
    tree: QTreeWidget = tab.picker.tree
    item = tab.picker.items[(endpoint, model_id)]
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: tab.current_model.key == (endpoint, model_id), timeout=3000)


def file_mime(paths: Sequence[str | Path]) -> QMimeData:
    """What a file manager puts in a drag: the files as file:// URLs."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drop(widget: QWidget, mime: QMimeData) -> bool:
    """Drag `mime` onto the widget and drop it, with real drag events; True when the drop was taken."""
    point = widget.rect().center()
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, actions, mime, buttons, modifiers)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    move = QDragMoveEvent(point, actions, mime, buttons, modifiers)
    QApplication.sendEvent(widget, move)
    event = QDropEvent(QPointF(point), actions, mime, buttons, modifiers)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def sparse_file(path: Path, size: int, head: bytes = b"") -> Path:
    """A file of `size` bytes that takes no disk space beyond its head."""
    with open(path, "wb") as fh:
        fh.write(head)
        fh.truncate(size)
    return path
