"""The map of the offer: the territory's communes shaded by their first-level structures.

Outlines come from the GeoJSON shipped in resources/reference/geo/ (IGN Admin Express / INSEE
COG 2018, Licence Ouverte), matched to the territory's communes by INSEE code. No network, no
tiles: the outlines are projected here (equirectangular at the territory's mean latitude, which
is exact enough at this scale) and drawn with reportlab; the dashboard draws the same projected
rings with Qt.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from inclusion_desktop.catalogue import Code
from inclusion_desktop.errors import AppError

Ring = list[tuple[float, float]]

ATTRIBUTION = "Contours : IGN Admin Express, INSEE COG 2018 — Licence Ouverte (Etalab)"
ATTRIBUTION_EN = "Outlines: IGN Admin Express, INSEE COG 2018 — Licence Ouverte (Etalab)"
#: Classes of the number of first-level structures: (lowest count, label).
CLASSES: tuple[tuple[int, str], ...] = ((0, "0"), (1, "1"), (2, "2 à 4"), (5, "5 à 9"),
                                        (10, "10 et plus"))
#: Fill colour of each class (RGB, 0-1): light grey for none, then blues, darker with more.
CLASS_COLOURS: tuple[tuple[float, float, float], ...] = (
    (0.93, 0.93, 0.93),
    (0.78, 0.86, 0.94),
    (0.52, 0.70, 0.86),
    (0.24, 0.49, 0.74),
    (0.07, 0.27, 0.55),
)
QPV_COLOUR = (0.75, 0.1, 0.1)


class OutlineError(AppError, ValueError):
    """An outline file that cannot be read; the message, in French, names the file."""

    area_code = Code.OUTLINE


def load_outlines(path: str | Path | None = None) -> dict[str, list[Ring]]:
    """Outer rings (lon, lat) of each commune by INSEE code, from a GeoJSON file.

    Without `path`, the file shipped with the app. Holes are not kept: no commune of the
    territory has one that matters at the scale of a sheet.
    """
    try:
        if path is None:
            node = resources.files("inclusion_desktop.resources") / "reference" / "geo"
            text = (node / "communes.geojson").read_text(encoding="utf-8")
            name = "communes.geojson"
        else:
            text = Path(path).read_text(encoding="utf-8")
            name = Path(path).name
        data = json.loads(text)
    except (OSError, ValueError) as exc:
        raise OutlineError(code=Code.OUTLINE_UNREADABLE, reason=str(exc)) from exc
    outlines: dict[str, list[Ring]] = {}
    for feature in data.get("features", []):
        code = str((feature.get("properties") or {}).get("code", ""))
        geometry = feature.get("geometry") or {}
        kind, coordinates = geometry.get("type"), geometry.get("coordinates") or []
        polygons = [coordinates] if kind == "Polygon" else coordinates if kind == "MultiPolygon" \
            else []
        rings = [[(float(x), float(y)) for x, y, *_ in polygon[0]] for polygon in polygons
                 if polygon]
        if code and rings:
            outlines.setdefault(code, []).extend(rings)
    if not outlines:
        raise OutlineError(code=Code.OUTLINE_NO_INSEE_CODE, name=name)
    return outlines


@dataclass(frozen=True)
class Projection:
    """Lon/lat to drawing coordinates (points, y upwards) fitting a box, aspect kept."""

    lon0: float
    lat0: float
    scale: float
    x0: float
    y0: float
    factor: float

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        """The drawing point of a longitude and latitude."""
        return (
            self.x0 + (lon - self.lon0) * self.factor * self.scale,
            self.y0 + (lat - self.lat0) * self.scale,
        )


def fit_projection(rings: Sequence[Ring], width: float, height: float,
                   margin: float = 6.0) -> Projection:
    """The projection that fits every ring in a width × height box."""
    lons = [x for ring in rings for x, _ in ring]
    lats = [y for ring in rings for _, y in ring]
    factor = math.cos(math.radians((min(lats) + max(lats)) / 2))
    span_x = (max(lons) - min(lons)) * factor or 1e-9
    span_y = (max(lats) - min(lats)) or 1e-9
    scale = min((width - 2 * margin) / span_x, (height - 2 * margin) / span_y)
    x0 = (width - span_x * scale) / 2
    y0 = (height - span_y * scale) / 2
    return Projection(min(lons), min(lats), scale, x0, y0, factor)


def ring_centroid(ring: Ring) -> tuple[float, float]:
    """The area centroid of a ring (its vertices' mean when degenerate)."""
    area = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x1 * y2 - x2 * y1
        area += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    if abs(area) < 1e-15:
        return sum(x for x, _ in ring) / len(ring), sum(y for _, y in ring) / len(ring)
    return cx / (3 * area), cy / (3 * area)


def commune_centroid(rings: Sequence[Ring]) -> tuple[float, float]:
    """The centroid (lon, lat) of a commune's largest ring."""
    largest = max(rings, key=lambda r: abs(_area(r)))
    return ring_centroid(largest)


def _area(ring: Ring) -> float:
    return sum(x1 * y2 - x2 * y1
               for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True)) / 2


def class_of(count: int) -> int:
    """The colour class of a number of first-level structures."""
    return max(i for i, (low, _) in enumerate(CLASSES) if count >= low)


@dataclass(frozen=True)
class MapCommune:
    """What the map shows of one commune."""

    insee: str
    name: str
    count: int
    qpv: bool


@dataclass(frozen=True)
class ProjectedCommune:
    """A commune's rings in drawing coordinates, where to write its name, its class."""

    commune: MapCommune
    rings: list[Ring]
    label_at: tuple[float, float]
    colour: tuple[float, float, float]


def project_communes(
    communes: Sequence[MapCommune], outlines: Mapping[str, list[Ring]], width: float,
    height: float,
) -> tuple[list[ProjectedCommune], list[MapCommune]]:
    """The communes with an outline, projected to fit the box; and those without one."""
    drawn = [c for c in communes if c.insee and c.insee in outlines]
    missing = [c for c in communes if c not in drawn]
    if not drawn:
        return [], missing
    projection = fit_projection([r for c in drawn for r in outlines[c.insee]], width, height)
    projected = []
    for commune in drawn:
        rings = [[projection(x, y) for x, y in ring] for ring in outlines[commune.insee]]
        projected.append(
            ProjectedCommune(commune, rings, projection(*commune_centroid(outlines[commune.insee])),
                             CLASS_COLOURS[class_of(commune.count)])
        )
    return projected, missing


def map_drawing(projected: Sequence[ProjectedCommune], width: float, height: float) -> Any:
    """The reportlab Drawing of the projected communes: fills, outlines, names, QPV marks."""
    from reportlab.graphics.shapes import Drawing, Polygon, String
    from reportlab.lib import colors

    from inclusion_desktop.reports.fonts import FONT, FONT_BOLD

    drawing = Drawing(width, height)
    for item in projected:
        fill = colors.Color(*item.colour)
        for ring in item.rings:
            points = [value for point in ring for value in point]
            drawing.add(Polygon(points, fillColor=fill, strokeColor=colors.Color(0.3, 0.3, 0.3),
                                strokeWidth=0.6))
    for item in projected:
        if item.commune.qpv:
            for ring in item.rings:
                points = [value for point in ring for value in point]
                drawing.add(Polygon(points, fillColor=None,
                                    strokeColor=colors.Color(*QPV_COLOUR), strokeWidth=1.8,
                                    strokeDashArray=[3, 2]))
    for item in projected:
        x, y = item.label_at
        dark = class_of(item.commune.count) >= 3
        ink = colors.white if dark else colors.black
        drawing.add(String(x, y + 1, item.commune.name, fontName=FONT_BOLD, fontSize=7,
                           textAnchor="middle", fillColor=ink))
        detail = f"{item.commune.count}" + (" · QPV" if item.commune.qpv else "")
        drawing.add(String(x, y - 7, detail, fontName=FONT, fontSize=6.5, textAnchor="middle",
                           fillColor=ink))
    return drawing
