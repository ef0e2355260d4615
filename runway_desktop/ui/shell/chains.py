"""Takes feeding takes: the queue's "Use as →" and "Add sound…", File → "Use parameters from file…",
and the lineage tree's jumps, wired between the queue, the tabs and the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from runway_desktop.core.intake.media import MediaValue
from runway_desktop.ui.form.generate_tab import GenerateTab
from runway_desktop.ui.form.media_slot import MediaSlot
from runway_desktop.ui.queue.actions import UseAs, use_as_roles
from runway_desktop.ui.queue.panel import QueuePanel
from runway_desktop.ui.shell.lineage_history import OlderLineage

if TYPE_CHECKING:
    from runway_desktop.core.catalogue.spec import Catalogue, ModelSpec
    from runway_desktop.core.running.tasks import TaskRecord
    from runway_desktop.ui.dialogs.add_sound import AddSoundDialog
    from runway_desktop.ui.shell.main_window import MainWindow

USE_FILE_ACTION = "actionUseParametersFromFile"


def current_models(window: MainWindow) -> dict[str, ModelSpec | None]:
    """The model each generation tab shows now (a tab not yet built counts as its first model)."""
    found: dict[str, ModelSpec | None] = {}
    for key, tab in window.generate_tabs.items():
        found[key] = tab.current_model if isinstance(tab, GenerateTab) else None
    return found


def place_output(tab: GenerateTab, role: UseAs, value: MediaValue) -> bool:
    """Select `role`'s model on `tab` if needed and load the output into its field; False when the
    form has no such field (the catalogue changed under the menu)."""
    if tab.current_model.key != (role.endpoint, role.model):
        tab.select_model(role.endpoint, role.model)
    slot = tab.form.editors.get(role.field) if tab.form is not None else None
    if not isinstance(slot, MediaSlot):
        return False
    cell = None
    if slot.fixed:
        cell = next((c for c in slot.cells if c.position == value.position), None)
    elif not slot.listed:
        cell = slot.cells[0]
    slot.load([value], cell)
    tab.revalidate()
    return True


def use_output(window: MainWindow, role: UseAs, value: MediaValue) -> None:
    """Show `role`'s tab and put the output there, as an input that remembers its origin."""
    tab = window.tab(role.tab)
    if not isinstance(tab, GenerateTab):
        return
    window.tabs.setCurrentWidget(tab)
    if not place_output(tab, role, value):
        gone = QCoreApplication.translate("Chains", "{model} has no place called {field} any more.")
        window.show_error(gone.format(model=role.model, field=role.field))


class Chains(QObject):
    """What the window keeps of the chain features: the restore-from-file helper and the open
    "Add sound" dialog (one at a time)."""

    def __init__(self, window: MainWindow) -> None:
        from runway_desktop.ui.form.restore import RestoreFromFile

        super().__init__(window)
        self._window = window
        self.restore = RestoreFromFile(window)
        self.add_sound_dialog: AddSoundDialog | None = None

    def open_add_sound(self, task: TaskRecord, index: int) -> AddSoundDialog:
        """The non-modal "Add sound" dialog for one video take; an open one is closed first."""
        from runway_desktop.ui.dialogs.add_sound import AddSoundDialog

        if self.add_sound_dialog is not None:
            self.add_sound_dialog.close()
        window = self._window
        dialog = AddSoundDialog(window.bridge, task, index, window)
        dialog.generateAudioRequested.connect(lambda: generate_audio(window))
        dialog.destroyed.connect(lambda *_: self._forget(dialog))
        self.add_sound_dialog = dialog
        dialog.show()
        return dialog

    def _forget(self, dialog: AddSoundDialog) -> None:
        if self.add_sound_dialog is dialog:
            self.add_sound_dialog = None


def wire_chains(window: MainWindow, catalogue: Catalogue) -> Chains:
    """Add File → "Use Parameters from File…" and connect the queue's chain actions and the lineage
    tree to the tabs (the real queue only)."""
    chains = Chains(window)
    translate = QCoreApplication.translate
    action = QAction(translate("Chains", "Use Parameters from File…"), window)
    action.setObjectName(USE_FILE_ACTION)
    action.setToolTip(
        translate("Chains", "Fill a form with the settings carried inside an output file "
                            "(image, video or audio).")
    )
    action.triggered.connect(chains.restore.choose_file)
    menu = window.form.menuFile
    menu.insertAction(window.action("actionSettings"), action)
    menu.insertSeparator(window.action("actionSettings"))
    queue = window.queue
    if not isinstance(queue, QueuePanel):
        return chains
    queue.runner.roles = lambda kind: use_as_roles(kind, catalogue, current_models(window))
    queue.runner.useAs.connect(lambda role, value: use_output(window, role, value))
    queue.runner.addSound.connect(chains.open_add_sound)
    lineage = queue.preview.lineage
    bridge = window.bridge
    older = OlderLineage(bridge, lineage.refresh)
    lineage.set_history(older.lookup, older.tasks, bridge.taskAdded, bridge.taskChanged, older.read)
    lineage.taskChosen.connect(queue.select_task)
    return chains


def generate_audio(window: MainWindow) -> None:
    """Go to the Audio tab with a sound-effect model chosen, to make a take for the video."""
    tab = window.tab("audio")
    window.tabs.setCurrentWidget(tab)
    if isinstance(tab, GenerateTab):
        effects = [m for m in tab.picker.models() if m.endpoint == "sound_effect"]
        if effects and tab.current_model.endpoint != "sound_effect":
            tab.select_model(effects[0].endpoint, effects[0].id)
