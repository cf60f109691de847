"""Quotas that steer the fieldwork: whom each neighbourhood still lacks, and what weighting costs.

Targets per neighbourhood and age band × sex come from the population targets (the age bands
of the population file; the sexes from its « sexe » variable if it has one, else half and half)
scaled to the number of questionnaires a coordinator plans for the neighbourhood, rounded so the
cells add up to it exactly. Counting is done on this laptop, offline, from every questionnaire
it has entered or merged. The effective sample size after weighting by age (Kish,
n_eff = (Σw)² / Σw²) is projected to the planned size at the current mix of ages, which shows
when over-sampling one group stops helping.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from inclusion_desktop.store.keys import SettingKey

if TYPE_CHECKING:
    from inclusion_desktop.store import Store

from inclusion_desktop.catalogue import Code, Text, Translate, counted, french
from inclusion_desktop.errors import AppError

SEXES = ("femme", "homme")
AGE_VARIABLE = "tranche_age"
SEX_VARIABLE = "sexe"
MAX_PLANNED = 100_000
#: The store setting of the edited population targets (reports.generate.SETTING_POPULATION,
#: not imported from there: that module loads reportlab).
SETTING_POPULATION = SettingKey.POPULATION_TARGETS


class QuotaError(AppError, ValueError):
    """Quota targets that cannot be used; the message says which and why, in French."""

    area_code = Code.QUOTA


@dataclass(frozen=True, slots=True)
class Band:
    """An age band of the population file, with its population count."""

    code: str
    label: str
    count: float


def population_bands(population: Mapping[str, Sequence[Any]] | None = None) -> list[Band]:
    """The age bands of the population targets (the shipped file when None)."""
    if population is None:
        from inclusion_desktop.analysis.population import load_population_targets

        population = load_population_targets()
    cells = population.get(AGE_VARIABLE)
    if not cells:
        raise QuotaError(code=Code.QUOTA_NO_AGE_BANDS, variable=AGE_VARIABLE)
    return [Band(cell.code, cell.label, float(cell.count)) for cell in cells]


def sex_shares(population: Mapping[str, Sequence[Any]] | None = None) -> dict[str, float]:
    """Share of women and men: from the population's « sexe » variable, else half and half."""
    cells = {cell.code: float(cell.count) for cell in (population or {}).get(SEX_VARIABLE, ())}
    total = sum(cells.get(sex, 0.0) for sex in SEXES)
    if total <= 0:
        return {sex: 1 / len(SEXES) for sex in SEXES}
    return {sex: cells.get(sex, 0.0) / total for sex in SEXES}


def largest_remainder(shares: Mapping[Any, float], total: int) -> dict[Any, int]:
    """Whole numbers proportional to `shares` that add up to `total` exactly (Hamilton)."""
    weight = sum(shares.values())
    if weight <= 0:
        raise QuotaError(code=Code.QUOTA_ZERO_SHARES)
    exact = {key: total * share / weight for key, share in shares.items()}
    result = {key: math.floor(value) for key, value in exact.items()}
    left = total - sum(result.values())
    for key in sorted(exact, key=lambda k: (result[k] - exact[k], list(exact).index(k)))[:left]:
        result[key] += 1
    return result


def plan_targets(
    planned: int, population: Mapping[str, Sequence[Any]] | None = None
) -> dict[tuple[str, str], int]:
    """The target of each (age band, sex) cell for `planned` questionnaires."""
    if not isinstance(planned, int) or not 0 < planned <= MAX_PLANNED:
        raise QuotaError(code=Code.QUOTA_PLANNED_INVALID, planned=planned, most=MAX_PLANNED)
    bands = population_bands(population)
    sexes = sex_shares(population)
    shares = {(band.code, sex): band.count * sexes[sex] for band in bands for sex in SEXES}
    return largest_remainder(shares, planned)


def save_plan(
    store: Store,
    zone: str,
    planned: int,
    *,
    operator_id: int | None,
    targets: Mapping[tuple[str, str], int] | None = None,
    population: Mapping[str, Sequence[Any]] | None = None,
) -> dict[tuple[str, str], int]:
    """Saves the quota cells of a neighbourhood (computed, or edited by the coordinator).

    Edited `targets` must name known cells with whole non-negative numbers; the planned size
    becomes their sum. Raises QuotaError, leaving the stored quotas untouched.
    """
    known = {zone_code for zone_code, _ in _neighbourhood_labels(store)}
    if known and zone not in known:
        raise QuotaError(code=Code.QUOTA_UNKNOWN_ZONE, zone=zone)
    if targets is None:
        cells = plan_targets(planned, population)
    else:
        bands = {band.code for band in population_bands(population)}
        cells = {}
        for (band, sex), value in targets.items():
            if band not in bands or sex not in SEXES:
                raise QuotaError(code=Code.QUOTA_UNKNOWN_CELL, band=band, sex=sex)
            if not isinstance(value, int) or value < 0:
                raise QuotaError(code=Code.QUOTA_TARGET_INVALID, band=band, sex=sex, value=value)
            cells[(band, sex)] = value
        planned = sum(cells.values())
    store.save_quota_targets(
        zone,
        planned,
        cells,
        operator_id=operator_id,
        detail=f"{planned} questionnaires prévus à {_label_of(store, zone)}",
    )
    return cells


def _neighbourhood_labels(store: Store) -> list[tuple[str, str]]:
    from inclusion_desktop.territory import store_neighbourhoods

    neighbourhoods = store_neighbourhoods(store)
    names = Counter(n.name for n in neighbourhoods)
    # « à Sous-le-Bois » reads better than « à Sous-le-Bois — Maubeuge », unless names repeat.
    return [
        (n.code, n.name if names[n.name] == 1 else f"{n.name} ({n.commune_name})")
        for n in neighbourhoods
    ]


def _label_of(store: Store, zone: str) -> str:
    return dict(_neighbourhood_labels(store)).get(zone, zone)


# -- counting ------------------------------------------------------------------------------------


@dataclass(slots=True)
class QuotaRecords:
    """The quota cell of every counted questionnaire, as three parallel lists (zone, band, sex).

    Loaded once from the store (`load_records`); refreshing the « Terrain » view only counts.
    """

    zones: list[str] = field(default_factory=list)
    bands: list[str] = field(default_factory=list)
    sexes: list[str] = field(default_factory=list)

    def add(self, zone: str, band: str, sex: str) -> None:
        """Counts one more questionnaire."""
        self.zones.append(zone)
        self.bands.append(band)
        self.sexes.append(sex)

    def __len__(self) -> int:
        return len(self.zones)


def load_records(store: Store, form_id: str = "habitants", zone: str | None = None) -> QuotaRecords:
    """Every completed questionnaire with consent (in `zone`), by zone, age band and sex."""
    records = QuotaRecords()
    for zone_code, answers in store.quota_answers(form_id, zone=zone):
        if answers.get("consentement") == "non":
            continue  # a refusal is nobody's interview
        records.add(zone_code, answers.get(AGE_VARIABLE, ""), answers.get(SEX_VARIABLE, ""))
    return records


@dataclass(frozen=True, slots=True)
class Cell:
    """One age band × sex cell of a neighbourhood: its target and what is done."""

    band: str
    band_label: str
    sex: str
    target: int
    done: int

    @property
    def missing(self) -> int:
        """Questionnaires still needed in the cell (0 when reached or passed)."""
        return max(0, self.target - self.done)


@dataclass(frozen=True, slots=True)
class ZoneProgress:
    """A neighbourhood's quotas: cells, totals, and the effective sample size."""

    zone: str
    label: str
    planned: int
    done: int
    cells: tuple[Cell, ...]
    band_done: Mapping[str, int]
    n_eff: float
    n_eff_projected: float

    @property
    def missing(self) -> int:
        """Questionnaires still needed, cell by cell (a full cell does not make up for another)."""
        return sum(cell.missing for cell in self.cells)

    def most_needed(self, count: int = 2) -> list[Cell]:
        """The cells that lack the most questionnaires, largest gap first."""
        ordered = sorted(
            (cell for cell in self.cells if cell.missing),
            key=lambda cell: (-cell.missing, -cell.target, cell.band, cell.sex),
        )
        return ordered[:count]

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "zone": self.zone,
            "label": self.label,
            "planned": self.planned,
            "done": self.done,
            "missing": self.missing,
            "n_eff": round(self.n_eff, 1),
            "n_eff_projected": round(self.n_eff_projected, 1),
            "cells": [
                {
                    "band": c.band,
                    "sex": c.sex,
                    "target": c.target,
                    "done": c.done,
                    "missing": c.missing,
                }
                for c in self.cells
            ],
            "missing_words": missing_sentences(self),
        }


def quota_progress(
    targets: Iterable[Any],
    records: QuotaRecords,
    *,
    labels: Mapping[str, str] | None = None,
    population: Mapping[str, Sequence[Any]] | None = None,
) -> list[ZoneProgress]:
    """Completed against target, cell by cell, for every neighbourhood that has quotas.

    `targets` are the store's quota rows (zone, age_band, sex, target, planned).
    """
    bands = population_bands(population)
    band_labels = {band.code: band.label for band in bands}
    band_counts = {band.code: band.count for band in bands}
    by_zone: dict[str, list[Any]] = {}
    for row in targets:
        by_zone.setdefault(row.zone, []).append(row)
    if not by_zone:
        return []
    cells = Counter(zip(records.zones, records.bands, records.sexes, strict=True))
    per_band: dict[str, Counter[str]] = {zone: Counter() for zone in by_zone}
    totals: Counter[str] = Counter()
    for (zone, band, _sex), count in cells.items():
        if zone in per_band:
            per_band[zone][band] += count
            totals[zone] += count
    order = {code: index for index, code in enumerate(band_labels)}
    result = []
    for zone, rows in by_zone.items():
        rows.sort(key=lambda r: (order.get(r.age_band, len(order)), r.sex))
        zone_cells = tuple(
            Cell(
                r.age_band,
                band_labels.get(r.age_band, r.age_band),
                r.sex,
                r.target,
                cells.get((zone, r.age_band, r.sex), 0),
            )
            for r in rows
        )
        planned = rows[0].planned
        now = kish_neff(per_band[zone], band_counts)
        projected = kish_projection(per_band[zone], band_counts, planned)
        result.append(
            ZoneProgress(
                zone,
                (labels or {}).get(zone, zone),
                planned,
                totals[zone],
                zone_cells,
                dict(per_band[zone]),
                now,
                projected,
            )
        )
    result.sort(key=lambda p: p.label)
    return result


# -- Kish ----------------------------------------------------------------------------------------


def kish_neff(done: Mapping[str, int], population: Mapping[str, float]) -> float:
    """Kish's effective sample size after post-stratification on the bands of `population`.

    A respondent of band c weighs P_c / n_c, so n_eff = (Σ P_c)² / Σ P_c² / n_c over the bands
    that have respondents (respondents outside the bands weigh nothing here).
    """
    present = {code: n for code, n in done.items() if n > 0 and population.get(code, 0) > 0}
    if not present:
        return 0.0
    total = sum(population[code] for code in present)
    return total**2 / sum(population[code] ** 2 / n for code, n in present.items())


def kish_projection(
    done: Mapping[str, int], population: Mapping[str, float], planned: int
) -> float:
    """n_eff expected once `planned` questionnaires are done, if the mix of ages stays as now."""
    count = sum(n for code, n in done.items() if population.get(code, 0) > 0)
    if count == 0:
        return 0.0
    return kish_neff(done, population) * planned / count


# -- words ---------------------------------------------------------------------------------------


def band_words(code: str, label: str = "", translate: Translate = french) -> str:
    """« de 60 à 74 ans », « de 75 ans et plus », from a band code such as 60_74 or 75_plus."""
    if match := re.fullmatch(r"(\d+)_(\d+)", code):
        text = Text(Code.QUOTA_BAND_RANGE, {"low": match.group(1), "high": match.group(2)})
    elif match := re.fullmatch(r"(\d+)_?(?:plus|\+)", code):
        text = Text(Code.QUOTA_BAND_OVER, {"low": match.group(1)})
    else:
        text = Text(Code.QUOTA_BAND_NAMED, {"label": label or code})
    return text.render(translate)


#: The people of a quota cell by sex, one and several (« 1 femme », « 2 femmes »).
_SEX_CODES = {
    "femme": (Code.QUOTA_WOMAN, Code.QUOTA_WOMEN),
    "homme": (Code.QUOTA_MAN, Code.QUOTA_MEN),
}


def _people(count: int, sex: str | None = None, translate: Translate = french) -> str:
    if sex is None:
        return counted(count, Code.QUOTA_PERSON, Code.QUOTA_PEOPLE).render(translate)
    if sex not in _SEX_CODES:
        return f"{count} {sex}"
    return counted(count, *_SEX_CODES[sex]).render(translate)


def missing_sentences(progress: ZoneProgress, translate: Translate = french) -> list[str]:
    """What the neighbourhood lacks, band by band, in words (in the language of `translate`).

    « il manque 9 personnes de 60 à 74 ans à Sous-le-Bois, dont 6 hommes ».
    """
    sentences = []
    for band in dict.fromkeys(cell.band for cell in progress.cells):
        cells = [cell for cell in progress.cells if cell.band == band]
        by_sex = {cell.sex: cell.missing for cell in cells if cell.missing}
        total = sum(by_sex.values())
        if not total:
            continue
        where = {
            "band": band_words(band, cells[0].band_label, translate),
            "zone": progress.label,
        }
        if len(by_sex) == 1:
            ((sex, count),) = by_sex.items()
            people = _people(count, sex, translate)
            sentences.append(Text(Code.QUOTA_MISSING, {"people": people, **where}))
            continue
        sex, count = max(by_sex.items(), key=lambda item: (item[1], item[0]))
        if count * 2 == total:
            first, second = (_people(n, s, translate) for s, n in sorted(by_sex.items()))
            detail = Text(Code.QUOTA_AND, {"first": first, "second": second}).render(translate)
        else:
            detail = _people(count, sex, translate)
        sentences.append(
            Text(
                Code.QUOTA_MISSING_AMONG,
                {"people": _people(total, None, translate), "detail": detail, **where},
            )
        )
    return [sentence.render(translate) for sentence in sentences]


def cell_sentence(cell: Cell, label: str, translate: Translate = french) -> str:
    """One cell in words: « 6 hommes de 60 à 74 ans à Sous-le-Bois (3 sur 9) »."""
    return Text(
        Code.QUOTA_CELL,
        {
            "people": _people(cell.missing, cell.sex, translate),
            "band": band_words(cell.band, cell.band_label, translate),
            "zone": label,
            "done": cell.done,
            "target": cell.target,
        },
    ).render(translate)


def projection_sentence(progress: ZoneProgress, translate: Translate = french) -> str:
    """« au rythme actuel, n_eff attendu 41 pour 60 questionnaires »."""
    if progress.done == 0:
        return Text(Code.QUOTA_NO_PROJECTION).render(translate)
    return Text(
        Code.QUOTA_PROJECTION,
        {
            "expected": round(progress.n_eff_projected),
            "planned": progress.planned,
            "n_eff": round(progress.n_eff),
            "done": progress.done,
        },
    ).render(translate)


def progress_of(store: Store, records: QuotaRecords) -> list[ZoneProgress]:
    """Quota progress of a store's neighbourhoods for loaded `records`.

    With the neighbourhoods' names and the store's population targets (edited, else shipped).
    """
    edited = store.get_setting(SETTING_POPULATION)
    population = None
    if edited:
        from inclusion_desktop.analysis.population import parse_population_targets

        population = parse_population_targets(edited)
    return quota_progress(
        store.quota_targets(),
        records,
        labels=dict(_neighbourhood_labels(store)),
        population=population,
    )


def store_progress(store: Store, form_id: str = "habitants") -> list[ZoneProgress]:
    """Quota progress of every neighbourhood of a store, from its questionnaires."""
    return progress_of(store, load_records(store, form_id))


def home_line(
    store: Store, zone: str | None, form_id: str = "habitants", translate: Translate = french
) -> str:
    """For the home screen: the two cells the chosen neighbourhood needs most, in words.

    Empty when the neighbourhood has no quotas (nothing is loaded then).
    """
    if not zone or not any(row.zone == zone for row in store.quota_targets()):
        return ""
    # Only this neighbourhood's questionnaires are read: the home screen refreshes often.
    records = load_records(store, form_id, zone)
    progress = next((p for p in progress_of(store, records) if p.zone == zone), None)
    if progress is None:
        return ""
    needed = progress.most_needed(2)
    if not needed:
        return Text(
            Code.QUOTA_HOME_REACHED, {"zone": progress.label, "count": progress.done}
        ).render(translate)
    separator = Text(Code.QUOTA_SEPARATOR).render(translate)
    cells = separator.join(cell_sentence(cell, progress.label, translate) for cell in needed)
    return Text(Code.QUOTA_HOME_PRIORITY, {"cells": cells}).render(translate)
