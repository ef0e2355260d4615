"""The preview's image page: the image, and its bar of Fit, 100 %, zoom out, zoom in and the zoom shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from runway_desktop.ui.preview.image_viewer import ImageViewer

translate = QCoreApplication.translate  # its words keep the pane's context, where they were written


def tool_button(parent: QWidget, text: str, tip: str, slot: Callable[[], object]) -> QToolButton:
    """A flat button of the preview's bars."""
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tip)
    button.setAutoRaise(True)
    button.clicked.connect(slot)
    return button


class ImagePage(QWidget):
    """An image to look at closely: wheel or buttons zoom, the bar says by how much."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.viewer = ImageViewer(self)
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("previewZoom")
        self.viewer.zoomChanged.connect(self._zoomed)
        viewer = self.viewer
        self.fit_button = tool_button(self, translate("PreviewPane", "Fit"),
                                      translate("PreviewPane", "Fit the image in the pane"),
                                      viewer.fit_to_window)
        self.actual_button = tool_button(self, translate("PreviewPane", "100 %"),
                                         translate("PreviewPane", "One image pixel per screen pixel"),
                                         viewer.actual_size)
        self.zoom_out_button = tool_button(self, "−", translate("PreviewPane", "Zoom out (or use the wheel)"),
                                           viewer.zoom_out)
        self.zoom_in_button = tool_button(self, "+", translate("PreviewPane", "Zoom in (or use the wheel)"),
                                          viewer.zoom_in)
        bar = QHBoxLayout()
        for widget in (self.fit_button, self.actual_button, self.zoom_out_button, self.zoom_in_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.zoom_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.viewer, 1)
        layout.addLayout(bar)

    def _zoomed(self, zoom: float) -> None:
        percent = QLocale().toString(round(zoom * 100))
        self.zoom_label.setText(translate("PreviewPane", "{percent} %").format(percent=percent))
