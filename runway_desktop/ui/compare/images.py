"""Images that zoom and pan together: one shared view state, painted by every canvas (grid or wipe)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

MIN_ZOOM = 0.25
MAX_ZOOM = 32.0
WHEEL_STEP = 1.25
HANDLE_PX = 8  # how near the divider a press grabs it
BACKGROUND = QColor(18, 19, 22)
DIVIDER = QColor("#f5b94a")
TEXT = QColor(170, 174, 182)


class ViewState(QObject):
    """Zoom (1 = fit the canvas) and the image point at the canvas centre (0–1 each way), shared."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zoom = 1.0
        self.cx = 0.5
        self.cy = 0.5

    def set(self, zoom: float, cx: float, cy: float) -> None:
        self.zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
        self.cx = min(1.0, max(0.0, cx))
        self.cy = min(1.0, max(0.0, cy))
        self.changed.emit()

    def fit(self) -> None:
        self.set(1.0, 0.5, 0.5)


class ImageCanvas(QWidget):
    """Paints one image, or two split by a draggable divider (the wipe), through the shared ViewState."""

    dividerMoved = Signal(float)

    def __init__(self, state: ViewState, wipe: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareWipe" if wipe else "compareImage")
        self.setMinimumSize(QSize(120, 80))
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(wipe)
        self.state = state
        self.wipe = wipe
        self.divider = 0.5  # the divider's place, as a fraction of the width
        self.images: list[QImage] = []
        self.error = ""
        self._drag: str | None = None  # "divider" or "pan"
        self._last = QPointF()
        state.changed.connect(self.update)

    def set_images(self, images: list[QImage]) -> None:
        self.images = images
        self.update()

    # --- geometry -------------------------------------------------------------------------------

    def scale(self) -> float:
        """Screen pixels per image pixel now."""
        if not self.images or self.images[0].isNull():
            return 1.0
        size = self.images[0].size()
        fit = min(self.width() / size.width(), self.height() / size.height())
        return fit * self.state.zoom

    def image_rect(self) -> QRectF:
        """Where the (first) image lies on the canvas."""
        if not self.images:
            return QRectF()
        size, scale = self.images[0].size(), self.scale()
        width, height = size.width() * scale, size.height() * scale
        left = self.width() / 2 - self.state.cx * width
        top = self.height() / 2 - self.state.cy * height
        return QRectF(left, top, width, height)

    def actual_size(self) -> None:
        """100 %: one image pixel per screen pixel (for every canvas sharing the state)."""
        if self.images and not self.images[0].isNull():
            fit = self.scale() / self.state.zoom
            self.state.set(1 / fit, self.state.cx, self.state.cy)

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom keeping the image point under `anchor` (default: the centre) where it is."""
        rect = self.image_rect()
        if rect.isEmpty():
            return
        anchor = anchor or QPointF(self.width() / 2, self.height() / 2)
        px = (anchor.x() - rect.left()) / rect.width()
        py = (anchor.y() - rect.top()) / rect.height()
        zoom = min(MAX_ZOOM, max(MIN_ZOOM, self.state.zoom * factor))
        new_width, new_height = rect.width() * zoom / self.state.zoom, rect.height() * zoom / self.state.zoom
        cx = px - (anchor.x() - self.width() / 2) / new_width
        cy = py - (anchor.y() - self.height() / 2) / new_height
        self.state.set(zoom, cx, cy)

    def pan_by(self, dx: float, dy: float) -> None:
        rect = self.image_rect()
        if not rect.isEmpty():
            state = self.state
            state.set(state.zoom, state.cx - dx / rect.width(), state.cy - dy / rect.height())

    def set_divider(self, fraction: float) -> None:
        self.divider = min(1.0, max(0.0, fraction))
        self.update()
        self.dividerMoved.emit(self.divider)

    # --- events ---------------------------------------------------------------------------------

    def _near_divider(self, x: float) -> bool:
        return self.wipe and abs(x - self.divider * self.width()) <= HANDLE_PX

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() is Qt.MouseButton.LeftButton:
            self._drag = "divider" if self._near_divider(event.position().x()) else "pan"
            self._last = event.position()
            event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        position = event.position()
        if self._drag == "divider":
            self.set_divider(position.x() / max(1, self.width()))
        elif self._drag == "pan":
            self.pan_by(position.x() - self._last.x(), position.y() - self._last.y())
        elif self.wipe:
            near = self._near_divider(position.x())
            self.setCursor(Qt.CursorShape.SplitHCursor if near else Qt.CursorShape.OpenHandCursor)
        self._last = position

    def mouseReleaseEvent(self, _event: QMouseEvent) -> None:
        self._drag = None

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(WHEEL_STEP**steps, event.position())
            event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(WHEEL_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(1 / WHEEL_STEP)
        elif key == Qt.Key.Key_0:
            self.state.fit()
        else:
            super().keyPressEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        if self.error or not self.images:
            painter.setPen(TEXT)
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(self.rect().adjusted(8, 8, -8, -8), flags, self.error or self.tr("Loading…"))
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, self.state.zoom < 4)
        target = self.image_rect()
        painter.drawImage(target, self.images[0])
        if self.wipe and len(self.images) > 1:
            split = self.divider * self.width()
            painter.save()
            painter.setClipRect(QRectF(split, 0, self.width() - split, self.height()))
            painter.drawImage(target, self.images[1])  # the same frame: different sizes line up
            painter.restore()
            painter.setPen(QPen(DIVIDER, 2))
            painter.drawLine(QPointF(split, 0), QPointF(split, self.height()))
            painter.setBrush(DIVIDER)
            painter.drawEllipse(QPointF(split, self.height() / 2), 6, 6)
        if self.hasFocus():
            painter.setPen(QPen(QColor("#7089ff"), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
