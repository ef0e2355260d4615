"""An image at fit or 100 %, zoomed with the wheel or buttons (a view transform, never a rescale)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap, QResizeEvent, QTransform, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsPixmapItem, QGraphicsScene, QGraphicsView, QWidget

MIN_ZOOM = 0.02
MAX_ZOOM = 16.0
WHEEL_STEP = 1.25


class ImageViewer(QGraphicsView):
    """Starts in fit mode (shrinks to the window, never enlarges); any zoom leaves fit mode."""

    zoomChanged = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageViewer")
        self.setAccessibleName(self.tr("Image preview"))
        self._scene = QGraphicsScene(self)
        self._item = QGraphicsPixmapItem()
        self._item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._scene.addItem(self._item)
        self.setScene(self._scene)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(QColor(18, 19, 22))
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._fit = True

    @property
    def fit_mode(self) -> bool:
        return self._fit

    def set_image(self, image: QImage | QPixmap) -> None:
        pixmap = image if isinstance(image, QPixmap) else QPixmap.fromImage(image)
        self._item.setPixmap(pixmap)
        self._scene.setSceneRect(QRectF(pixmap.rect()))
        if self._fit:
            self._apply_fit()
        else:
            self.zoomChanged.emit(self.zoom())

    def clear(self) -> None:
        self._item.setPixmap(QPixmap())
        self._scene.setSceneRect(QRectF())

    def pixmap(self) -> QPixmap:
        return self._item.pixmap()

    def zoom(self) -> float:
        return self.transform().m11()

    def displayed_size(self) -> tuple[float, float]:
        """The image's size on screen, in device-independent pixels."""
        rect = self.transform().mapRect(self._item.boundingRect())
        return rect.width(), rect.height()

    def fit_to_window(self) -> None:
        self._fit = True
        self._apply_fit()

    def actual_size(self) -> None:
        """100 %: one image pixel per screen pixel."""
        self._fit = False
        self._set_zoom(1.0)

    def zoom_by(self, factor: float) -> None:
        self._fit = False
        self._set_zoom(self.zoom() * factor)

    def zoom_in(self) -> None:
        self.zoom_by(WHEEL_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / WHEEL_STEP)

    def _set_zoom(self, zoom: float) -> None:
        zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
        self.setTransform(QTransform.fromScale(zoom, zoom))
        self.zoomChanged.emit(zoom)

    def _apply_fit(self) -> None:
        pixmap = self._item.pixmap()
        viewport = self.viewport().size()
        if pixmap.isNull() or viewport.isEmpty():
            return
        scale = min(viewport.width() / pixmap.width(), viewport.height() / pixmap.height(), 1.0)
        self.setTransform(QTransform.fromScale(scale, scale))
        self.centerOn(self._item)
        self.zoomChanged.emit(scale)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps and not self._item.pixmap().isNull():
            self.zoom_by(WHEEL_STEP**steps)
            event.accept()
        else:
            super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit:
            self._apply_fit()
