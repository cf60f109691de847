"""The English interface's translator of the catalogue, read from the shipped .ts file (no Qt)."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from pathlib import Path

from inclusion_desktop.catalogue import Translate

ENGLISH_TS = Path(__file__).parents[2] / "resources" / "translations" / "inclusion_desktop_en.ts"


def english() -> Translate:
    """Translates as the English interface does: the source itself when it has no translation."""
    root = ElementTree.parse(ENGLISH_TS).getroot()
    table = {
        (context.findtext("name"), message.findtext("source")): message.findtext("translation")
        for context in root.iter("context")
        for message in context.iter("message")
    }
    return lambda context, source: table.get((context, source)) or source
