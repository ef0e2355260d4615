"""Paints a queue row: thumbnail, model and prompt, state (with progress), elapsed time and cost.

Painting only reads the model (no I/O): thumbnails come from QPixmapCache, filled by workers.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractProxyModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from runway_desktop.core.running.tasks import TaskState
from runway_desktop.ui.queue.model import QueueModel, RowData
from runway_desktop.ui.queue.thumbnails import ROW_THUMB
from runway_desktop.ui.shell.theme import colour as theme_colour

PAD = 10
PAD_ABOVE = 7  # above and below the lines: a short queue shows one row more
GAP = 12
LINE_GAP = 3
BAR_WIDTH = 140
BAR_HEIGHT = 5

# Each state's colour in the theme's table (readable on the list in both themes).
STATE_COLORS = {
    TaskState.QUEUED: "state_queued",
    TaskState.SUBMITTING: "state_queued",
    TaskState.PENDING: "state_pending",
    TaskState.THROTTLED: "state_pending",
    TaskState.RUNNING: "state_running",
    TaskState.SUCCEEDED: "state_succeeded",
    TaskState.FAILED: "state_failed",
    TaskState.CANCELLED: "state_cancelled",
    TaskState.UNKNOWN: "state_unknown",
    TaskState.NEEDS_ATTENTION: "state_unknown",
}
SEPARATOR = QColor(127, 127, 127, 40)
_KIND_LABELS = {
    "video": QT_TRANSLATE_NOOP("QueueRow", "VIDEO"),
    "image": QT_TRANSLATE_NOOP("QueueRow", "IMAGE"),
    "audio": QT_TRANSLATE_NOOP("QueueRow", "AUDIO"),
}


def _row_data(index: QModelIndex | QPersistentModelIndex) -> RowData | None:
    """The row's values straight from the QueueModel behind any proxies (no QVariant round trips)."""
    model = index.model()
    while isinstance(model, QAbstractProxyModel):
        index = model.mapToSource(index)
        model = index.model()
    if not isinstance(model, QueueModel) or not index.isValid():
        return None
    return model.row_data(index.row())


def state_head(text: str) -> str:
    """The part of a state line that must stay readable: up to its first colon or " · "."""
    cuts = [i + 1 for i in (text.find(":"), text.find("：")) if i >= 0]
    dot = text.find(" · ")
    if dot >= 0:
        cuts.append(dot)
    return text[:min(cuts)] if cuts else text


def fitted_cost(metrics: QFontMetrics, state: str, cost: str, width: int) -> str:
    """The cost as shown beside `state` in `width` pixels: whole, elided or left out for the state's head."""
    cost_w = metrics.horizontalAdvance(cost)
    if metrics.horizontalAdvance(state) + GAP + cost_w <= width:
        return cost
    head_w = metrics.horizontalAdvance(state_head(state))
    if head_w + GAP + cost_w <= width:
        return cost  # the state's tail is elided instead
    shown = metrics.elidedText(cost, Qt.TextElideMode.ElideRight, max(0, width - head_w - GAP))
    return shown if len(shown) >= 4 else ""  # a letter or two and "…" say nothing


class QueueDelegate(QStyledItemDelegate):
    """Fixed-height rows (so the view can use uniform item sizes) painted from cached pieces."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fonts: dict[str, QFont] = {}
        self._metrics: dict[str, QFontMetrics] = {}
        self._placeholders: dict[tuple[str, int, int], QPixmap] = {}
        self._base_key: tuple[str, float] | None = None
        self._row_height = 0

    def _ensure_fonts(self, base: QFont) -> None:
        key = (base.family(), base.pointSizeF())
        if key == self._base_key:
            return
        self._base_key = key
        title = QFont(base)
        title.setWeight(QFont.Weight.DemiBold)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.9))
        badge = QFont(base)
        badge.setPointSizeF(max(6.0, base.pointSizeF() * 0.75))
        badge.setWeight(QFont.Weight.DemiBold)
        badge.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
        self._fonts = {"title": title, "body": QFont(base), "small": small, "badge": badge}
        self._metrics = {name: QFontMetrics(font) for name, font in self._fonts.items()}
        lines = sum(self._metrics[name].height() for name in ("title", "body", "small"))
        self._row_height = max(ROW_THUMB.height(), lines + 2 * LINE_GAP) + 2 * PAD_ABOVE
        self._placeholders.clear()

    def row_height(self, base: QFont) -> int:
        self._ensure_fonts(base)
        return self._row_height

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        self._ensure_fonts(option.font)
        return QSize(max(option.rect.width(), 240), self._row_height)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        row = _row_data(index)
        if row is None:
            return
        task = row.task
        self._ensure_fonts(option.font)
        style = option.widget.style() if option.widget else None
        painter.save()
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        dim = QColor(text_color)
        dim.setAlphaF(0.68)

        thumb_rect = QRect(
            rect.left() + PAD,
            rect.top() + (rect.height() - ROW_THUMB.height()) // 2,
            ROW_THUMB.width(),
            ROW_THUMB.height(),
        )
        self._paint_thumbnail(painter, thumb_rect, row.thumbnail, row.kind, palette)

        left = thumb_rect.right() + GAP
        right = rect.right() - PAD
        width = max(0, right - left)
        top = rect.top() + PAD_ABOVE

        # Line 1: model, and the elapsed time on the right.
        title_m = self._metrics["title"]
        elapsed = row.elapsed
        small_m = self._metrics["small"]
        painter.setFont(self._fonts["small"])
        painter.setPen(dim)
        elapsed_w = small_m.horizontalAdvance(elapsed)
        painter.drawText(
            QRect(right - elapsed_w, top, elapsed_w, title_m.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            elapsed,
        )
        painter.setFont(self._fonts["title"])
        painter.setPen(text_color)
        title = title_m.elidedText(task.model, Qt.TextElideMode.ElideRight, max(0, width - elapsed_w - GAP))
        painter.drawText(QRect(left, top, width, title_m.height()), Qt.AlignmentFlag.AlignVCenter, title)
        top += title_m.height() + LINE_GAP

        # Line 2: the prompt.
        body_m = self._metrics["body"]
        painter.setFont(self._fonts["body"])
        painter.setPen(dim)
        prompt = " ".join(task.prompt.split()) if task.prompt else "(no prompt)"
        painter.drawText(
            QRect(left, top, width, body_m.height()),
            Qt.AlignmentFlag.AlignVCenter,
            body_m.elidedText(prompt, Qt.TextElideMode.ElideRight, width),
        )
        top += body_m.height() + LINE_GAP

        # Line 3: state (coloured), a progress bar while running, and the cost on the right.
        painter.setFont(self._fonts["small"])
        state_text = row.state_text
        progress = row.progress if task.state is TaskState.RUNNING else None
        # The state's head ("Failed (SAFETY.INPUT.TEXT):", "Submission outcome unknown") stays whole;
        # in a narrow queue the cost gives way for it (the tooltip and the preview say both).
        cost = fitted_cost(small_m, state_text, row.cost, width)
        cost_w = small_m.horizontalAdvance(cost)
        painter.setPen(dim)
        line = QRect(left, top, width, small_m.height())
        painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, cost)
        space = max(0, width - cost_w - (GAP if cost else 0))
        bar_w = min(BAR_WIDTH, space // 3) if progress is not None else 0
        text_space = space - (bar_w + GAP if bar_w else 0)
        shown = small_m.elidedText(state_text, Qt.TextElideMode.ElideRight, text_space)
        tone = STATE_COLORS.get(task.state)
        color = theme_colour(tone) if tone else text_color
        painter.setPen(text_color if selected else color)
        painter.drawText(QRect(left, top, text_space, small_m.height()), Qt.AlignmentFlag.AlignVCenter, shown)
        if bar_w > 0:
            bar_left = left + small_m.horizontalAdvance(shown) + GAP
            bar_top = top + (small_m.height() - BAR_HEIGHT) // 2
            self._paint_bar(painter, bar_left, bar_top, bar_w, progress, color)

        # A filled 1-pixel rectangle: a translucent drawLine takes the slow stroking path.
        painter.fillRect(QRect(rect.left() + PAD, rect.bottom(), rect.width() - 2 * PAD, 1), SEPARATOR)
        painter.restore()

    def _paint_bar(
        self, painter: QPainter, left: int, top: int, width: int, progress: float, color: QColor
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        track = QColor(color)
        track.setAlphaF(0.22)
        painter.setBrush(track)
        painter.drawRoundedRect(QRectF(left, top, width, BAR_HEIGHT), 2.5, 2.5)
        filled = max(0.0, min(1.0, progress)) * width
        if filled > 0:
            painter.setBrush(color)
            painter.drawRoundedRect(QRectF(left, top, filled, BAR_HEIGHT), 2.5, 2.5)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    def _paint_thumbnail(
        self, painter: QPainter, target: QRect, pixmap: QPixmap | None, kind: str, palette: QPalette
    ) -> None:
        if pixmap is not None and not pixmap.isNull():
            size = pixmap.deviceIndependentSize().toSize()
            painter.fillRect(target, QColor(0, 0, 0, 60))
            x = target.left() + (target.width() - size.width()) // 2
            y = target.top() + (target.height() - size.height()) // 2
            painter.drawPixmap(x, y, pixmap)
            return
        ratio = painter.device().devicePixelRatioF()
        painter.drawPixmap(target.topLeft(), self._placeholder(kind, palette, ratio))

    def _placeholder(self, kind: str, palette: QPalette, ratio: float) -> QPixmap:
        key = (kind, palette.color(QPalette.ColorRole.Base).rgb(), round(ratio * 100))
        cached = self._placeholders.get(key)
        if cached is not None:
            return cached
        pixmap = QPixmap(ROW_THUMB * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        base = palette.color(QPalette.ColorRole.Base)
        fill = base.lighter(135) if base.lightness() < 128 else base.darker(108)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(fill)
        p.drawRoundedRect(QRectF(0, 0, ROW_THUMB.width(), ROW_THUMB.height()), 4, 4)
        label = QColor(palette.color(QPalette.ColorRole.Text))
        label.setAlphaF(0.45)
        p.setPen(label)
        p.setFont(self._fonts["badge"])
        known = kind in _KIND_LABELS
        badge = QCoreApplication.translate("QueueRow", _KIND_LABELS[kind]) if known else kind.upper()
        p.drawText(QRect(0, 0, ROW_THUMB.width(), ROW_THUMB.height()), Qt.AlignmentFlag.AlignCenter, badge)
        p.end()
        self._placeholders[key] = pixmap
        return pixmap
