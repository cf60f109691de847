"""Numbers and words as the sheets print them, in French or English.

French: "63 %" with a narrow no-break space before the sign, a decimal comma, « » quotes with
no-break spaces, thousands separated by a narrow no-break space. English: "63%", a decimal point.
The tests format the figures of `compute_indicators` with these same functions to find them in
the PDF text.
"""

from __future__ import annotations

import math
from typing import Literal

Lang = Literal["fr", "en"]

#: U+202F NARROW NO-BREAK SPACE, before % and between thousands in French.
NNBSP = "\u202f"
#: U+00A0 NO-BREAK SPACE, inside French quotes and before colons.
NBSP = "\u00a0"
#: Printed in place of a value that is not shown.
DASH = "–"


def _missing(value: float | None) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def percent_number(value: float | None, lang: Lang = "fr", decimals: int = 0) -> str:
    """The number of a proportion in percent, without the sign: 0.634 → "63"."""
    if _missing(value):
        return DASH
    assert value is not None
    text = f"{100 * value:.{decimals}f}"
    if text.startswith("-") and float(text) == 0:
        text = text[1:]
    return text.replace(".", ",") if lang == "fr" else text


def percent(value: float | None, lang: Lang = "fr", decimals: int = 0) -> str:
    """A proportion as a percentage: "63 %" (narrow no-break space) in French, "63%" in English."""
    if _missing(value):
        return DASH
    sign = f"{NNBSP}%" if lang == "fr" else "%"
    return percent_number(value, lang, decimals) + sign


def interval(low: float | None, high: float | None, lang: Lang = "fr") -> str:
    """A 95% interval in percent: "55–71 %" (French) or "55–71%" (English)."""
    if _missing(low) or _missing(high):
        return DASH
    sign = f"{NNBSP}%" if lang == "fr" else "%"
    return f"{percent_number(low, lang)}–{percent_number(high, lang)}{sign}"


def integer(value: float | int, lang: Lang = "fr") -> str:
    """A whole number with thousands separated: "12 345" (narrow no-break space) or "12,345"."""
    text = f"{int(round(value)):,}"
    return text.replace(",", NNBSP) if lang == "fr" else text


def decimal(value: float, lang: Lang = "fr", decimals: int = 1) -> str:
    """A decimal number: "3,5" or "3.5"."""
    text = f"{value:.{decimals}f}"
    return text.replace(".", ",") if lang == "fr" else text


def quoted(text: str, lang: Lang = "fr") -> str:
    """Text between quotes: « text » (no-break spaces inside) or “text”."""
    return f"«{NBSP}{text}{NBSP}»" if lang == "fr" else f"“{text}”"


def colon(lang: Lang = "fr") -> str:
    """A colon as written in the language: " :" with a no-break space in French."""
    return f"{NBSP}:" if lang == "fr" else ":"


def points(gap: float, lang: Lang = "fr") -> str:
    """A difference of proportions in percentage points: "7 points" / "7 points"."""
    value = abs(round(100 * gap))
    if lang == "fr":
        return f"{value}{NBSP}point" + ("s" if value > 1 else "")
    return f"{value} point" + ("s" if value != 1 else "")


def french_spacing(value: str) -> str:
    """Ordinary spaces made unbreakable where French typography wants them.

    No-break space before a colon and inside « », narrow no-break space before ; ? !, so a
    line never starts with a lone sign.
    """
    value = value.replace("« ", f"«{NBSP}").replace(" »", f"{NBSP}»").replace(" :", f"{NBSP}:")
    for sign in ";?!":
        value = value.replace(f" {sign}", f"{NNBSP}{sign}")
    return value
