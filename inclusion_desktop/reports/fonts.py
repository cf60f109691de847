"""The DejaVu Sans family, registered once with reportlab and embedded in every sheet.

reportlab's built-in Helvetica is not embedded and lacks the narrow no-break space of French
typography; DejaVu Sans has every glyph the sheets use. It is looked for in Debian's
fonts-dejavu-core, then in matplotlib's copy, then in a folder named by $INCLUSION_FONTS_DIR.
"""

from __future__ import annotations

import importlib.util
import os
from importlib import resources
from pathlib import Path

from inclusion_desktop.catalogue import Code
from inclusion_desktop.errors import AppError

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"
_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
_registered = False


class FontNotFoundError(AppError, RuntimeError):
    """DejaVu Sans is nowhere to be found; the message says what to install."""

    area_code = Code.FONT


def _candidate_dirs() -> list[Path]:
    dirs = []
    # The app ships the family (resources/fonts/, with its licence) so sheets look the same on
    # every machine, Windows included; the other places are fallbacks for a trimmed install.
    shipped = resources.files("inclusion_desktop.resources") / "fonts"
    if isinstance(shipped, Path):
        dirs.append(shipped)
    if os.environ.get("INCLUSION_FONTS_DIR"):
        dirs.append(Path(os.environ["INCLUSION_FONTS_DIR"]))
    dirs += [
        Path("/usr/share/fonts/truetype/dejavu"),
        Path("/usr/share/fonts/dejavu"),
        Path("/usr/share/fonts/TTF"),
    ]
    spec = importlib.util.find_spec("matplotlib")  # its fonts, without importing it
    if spec is not None and spec.origin:
        dirs.append(Path(spec.origin).parent / "mpl-data" / "fonts" / "ttf")
    return dirs


def font_dir() -> Path:
    """The folder holding the four DejaVu Sans files."""
    for folder in _candidate_dirs():
        if all((folder / name).is_file() for name in _FILES.values()):
            return folder
    raise FontNotFoundError(code=Code.FONT_NOT_FOUND)


def register_fonts() -> None:
    """Registers DejaVu Sans (regular, bold, italic, bold italic) as one family for reportlab."""
    global _registered
    if _registered:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = font_dir()
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT_ITALIC)
    addMapping(FONT, 1, 1, FONT_BOLD_ITALIC)
    # Drawings start from these defaults: without this, every chart would name Helvetica.
    from reportlab.graphics import shapes

    shapes.STATE_DEFAULTS["fontName"] = FONT
    _registered = True
