"""Images side by side in a grid, or two split by a wipe; zoom and pan locked across all of them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from runway_desktop.ui.compare.images import WHEEL_STEP, ImageCanvas, ViewState
from runway_desktop.ui.compare.labels import labels_for
from runway_desktop.ui.compare.takes import Take
from runway_desktop.ui.compare.tiles import TakeCell, TileGrid, aspect_of
from runway_desktop.ui.compare.workers import Delivery


def load_image(path: str) -> QImage:
    """Read one image (on a worker thread: Pillow decodes without holding the GIL, QImage would not)."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(path) as source:
            picture = ImageOps.exif_transpose(source).convert("RGBA")
    except (OSError, UnidentifiedImageError) as exc:
        message = QCoreApplication.translate("CompareText", "{name} could not be read as an image")
        raise ValueError(message.format(name=path.rsplit("/", 1)[-1])) from exc
    data = picture.tobytes()
    width, height = picture.size
    return QImage(data, width, height, width * 4, QImage.Format.Format_RGBA8888).copy()


class ImagePage(QWidget):
    """Grid or wipe; N solos take N in the grid; +/−/0 zoom on the focused image."""

    def __init__(self, takes: list[Take], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareImagePage")
        self.takes = takes
        self.state = ViewState(self)
        self.images: list[QImage | None] = [None] * len(takes)
        self.canvases = [ImageCanvas(self.state) for _ in takes]
        labels = labels_for(takes)
        cells = [TakeCell(c, label) for c, label in zip(self.canvases, labels, strict=True)]
        self.grid = TileGrid(cells, aspect=aspect_of(takes[0].params.get("ratio")))
        self.wipe = ImageCanvas(self.state, wipe=True)
        self.wipe.setAccessibleName(self.tr("Wipe: drag the divider to compare two takes"))
        self.left_pick = self._picker(self.tr("Left of the divider"), 0)
        self.right_pick = self._picker(self.tr("Right of the divider"), 1)
        self.left_caption = QLabel(self)
        self.right_caption = QLabel(self)
        self.right_caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for caption in (self.left_caption, self.right_caption):
            caption.setTextFormat(Qt.TextFormat.RichText)
            caption.setWordWrap(True)
            caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self._captions = {n: label.text() for n, label in enumerate(labels_for(takes))}
        wipe_page = QWidget(self)
        wipe_layout = QVBoxLayout(wipe_page)
        wipe_layout.setContentsMargins(0, 0, 0, 0)
        wipe_layout.addWidget(self.wipe, 1)
        picks = QHBoxLayout()
        picks.addWidget(self.left_pick)
        picks.addWidget(self.left_caption, 1)
        picks.addWidget(self.right_caption, 1)
        picks.addWidget(self.right_pick)
        wipe_layout.addLayout(picks)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.grid)
        self.stack.addWidget(wipe_page)

        self.grid_button = self._tool(self.tr("Grid"), self.tr("Every take side by side"), checkable=True)
        self.wipe_button = self._tool(self.tr("Wipe"), self.tr("Two takes split by a divider you drag"),
                                      checkable=True)
        modes = QButtonGroup(self)
        modes.addButton(self.grid_button)
        modes.addButton(self.wipe_button)
        self.grid_button.setChecked(True)
        self.grid_button.toggled.connect(lambda on: self.show_wipe(not on))
        self.fit_button = self._tool(self.tr("Fit"), self.tr("Fit every image in its frame (0)"))
        self.fit_button.clicked.connect(self.state.fit)
        self.actual_button = self._tool(self.tr("100 %"), self.tr("One image pixel per screen pixel"))
        self.actual_button.clicked.connect(lambda: self._visible_canvas().actual_size())
        self.out_button = self._tool("−", self.tr("Zoom out (−)"))
        self.out_button.setAccessibleName(self.tr("Zoom out"))
        self.out_button.clicked.connect(lambda: self._visible_canvas().zoom_by(1 / WHEEL_STEP))
        self.in_button = self._tool("+", self.tr("Zoom in (+)"))
        self.in_button.setAccessibleName(self.tr("Zoom in"))
        self.in_button.clicked.connect(lambda: self._visible_canvas().zoom_by(WHEEL_STEP))
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("compareZoom")
        self.zoom_label.setMinimumWidth(48)
        bar = QHBoxLayout()
        bar.setSpacing(6)
        for widget in (self.grid_button, self.wipe_button):
            bar.addWidget(widget)
        hint = QLabel(self.tr("Drag to pan · wheel to zoom · every take follows"), self)
        hint.setProperty("role", "hint")
        bar.addWidget(hint, 1)
        for widget in (self.out_button, self.zoom_label, self.in_button, self.fit_button, self.actual_button):
            bar.addWidget(widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bar)
        self.state.changed.connect(self._zoom_text)
        self._zoom_text()
        self._deliveries = []
        for index, take in enumerate(takes):
            delivery = Delivery(
                lambda image, i=index: self._loaded(i, image),
                lambda error, i=index: self._failed(i, error),
            )
            delivery.run(load_image, take.path)
            self._deliveries.append(delivery)

    def _tool(self, text: str, tip: str, checkable: bool = False) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip.split(" (")[0])
        button.setCheckable(checkable)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return button

    def _picker(self, name: str, default: int) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for number, take in enumerate(self.takes, start=1):
            seed = "—" if take.seed is None else str(take.seed)
            combo.addItem(self.tr("{number} · {model} · seed {seed}").format(
                number=QLocale().toString(number), model=take.model, seed=seed), number - 1)
        combo.setCurrentIndex(default)
        combo.setVisible(len(self.takes) > 2)
        combo.currentIndexChanged.connect(lambda _i: self._fill_wipe())
        return combo

    def show_wipe(self, wipe: bool) -> None:
        self.stack.setCurrentIndex(1 if wipe else 0)
        if self.wipe_button.isChecked() != wipe:
            (self.wipe_button if wipe else self.grid_button).setChecked(True)
        self._fill_wipe()

    def solo(self, index: int) -> None:
        """Show take `index` alone in the grid; the same key again shows every take."""
        self.show_wipe(False)
        self.grid.solo(None if self.grid.soloed == index else index)

    def _visible_canvas(self) -> ImageCanvas:
        if self.stack.currentIndex() == 1:
            return self.wipe
        return next((c for c in self.canvases if c.isVisible()), self.canvases[0])

    def _loaded(self, index: int, image: QImage) -> None:
        self.images[index] = image
        self.canvases[index].set_images([image])
        self._fill_wipe()
        self._zoom_text()

    def _failed(self, index: int, error: Exception) -> None:
        self.canvases[index].error = self.tr("Cannot show this take: {reason}").format(reason=error)
        self.canvases[index].update()

    def _fill_wipe(self) -> None:
        left, right = self.left_pick.currentData(), self.right_pick.currentData()
        pair = [self.images[left], self.images[right]]
        if all(image is not None for image in pair):
            self.wipe.set_images(pair)
        self.left_caption.setText(f"◀ {self._captions[left]}")
        self.right_caption.setText(f"{self._captions[right]} ▶")

    def _zoom_text(self) -> None:
        canvas = self._visible_canvas()
        percent = self.tr("{percent} %").format(percent=QLocale().toString(round(canvas.scale() * 100)))
        self.zoom_label.setText(percent if canvas.images else "—")

    def release(self) -> None:
        for delivery in self._deliveries:
            delivery.cancel()
