"""Regenerates packaging/icons/ (PNG sizes and the Windows .ico) from the app's SVG icon.

Run it after changing resources/icons/inclusion-desktop.svg, then commit the files it writes:

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "inclusion-desktop.svg"
OUTPUT = ROOT / "packaging" / "icons"
NAME = "inclusion-desktop"
# Linux (hicolor) sizes; the .ico holds the sizes Windows asks for (Explorer, taskbar, Start menu).
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """Draws the SVG on a transparent square of the given size."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    """The image encoded as PNG."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("PNG encoding failed")
    buffer.close()
    return bytes(data.data())


def ico_container(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNG images (supported since Windows Vista).

    Layout: ICONDIR (6 bytes), one ICONDIRENTRY (16 bytes) per image, then the images. A width or
    height of 256 is written as 0, as the format requires.
    """
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries = b""
    for size in sizes:
        dimension = 0 if size >= 256 else size
        data = pngs[size]
        entries += struct.pack("<BBBBHHII", dimension, dimension, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(pngs[size] for size in sizes)


def main() -> int:
    """Writes the PNG files and the .ico; returns the exit status."""
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"SVG illisible : {SOURCE}", file=sys.stderr)
        return 1
    OUTPUT.mkdir(parents=True, exist_ok=True)
    pngs: dict[int, bytes] = {}
    for size in sorted(set(PNG_SIZES) | set(ICO_SIZES)):
        pngs[size] = png_bytes(render(renderer, size))
    for size in PNG_SIZES:
        (OUTPUT / f"{NAME}-{size}.png").write_bytes(pngs[size])
    # Qt's ICO plugin writes a single image per file: the multi-size container is written by
    # hand from the PNGs rendered above, which also keeps the output the same on every platform.
    (OUTPUT / f"{NAME}.ico").write_bytes(ico_container({s: pngs[s] for s in ICO_SIZES}))
    print(f"{len(PNG_SIZES)} PNG et {NAME}.ico écrits dans {OUTPUT.relative_to(ROOT)}/")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
