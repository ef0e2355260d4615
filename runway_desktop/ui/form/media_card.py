"""One place in a media slot: empty (drop here), checking, holding a file or link, or refusing one."""

from __future__ import annotations

import asyncio
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from runway_desktop.core.intake.media import MediaValue
from runway_desktop.ui.form.drop_zone import DropZone
from runway_desktop.ui.form.fields.base import set_tone
from runway_desktop.ui.form.media_admission import Admitted
from runway_desktop.ui.i18n import catalogue_text
from runway_desktop.ui.i18n.line_breaks import wrappable
from runway_desktop.ui.shell.fitting import ElidedLabel

THUMB = QSize(112, 63)
CONTEXT = "MediaCell"
_POSITIONS = {
    None: QT_TRANSLATE_NOOP("MediaCell", "Reference"),
    "first": QT_TRANSLATE_NOOP("MediaCell", "First frame"),
    "last": QT_TRANSLATE_NOOP("MediaCell", "Last frame"),
}
# Drawn in place of a thumbnail that could not be made.
_GLYPHS = {
    "image": QT_TRANSLATE_NOOP("MediaCell", "IMAGE"),
    "video": QT_TRANSLATE_NOOP("MediaCell", "VIDEO"),
    "audio": QT_TRANSLATE_NOOP("MediaCell", "AUDIO"),
    None: QT_TRANSLATE_NOOP("MediaCell", "LINK"),
}


def position_name(position: str | None) -> str:
    """"First frame", "Last frame" or "Reference" in the window's language."""
    if position in _POSITIONS:
        return QCoreApplication.translate(CONTEXT, _POSITIONS[position])
    return str(position)


class MediaCell(DropZone):
    """Shows one item (thumbnail, name, sizes, how it is sent) with Replace and Remove, or an empty target."""

    edited = Signal()  # tag, position or subject changed
    chooseRequested = Signal()
    removeRequested = Signal()
    pasteRequested = Signal()

    def __init__(
        self,
        wants: str,
        *,
        title: str | None = None,
        position: str | None = None,
        tagged: bool = False,
        positions: tuple[str, ...] = (),
        subjects: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mediaCell")
        self.position = position  # fixed position of this place ("first"/"last"), if any
        self.field_label = title or wants  # what a screen reader names the place by; the slot sets it
        self.wants = wants
        self.item: Admitted | None = None
        self.task: asyncio.Task | None = None
        self.busy_text: str | None = None
        self.error_text: str | None = None
        self.setMinimumHeight(92)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # click it, then Ctrl+V pastes into it
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 8, 10, 8)
        outer.setSpacing(4)
        if title:
            heading = QLabel(title, self)
            heading.setObjectName("cellTitle")
            outer.addWidget(heading)
        self.pages = QStackedWidget(self)
        self.empty_page = self._empty_page(wants)
        self.pages.addWidget(self.empty_page)
        # The other pages are built when first needed: most places stay empty, and forms are
        # rebuilt on every model switch.
        self._extras = (tagged, positions, subjects)
        self.busy_page: QWidget | None = None
        self.item_page: QWidget | None = None
        self.tag: QLineEdit | None = None
        self.position_box: QComboBox | None = None
        self.subject_box: QComboBox | None = None
        outer.addWidget(self.pages)
        self.error = QLabel(self)
        self.error.setObjectName("cellError")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_tone(self.error, "error")
        self.error.hide()
        outer.addWidget(self.error)

    # -- pages ---------------------------------------------------------------------------------

    def _empty_page(self, wants: str) -> QWidget:
        page = QWidget(self)
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(self.tr("Drop {wanted} here, paste it (Ctrl+V), or").format(wanted=wants), page)
        hint.setObjectName("dropHint")
        hint.setWordWrap(True)
        set_tone(hint, "muted")
        self.choose_button = QPushButton(self.tr("Choose file…"), page)
        self.choose_button.setObjectName("chooseFile")
        self.choose_button.clicked.connect(self.chooseRequested)
        row.addWidget(hint, 1)
        row.addWidget(self.choose_button)
        return page

    def _busy_page(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        self.busy_label = QLabel(page)
        self.busy_label.setObjectName("busyLabel")
        self.busy_label.setWordWrap(True)  # with `wrappable`, a long name wraps instead of widening the form
        spinner = QProgressBar(page)
        spinner.setRange(0, 0)  # an indeterminate bar: busy, length unknown
        spinner.setTextVisible(False)
        spinner.setFixedHeight(6)
        column.addWidget(self.busy_label)
        column.addWidget(spinner)
        return page

    def _item_page(self) -> QWidget:
        tagged, positions, subjects = self._extras
        page = QWidget(self)
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        self.thumb = QLabel(page)
        self.thumb.setObjectName("thumbnail")
        self.thumb.setFixedSize(THUMB)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.thumb)
        text = QVBoxLayout()
        text.setSpacing(1)
        self.name = ElidedLabel("", page, Qt.TextElideMode.ElideMiddle)  # a long name never widens the form
        self.name.setObjectName("itemName")
        font = self.name.font()
        font.setBold(True)
        self.name.setFont(font)
        self.details = QLabel(page)
        self.details.setObjectName("itemDetails")
        self.sending = QLabel(page)
        self.sending.setObjectName("itemSending")
        set_tone(self.sending, "muted")
        for label in (self.name, self.details, self.sending):
            label.setMinimumWidth(80)
            text.addWidget(label)
        extras = QHBoxLayout()
        if tagged:
            self.tag = QLineEdit(page)
            self.tag.setObjectName("tagEdit")
            self.tag.setPlaceholderText(self.tr("tag"))
            self.tag.setToolTip(self.tr("Mention it in the prompt as @tag (3–16 letters, digits or _)"))
            self.tag.setAccessibleName(self.tr("Tag"))
            self.tag.setMaximumWidth(150)
            self.tag.textEdited.connect(lambda _t: self.edited.emit())
            extras.addWidget(QLabel("@", page))
            extras.addWidget(self.tag)
        if positions:
            self.position_box = QComboBox(page)
            self.position_box.setObjectName("positionBox")
            for value in (None, *positions):
                self.position_box.addItem(position_name(value), value)
            self.position_box.currentIndexChanged.connect(lambda _i: self.edited.emit())
            extras.addWidget(self.position_box)
        if subjects:
            self.subject_box = QComboBox(page)
            self.subject_box.setObjectName("subjectBox")
            self.subject_box.addItem(self.tr("Any subject"), None)
            for subject in subjects:
                self.subject_box.addItem(catalogue_text(subject.capitalize()), subject)
            self.subject_box.currentIndexChanged.connect(lambda _i: self.edited.emit())
            extras.addWidget(self.subject_box)
        extras.addStretch(1)
        text.addLayout(extras)
        row.addLayout(text, 1)
        buttons = QVBoxLayout()
        self.replace_button = QToolButton(page)
        self.replace_button.setObjectName("replaceItem")
        self.replace_button.setText(self.tr("Replace…"))
        self.replace_button.setToolTip(self.tr("Choose another file (or drop one here)"))
        self.replace_button.clicked.connect(self.chooseRequested)
        self.remove_button = QToolButton(page)
        self.remove_button.setObjectName("removeItem")
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.clicked.connect(self.removeRequested)
        buttons.addWidget(self.replace_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        return page

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.pasteRequested.emit()
            return
        super().keyPressEvent(event)

    # -- states ----------------------------------------------------------------------------------

    def _show_page(self, name: str) -> None:
        if name == "busy" and self.busy_page is None:
            self.busy_page = self._busy_page()
            self.pages.addWidget(self.busy_page)
        if name == "item" and self.item_page is None:
            self.item_page = self._item_page()
            self.pages.addWidget(self.item_page)
        pages = {"empty": self.empty_page, "busy": self.busy_page, "item": self.item_page}
        self.pages.setCurrentWidget(pages[name])
        self.describe()

    def describe(self) -> None:
        """The accessible name: the field and what this place holds now."""
        if self.item is not None and self.busy_text is None:
            held = self.tr("{name}, {details}").format(name=self.item.name, details=self.item.details)
        else:
            held = self.busy_text or self.tr("empty, drop or paste {wanted}").format(wanted=self.wants)
        self.setAccessibleName(self.tr("{field}: {held}").format(field=self.field_label, held=held))
        self.setAccessibleDescription(self.tr("Drop a file here, press Ctrl+V to paste, or use Choose"))

    @property
    def state(self) -> str:
        """"empty", "busy" or "item": what the place shows."""
        current = self.pages.currentWidget()
        return "busy" if current is self.busy_page else "item" if current is self.item_page else "empty"

    @property
    def filled(self) -> bool:
        return self.item is not None

    @property
    def free(self) -> bool:
        return self.item is None and self.busy_text is None

    def show_busy(self, name: str) -> None:
        self.busy_text = self.tr("Checking {name}…").format(name=name)
        self._show_page("busy")
        self.busy_label.setText(wrappable(self.busy_text))
        self.set_error(None)

    def show_item(self, item: Admitted, value: MediaValue | None = None) -> None:
        """Hold `item`; `value` restores a tag/position/subject given with it."""
        self.busy_text = None
        self.item = item
        self._show_page("item")
        self.name.setText(item.name)
        self.name.setToolTip(item.value.path or item.value.url or "")
        self.details.setText(item.details)
        self.sending.setText(self.tr("Sent {how}").format(how=item.sending))
        if item.thumbnail and not (pixmap := QPixmap(item.thumbnail)).isNull():
            self.thumb.setPixmap(pixmap.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))
        else:
            glyph = _GLYPHS.get(item.kind)
            self.thumb.setText(QCoreApplication.translate(CONTEXT, glyph) if glyph else self.tr("FILE"))
        given = value or MediaValue()
        if self.tag is not None and given.tag:
            self.tag.setText(given.tag)
        if self.position_box is not None:
            self.position_box.setCurrentIndex(max(0, self.position_box.findData(given.position)))
        if self.subject_box is not None:
            self.subject_box.setCurrentIndex(max(0, self.subject_box.findData(given.subject)))
        self.set_error(None)

    def clear(self) -> None:
        self.busy_text = None
        self.item = None
        if self.item_page is not None:
            self.thumb.clear()
            if self.tag is not None:
                self.tag.clear()
        self._show_page("empty")

    def settle(self) -> None:
        """Back to what it held before a check that failed or was cancelled."""
        self.busy_text = None
        self._show_page("item" if self.item is not None else "empty")

    def set_error(self, message: str | None) -> None:
        self.error_text = message
        self.error.setText(wrappable(message or ""))
        self.error.setVisible(bool(message))

    def set_tag(self, tag: str) -> None:
        if self.tag is not None:
            self.tag.setText(tag)

    # -- value -----------------------------------------------------------------------------------

    def value(self) -> MediaValue | None:
        if self.item is None:
            return None
        value = self.item.value
        tag = self.tag.text().strip().removeprefix("@") if self.tag is not None else None
        position = self.position
        if self.position_box is not None:
            position = self.position_box.currentData()
        subject = self.subject_box.currentData() if self.subject_box is not None else None
        return replace(value, tag=tag or None, position=position, subject=subject)
