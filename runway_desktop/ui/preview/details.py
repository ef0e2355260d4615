"""The parameters shown beside a preview, in words: read from the output's JSON sidecar (in a worker);
and the take's lineage, as a small tree.

Nothing here shows the history's internals: local files appear by name, kind, size and a
thumbnail, never as `$media` markers; nested settings read as "public figure threshold low",
never as JSON.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from runway_desktop.core.catalogue.pricing import credits_text
from runway_desktop.core.intake.media import MediaValue
from runway_desktop.core.lineage import Node, ancestors, children
from runway_desktop.core.requests.media_fields import MARKER
from runway_desktop.core.requests.text_rules import plain_number
from runway_desktop.core.running.tasks import TaskRecord, TaskState
from runway_desktop.ui.i18n import core_text, endpoint_text
from runway_desktop.ui.i18n.common_words import kind_word, parameter_label
from runway_desktop.ui.queue.text import charge_text

translate = QCoreApplication.translate

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
                facts.append(translate("PreviewText", "{seconds} s").format(
                    seconds=QLocale().toString(float(info.duration), "f", 1)))
            facts.append(size_text(info.size))
        name = value.display_name or translate("PreviewText", "a local file")
        files.append(InputFile(name, value.kind, " · ".join(f for f in facts if f), value.path))
    return files


def _short(text: str) -> str:
    return text if len(text) <= _LONG else text[: _LONG - 1] + "…"


def size_text(size: Any) -> str:
    """A file's size in the window's language: "640 bytes", "1.2 MB"."""
    if not isinstance(size, int | float) or isinstance(size, bool):
        return ""
    locale = QLocale()
    if size < 1024:
        return translate("PreviewText", "{count} bytes").format(count=locale.toString(int(size)))
    for unit in ("KB", "MB", "GB"):
        size /= 1024
        if size < 1024 or unit == "GB":
            return translate("PreviewText", "{size} {unit}").format(size=locale.toString(float(size), "f", 1),
                                                                   unit=unit)
    return ""


def _when(value: Any) -> str:
    """A moment in the window's language and format (seconds shown: tasks a moment apart differ)."""
    moment = QDateTime()
    if isinstance(value, int | float) and not isinstance(value, bool):
        moment = QDateTime.fromMSecsSinceEpoch(int(value * 1000))
    elif isinstance(value, str):
        moment = QDateTime.fromString(value, Qt.DateFormat.ISODateWithMs)
        if not moment.isValid():
            return value
    if not moment.isValid():
        return ""
    locale = QLocale()
    time_format = locale.timeFormat(QLocale.FormatType.LongFormat).replace("t", "").strip()  # no zone
    date_format = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return locale.toString(moment.toLocalTime(), f"{date_format} {time_format}")


def in_words(value: Any, names: Mapping[int, str]) -> str:
    """A request value as a person reads it: files by name, settings as words, never JSON."""
    if isinstance(value, Mapping):
        if MARKER in value:
            index = value[MARKER]
            return (names.get(index) if isinstance(index, int) else None) or translate("PreviewText",
                                                                                       "a local file")
        main = value.get("uri", value.get("url"))
        parts = [in_words(main, names)] if main is not None else []
        for key, item in value.items():
            if key in ("uri", "url", "type") or item in (None, ""):
                continue
            parts.append(f"{parameter_label(key).lower()} {in_words(item, names)}")
        return " · ".join(p for p in parts if p)
    if isinstance(value, list | tuple):
        return "; ".join(in_words(item, names) for item in value)
    if isinstance(value, bool):
        return translate("PreviewText", "yes") if value else translate("PreviewText", "no")
    if isinstance(value, int | float):
        return plain_number(value)
    if isinstance(value, str) and value.startswith("data:"):
        mime = value[5:].split(";", 1)[0].split(",", 1)[0]
        return translate("PreviewText", "inline {type} ({size})").format(type=mime or "data",
                                                                         size=size_text(len(value)))
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
            rows.append((parameter_label("seed"), str(value)))  # an identifier, not a quantity: no separators
            continue
        rows.append((parameter_label(key), _short(in_words(value, names))))
    return rows


def parameter_rows(task: TaskRecord, sidecar: dict[str, Any] | None) -> list[tuple[str, str]]:
    """(label, value) pairs: what made this output, from the sidecar when there is one."""
    data = sidecar or {}
    rows: list[tuple[str, str]] = [
        (translate("PreviewText", "Model"), str(data.get("model") or task.model)),
        (translate("PreviewText", "Endpoint"), endpoint_text(str(data.get("endpoint") or task.endpoint))),
    ]
    prompt = data.get("prompt", task.prompt)
    if prompt:
        rows.append((translate("PreviewText", "Prompt"), str(prompt)))
    sound = data.get("sound")
    if data.get("operation") == "add_sound" and isinstance(sound, dict):
        rows.append((translate("PreviewText", "Made by"), sound_words(sound)))
    stored = data.get("request")
    request: Mapping[str, Any] = stored if isinstance(stored, dict) else task.body
    rows += _request_rows(request, _names(task, data.get("inputs") or []))
    estimated = data.get("estimated_credits", task.estimated_credits)
    cost = data.get("cost_credits", task.cost_credits)
    charge = charge_text(task)
    if charge:
        rows.append((translate("PreviewText", "Charge"), charge))
    elif cost is not None:
        rows.append((translate("PreviewText", "Cost"), core_text(credits_text(cost))))
    if estimated is not None and task.state is not TaskState.CANCELLED:
        rows.append((translate("PreviewText", "Estimate"), core_text(credits_text(estimated))))
    rows.append((translate("PreviewText", "Created"), _when(data.get("created_at") or task.created_at)))
    finished = data.get("finished_at") or task.finished_at
    if finished:
        rows.append((translate("PreviewText", "Finished"), _when(finished)))
    if data.get("file"):
        rows.append((translate("PreviewText", "File"), str(data["file"])))
    if data.get("size"):
        rows.append((translate("PreviewText", "Size"), size_text(data["size"])))
    runway_id = data.get("runway_task_id") or task.runway_id
    if runway_id:
        rows.append((translate("PreviewText", "Runway task"), str(runway_id)))
    return [(label, value) for label, value in rows if value]


def sound_words(sound: Mapping[str, Any]) -> str:
    """"adding sound · offset 0.5 s · gain -3 dB · fade 0.1 s", from an add-sound record's settings."""
    parts = [translate("PreviewText", "adding sound")]
    words = (
        ("offset", QT_TRANSLATE_NOOP("PreviewText", "offset {value} s")),
        ("gain_db", QT_TRANSLATE_NOOP("PreviewText", "gain {value} dB")),
        ("fade", QT_TRANSLATE_NOOP("PreviewText", "fade {value} s")),
    )
    for key, words_of in words:
        value = sound.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool):
            parts.append(translate("PreviewText", words_of).format(value=plain_number(value)))
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
            kind = f"{kind_word(item.kind)} · " if item.kind else ""
            items.append(
                f"<tr><td>{picture}</td><td>{html.escape(item.name)}<br>"
                f"<span class='k'>{html.escape(kind + item.facts)}</span></td></tr>"
            )
        title = html.escape(translate("PreviewText", "Inputs"))
        files = f"<p class='k'>{title}</p><table>{''.join(items)}</table>"
    foot = f"<p class='note'>{html.escape(note)}</p>" if note else ""
    return (
        "<style>td{padding:2px 10px 2px 0;vertical-align:top}"
        "td.k,span.k,p.k{color:#8b949e;white-space:nowrap}p.note{color:#8b949e}</style>"
        f"<table>{cells}</table>{files}{foot}"
    )


# -- lineage: the chain a take came from and the takes made from it --------------------------------

LINEAGE_COLUMNS = (
    QT_TRANSLATE_NOOP("PreviewText", "Take"),
    QT_TRANSLATE_NOOP("PreviewText", "Prompt"),
    QT_TRANSLATE_NOOP("PreviewText", "State"),
)
_PROMPT_CHARS = 60


def node_texts(node: Node) -> tuple[str, str, str]:
    """(model · output, prompt, state) of one lineage node; a take no longer in the history says so."""
    task = node.task
    if task is None:
        return (translate("PreviewText", "task {id}").format(id=node.task_id[:8]),
                translate("PreviewText", "no longer in the history"), "")
    prompt = task.prompt if len(task.prompt) <= _PROMPT_CHARS else task.prompt[: _PROMPT_CHARS - 1] + "…"
    if len(task.outputs) > 1:
        take = translate("PreviewText", "{model} · output {number}").format(
            model=task.model, number=QLocale().toString(node.output_index + 1))
    else:
        take = task.model
    return (take, prompt, core_text(task.state.label))


class LineageTree(QTreeWidget):
    """The selected take's ancestors ("Made from", recursively) and children ("Made into").

    Hidden for a take with neither. Clicking a take still in the history emits `taskChosen(id)`.
    """

    taskChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lineageTree")
        self.setColumnCount(len(LINEAGE_COLUMNS))
        self.setHeaderLabels([translate("PreviewText", column) for column in LINEAGE_COLUMNS])
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setMinimumHeight(90)
        self._lookup: Callable[[str], TaskRecord | None] = lambda _id: None
        self._tasks: Callable[[], Iterable[TaskRecord]] = list
        self._read_more: Callable[[TaskRecord], None] = lambda _task: None
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
        read_more: Callable[[TaskRecord], None] | None = None,
    ) -> None:
        """Where tasks are found by id, and every task (to find the ones made from a take). `added`
        (new tasks) redraws the tree, so a take made from the shown one appears at once; `changed`
        redraws it when a take in it changes (its state); `read_more(task)` may find older tasks
        of a shown take's lineage (then `refresh` draws them)."""
        self._lookup, self._tasks = lookup, tasks
        self._read_more = read_more or (lambda _task: None)
        if added is not None:
            added.connect(lambda *_: self.refresh())
        if changed is not None:
            changed.connect(self._changed)
        self.refresh()

    def _changed(self, task: TaskRecord) -> None:
        item = self.item_for(task.id) if self.isVisible() else None
        if item is not None and item.text(2) != core_text(task.state.label):
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
        self._read_more(task)
        made_from = ancestors(task, self._lookup)
        made_into = children(task, self._tasks())
        if not made_from and not made_into:
            self.hide()
            return
        made = ((translate("PreviewText", "Made from"), made_from),
                (translate("PreviewText", "Made into"), made_into))
        for title, nodes in made:
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
