"""Coordinates typed as ODK stores them: "lat lon [altitude [accuracy]]", points joined by ";".

A geopoint is one point; a geotrace at least two; a geoshape at least three (ODK closes it by
repeating the first point). Exports split a geopoint into the four columns Kobo writes.
"""

from __future__ import annotations

GEO_SUFFIXES = ("latitude", "longitude", "altitude", "precision")

_MINIMUM_POINTS = {"geopoint": 1, "geotrace": 2, "geoshape": 3}


def parse_points(value: str) -> list[tuple[float, ...]] | None:
    """The points of a value, each (lat, lon[, alt[, accuracy]]), or None when malformed."""
    points: list[tuple[float, ...]] = []
    for part in value.split(";"):
        if not part.strip():
            continue
        words = part.split()
        if not 2 <= len(words) <= 4:
            return None
        try:
            numbers = tuple(float(word.replace(",", ".")) for word in words)
        except ValueError:
            return None
        if any(number != number for number in numbers):
            return None
        points.append(numbers)
    return points


def geo_error(kind: str, value: str) -> tuple[str, dict[str, str]] | None:
    """Why `value` is not a valid answer of type `kind` (message key and values), or None."""
    points = parse_points(value)
    minimum = _MINIMUM_POINTS.get(kind, 1)
    if points is None or not points or (kind == "geopoint" and len(points) != 1):
        return ("geopoint", {}) if kind == "geopoint" else ("geotrace", {"count": str(minimum)})
    if len(points) < minimum:
        return "geotrace", {"count": str(minimum)}
    for point in points:
        if not (-90 <= point[0] <= 90 and -180 <= point[1] <= 180):
            return "geo_range", {}
        if len(point) == 4 and point[3] < 0:
            return "geopoint", {}
    return None


def geopoint_columns(value: str) -> tuple[str, str, str, str]:
    """A geopoint split as Kobo exports it: latitude, longitude, altitude, precision.

    A part that is absent (or a value that is not one point) gives "".
    """
    words = value.split()
    if not value.strip() or ";" in value or not 2 <= len(words) <= 4:
        return "", "", "", ""
    padded = [*words, "", ""][:4]
    return padded[0], padded[1], padded[2], padded[3]
