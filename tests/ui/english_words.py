"""Finding words a person reading the window in Chinese would still see in English.

`shown_texts(root)` gathers what a window shows or announces: labels, buttons, tabs, menus and their
actions, tooltips, placeholders, group titles, table and tree headers and items, list and combo box
items, window and dock titles, accessible names and descriptions. `english_words(text)` keeps the
words of three or more Latin letters that are not names or notation a translation keeps as they are
(model ids, Runway, units, key sequences, file types, URLs and paths); `catalogue_names()` lists the
model ids, names and voices the catalogue spells as Runway does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

from runway_desktop.core.catalogue.spec import FieldKind, load_catalogue

# Kept as they are in a Chinese desktop app: the product, acronyms written in Latin letters in
# Chinese too, units and file types. Model ids and voice names are added from the catalogue.
KEPT = {
    "runway", "api", "url", "urls", "http", "https", "json", "sdk", "utf", "uri", "id", "ids",
    "fps", "khz", "kbps", "mbps", "mib", "kib", "gib", "rgb", "srgb",
    "png", "jpg", "jpeg", "webp", "gif", "mp4", "mov", "webm", "mkv", "wav", "mp3", "m4a", "ogg",
    "flac", "aac", "avif", "heic", "svg", "sqlite", "ffmpeg", "wcag",
    "ctrl", "shift", "alt", "meta", "enter", "esc", "space", "backspace", "tab",  # keys
    "prores", "proxy", "hdr", "sdr", "hlg", "hevc", "exr", "openexr", "aces", "acescg", "vfx",  # video
}
# Companies and model families named in the catalogue's descriptions: names, kept in every language.
BRANDS = {
    "runwayml", "elevenlabs", "bytedance", "seedance", "seedream", "google", "gemini", "veo", "kling",
    "minimax", "hailuo", "xai", "grok", "imagine", "alibaba", "wan", "openai", "gpt", "magnific",
    "mirelo", "sfx", "bria", "fibo", "ideogram", "recraft", "muse", "nano", "banana", "happyhorse", "aleph",
}
# The app's name; "English" names itself in the language picker; the page of Runway's developer
# site where keys are made, by its name there.
NAMES = ("Runway Desktop", "English", "API Keys", "HEVC Main 10")
# Notation inside sentences: URLs, e-mail, paths, key sequences, file and host names, ids, HTML.
NOTATION = re.compile(
    r"https?://\S+|\S+@\S+\.\w+|(?:~|\.{0,2})?/[\w./\-]+|\b[A-Za-z]:\\\S+"
    r"|\b(?:Ctrl|Shift|Alt|Meta|Cmd)\+[\w+\-,.]+|\b[\w\-]+(?:\.[\w\-]+)+"  # file and host names
    r"|(?<![\w.])\.[A-Za-z0-9]{2,5}\b"  # a file type: .zip
    r"|[\w…]+(?:-[\w…]+){2,}"  # a file name's words joined by hyphens, also when elided in the middle
    r"|`[^`]*`|\[[a-z ]+\]"  # code (a request's field names and values), a model's audio tags: [laughs]
    r"|\b[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\b|&#?\w+;|<[^>]+>"
)
WORD = re.compile(r"(?<![A-Za-z0-9_])[A-Za-z]{3,}(?![A-Za-z0-9_])")  # not a part of an id like hdr10


def english_words(text: str, kept: Iterable[str] = ()) -> list[str]:
    """The English words in `text`: three or more Latin letters, not notation nor a kept name."""
    for name in sorted(kept, key=len, reverse=True):
        if len(name) < 3:
            continue
        text = re.sub(rf"(?<![A-Za-z0-9_.]){re.escape(name)}(?![A-Za-z0-9_])", " ", text)
    for name in NAMES:
        text = text.replace(name, " ")
    text = NOTATION.sub(" ", text.replace("\t", " \t"))
    return [word for word in WORD.findall(text) if word.lower() not in KEPT | BRANDS]


def _item_texts(model: QAbstractItemModel, parent: QModelIndex, limit: list[int]) -> Iterator[str]:
    """Display and tooltip texts of a model's items, depth first, at most `limit[0]` items."""
    flat = isinstance(model, (QAbstractListModel, QAbstractTableModel))  # no tree: no hasChildren
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            if limit[0] <= 0:
                return
            limit[0] -= 1
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                         Qt.ItemDataRole.AccessibleTextRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value
            if column == 0 and not flat and model.hasChildren(index):
                yield from _item_texts(model, index, limit)


def _headers(view: QAbstractItemView) -> Iterator[str]:
    """The column titles a table or tree shows."""
    if isinstance(view, QTableView):
        header = view.horizontalHeader()
    elif isinstance(view, QTreeView):
        header = view.header()
    else:
        return
    if header.isHidden():
        return
    model = view.model()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for section in range(columns):
        if header.isSectionHidden(section):
            continue
        value = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(value, str):
            yield value


def _menu_texts(menu: QMenu, where: str, seen: set[int]) -> Iterator[tuple[str, str]]:
    if id(menu) in seen:
        return
    seen.add(id(menu))
    yield f"{where} menu title", menu.title()
    for action in menu.actions():
        yield from _action_texts(action, where)
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), f"{where} ▸ {action.text()}", seen)


def _action_texts(action: QAction, where: str) -> Iterator[tuple[str, str]]:
    if action.isSeparator():
        return
    yield f"{where} ▸ action {action.objectName()!r}", action.text()
    if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
        yield f"{where} ▸ action {action.objectName()!r} tooltip", action.toolTip()
    yield f"{where} ▸ action {action.objectName()!r} status tip", action.statusTip()


def _describe(widget: QWidget) -> str:
    name = widget.objectName()
    parent = widget.parentWidget()
    while not name and parent is not None:
        name = f"in {parent.objectName()}" if parent.objectName() else ""
        parent = parent.parentWidget()
    return f"{type(widget).__name__} {name!r}" if name else type(widget).__name__


def _widget_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    what = _describe(widget)
    if isinstance(widget, QLabel):
        yield what, widget.text()
    if isinstance(widget, QAbstractButton):
        yield what, widget.text()
    if isinstance(widget, QGroupBox):
        yield f"{what} title", widget.title()
    if isinstance(widget, QLineEdit):
        yield f"{what} placeholder", widget.placeholderText()
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        yield f"{what} placeholder", widget.placeholderText()
    if isinstance(widget, QTabBar):
        for index in range(widget.count()):
            yield f"{what} tab {index}", widget.tabText(index)
            yield f"{what} tab {index} tooltip", widget.tabToolTip(index)
    if isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield f"{what} item {index}", widget.itemText(index)
    if isinstance(widget, QDockWidget):
        yield f"{what} title", widget.windowTitle()
    if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) and widget.model():
        for text in _headers(widget):
            yield f"{what} header", text
        for text in _item_texts(widget.model(), QModelIndex(), [400]):
            yield f"{what} item", text
    if widget.isWindow():
        yield f"{what} window title", widget.windowTitle()
    yield f"{what} tooltip", widget.toolTip()
    yield f"{what} accessible name", widget.accessibleName()
    yield f"{what} accessible description", widget.accessibleDescription()


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for everything `root` shows or announces: its shown widgets, menus and actions."""
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.isVisible() and not isinstance(widget, QMenu):
            yield from _widget_texts(widget)
    seen: set[int] = set()
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            if action.menu() is not None:
                yield from _menu_texts(action.menu(), action.text(), seen)
    for action in root.findChildren(QAction):
        if action.shortcut().isEmpty() and not action.text():
            continue
        yield from _action_texts(action, _describe(root))


def english_in(root: QWidget, kept: Iterable[str] = ()) -> dict[str, set[str]]:
    """Each text `root` shows that still has English words, with where it is shown."""
    kept = list(kept)
    found: dict[str, set[str]] = {}
    for where, text in shown_texts(root):
        if text and english_words(text, kept):
            found.setdefault(text, set()).add(where)
    return found


# A model's name leads its description ("Google Veo 3.1 Fast: …", "xAI Grok Imagine 1.5 Lite: …"): the
# leading capitalised words and version numbers, two or more of them.
_NAME_WORD = r"(?:[A-Z][\w.\-]*|[a-z]+[A-Z][\w.\-]*|v?\d[\w.\-]*)"
LEADING_NAME = re.compile(rf"^{_NAME_WORD}(?:\s+{_NAME_WORD})+")


def catalogue_names() -> set[str]:
    """Model ids and names, and the voices: shown as Runway spells them, in every language."""
    names: set[str] = set()
    for model in load_catalogue().models:
        names.add(model.id)
        leading = LEADING_NAME.match(model.description)
        if leading:  # and without its maker, which a translation may name in its own words
            words = leading.group(0).rstrip(".").split()
            names.update(" ".join(words[start:]) for start in range(len(words) - 1))
        for spec in model.fields:
            if spec.kind is FieldKind.VOICE:
                names.update(str(choice) for choice in spec.choices)
    return names
