"""Paints a take as a tile (grid) or a row (list), with clickable stars and a favourite heart."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from runway_desktop.core.takes import TakeRow
from runway_desktop.ui.library.model import TakeRole, caption, translate

AnyIndex = QModelIndex | QPersistentModelIndex
GRID_TILE = QSize(208, 172)
LIST_ROW_HEIGHT = 64
_THUMB = QSize(192, 108)
_LIST_THUMB = QSize(96, 54)
_STAR = 18
_STAR_ON = QColor(255, 196, 40)
_HEART_ON = QColor(235, 70, 90)


@dataclass(frozen=True)
class TileGeometry:
    thumb: QRect
    caption: QRect
    detail: QRect
    stars: tuple[QRect, ...]
    heart: QRect


def geometry(rect: QRect, grid: bool) -> TileGeometry:
    """Where each part of a take goes inside its item rectangle (painting and clicks share it)."""
    if grid:
        left = rect.left() + max(0, (rect.width() - GRID_TILE.width()) // 2)  # tiles centred in wider cells
        thumb = QRect(left + 8, rect.top() + 8, _THUMB.width(), _THUMB.height())
        text = QRect(left + 8, thumb.bottom() + 6, _THUMB.width(), 18)
        marks_top = text.bottom() + 4
        stars = tuple(QRect(left + 6 + i * _STAR, marks_top, _STAR, 20) for i in range(5))
        heart = QRect(thumb.right() - 20, marks_top, 22, 20)
        return TileGeometry(thumb, text, QRect(), stars, heart)
    thumb = QRect(rect.left() + 6, rect.top() + (rect.height() - _LIST_THUMB.height()) // 2,
                  _LIST_THUMB.width(), _LIST_THUMB.height())
    heart = QRect(rect.right() - 28, rect.top() + 6, 22, 20)
    stars = tuple(QRect(heart.left() - 4 - (5 - i) * _STAR, rect.top() + 6, _STAR, 20) for i in range(5))
    text_left = thumb.right() + 10
    line = QRect(text_left, rect.top() + 6, stars[0].left() - text_left - 8, 20)
    detail = QRect(text_left, rect.top() + 32, rect.right() - text_left - 8, 22)
    return TileGeometry(thumb, line, detail, stars, heart)


def _badge_kind(kind: str) -> str:
    """VIDEO, IMAGE or AUDIO (in capitals where the language has them) for the thumbnail's corner."""
    words = {
        "video": translate("LibraryText", "VIDEO"),
        "image": translate("LibraryText", "IMAGE"),
        "audio": translate("LibraryText", "AUDIO"),
    }
    return words.get(kind, kind.upper())


class TakeDelegate(QStyledItemDelegate):
    """Stars and heart answer to clicks: `rating_clicked(position, stars)`, `favourite_clicked(position)`."""

    rating_clicked = Signal(int, int)
    favourite_clicked = Signal(int)

    def __init__(self, grid: Callable[[], bool], parent: QObject | None = None) -> None:
        """`grid()` says whether takes are shown as tiles (else as list rows)."""
        super().__init__(parent)
        self._grid = grid
        self._marks: dict[tuple[object, ...], QPixmap] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return GRID_TILE if self._grid() else QSize(GRID_TILE.width(), LIST_ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        if not index.flags() & Qt.ItemFlag.ItemIsEnabled:
            return  # an empty cell after the last take
        take: TakeRow | None = index.data(TakeRole.TAKE)
        rect = option.rect  # type: ignore[attr-defined]
        state = option.state  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        parts = geometry(rect, self._grid())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if state & QStyle.StateFlag.State_Selected:
            selected = palette.color(QPalette.ColorRole.Highlight).darker(150)
            painter.fillRect(rect.adjusted(2, 2, -2, -2), selected)
        if state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.fillRect(parts.thumb, palette.color(QPalette.ColorRole.AlternateBase))
        if take is None:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(parts.thumb, Qt.AlignmentFlag.AlignCenter, translate("LibraryText", "Loading…"))
            painter.restore()
            return
        self._paint_thumbnail(painter, index, take, parts.thumb, palette)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        elide = painter.fontMetrics().elidedText
        painter.drawText(parts.caption, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         elide(caption(take), Qt.TextElideMode.ElideRight, parts.caption.width()))
        if not parts.detail.isNull():
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            prompt = " ".join(take.prompt.split()) or translate("LibraryText", "(no prompt)")
            painter.drawText(parts.detail, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             elide(prompt, Qt.TextElideMode.ElideRight, parts.detail.width()))
        self._paint_marks(painter, take, parts, palette)
        painter.restore()

    def _paint_thumbnail(self, painter: QPainter, index: AnyIndex, take: TakeRow, area: QRect,
                         palette: QPalette) -> None:
        pixmap = index.data(TakeRole.THUMBNAIL)
        if pixmap is not None and not pixmap.isNull():
            size = pixmap.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(QPoint(0, 0), size)
            target.moveCenter(area.center())
            painter.drawPixmap(target, pixmap)
        else:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            missing = index.data(TakeRole.THUMBNAIL_FAILED)
            label = translate("LibraryText", "File missing") if missing else _badge_kind(take.kind)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, label)
        badge = _badge_kind(take.kind)
        if take.duration is not None:
            badge = translate("LibraryText", "{kind} · {seconds} s").format(
                kind=badge, seconds=QLocale().toString(take.duration, "g", 6))
        painter.save()
        font = QFont(painter.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.75))
        painter.setFont(font)
        width = painter.fontMetrics().horizontalAdvance(badge) + 8
        box = QRect(area.left() + 4, area.bottom() - 18, width, 15)
        painter.fillRect(box, QColor(0, 0, 0, 160))
        painter.setPen(QColor(235, 235, 235))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, badge)
        painter.restore()

    def _paint_marks(self, painter: QPainter, take: TakeRow, parts: TileGeometry, palette: QPalette) -> None:
        # Stars and heart are drawn once per look and reused (six glyphs a tile were a third of the paint).
        dim = palette.color(QPalette.ColorRole.PlaceholderText)
        first, heart = parts.stars[0], parts.heart
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        key = (take.rating, take.favourite, dim.rgba(), first.size().toTuple(), heart.size().toTuple(),
               heart.left() - first.left(), ratio, painter.font().key())
        marks = self._marks.get(key)
        if marks is None:
            marks = self._draw_marks(take, parts, dim, painter.font(), ratio)
            self._marks[key] = marks
        painter.drawPixmap(first.topLeft(), marks)

    @staticmethod
    def _draw_marks(take: TakeRow, parts: TileGeometry, dim: QColor, font: QFont, ratio: float) -> QPixmap:
        """The five stars and the heart of `take`, as they stand relative to the first star."""
        origin = parts.stars[0].topLeft()
        area = parts.stars[0].united(parts.heart).translated(-origin)
        pixmap = QPixmap((area.size().toSizeF() * ratio).toSize())
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        for n, star in enumerate(parts.stars, start=1):
            painter.setPen(_STAR_ON if n <= take.rating else dim)
            painter.drawText(star.translated(-origin), Qt.AlignmentFlag.AlignCenter,
                             "★" if n <= take.rating else "☆")
        painter.setPen(_HEART_ON if take.favourite else dim)
        painter.drawText(parts.heart.translated(-origin), Qt.AlignmentFlag.AlignCenter,
                         "♥" if take.favourite else "♡")
        painter.end()
        return pixmap

    def editorEvent(self, event: QEvent, model: QAbstractItemModel, option: QStyleOptionViewItem,
                    index: AnyIndex) -> bool:
        if event.type() != QEvent.Type.MouseButtonRelease or not isinstance(event, QMouseEvent):
            return super().editorEvent(event, model, option, index)
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        take: TakeRow | None = index.data(TakeRole.TAKE)
        if take is None:
            return False
        parts = geometry(option.rect, self._grid())  # type: ignore[attr-defined]
        point = event.position().toPoint()
        flat = model.flat(index)  # type: ignore[attr-defined]
        for n, star in enumerate(parts.stars, start=1):
            if star.contains(point):
                self.rating_clicked.emit(flat, 0 if take.rating == n else n)  # the same star again: clears
                return True
        if parts.heart.contains(point):
            self.favourite_clicked.emit(flat)
            return True
        return False
