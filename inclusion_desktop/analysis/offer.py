"""The offer side of the diagnostic: what structures offer, where, and against what residents need.

Structures are counted, not estimated: every figure of the offer is a number of structures out
of those that answered the question (n), with no weight and no interval. The resident side
(needs) is estimated as on the resident sheets: weighted on age, with 95 % intervals.

Rules of the needs × offer page (`rank_places`, printed on the sheet):

- a place is a commune of the territory, or one of its priority neighbourhoods (QPV);
- its need index is the mean of four weighted resident shares: not at ease with digital tools,
  neither equipment nor connection, wishing to learn, never accompanied by a structure;
- its first-level offer is the number of structures located in its commune offering free access
  or assistance (for a QPV: those of its commune offering it or going hors les murs into a QPV,
  since the questionnaire does not say which one; a structure doing both counts once);
- a « zone blanche » has a need index at least the territory's and no first-level offer;
- places with fewer than `MIN_RANKED` effective respondents (Kish, (Σw)²/Σw²) are listed but
  not ranked.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import pandas as pd

from inclusion_desktop.analysis.indicators import (
    TOTAL_DOMAIN,
    IndicatorSheet,
    compute_indicators,
    indicator_values,
    load_indicators,
    parse_indicators,
)
from inclusion_desktop.analysis.weighting import SurveyDesign
from inclusion_desktop.questionnaire.model import Form

OFFER_FORM = "structures"
#: The five services of the questionnaire: (question, short French label, short English label).
SERVICES: tuple[tuple[str, str, str], ...] = (
    ("service_acces_libre", "Accès libre", "Free access"),
    ("service_materiel_solidaire", "Matériel solidaire", "Low-cost equipment"),
    ("service_assistance", "Assistance", "Assistance"),
    ("service_ateliers", "Ateliers", "Workshops"),
    ("service_orientation", "Orientation", "Referral"),
)
#: Under this many effective respondents a place is not ranked on the needs × offer page.
MIN_RANKED = 30
OTHER_QUARTIER = "autre"

#: The columns of the structure directory (CSV and GeoJSON properties), in order.
DIRECTORY_COLUMNS = (
    "identifiant",
    "nom",
    "type",
    "type_libelle",
    "commune",
    "commune_nom",
    "code_insee",
    "quartier",
    "quartier_libelle",
    "acces_libre",
    "materiel_solidaire",
    "assistance",
    "ateliers",
    "orientation",
    "premier_niveau",
    "hors_les_murs",
    "hors_les_murs_qpv",
    "gratuite",
)

#: The question of the structure questionnaire each directory column comes from.
DIRECTORY_QUESTIONS: dict[str, str] = {
    "nom": "structure_nom",
    "type": "structure_type",
    "type_libelle": "structure_type",
    "commune": "commune",
    "commune_nom": "commune",
    "quartier": "quartier",
    "quartier_libelle": "quartier",
    **{question.removeprefix("service_"): question for question, _, _ in SERVICES},
    "hors_les_murs": "hors_les_murs",
    "hors_les_murs_qpv": "hors_les_murs_qpv",
    "gratuite": "gratuite",
}

# The four resident needs set beside the offer; same expression language as habitants.toml.
NEEDS_TOML = """
form_id = "habitants"
title = { fr = "Besoins des habitants", en = "Residents' needs" }

[[section]]
id = "besoins"
label = { fr = "Besoins", en = "Needs" }
population = "${consentement} = 'oui'"

[[section.indicator]]
id = "peu_ou_pas_aise"
label = { fr = "Peu ou pas à l’aise", en = "Not at ease" }
value = "${aisance} = 'peu_aise' or ${aisance} = 'pas_du_tout_aise'"

[[section.indicator]]
id = "sans_equipement"
label = { fr = "Sans équipement ni connexion", en = "No equipment nor connection" }
value = "selected(${equipement}, 'aucun')"

[[section.indicator]]
id = "souhaite_apprendre"
label = { fr = "Souhaite apprendre", en = "Wishes to learn" }
value = "${souhait_apprendre} = 'oui'"

[[section.indicator]]
id = "jamais_accompagne"
label = { fr = "Jamais accompagné·e", en = "Never accompanied" }
value = "${accompagne} = 'non'"
"""
NEEDS = ("peu_ou_pas_aise", "sans_equipement", "souhaite_apprendre", "jamais_accompagne")


# ------------------------------------------------------------------------------------------------
# Counts over structures


def offer_indicators(form: Form | None = None) -> IndicatorSheet:
    """The shipped indicator file of the structure questionnaire."""
    return load_indicators(OFFER_FORM, form)


def _question_label(indicator: Any, form: Form | None) -> str:
    """The French label of the question a one-choice indicator (``id.choice``) reads."""
    refs = sorted(indicator.value.references)
    item = form.by_name.get(refs[0]) if form is not None and len(refs) == 1 else None
    if item is None or "." not in indicator.id or form is None:
        return ""
    french = next((n for n in form.languages if n == "fr" or n.endswith("(fr)")), None)
    return str(item.label.get(french or form.default_language))


def offer_counts(
    frame: pd.DataFrame, sheet: IndicatorSheet, form: Form | None = None
) -> pd.DataFrame:
    """One row per indicator: how many structures (`count`) out of those concerned (`n`).

    Columns: section, section_label_fr, section_label_en, question_fr (the question of a
    per-choice indicator, else empty), indicator, label_fr, label_en, count, n, share (NaN when
    n = 0), comparisons. Unweighted: each structure counts once.
    """
    values = indicator_values(frame, sheet.indicators)
    rows = []
    for section in sheet.sections:
        for indicator in section.indicators:
            column = values[indicator.id]
            n = int(column.notna().sum())
            count = int((column == 1).sum())
            rows.append(
                {
                    "section": section.id,
                    "section_label_fr": section.label_fr,
                    "section_label_en": section.label_en,
                    "question_fr": _question_label(indicator, form),
                    "indicator": indicator.id,
                    "label_fr": indicator.label_fr,
                    "label_en": indicator.label_en,
                    "count": count,
                    "n": n,
                    "share": count / n if n else math.nan,
                    "comparisons": indicator.comparisons,
                }
            )
    return pd.DataFrame(rows)


# ------------------------------------------------------------------------------------------------
# The directory of structures


@dataclass(frozen=True)
class Commune:
    """A commune of the territory as the offer pages show it."""

    code: str
    name: str
    insee: str
    qpv: tuple[tuple[str, str], ...]

    @property
    def has_qpv(self) -> bool:
        """True when the territory lists a priority neighbourhood in the commune."""
        return bool(self.qpv)


def territory_communes(territory: Any) -> list[Commune]:
    """The communes of a `TerritoryTable`, with their priority neighbourhoods (quartier, label).

    A quartier other than « Autre quartier / hors QPV » is a priority neighbourhood: the
    territory file lists no other.
    """
    qpv: dict[str, list[tuple[str, str]]] = {}
    for row in territory.rows:
        if row.quartier != OTHER_QUARTIER:
            qpv.setdefault(row.commune, []).append((row.quartier, row.label))
    return [
        Commune(code, name, insee, tuple(qpv.get(code, ())))
        for code, name, insee in territory.communes()
    ]


def _choice_labels(form: Form | None, question: str) -> dict[str, str]:
    """French labels of a question's choices (first one wins when a filtered list repeats)."""
    item = form.by_name.get(question) if form is not None else None
    choices = getattr(item, "choices", None)
    if choices is None or form is None:
        return {}
    french = next((n for n in form.languages if n == "fr" or n.endswith("(fr)")), None)
    labels: dict[str, str] = {}
    for choice in choices.choices:
        labels.setdefault(choice.name, str(choice.label.get(french or form.default_language)))
    return labels


def _text_column(frame: pd.DataFrame, name: str) -> pd.Series:
    if name not in frame:
        return pd.Series([""] * len(frame), index=frame.index, dtype=object)
    return frame[name].astype(object).where(frame[name].notna(), "").astype(str)


def structure_directory(
    frame: pd.DataFrame, communes: Sequence[Commune], form: Form | None = None
) -> pd.DataFrame:
    """One row per structure, columns `DIRECTORY_COLUMNS`, sorted by commune then name.

    Service columns hold the answers (oui, en_projet, non, or empty); `premier_niveau` is
    « oui » when the structure offers free access or assistance.
    """
    by_code = {c.code: c for c in communes}
    types = _choice_labels(form, "structure_type")
    quartiers = {(c.code, q): label for c in communes for q, label in c.qpv}
    commune = _text_column(frame, "commune")
    other = _text_column(frame, "commune_autre")
    quartier = _text_column(frame, "quartier")
    kind = _text_column(frame, "structure_type")
    kind_other = _text_column(frame, "structure_type_autre")
    table = pd.DataFrame(
        {
            "identifiant": frame["_uuid"].astype(str).to_numpy() if "_uuid" in frame else "",
            "nom": _text_column(frame, "structure_nom").to_numpy(),
            "type": kind.to_numpy(),
            "type_libelle": [
                o if k == "autre" and o else types.get(k, k)
                for k, o in zip(kind, kind_other, strict=True)
            ],
            "commune": commune.to_numpy(),
            "commune_nom": [
                by_code[c].name if c in by_code else (o or c)
                for c, o in zip(commune, other, strict=True)
            ],
            "code_insee": [by_code[c].insee if c in by_code else "" for c in commune],
            "quartier": quartier.to_numpy(),
            "quartier_libelle": [
                quartiers.get((c, q), "") for c, q in zip(commune, quartier, strict=True)
            ],
        }
    )
    for question, _, _ in SERVICES:
        table[question.removeprefix("service_")] = _text_column(frame, question).to_numpy()
    first = (table["acces_libre"] == "oui") | (table["assistance"] == "oui")
    table["premier_niveau"] = np.where(first, "oui", "non")
    for name in ("hors_les_murs", "hors_les_murs_qpv", "gratuite"):
        table[name] = _text_column(frame, name).to_numpy()
    order = {c.code: i for i, c in enumerate(communes)}
    table["_order"] = table["commune"].map(lambda c: order.get(c, len(order)))
    table = table.sort_values(["_order", "commune_nom", "nom"], kind="stable")
    return table[list(DIRECTORY_COLUMNS)].reset_index(drop=True)


def commune_offer(directory: pd.DataFrame, communes: Sequence[Commune]) -> pd.DataFrame:
    """One row per commune of the territory (in territory order), with the offer located there.

    Columns: commune, nom, code_insee, qpv (bool), structures, premier_niveau, acces_libre,
    assistance, ateliers, orientation, gratuit, hors_les_murs_qpv, and premier_niveau_qpv (the
    structures that are first level or go hors les murs into a QPV, each counted once).
    """
    rows = []
    for commune in communes:
        here = directory[directory["commune"] == commune.code]
        rows.append(
            {
                "commune": commune.code,
                "nom": commune.name,
                "code_insee": commune.insee,
                "qpv": commune.has_qpv,
                "structures": len(here),
                "premier_niveau": int((here["premier_niveau"] == "oui").sum()),
                "acces_libre": int((here["acces_libre"] == "oui").sum()),
                "assistance": int((here["assistance"] == "oui").sum()),
                "ateliers": int((here["ateliers"] == "oui").sum()),
                "orientation": int((here["orientation"] == "oui").sum()),
                "gratuit": int((here["gratuite"] == "gratuit").sum()),
                "hors_les_murs_qpv": int((here["hors_les_murs_qpv"] == "oui").sum()),
                "premier_niveau_qpv": int(
                    ((here["premier_niveau"] == "oui") | (here["hors_les_murs_qpv"] == "oui")).sum()
                ),
            }
        )
    return pd.DataFrame(rows)


# ------------------------------------------------------------------------------------------------
# Needs against offer


def needs_indicators(form: Form | None = None) -> IndicatorSheet:
    """The four resident needs of the needs × offer page."""
    return parse_indicators(NEEDS_TOML, form, name="besoins")


def effective_sizes(weights: np.ndarray[Any, Any], codes: np.ndarray[Any, Any]) -> dict[Any, float]:
    """Kish's effective sample size (Σw)² / Σw² of each code's rows."""
    table = pd.DataFrame({"code": codes, "w": weights, "w2": weights * weights})
    sums = table.groupby("code", sort=False, observed=True)[["w", "w2"]].sum()
    return {
        code: (float(w) ** 2 / float(w2) if w2 > 0 else 0.0)
        for code, w, w2 in zip(sums.index, sums["w"], sums["w2"], strict=True)
    }


@dataclass(frozen=True)
class PlaceNeeds:
    """One place of the needs × offer page: its resident figures and the offer nearby."""

    kind: str  # "commune" or "quartier"
    code: str
    name: str
    commune: str
    respondents: int
    effective: float
    needs: dict[str, tuple[float, float, float, int]]  # id -> (p, low, high, n)
    need_index: float
    first_level: int
    assistance: int
    ateliers: int
    acces_libre: int
    gratuit: int
    hors_les_murs_qpv: int
    rank: int | None = None
    zone_blanche: bool = False
    #: Not ranked (too few effective respondents), but would be a « zone blanche » if it were.
    zone_blanche_unconfirmed: bool = False

    @property
    def ranked(self) -> bool:
        """True when the place has enough effective respondents to be ranked."""
        return self.effective >= MIN_RANKED


@dataclass(frozen=True)
class NeedsOffer:
    """The needs × offer page: every place, the territory's figures, the ranking."""

    territory: PlaceNeeds
    places: tuple[PlaceNeeds, ...]  # in territory order: each commune, then its QPVs
    labels: dict[str, tuple[str, str]]  # need id -> (fr, en)
    #: False when the resident weights did not stand (the sheets then say why): plain shares.
    weighted: bool = True

    @property
    def ranking(self) -> list[PlaceNeeds]:
        """The places by rank, those not ranked last (in territory order)."""
        return sorted(self.places, key=lambda p: (p.rank is None, p.rank or 0))


def needs_estimates(
    frame: pd.DataFrame, design: SurveyDesign, form: Form | None = None
) -> pd.DataFrame:
    """The four needs estimated per neighbourhood (zone), per commune and on the whole sample.

    Columns as `compute_indicators`, plus `kind` (quartier, commune, ensemble).
    """
    sheet = needs_indicators(form)
    communes = frame["_zone"].astype(str).str.split("/").str[0]
    work = frame.assign(_commune=communes.to_numpy())
    by_zone = compute_indicators(work, design, sheet, by="zone")
    by_commune = compute_indicators(work, design, sheet, by="_commune", include_total=False)
    by_zone["kind"] = np.where(by_zone["domain"] == TOTAL_DOMAIN, TOTAL_DOMAIN, "quartier")
    by_commune["kind"] = "commune"
    return pd.concat([by_zone, by_commune], ignore_index=True)


def needs_against_offer(
    frame: pd.DataFrame,
    design: SurveyDesign,
    offer: pd.DataFrame,
    communes: Sequence[Commune],
    form: Form | None = None,
) -> NeedsOffer:
    """Resident needs beside the offer of each commune and QPV, ranked (see the module rules).

    `offer` is `commune_offer`'s table. Places without respondents are left out.
    """
    estimates = needs_estimates(frame, design, form)
    weights = design.weights.to_numpy(dtype=float)
    zones = frame["_zone"].astype(str).to_numpy()
    commune_codes = np.array([z.split("/")[0] for z in zones], dtype=object)
    sizes = {
        "quartier": effective_sizes(weights, zones),
        "commune": effective_sizes(weights, commune_codes),
        TOTAL_DOMAIN: effective_sizes(weights, np.full(len(zones), TOTAL_DOMAIN, dtype=object)),
    }
    counts = {
        "quartier": pd.Series(zones).value_counts().to_dict(),
        "commune": pd.Series(commune_codes).value_counts().to_dict(),
        TOTAL_DOMAIN: {TOTAL_DOMAIN: len(zones)},
    }
    grouped = {
        (kind, str(domain)): rows
        for (kind, domain), rows in estimates.groupby(["kind", "domain"], sort=False)
    }
    offer_by = {str(row["commune"]): row for _, row in offer.iterrows()}
    total_offer = offer[[c for c in offer.columns if c not in ("commune", "nom", "code_insee",
                                                                "qpv")]].sum()

    def place(kind: str, code: str, name: str, commune: str, here: Any) -> PlaceNeeds:
        rows = grouped.get((kind, code))
        needs: dict[str, tuple[float, float, float, int]] = {}
        if rows is not None:
            for _, row in rows.iterrows():
                needs[str(row["indicator"])] = (
                    float(row["p"]), float(row["ci_low"]), float(row["ci_high"]), int(row["n"])
                )
        shown = [needs[i][0] for i in NEEDS if i in needs and not math.isnan(needs[i][0])]
        index = float(np.mean(shown)) if len(shown) == len(NEEDS) else math.nan
        first_level = here["premier_niveau_qpv"] if kind == "quartier" else here["premier_niveau"]
        return PlaceNeeds(
            kind=kind,
            code=code,
            name=name,
            commune=commune,
            respondents=int(counts[kind].get(code, 0)),
            effective=float(sizes[kind].get(code, 0.0)),
            needs=needs,
            need_index=index,
            first_level=int(first_level),
            assistance=int(here["assistance"]),
            ateliers=int(here["ateliers"]),
            acces_libre=int(here["acces_libre"]),
            gratuit=int(here["gratuit"]),
            hors_les_murs_qpv=int(here["hors_les_murs_qpv"]),
        )

    places = []
    for commune in communes:
        here = offer_by.get(commune.code)
        if here is None or commune.code not in counts["commune"]:
            continue
        places.append(place("commune", commune.code, commune.name, commune.code, here))
        for quartier, label in commune.qpv:
            zone = f"{commune.code}/{quartier}"
            if zone in counts["quartier"]:
                name = label if commune.name in label else f"{label} ({commune.name})"
                places.append(place("quartier", zone, name, commune.code, here))
    territory = place(TOTAL_DOMAIN, TOTAL_DOMAIN, "Territoire", "", total_offer)
    labels = {i.id: (i.label_fr, i.label_en) for i in needs_indicators(form).indicators}
    ranked = {p.code: p for p in rank_places(places, territory.need_index)}
    return NeedsOffer(
        territory, tuple(ranked[p.code] for p in places), labels, weighted=design.calibrated
    )


def rank_places(places: Sequence[PlaceNeeds], territory_index: float) -> list[PlaceNeeds]:
    """Ranks the places with enough respondents: no first-level offer first, then by need.

    Returns every place, ranked ones first (rank 1 = most in want of offer), then the others
    (rank None) in their order.
    """
    eligible = [p for p in places if p.ranked and not math.isnan(p.need_index)]

    def blank(place: PlaceNeeds) -> bool:
        return (place.first_level == 0 and not math.isnan(territory_index)
                and not math.isnan(place.need_index) and place.need_index >= territory_index)

    others = [replace(p, zone_blanche_unconfirmed=blank(p)) for p in places if p not in eligible]
    eligible.sort(key=lambda p: (p.first_level > 0, -p.need_index, p.first_level, p.name))
    ranked = [replace(p, rank=position, zone_blanche=blank(p))
              for position, p in enumerate(eligible, start=1)]
    return ranked + others


__all__ = [
    "DIRECTORY_COLUMNS",
    "MIN_RANKED",
    "NEEDS",
    "OFFER_FORM",
    "SERVICES",
    "Commune",
    "NeedsOffer",
    "PlaceNeeds",
    "commune_offer",
    "effective_sizes",
    "needs_against_offer",
    "needs_estimates",
    "needs_indicators",
    "offer_counts",
    "offer_indicators",
    "rank_places",
    "structure_directory",
    "territory_communes",
]
