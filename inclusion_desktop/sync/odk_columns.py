"""Columns Kobo adds beside some questions, for the export and import of tables.

A geopoint `grp/lieu` is exported as its text ("lat lon alt precision") plus
`grp/_lieu_latitude`, `grp/_lieu_longitude`, `grp/_lieu_altitude` and `grp/_lieu_precision`,
as KoboToolbox does; on import those four columns are recognised (the text column holds the
answer) rather than reported as unknown.
"""

from __future__ import annotations

import re

from inclusion_desktop.questionnaire.geo import GEO_SUFFIXES, geopoint_columns

_GEO_COLUMN = re.compile(r"_(?P<name>.+)_(?:latitude|longitude|altitude|precision)")


def geo_columns(path: str) -> list[str]:
    """The four Kobo columns of the geopoint at `path`."""
    prefix, _, name = path.rpartition("/")
    head = f"{prefix}/" if prefix else ""
    return [f"{head}_{name}_{suffix}" for suffix in GEO_SUFFIXES]


def geo_values(path: str, value: str) -> dict[str, str]:
    """The four Kobo columns of a geopoint answer ("" when it is empty)."""
    return dict(zip(geo_columns(path), geopoint_columns(value), strict=True))


def geopoint_of_column(header: str) -> str | None:
    """The name of the geopoint a Kobo column `…/_name_latitude` belongs to, or None."""
    match = _GEO_COLUMN.fullmatch(header.rpartition("/")[2])
    return match.group("name") if match else None
