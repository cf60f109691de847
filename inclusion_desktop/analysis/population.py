"""Population counts for weighting: a plain CSV the coordinator can edit, and age-band cells.

The file format is described in resources/reference/population/README.md.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd

from inclusion_desktop.analysis.weighting import SurveyDesign
from inclusion_desktop.catalogue import Code, plural
from inclusion_desktop.errors import AppError

COLUMNS = ("variable", "modalite", "libelle", "effectif", "source")
AGE_VARIABLE = "tranche_age"
#: A calibration cell with fewer respondents is merged with its neighbour.
MIN_CELL_RESPONDENTS = 5
UNKNOWN_CELL = "inconnu"
#: Above this share of respondents without an age band, the age structure cannot be restored.
MAX_UNKNOWN_SHARE = 0.2


class PopulationTargetsError(AppError, ValueError):
    """A population file that cannot be used; the message, in French, names the line."""

    area_code = Code.POPULATION_TARGETS


@dataclass(frozen=True, slots=True)
class PopulationCell:
    """One cell of a weighting variable: its answer code, label and population count."""

    code: str
    label: str
    count: float
    source: str = ""


PopulationTargets = dict[str, tuple[PopulationCell, ...]]


def _default_text() -> str:
    node = resources.files("inclusion_desktop.resources") / "reference" / "population"
    return (node / "population.csv").read_text(encoding="utf-8")


def parse_population_targets(text: str) -> PopulationTargets:
    """Parses and validates the CSV text of a population file."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = tuple(reader.fieldnames or ())
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise PopulationTargetsError(
            code=Code.POPULATION_MISSING_COLUMNS
            if len(missing) > 1
            else Code.POPULATION_MISSING_COLUMN,
            columns=", ".join(missing),
        )
    targets: dict[str, list[PopulationCell]] = {}
    for line, row in enumerate(reader, start=2):
        variable = (row.get("variable") or "").strip()
        code = (row.get("modalite") or "").strip()
        if not variable and not code and not (row.get("effectif") or "").strip():
            continue
        if not variable or not code:
            raise PopulationTargetsError(code=Code.POPULATION_EMPTY_CELL, line=line)
        raw = (row.get("effectif") or "").strip().replace("\u202f", "").replace(" ", "")
        try:
            count = float(raw.replace(",", "."))
        except ValueError:
            raise PopulationTargetsError(
                code=Code.POPULATION_COUNT_NOT_NUMBER, line=line, value=row.get("effectif")
            ) from None
        if not np.isfinite(count) or count < 0:
            raise PopulationTargetsError(code=Code.POPULATION_COUNT_NEGATIVE, line=line)
        cells = targets.setdefault(variable, [])
        if any(cell.code == code for cell in cells):
            raise PopulationTargetsError(
                code=Code.POPULATION_DUPLICATE_CELL, line=line, cell=code, variable=variable
            )
        label = (row.get("libelle") or "").strip() or code
        cells.append(PopulationCell(code, label, count, (row.get("source") or "").strip()))
    if not targets:
        raise PopulationTargetsError(code=Code.POPULATION_EMPTY)
    result = {name: tuple(cells) for name, cells in targets.items()}
    _check_totals(result)
    return result


def _check_totals(targets: PopulationTargets) -> None:
    totals = {name: sum(c.count for c in cells) for name, cells in targets.items()}
    for name, total in totals.items():
        if total <= 0:
            raise PopulationTargetsError(code=Code.POPULATION_ZERO_TOTAL, variable=name)
    values = list(totals.values())
    if max(values) - min(values) > 1e-9 * max(values):
        detail = ", ".join(f"{name} : {total:g}" for name, total in totals.items())
        raise PopulationTargetsError(code=Code.POPULATION_UNEQUAL_TOTALS, totals=detail)


def load_population_targets(path: str | Path | None = None) -> PopulationTargets:
    """Loads the population file at `path`, or the one shipped with the app."""
    text = _default_text() if path is None else Path(path).read_text(encoding="utf-8-sig")
    return parse_population_targets(text)


def population_targets_text(targets: Mapping[str, Sequence[PopulationCell]]) -> str:
    """The CSV text of `targets`, validated: what could not be read back is refused."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for variable, cells in targets.items():
        for cell in cells:
            writer.writerow([variable, cell.code, cell.label, f"{cell.count:g}", cell.source])
    text = buffer.getvalue()
    parse_population_targets(text)
    return text


def save_population_targets(
    path: str | Path, targets: Mapping[str, Sequence[PopulationCell]]
) -> None:
    """Validates `targets` and writes them atomically to `path` (UTF-8, comma separated)."""
    text = population_targets_text(targets)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=".population-", suffix=".csv", dir=target.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


@dataclass(frozen=True)
class BandMerge:
    """Bands merged into one weighting cell because one had too few respondents."""

    code: str
    bands: tuple[str, ...]
    labels: tuple[str, ...]
    respondents: int


@dataclass(frozen=True)
class AgeWeighting:
    """The age cells used for weighting, after merging the cells with too few respondents.

    `cells` gives each row's cell (aligned to the frame), `targets` the population count of every
    cell, `merges` what was merged and `note` the sentence for the sheet (empty when nothing was
    merged and every age is known).
    """

    variable: str
    cells: pd.Series
    targets: dict[str, float]
    merges: tuple[BandMerge, ...] = ()
    unknown: int = 0
    note: str = ""
    labels: dict[str, str] = field(default_factory=dict)
    #: The labels of the population's bands in which nobody answered.
    empty_bands: tuple[str, ...] = ()

    def limit(self) -> str:
        """Why these weights cannot stand, in French (empty when they can).

        A band nobody answered in is only stood in for by its neighbour, and respondents without
        an age band keep their sample share: beyond a few of them, « pondéré » would overstate
        what was done, so the sheets then show unweighted figures and say why.
        """
        total = len(self.cells)
        if total and self.unknown == total:
            return (
                "aucun répondant n’a de tranche d’âge, la structure par âge ne peut être retrouvée."
            )
        if self.empty_bands:
            bands = ", ".join(f"« {label} »" for label in self.empty_bands)
            return (
                f"personne n’a répondu dans la ou les tranches d’âge {bands} : la structure par "
                "âge de la population ne peut être retrouvée."
            )
        if total and self.unknown / total > MAX_UNKNOWN_SHARE:
            return (
                f"{self.unknown} répondants sur {total} sans tranche d’âge (plus de "
                f"{round(MAX_UNKNOWN_SHARE * 100)} %) : trop pour redresser sur l’âge."
            )
        return ""

    def apply(self, design: SurveyDesign) -> SurveyDesign:
        """Post-stratifies `design` (built on the same frame) on these age cells."""
        return design.poststratify(self.cells, self.targets)


def age_band_targets(
    frame: pd.DataFrame,
    targets: PopulationTargets | None = None,
    *,
    variable: str = AGE_VARIABLE,
    column: str | None = None,
    min_respondents: int = MIN_CELL_RESPONDENTS,
) -> AgeWeighting:
    """Age cells and their population counts, neighbouring bands merged under 5 respondents.

    `column` (default: `variable`) is the frame column holding each respondent's band. Bands are
    ordered as in the population file; a band with fewer than `min_respondents` respondents is
    merged with the neighbour that has fewer respondents (the only one at either end), again
    until every cell has enough. Respondents without a band form an "inconnu" cell whose
    population count is their share of the sample: they keep their answers on the sheet without
    changing the age structure of the others.
    """
    all_targets = load_population_targets() if targets is None else targets
    if variable not in all_targets:
        raise PopulationTargetsError(code=Code.POPULATION_NO_TARGETS, variable=variable)
    bands = all_targets[variable]
    values = frame[column or variable]
    known_codes = {cell.code for cell in bands}
    text = values.astype("string")
    unknown_mask = text.isna() | ~text.isin(known_codes)
    unknown = int(unknown_mask.sum())
    groups: list[list[PopulationCell]] = [[cell] for cell in bands]
    counts = text[~unknown_mask].value_counts()

    def size(group: list[PopulationCell]) -> int:
        return int(sum(counts.get(cell.code, 0) for cell in group))

    while len(groups) > 1:
        small = [i for i, g in enumerate(groups) if size(g) < min_respondents]
        if not small:
            break
        i = min(small, key=lambda j: (size(groups[j]), j))
        neighbours = [j for j in (i - 1, i + 1) if 0 <= j < len(groups)]
        j = min(neighbours, key=lambda k: (size(groups[k]), k))
        low, high = sorted((i, j))
        groups[low : high + 1] = [groups[low] + groups[high]]

    cell_of: dict[str, str] = {}
    cell_targets: dict[str, float] = {}
    labels: dict[str, str] = {}
    merges: list[BandMerge] = []
    for group in groups:
        code = "+".join(cell.code for cell in group)
        for cell in group:
            cell_of[cell.code] = code
        cell_targets[code] = sum(cell.count for cell in group)
        labels[code] = " ; ".join(cell.label for cell in group)
        if len(group) > 1:
            merges.append(
                BandMerge(
                    code,
                    tuple(c.code for c in group),
                    tuple(c.label for c in group),
                    size(group),
                )
            )
    cells = text.map(cell_of).astype(object)
    notes = [
        "Tranches d’âge regroupées pour le redressement (moins de "
        f"{min_respondents} répondants) : " + " + ".join(f"« {label} »" for label in m.labels) + "."
        for m in merges
    ]
    if unknown:
        share = unknown / max(len(frame), 1)
        scale = 1 - share
        total = sum(cell_targets.values())
        cell_targets = {code: count * scale for code, count in cell_targets.items()}
        cell_targets[UNKNOWN_CELL] = total * share
        labels[UNKNOWN_CELL] = "Âge non renseigné"
        cells = cells.where(~unknown_mask, UNKNOWN_CELL)
        notes.append(
            # Counted on the whole survey, which the weights are calibrated on: a neighbourhood
            # sheet shows this note under its own table, whose "non renseigné" row is smaller.
            f"{plural(unknown, 'répondant', 'répondants')} de l’ensemble de l’enquête sans "
            "tranche d’âge : leur poids reste proportionnel à leur part dans l’échantillon."
        )
    cells = pd.Series(cells.to_numpy(dtype=object), index=frame.index, name=f"_cellule_{variable}")
    empty = [code for code in cell_targets if code != UNKNOWN_CELL and not (cells == code).any()]
    for code in empty:  # only possible when nobody at all has a known age
        del cell_targets[code]
    return AgeWeighting(
        variable,
        cells,
        cell_targets,
        tuple(merges),
        unknown,
        " ".join(notes),
        labels,
        tuple(cell.label for cell in bands if counts.get(cell.code, 0) == 0),
    )
