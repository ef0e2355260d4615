"""`runway-desktop --install-desktop-entry`: the menu entry, icons and AppStream metainfo in the XDG dirs.

Installs into `$XDG_DATA_HOME` (default `~/.local/share`): `applications/<id>.desktop`,
`icons/hicolor/scalable/apps/<id>.svg` plus PNGs rendered from that SVG with Qt at each size
in ICON_SIZES, and `metainfo/<id>.metainfo.xml`. Uninstalling removes exactly those files and
the folders that only they filled. The .deb build uses the same code on its staging tree.
"""

from __future__ import annotations

import os
import shutil
import sys
from importlib.resources import files
from pathlib import Path

from runway_desktop.app import DESKTOP_ID

ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
PROGRAM = "runway-desktop"
_XDG_FILES = "runway_desktop.xdg"
_ICON = ("icons", "app.svg")


def data_home(environ: dict[str, str] | None = None) -> Path:
    """$XDG_DATA_HOME when set to an absolute path (as the spec says), else ~/.local/share."""
    environ = dict(os.environ) if environ is None else environ
    value = environ.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path(environ.get("HOME") or Path.home()) / ".local" / "share"


def installed_paths(share: Path) -> list[Path]:
    """Every file an install writes under `share`, in the order it writes them."""
    hicolor = share / "icons" / "hicolor"
    return [
        share / "applications" / f"{DESKTOP_ID}.desktop",
        hicolor / "scalable" / "apps" / f"{DESKTOP_ID}.svg",
        *(hicolor / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png" for size in ICON_SIZES),
        share / "metainfo" / f"{DESKTOP_ID}.metainfo.xml",
    ]


def program_path(argv0: str | None = None) -> str:
    """The absolute path of the running `runway-desktop` when known, so the menu finds it off PATH."""
    argv0 = sys.argv[0] if argv0 is None else argv0
    candidate = Path(argv0) if os.path.basename(argv0) == PROGRAM else None
    if candidate is None or not candidate.is_file():
        found = shutil.which(PROGRAM)
        candidate = Path(found) if found else None
    return str(candidate.absolute()) if candidate is not None else PROGRAM


def _exec_value(program: str) -> str:
    """`program` quoted as the Desktop Entry spec asks when it holds a reserved character."""
    if not any(c in program for c in ' \t\n"\'\\><~|&;$*?#()`'):
        return program
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in program)
    return f'"{escaped}"'.replace("\\", "\\\\")  # the desktop file's own string escaping, on top


def desktop_file_text(program: str = PROGRAM) -> str:
    """The shipped .desktop file, with Exec and TryExec naming `program`."""
    text = files(_XDG_FILES).joinpath(f"{DESKTOP_ID}.desktop").read_text(encoding="utf-8")
    lines = []
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if sep and key == "TryExec":
            line = f"TryExec={program}"  # TryExec is a plain path, never quoted
        elif sep and key == "Exec" and (value == PROGRAM or value.startswith(PROGRAM + " ")):
            line = f"Exec={_exec_value(program)}{value[len(PROGRAM):]}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def render_png(svg: Path, size: int, target: Path) -> None:
    """Rasterise the SVG to a size×size PNG with Qt (no display needed)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise OSError(f"{svg} is not an SVG image Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    if not image.save(str(target), "PNG"):
        raise OSError(f"could not write {target}")


def install(share: Path | None = None, program: str | None = None) -> list[Path]:
    """Write the desktop entry, the icons and the metainfo under `share`; returns the files written."""
    share = data_home() if share is None else share
    desktop, svg, *pngs, metainfo = installed_paths(share)
    for path in (desktop, svg, *pngs, metainfo):
        path.parent.mkdir(parents=True, exist_ok=True)
    _write(desktop, desktop_file_text(program_path() if program is None else program).encode())
    source = files("runway_desktop.resources").joinpath(*_ICON)
    _write(svg, source.read_bytes())
    for size, png in zip(ICON_SIZES, pngs, strict=True):
        partial = png.with_suffix(".png.part")
        render_png(svg, size, partial)
        os.replace(partial, png)
    _write(metainfo, files(_XDG_FILES).joinpath(metainfo.name).read_bytes())
    return [desktop, svg, *pngs, metainfo]


def _write(path: Path, data: bytes) -> None:
    partial = path.with_name(path.name + ".part")
    partial.write_bytes(data)
    os.replace(partial, path)  # a menu scanning the folder never reads half a file


def uninstall(share: Path | None = None) -> list[Path]:
    """Remove what `install` wrote (and folders left empty by that); returns the files removed."""
    share = data_home() if share is None else share
    removed = []
    for path in installed_paths(share):
        if path.is_file() or path.is_symlink():
            path.unlink()
            removed.append(path)
        _prune(path.parent, share)
    return removed


def _prune(folder: Path, share: Path) -> None:
    """Remove `folder` and its parents up to (not including) `share` while they are empty."""
    while folder != share and share in folder.parents:
        try:
            folder.rmdir()
        except OSError:  # not empty, or already gone further up
            if folder.exists():
                return
        folder = folder.parent


def answer_without_window(args) -> int:
    """`runway-desktop --version`, `--install-desktop-entry`, `--uninstall-desktop-entry`."""
    if args.version:
        from runway_desktop.version import version_line

        print(version_line(PROGRAM))
        return 0
    return main_install() if args.install_desktop_entry else main_uninstall()


def main_install() -> int:
    """The `--install-desktop-entry` flag: install and say where."""
    try:
        written = install()
    except OSError as exc:
        print(f"runway-desktop: could not install the desktop entry: {exc}", file=sys.stderr)
        return 1
    print(f"Installed the Runway Desktop menu entry, {len(written) - 2} icons and its metainfo "
          f"under {data_home()}:")
    print("\n".join(f"  {path}" for path in written))
    return 0


def main_uninstall() -> int:
    """The `--uninstall-desktop-entry` flag: remove and say what went."""
    removed = uninstall()
    if not removed:
        print(f"runway-desktop: no desktop entry was installed under {data_home()}; nothing removed.")
        return 0
    print(f"Removed {len(removed)} files of the Runway Desktop menu entry:")
    print("\n".join(f"  {path}" for path in removed))
    return 0
