"""The model picker: models grouped by endpoint, featured ones first, searchable, retired names redirected."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from runway_desktop.core.catalogue.pricing import rate_text
from runway_desktop.core.catalogue.spec import Catalogue, FieldKind, ModelSpec, RetiredModel
from runway_desktop.ui.form.fields.base import set_tone
from runway_desktop.ui.i18n import catalogue_text, core_text

KEY_ROLE = Qt.ItemDataRole.UserRole
PRICE_ROLE = Qt.ItemDataRole.UserRole + 1
DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 2
FEATURED_ROLE = Qt.ItemDataRole.UserRole + 3
FEATURED = "★"
translate = QCoreApplication.translate
# What a model needs, in the words of the facts line and the tooltip ("prompt, image · optional: …").
_INPUT_WORDS = {
    FieldKind.PROMPT: QT_TRANSLATE_NOOP("ModelPicker", "prompt"),
    FieldKind.KEYFRAMES: QT_TRANSLATE_NOOP("ModelPicker", "keyframes"),
    FieldKind.VOICE: QT_TRANSLATE_NOOP("ModelPicker", "voice"),
    FieldKind.LANGUAGE: QT_TRANSLATE_NOOP("ModelPicker", "target language"),
}
_MEDIA_WORDS = {
    "image": QT_TRANSLATE_NOOP("ModelPicker", "image"),
    "video": QT_TRANSLATE_NOOP("ModelPicker", "video"),
    "audio": QT_TRANSLATE_NOOP("ModelPicker", "audio"),
}


def price_text(model: ModelSpec) -> str:
    """"12 credits/s", "2 credits/image", "1 credit per 50 characters", or "price not published"."""
    rate = rate_text(model)
    return core_text(rate) if rate else translate("ModelPicker", "price not published")


def _input_word(model: ModelSpec, spec) -> str | None:
    if spec.kind in _INPUT_WORDS and (spec.kind is not FieldKind.LANGUAGE or spec.required):
        return translate("ModelPicker", _INPUT_WORDS[spec.kind])
    if spec.kind is not FieldKind.MEDIA:
        return None
    kinds = "/".join(translate("ModelPicker", _MEDIA_WORDS.get(k, k)) for k in spec.media)
    if spec.item == "positioned" and {"first", "last"} <= set(spec.positions) and spec.position_required:
        return translate("ModelPicker", "{kinds} (first/last frame)").format(kinds=kinds)
    if spec.multiple:
        return catalogue_text(spec.label).lower()
    return kinds


def inputs_text(model: ModelSpec) -> str:
    """"prompt, image (first/last frame) · optional: reference images"."""
    need, may = [], []
    for spec in model.fields:
        word = _input_word(model, spec)
        if word and word not in need + may:
            (need if spec.required else may).append(word)
    comma = translate("ModelPicker", ", ")
    text = comma.join(need) or translate("ModelPicker", "no required inputs")
    if not may:
        return text
    both = translate("ModelPicker", "{needed} · optional: {optional}")
    return both.format(needed=text, optional=comma.join(may))


TOOLTIP_ROLE = Qt.ItemDataRole.ToolTipRole.value  # as the int the item is asked with


class _ModelItem(QTreeWidgetItem):
    """A model's row. Its rich-text tooltip is written when first asked for, not for every row up front."""

    def __init__(self, group: QTreeWidgetItem, model: ModelSpec) -> None:
        super().__init__(group, [model.id])
        self._model = model
        self._tooltip: str | None = None

    def data(self, column: int, role: int) -> Any:
        if role == TOOLTIP_ROLE and column == 0:
            if self._tooltip is None:
                self._tooltip = tooltip(self._model)
            return self._tooltip
        return super().data(column, role)


class ModelDelegate(QStyledItemDelegate):
    """Two lines per model (name and featured mark; then price and description); bold group titles."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        height = QFontMetrics(option.font).height()
        if index.data(KEY_ROLE) is None:
            return QSize(200, height + 14)
        return QSize(200, height * 2 + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        painter.save()
        palette = option.palette
        rect: QRect = option.rect.adjusted(10, 4, -10, -4)
        if index.data(KEY_ROLE) is None:
            font = QFont(option.font)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, index.data())
            painter.restore()
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.AlternateBase))
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText)
        metrics = QFontMetrics(option.font)
        line = metrics.height()
        top = QRect(rect.left(), rect.top(), rect.width(), line)
        bottom = QRect(rect.left(), rect.top() + line + 2, rect.width(), line)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        name = index.data() + (f"  {FEATURED}" if index.data(FEATURED_ROLE) else "")
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(bold).elidedText(name, Qt.TextElideMode.ElideRight, top.width()))
        painter.setFont(option.font)
        painter.setPen(muted)
        # The price leads the second line, so long model names keep the first line to themselves.
        second = f"{index.data(PRICE_ROLE) or ''} · {index.data(DESCRIPTION_ROLE) or ''}"
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(second, Qt.TextElideMode.ElideRight, bottom.width()))
        painter.restore()


class ModelPicker(QWidget):
    """Every model of one tab, grouped by endpoint ("Text to video", …), with search."""

    modelChosen = Signal(str, str)  # endpoint, model id

    def __init__(self, catalogue: Catalogue, tab: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelPicker")
        self.catalogue = catalogue
        self.tab = tab
        self.search = QLineEdit(self)
        self.search.setObjectName("modelSearch")
        self.search.setPlaceholderText(self.tr("Search models…"))
        self.search.setAccessibleName(self.tr("Search models"))
        self.search.setClearButtonEnabled(True)
        self.notice = QFrame(self)
        self.notice.setObjectName("retiredNotice")
        self.notice_text = QLabel(self.notice)
        self.notice_text.setWordWrap(True)
        set_tone(self.notice_text, "warning")
        self.replacement_button = QPushButton(self.notice)
        self.replacement_button.setObjectName("useReplacement")
        notice_layout = QVBoxLayout(self.notice)
        notice_layout.setContentsMargins(8, 6, 8, 6)
        notice_layout.addWidget(self.notice_text)
        button_row = QHBoxLayout()
        button_row.addWidget(self.replacement_button)
        button_row.addStretch(1)
        notice_layout.addLayout(button_row)
        self.notice.hide()
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("modelTree")
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Models"))
        self.tree.setAccessibleDescription(
            self.tr("Choose a model with the arrow keys; its form opens beside it"))
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(0)
        self.tree.setUniformRowHeights(False)
        self.tree.setMouseTracking(True)
        self.tree.setItemDelegate(ModelDelegate(self.tree))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 4, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.notice)
        layout.addWidget(self.tree, 1)
        self.items: dict[tuple[str, str], QTreeWidgetItem] = {}
        self._fill()
        self._retired: RetiredModel | None = None
        self.search.textChanged.connect(self.filter)
        self.tree.currentItemChanged.connect(self._on_current)
        self.replacement_button.clicked.connect(self.use_replacement)

    def _fill(self) -> None:
        for endpoint in self.catalogue.endpoints.values():
            if endpoint.tab != self.tab:
                continue
            models = sorted(self.catalogue.for_endpoint(endpoint.name), key=lambda m: not m.seed_model)
            if not models:
                continue
            group = QTreeWidgetItem(self.tree, [catalogue_text(endpoint.title)])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for model in models:
                item = _ModelItem(group, model)
                item.setData(0, KEY_ROLE, model.key)
                item.setData(0, PRICE_ROLE, price_text(model))
                item.setData(0, DESCRIPTION_ROLE, catalogue_text(model.description))
                item.setData(0, FEATURED_ROLE, model.seed_model)
                self.items[model.key] = item
            group.setExpanded(True)

    def models(self) -> list[ModelSpec]:
        """The tab's models in the order shown."""
        return [m for key in self.items if (m := self.catalogue.get(*key)) is not None]

    def current(self) -> tuple[str, str] | None:
        item = self.tree.currentItem()
        return item.data(0, KEY_ROLE) if item is not None else None

    def select(self, endpoint: str, model_id: str) -> bool:
        """Show this model as chosen, without announcing it (the caller is already switching)."""
        item = self.items.get((endpoint, model_id))
        if item is None:
            return False
        if item.isHidden():
            self.search.clear()
        self.tree.blockSignals(True)
        self.tree.setCurrentItem(item)
        self.tree.blockSignals(False)
        # Scrolled once the current event is handled: during a click, scrolling now would slide
        # another row under the pointer, and the click would then highlight that row instead.
        QTimer.singleShot(0, self, lambda: self._reveal(item))
        return True

    def _reveal(self, item: QTreeWidgetItem) -> None:
        if item.parent() is not None:
            self.tree.scrollToItem(item.parent())  # the group's title too, when it fits with the model
        self.tree.scrollToItem(item)

    def _on_current(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        key = item.data(0, KEY_ROLE) if item is not None else None
        if key is not None:
            self.modelChosen.emit(*key)

    def filter(self, text: str) -> None:
        """Show models whose name or description contains `text`; a retired name shows where it went."""
        needle = text.strip().lower()
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            shown = 0
            for row in range(group.childCount()):
                child = group.child(row)
                found = not needle or needle in child.text(0).lower() or needle in (
                    child.data(0, DESCRIPTION_ROLE) or "").lower()
                child.setHidden(not found)
                shown += found
            group.setHidden(shown == 0)
        self._show_retirement(self.catalogue.retirement(needle) if needle else None)

    def _show_retirement(self, retired: RetiredModel | None) -> None:
        self._retired = retired
        if retired is None:
            self.notice.hide()
            return
        target = self._replacement_key(retired)
        self.notice_text.setText(html.escape(catalogue_text(retired.note)))
        self.replacement_button.setText(self.tr("Use {model}").format(model=retired.replacement))
        self.replacement_button.setVisible(target is not None)
        self.notice.show()

    def _replacement_key(self, retired: RetiredModel) -> tuple[str, str] | None:
        current = self.current()
        endpoints = list(retired.endpoints)
        if current and current[0] in endpoints:
            endpoints.insert(0, current[0])
        for endpoint in endpoints:
            if (endpoint, retired.replacement) in self.items:
                return endpoint, retired.replacement
        return None

    def use_replacement(self) -> None:
        """Choose the retired model's replacement (one click from the notice)."""
        if self._retired is None:
            return
        key = self._replacement_key(self._retired)
        self.search.clear()
        if key is not None:
            self.select(*key)
            self.modelChosen.emit(*key)


def tooltip(model: ModelSpec) -> str:
    """The model's name, what it does, what it needs and what it costs, as rich text."""
    name = f"<b>{html.escape(model.id)}</b>"
    if model.seed_model:
        name = translate("ModelPicker", "{model} (featured)").format(model=name)
    facts = translate("ModelPicker", "Inputs: {inputs}<br>Price: {price}").format(
        inputs=html.escape(inputs_text(model)), price=html.escape(price_text(model)))
    return f"<p>{name}</p><p>{html.escape(catalogue_text(model.description))}</p><p>{facts}</p>"
