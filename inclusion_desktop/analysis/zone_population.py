"""Age structures of single neighbourhoods (optional), to weight a neighbourhood on its own.

INSEE publishes the age structure of each QPV; where the coordinator enters one (Résultats >
Cibles de population), the neighbourhood's sheet is post-stratified to it instead of to the
territory's. The file is the population CSV with a first column ``quartier`` (zone code).
"""

from __future__ import annotations

import csv
import io

from inclusion_desktop.analysis.population import (
    COLUMNS,
    PopulationTargets,
    PopulationTargetsError,
    parse_population_targets,
)
from inclusion_desktop.catalogue import Code
from inclusion_desktop.store.keys import SettingKey

#: Store setting holding the neighbourhood structures a coordinator entered (CSV text).
SETTING_ZONE_POPULATION = SettingKey.POPULATION_TARGETS_ZONES
ZONE_COLUMN = "quartier"


def parse_zone_targets(text: str) -> dict[str, PopulationTargets]:
    """Parses the CSV text of neighbourhood structures: zone code -> its population cells."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = tuple(reader.fieldnames or ())
    if ZONE_COLUMN not in header:
        raise PopulationTargetsError(code=Code.POPULATION_ZONE_COLUMN, column=ZONE_COLUMN)
    lines: dict[str, list[dict[str, str]]] = {}
    for number, row in enumerate(reader, start=2):
        zone = (row.get(ZONE_COLUMN) or "").strip()
        if not zone:
            raise PopulationTargetsError(code=Code.POPULATION_ZONE_EMPTY, line=number)
        lines.setdefault(zone, []).append({c: row.get(c) or "" for c in COLUMNS})
    result: dict[str, PopulationTargets] = {}
    for zone, rows in lines.items():
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(COLUMNS))
        writer.writeheader()
        writer.writerows(rows)
        try:
            result[zone] = parse_population_targets(out.getvalue())
        except PopulationTargetsError as exc:
            raise PopulationTargetsError(
                code=Code.POPULATION_IN_ZONE, zone=zone, error=exc
            ) from exc
    return result


def with_zone_structure(stored: str | None, zone: str, population_text: str) -> str:
    """The stored CSV with `zone`'s structure replaced by `population_text` (empty: removed).

    `population_text` is a population CSV (without the ``quartier`` column); it is checked
    first, so a faulty line is named and nothing changes.
    """
    others = parse_zone_targets(stored) if stored else {}
    rows: list[list[str]] = []
    for code, targets in others.items():
        if code == zone:
            continue
        for variable, cells in targets.items():
            rows += [[code, variable, c.code, c.label, f"{c.count:g}", c.source] for c in cells]
    if population_text.strip():
        targets = parse_population_targets(population_text)
        for variable, cells in targets.items():
            rows += [[zone, variable, c.code, c.label, f"{c.count:g}", c.source] for c in cells]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([ZONE_COLUMN, *COLUMNS])
    writer.writerows(rows)
    return out.getvalue()
