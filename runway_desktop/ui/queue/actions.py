"""Which actions the queue offers for which tasks: the engine's one table, in menu order, with words.

`core.running.states.actions_for` decides what a task allows (the engine, the window and the
command line read the same table); this module only orders the window's share of it and names
each action for people.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from runway_desktop.core.catalogue.spec import Catalogue, FieldKind, ModelSpec
from runway_desktop.core.running import states
from runway_desktop.core.running.states import Action
from runway_desktop.core.running.tasks import OutputState, TaskRecord, TaskState
from runway_desktop.ui.i18n import catalogue_text
from runway_desktop.ui.queue.text import output_kind

__all__ = [
    "Action",
    "UseAs",
    "actions_for",
    "actions_for_many",
    "label_for",
    "retry_warning",
    "targets",
    "use_as_roles",
]

# Every action of the table, in the order the window offers them.
MENU_ORDER = (
    Action.CANCEL,
    Action.RETRY,
    Action.CHECK_AGAIN,
    Action.DOWNLOAD_AGAIN,
    Action.REENTER_KEY,
    Action.USE_PARAMETERS,
    Action.OPEN,
    Action.SAVE_AS,
    Action.SHOW_IN_FOLDER,
    Action.COPY_URL,
    Action.DELETE_AT_RUNWAY,
    Action.REMOVE,
)

# Tables in English; the window shows them through `translated` ("QueueActions" context).
LABELS = {
    Action.CANCEL: QT_TRANSLATE_NOOP("QueueActions", "Cancel"),
    Action.RETRY: QT_TRANSLATE_NOOP("QueueActions", "Retry"),
    Action.CHECK_AGAIN: QT_TRANSLATE_NOOP("QueueActions", "Check again"),
    Action.REENTER_KEY: QT_TRANSLATE_NOOP("QueueActions", "Enter the API key…"),
    Action.DOWNLOAD_AGAIN: QT_TRANSLATE_NOOP("QueueActions", "Download again"),
    Action.USE_PARAMETERS: QT_TRANSLATE_NOOP("QueueActions", "Use parameters"),
    Action.OPEN: QT_TRANSLATE_NOOP("QueueActions", "Open"),
    Action.SAVE_AS: QT_TRANSLATE_NOOP("QueueActions", "Save as…"),
    Action.SHOW_IN_FOLDER: QT_TRANSLATE_NOOP("QueueActions", "Show in folder"),
    Action.COPY_URL: QT_TRANSLATE_NOOP("QueueActions", "Copy output URL"),
    Action.DELETE_AT_RUNWAY: QT_TRANSLATE_NOOP("QueueActions", "Delete from Runway…"),
    Action.REMOVE: QT_TRANSLATE_NOOP("QueueActions", "Remove from history…"),
}

TIPS = {
    Action.CANCEL: QT_TRANSLATE_NOOP(
        "QueueActions", "Stop this task (nothing is charged for a task that has not started running)."),
    Action.RETRY: QT_TRANSLATE_NOOP(
        "QueueActions", "Submit the same request again, as a new task (charged again)."),
    Action.CHECK_AGAIN: QT_TRANSLATE_NOOP("QueueActions", "Ask Runway about this task again."),
    Action.REENTER_KEY: QT_TRANSLATE_NOOP(
        "QueueActions", "Runway refused the key: open Settings to enter it again."),
    Action.DOWNLOAD_AGAIN: QT_TRANSLATE_NOOP("QueueActions", "Try saving the outputs again."),
    Action.USE_PARAMETERS: QT_TRANSLATE_NOOP(
        "QueueActions", "Fill the form with this task's model and parameters."),
    Action.OPEN: QT_TRANSLATE_NOOP("QueueActions", "Open the saved output in your default application."),
    Action.SAVE_AS: QT_TRANSLATE_NOOP("QueueActions", "Save a copy of the output somewhere else."),
    Action.SHOW_IN_FOLDER: QT_TRANSLATE_NOOP("QueueActions", "Open the folder holding the saved output."),
    Action.COPY_URL: QT_TRANSLATE_NOOP(
        "QueueActions", "Copy Runway's URL of the output. It expires 24–48 hours after the task finished."),
    Action.DELETE_AT_RUNWAY: QT_TRANSLATE_NOOP(
        "QueueActions", "Delete the task and its outputs at Runway (your saved copies stay)."),
    Action.REMOVE: QT_TRANSLATE_NOOP(
        "QueueActions", "Forget this task here; its saved files stay on disk in the library."),
}

# The first sentence of `retry_warning` for an unknown outcome, in English (which the tests read).
UNKNOWN_RETRY_WARNING = (
    "Runway may already have created this task; retrying may create and bill a second one."
)
SAFETY_RETRY_QUESTION = QT_TRANSLATE_NOOP(
    "QueueActions",
    "This was blocked by Runway's content moderation, and moderated generations are billed. Retry anyway?",
)
DELETE_QUESTION = QT_TRANSLATE_NOOP(
    "QueueActions",
    "Delete this task and its outputs at Runway? Your saved copies stay in the library, "
    "but Runway's output URLs stop working.",
)


# lupdate finds the strings of `translate("Context", "…")` calls (QCoreApplication.translate).
translate = QCoreApplication.translate


def translated(text: str) -> str:
    """A sentence of this module's tables in the window's language."""
    return translate("QueueActions", text)


def tip(action: Action) -> str:
    return translated(TIPS[action])


def actions_for(task: TaskRecord) -> list[Action]:
    """The actions the window offers for one task, in menu order (from the engine's table)."""
    allowed = states.actions_for(task)
    if task.state is TaskState.SUCCEEDED and not task.all_outputs_saved:
        allowed = allowed - {Action.DELETE_AT_RUNWAY}  # deleting at Runway now would lose the output
    return [action for action in MENU_ORDER if action in allowed]


def actions_for_many(tasks: Sequence[TaskRecord]) -> list[Action]:
    """With several tasks selected: Cancel the live ones, Remove the finished ones."""
    if len(tasks) == 1:
        return actions_for(tasks[0])
    if not tasks:
        return []
    offered = {a for t in tasks for a in actions_for(t)}
    return [a for a in (Action.CANCEL, Action.REMOVE) if a in offered]


def targets(action: Action, tasks: Sequence[TaskRecord]) -> list[TaskRecord]:
    """The tasks among `tasks` that `action` applies to."""
    return [t for t in tasks if action in actions_for(t)]


def retry_warning(task: TaskRecord) -> str | None:
    """What to ask before retrying, or None when a retry needs no confirmation beyond spending."""
    if task.state is TaskState.UNKNOWN:
        return translate(
            "QueueActions",
            "Runway may already have created this task; retrying may create and bill a second one. "
            "Retry anyway?")
    if task.state is TaskState.FAILED and task.is_safety_failure:
        return translated(SAFETY_RETRY_QUESTION)
    return None


def label_for(action: Action, count: int) -> str:
    """The menu text, counting the tasks it applies to when there are several."""
    if count > 1 and action is Action.CANCEL:
        return translate("QueueActions", "Cancel {count} tasks").format(count=QLocale().toString(count))
    if count > 1 and action is Action.REMOVE:
        return translate("QueueActions", "Remove {count} tasks from history…").format(
            count=QLocale().toString(count))
    return translated(LABELS[action])



TAB_TITLES = {
    "video": QT_TRANSLATE_NOOP("QueueActions", "Video"),
    "image": QT_TRANSLATE_NOOP("QueueActions", "Image"),
    "audio": QT_TRANSLATE_NOOP("QueueActions", "Audio"),
}
POSITION_WORDS = {
    "first": QT_TRANSLATE_NOOP("QueueActions", "first frame"),
    "last": QT_TRANSLATE_NOOP("QueueActions", "last frame"),
}
ADD_SOUND_LABEL = QT_TRANSLATE_NOOP("QueueActions", "Add sound…")
ADD_SOUND_TIP = QT_TRANSLATE_NOOP(
    "QueueActions",
    "Put an audio take (or a file) under this video, as a new take; the picture stays as it is.",
)


@dataclass(frozen=True)
class UseAs:
    """One place an output can go: a field (and frame position) of a model on a tab."""

    tab: str
    endpoint: str
    model: str
    field: str
    position: str | None
    label: str  # "Video · Prompt image (last frame)", naming the model when choosing it switches models


def _fitting(model: ModelSpec, kind: str) -> list[tuple[str, str, str | None]]:
    """(field, words, position) for each media field of `model` that takes `kind`."""
    places = []
    for field in model.media_fields:
        if field.kind is not FieldKind.MEDIA or kind not in field.media:
            continue
        if field.item == "positioned" and len(field.positions) > 1:
            for at in field.positions:
                where = translated(POSITION_WORDS[at]) if at in POSITION_WORDS else at
                label = catalogue_text(field.label)
                words = translate("QueueActions", "{field} ({position})").format(field=label, position=where)
                places.append((field.name, words, at))
        else:
            first = field.positions[0] if field.positions else None
            places.append((field.name, catalogue_text(field.label), first))
    return places


def use_as_roles(
    kind: str | None, catalogue: Catalogue, current: Mapping[str, ModelSpec | None]
) -> list[UseAs]:
    """Where an output of `kind` can be used: the fields of each tab's current model that take it, or,
    when that model takes none, those of the same model's other mode (gen4.5 text → image to video),
    else of the tab's first model that does (choosing the entry selects that model)."""
    roles: list[UseAs] = []
    if kind is None:
        return roles
    for tab, title in TAB_TITLES.items():
        model = current.get(tab)
        places = _fitting(model, kind) if model is not None else []
        named = ""
        if not places:
            same_name = [m for m in catalogue.named(model.id) if m.tab == tab] if model is not None else []
            model = next((m for m in [*same_name, *catalogue.for_tab(tab)] if _fitting(m, kind)), None)
            if model is None:
                continue
            places, named = _fitting(model, kind), model.id
        for field, words, position in places:
            tab_words = translated(title)
            if named:
                label = translate("QueueActions", "{tab} · {field} — {model}").format(
                    tab=tab_words, field=words, model=named)
            else:
                label = translate("QueueActions", "{tab} · {field}").format(tab=tab_words, field=words)
            roles.append(UseAs(tab, model.endpoint, model.id, field, position, label))
    return roles


def can_add_sound(task: TaskRecord) -> bool:
    """A finished take with a saved video to put sound under."""
    return task.state is TaskState.SUCCEEDED and any(
        o.path and o.state is OutputState.SAVED and output_kind(task, o.mime) == "video" for o in task.outputs
    )
