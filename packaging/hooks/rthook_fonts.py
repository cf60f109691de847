"""Runtime hook of the bundle: the PDF sheets find the DejaVu fonts shipped inside it.

inclusion_desktop/reports/fonts.py looks first in $INCLUSION_FONTS_DIR, then in system folders
that Windows does not have. The spec copies the fonts into the bundle's resources/fonts/ folder;
this points the variable there, unless the user set it. The folder is found like any other
package data, with importlib.resources.
"""

import os
from importlib import resources

_fonts = resources.files("inclusion_desktop.resources") / "fonts"
if not os.environ.get("INCLUSION_FONTS_DIR") and _fonts.is_dir():
    os.environ["INCLUSION_FONTS_DIR"] = str(_fonts)
