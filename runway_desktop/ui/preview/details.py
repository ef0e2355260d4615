"""The parameters shown beside a preview, in words: read from the output's JSON sidecar (in a worker);
and the take's lineage, as a small tree.

Nothing here shows the history's internals: local files appear by name, kind, size and a
thumbnail, never as `$media` markers; nested settings read as "public figure threshold low",
never as JSON.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from runway_desktop.core.catalogue.pricing import credits_text
from runway_desktop.core.intake.media import MediaValue
from runway_desktop.core.lineage import Node, ancestors, children
from runway_desktop.core.requests.media_fields import MARKER
from runway_desktop.core.requests.text_rules import plain_number
from runway_desktop.core.running.tasks import TaskRecord, TaskState
from runway_desktop.ui.queue.text import charge_text

_LONG = 120
_SKIP_REQUEST_KEYS = {"model", "promptText"}
INPUT_THUMB = 56


def sidecar_path(output: str) -> Path:
    return Path(output).with_name(Path(output).name + ".json")


def read_sidecar(output: str) -> dict[str, Any] | None:
    """The sidecar beside `output`, or None when it is missing or unreadable (blocking)."""
    try:
        data = json.loads(sidecar_path(output).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


@dataclass(frozen=True)
class InputFile:
    """One input of a task as a person sees it: name, what it is, and where it is (for a thumbnail)."""

    name: str
    kind: str | None
    facts: str  # "640×360 · 1.2 MB", "4.0 s · 300 KB", or ""
    path: str | None


def input_files(task: TaskRecord) -> list[InputFile]:
    """The task's local and linked inputs, in the order the request refers to them."""
    files = []
    for raw in task.media:
        value = MediaValue.from_json(raw) if isinstance(raw, dict) else MediaValue()
        info = value.info
        facts = []
        if info is not None:
            if info.width and info.height:
                facts.append(f"{info.width}×{info.height}")
            if info.duration:
                facts.append(f"{info.duration:.1f} s")
            facts.append(size_text(info.size))
        name = value.display_name or "a local file"
        files.append(InputFile(name, value.kind, " · ".join(f for f in facts if f), value.path))
    return files


def _short(text: str) -> str:
    return text if len(text) <= _LONG else text[: _LONG - 1] + "…"


def size_text(size: Any) -> str:
    if not isinstance(size, int | float) or isinstance(size, bool):
        return ""
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return ""


def _when(value: Any) -> str:
    if isinstance(value, int | float):
        return datetime.fromtimestamp(value).strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value).astimezone().strftime("%Y-%m-%d %H:%M:%S")
        except ValueError:
            return value
    return ""


def _label(key: str) -> str:
    """contentModeration → Content moderation."""
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", key).replace("_", " ").lower()
    return words[:1].upper() + words[1:]


def in_words(value: Any, names: Mapping[int, str]) -> str:
    """A request value as a person reads it: files by name, settings as words, never JSON."""
    if isinstance(value, Mapping):
        if MARKER in value:
            index = value[MARKER]
            return (names.get(index) if isinstance(index, int) else None) or "a local file"
        main = value.get("uri", value.get("url"))
        parts = [in_words(main, names)] if main is not None else []
        for key, item in value.items():
            if key in ("uri", "url", "type") or item in (None, ""):
                continue
            parts.append(f"{_label(key).lower()} {in_words(item, names)}")
        return " · ".join(p for p in parts if p)
    if isinstance(value, list | tuple):
        return "; ".join(in_words(item, names) for item in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return plain_number(value)
    if isinstance(value, str) and value.startswith("data:"):
        mime = value[5:].split(";", 1)[0].split(",", 1)[0]
        return f"inline {mime or 'data'} ({size_text(len(value))})"
    return "" if value is None else str(value)


def _names(task: TaskRecord, inputs: list[Any]) -> dict[int, str]:
    names = {i: f.name for i, f in enumerate(input_files(task))}
    for item in inputs:
        if isinstance(item, dict) and isinstance(item.get("marker"), int) and item.get("name"):
            names[item["marker"]] = str(item["name"])
    return names


def _request_rows(request: Mapping[str, Any], names: Mapping[int, str]) -> list[tuple[str, str]]:
    rows = []
    for key, value in request.items():
        if key in _SKIP_REQUEST_KEYS:
            continue
        if key == "seed" and isinstance(value, int):
            rows.append(("Seed", str(value)))  # an identifier to copy, not a quantity: no separators
            continue
        rows.append((_label(key), _short(in_words(value, names))))
    return rows


def parameter_rows(task: TaskRecord, sidecar: dict[str, Any] | None) -> list[tuple[str, str]]:
    """(label, value) pairs: what made this output, from the sidecar when there is one."""
    data = sidecar or {}
    rows: list[tuple[str, str]] = [
        ("Model", str(data.get("model") or task.model)),
        ("Endpoint", str(data.get("endpoint") or task.endpoint).replace("_", " ")),
    ]
    prompt = data.get("prompt", task.prompt)
    if prompt:
        rows.append(("Prompt", str(prompt)))
    sound = data.get("sound")
    if data.get("operation") == "add_sound" and isinstance(sound, dict):
        rows.append(("Made by", sound_words(sound)))
    stored = data.get("request")
    request: Mapping[str, Any] = stored if isinstance(stored, dict) else task.body
    rows += _request_rows(request, _names(task, data.get("inputs") or []))
    estimated = data.get("estimated_credits", task.estimated_credits)
    cost = data.get("cost_credits", task.cost_credits)
    charge = charge_text(task)
    if charge:
        rows.append(("Charge", charge))
    elif cost is not None:
        rows.append(("Cost", credits_text(cost)))
    if estimated is not None and task.state is not TaskState.CANCELLED:
        rows.append(("Estimate", credits_text(estimated)))
    rows.append(("Created", _when(data.get("created_at") or task.created_at)))
    finished = data.get("finished_at") or task.finished_at
    if finished:
        rows.append(("Finished", _when(finished)))
    if data.get("file"):
        rows.append(("File", str(data["file"])))
    if data.get("size"):
        rows.append(("Size", size_text(data["size"])))
    runway_id = data.get("runway_task_id") or task.runway_id
    if runway_id:
        rows.append(("Runway task", str(runway_id)))
    return [(label, value) for label, value in rows if value]


def sound_words(sound: Mapping[str, Any]) -> str:
    """"adding sound · offset 0.5 s · gain -3 dB · fade 0.1 s", from an add-sound record's settings."""
    parts = ["adding sound"]
    for key, label, unit in (("offset", "offset", "s"), ("gain_db", "gain", "dB"), ("fade", "fade", "s")):
        value = sound.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool):
            parts.append(f"{label} {plain_number(value)} {unit}")
    return " · ".join(parts)


def parameters_html(
    rows: list[tuple[str, str]],
    note: str = "",
    inputs: list[InputFile] | None = None,
    thumbnails: Mapping[str, str] | None = None,
) -> str:
    """The rows as a table, then the inputs with their thumbnails (by input path) when there are any."""
    cells = "".join(
        f"<tr><td class='k'>{html.escape(label)}</td><td>{html.escape(value)}</td></tr>"
        for label, value in rows
    )
    files = ""
    if inputs:
        thumbs = thumbnails or {}
        items = []
        for item in inputs:
            thumb = thumbs.get(item.path or "")
            picture = (
                f"<img src='{html.escape(Path(thumb).as_uri())}' height='{INPUT_THUMB}'>" if thumb else ""
            )
            kind = f"{item.kind} · " if item.kind else ""
            items.append(
                f"<tr><td>{picture}</td><td>{html.escape(item.name)}<br>"
                f"<span class='k'>{html.escape(kind + item.facts)}</span></td></tr>"
            )
        files = f"<p class='k'>Inputs</p><table>{''.join(items)}</table>"
    foot = f"<p class='note'>{html.escape(note)}</p>" if note else ""
    return (
        "<style>td{padding:2px 10px 2px 0;vertical-align:top}"
        "td.k,span.k,p.k{color:#8b949e;white-space:nowrap}p.note{color:#8b949e}</style>"
        f"<table>{cells}</table>{files}{foot}"
    )


# -- lineage: the chain a take came from and the takes made from it --------------------------------

LINEAGE_COLUMNS = ("Take", "Prompt", "State")
_PROMPT_CHARS = 60


def node_texts(node: Node) -> tuple[str, str, str]:
    """(model · output, prompt, state) of one lineage node; a take no longer in the history says so."""
    task = node.task
    if task is None:
        return (f"task {node.task_id[:8]}", "no longer in the history", "")
    output = f" · output {node.output_index + 1}" if len(task.outputs) > 1 else ""
    prompt = task.prompt if len(task.prompt) <= _PROMPT_CHARS else task.prompt[: _PROMPT_CHARS - 1] + "…"
    return (f"{task.model}{output}", prompt, task.state.label)


class LineageTree(QTreeWidget):
    """The selected take's ancestors ("Made from", recursively) and children ("Made into").

    Hidden for a take with neither. Clicking a take still in the history emits `taskChosen(id)`.
    """

    taskChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lineageTree")
        self.setColumnCount(len(LINEAGE_COLUMNS))
        self.setHeaderLabels(list(LINEAGE_COLUMNS))
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setMinimumHeight(90)
        self._lookup: Callable[[str], TaskRecord | None] = lambda _id: None
        self._tasks: Callable[[], Iterable[TaskRecord]] = list
        self._shown: tuple[str, TaskState] | None = None
        self._task: TaskRecord | None = None
        self.itemClicked.connect(self._clicked)
        self.hide()

    def set_history(
        self,
        lookup: Callable[[str], TaskRecord | None],
        tasks: Callable[[], Iterable[TaskRecord]],
        added: Any = None,
        changed: Any = None,
    ) -> None:
        """Where tasks are found by id, and every task (to find the ones made from a take). `added`
        (new tasks) redraws the tree, so a take made from the shown one appears at once; `changed`
        redraws it when a take in it changes (its state)."""
        self._lookup, self._tasks = lookup, tasks
        if added is not None:
            added.connect(lambda *_: self.refresh())
        if changed is not None:
            changed.connect(self._changed)
        self.refresh()

    def _changed(self, task: TaskRecord) -> None:
        item = self.item_for(task.id) if self.isVisible() else None
        if item is not None and item.text(2) != task.state.label:
            self.refresh()

    def refresh(self) -> None:
        self._shown = None
        self.show_task(self._task)

    def show_task(self, task: TaskRecord | None) -> None:
        self._task = task
        key = (task.id, task.state) if task is not None else None
        if key == self._shown and key is not None:
            return  # progress ticks on the same take: the lineage is the same
        self._shown = key
        self.clear()
        if task is None:
            self.hide()
            return
        made_from = ancestors(task, self._lookup)
        made_into = children(task, self._tasks())
        if not made_from and not made_into:
            self.hide()
            return
        for title, nodes in (("Made from", made_from), ("Made into", made_into)):
            if nodes:
                group = QTreeWidgetItem(self, [title, "", ""])
                group.setFirstColumnSpanned(True)
                self._add(group, nodes)
        self.expandAll()
        self.resizeColumnToContents(0)
        self.show()

    def _add(self, parent: QTreeWidgetItem, nodes: tuple[Node, ...]) -> None:
        for node in nodes:
            item = QTreeWidgetItem(parent, list(node_texts(node)))
            item.setData(0, Qt.ItemDataRole.UserRole, node.task_id if node.task is not None else None)
            item.setToolTip(1, node.task.prompt if node.task is not None else "")
            self._add(item, node.branches)

    def item_for(self, task_id: str) -> QTreeWidgetItem | None:
        """The first node showing `task_id` (for tests and keyboard users)."""
        found = self.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)
        return next((i for i in found if i.data(0, Qt.ItemDataRole.UserRole) == task_id), None)

    def _clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        task_id = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(task_id, str) and task_id:
            self.taskChosen.emit(task_id)
