"""The output size as little proportional rectangles, each with its aspect name and pixel size."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPen, QPixmap, QPixmapCache, QResizeEvent
from PySide6.QtWidgets import QButtonGroup, QComboBox, QGridLayout, QToolButton, QVBoxLayout, QWidget

from runway_desktop.core.catalogue.ratios import aspect_label, is_pixel_ratio, ratio_size
from runway_desktop.core.catalogue.spec import FieldSpec
from runway_desktop.ui.form.fields.base import FieldEditor
from runway_desktop.ui.form.fields.catalogue_words import ratio_word
from runway_desktop.ui.i18n import catalogue_text
from runway_desktop.ui.shell.theme import colour as theme_colour

BUTTONS_UP_TO = 8  # more choices than this go into a drop-down list (still with shapes)
COLUMNS = 4  # at most, when the form is wide enough; fewer when it is not
GAP = 6
ICON = 34
DEFAULT_TEXT = QT_TRANSLATE_NOOP("RatioPicker", "Model default")


def ratio_caption(ratio: str) -> tuple[str, str]:
    """("16:9", "1280×720") for a pixel ratio; ("16:9", "") for an aspect; ("Adaptive", "") otherwise."""
    if is_pixel_ratio(ratio):
        width, height = ratio_size(ratio)
        return aspect_label(ratio), f"{width}×{height}"
    if ratio.startswith("auto_"):
        return QCoreApplication.translate("RatioPicker", "Auto"), ratio.removeprefix("auto_")
    if ":" in ratio:
        return ratio, ""
    return catalogue_text(ratio_word(ratio) or ratio), ""


def _shape(ratio: str | None) -> tuple[float, float] | None:
    if ratio is None or not (is_pixel_ratio(ratio) or ":" in ratio):
        return None
    width, height = ratio_size(ratio)
    return width, height


def ratio_icon(ratio: str | None) -> QIcon:
    """A rectangle with the ratio's proportions; a dashed square when the shape is not fixed."""
    key = f"runway-ratio-{ratio}-{theme_colour('text_muted').name()}"
    cached = QPixmap()
    if QPixmapCache.find(key, cached):
        return QIcon(cached)
    pixmap = QPixmap(ICON, ICON)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    shape = _shape(ratio)
    room = ICON - 6
    if shape is None:
        w = h = room * 0.8
        pen = QPen(theme_colour("text_muted"), 1.5, Qt.PenStyle.DashLine)
    else:
        scale = room / max(shape)
        w, h = max(4.0, shape[0] * scale), max(4.0, shape[1] * scale)
        pen = QPen(theme_colour("text_soft"), 1.5)
        fill = theme_colour("accent")
        fill.setAlpha(60)
        painter.setBrush(fill)
    painter.setPen(pen)
    painter.drawRoundedRect(QRectF((ICON - w) / 2, (ICON - h) / 2, w, h), 2, 2)
    painter.end()
    QPixmapCache.insert(key, pixmap)
    return QIcon(pixmap)


class RatioPicker(FieldEditor):
    """Buttons for a few ratios, a list with shapes for many; optional fields offer the default."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.options: list[str | None] = ([] if spec.required else [None]) + [str(c) for c in spec.choices]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group: QButtonGroup | None = None
        self.combo: QComboBox | None = None
        if len(self.options) <= BUTTONS_UP_TO:
            layout.addWidget(self._buttons())
        else:
            layout.addWidget(self._combo())
        self.set_value(spec.default if spec.default is not None else self.options[0])

    def _buttons(self) -> QWidget:
        box = ButtonGrid(self)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        for index, ratio in enumerate(self.options):
            button = QToolButton(box)
            button.setObjectName("ratioButton")
            button.setCheckable(True)
            button.setIcon(ratio_icon(ratio))
            button.setIconSize(QSize(ICON, ICON))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            name, pixels = ratio_caption(ratio) if ratio else (self.tr(DEFAULT_TEXT), "")
            button.setText(f"{name}\n{pixels}" if pixels else name)
            button.setToolTip(ratio or self.tr("Let the model choose its default size"))
            spoken = self.tr("Ratio {name}, {pixels}") if pixels else self.tr("Ratio: {name}")
            button.setAccessibleName(spoken.format(name=name, pixels=pixels))
            button.setAccessibleDescription(ratio or self.tr("Let the model choose its default size"))
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows and Space choose, the ring shows it
            button.setProperty("ratio", ratio)
            self.group.addButton(button, index)
            box.add(button)
        self.group.idToggled.connect(self._on_toggled)
        return box

    def _combo(self) -> QWidget:
        self.combo = QComboBox(self)
        self.combo.setObjectName("ratioCombo")
        self.combo.setAccessibleName(catalogue_text(self.spec.label))
        self.combo.setIconSize(QSize(ICON - 8, ICON - 8))
        self.combo.setMaxVisibleItems(14)
        for ratio in self.options:
            name, pixels = ratio_caption(ratio) if ratio else (self.tr(DEFAULT_TEXT), "")
            self.combo.addItem(ratio_icon(ratio), f"{name}  ·  {pixels}" if pixels else name, ratio)
        self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        return self.combo

    def _on_toggled(self, _id: int, on: bool) -> None:
        if on:
            self.changed.emit()

    def value(self) -> str | None:
        if self.combo is not None:
            return self.combo.currentData()
        assert self.group is not None
        index = self.group.checkedId()
        return self.options[index] if index >= 0 else None

    def set_value(self, value: Any) -> bool:
        text = None if value is None else str(value)
        if text not in self.options:
            return False
        index = self.options.index(text)
        if self.combo is not None:
            self.combo.setCurrentIndex(index)
        elif self.group is not None:
            self.group.button(index).setChecked(True)
        return True

    def buttons(self) -> list[QToolButton]:
        """The shape buttons, in order (empty when the choices are in a list)."""
        return list(self.group.buttons()) if self.group else []


class ButtonGrid(QWidget):
    """Equal buttons, each as wide as the widest caption, up to COLUMNS a row and fewer when narrow.

    Its minimum width is one button's, so a narrow form wraps the buttons to more rows instead of
    cutting their pixel sizes ("1080×1920") or making the form scroll sideways.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratioButtons")
        self._buttons: list[QToolButton] = []
        self._columns = COLUMNS
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(GAP)

    def add(self, button: QToolButton) -> None:
        self._buttons.append(button)
        self._place()

    def cell_width(self) -> int:
        """The widest button's own width: every button gets it, so the shapes line up."""
        return max((b.sizeHint().width() for b in self._buttons), default=0)

    def _fitting(self, width: int) -> int:
        cell = self.cell_width()
        most = max(1, min(COLUMNS, len(self._buttons)))
        return max(1, min(most, (width + GAP) // (cell + GAP))) if cell else most

    def _place(self) -> None:
        cell = self.cell_width()
        for button in self._buttons:
            self._grid.removeWidget(button)
            button.setMinimumWidth(cell)
        for column in range(COLUMNS + 1):
            self._grid.setColumnStretch(column, 0)
        for index, button in enumerate(self._buttons):
            self._grid.addWidget(button, index // self._columns, index % self._columns)
        self._grid.setColumnStretch(self._columns, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        columns = self._fitting(event.size().width())
        if columns != self._columns:
            self._columns = columns
            self._place()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self._buttons:
            hint.setWidth(min(hint.width(), self.cell_width()))
        return hint
