"""The offer half of the diagnostic as PDF: offer sheets (territory, communes), map, needs × offer.

Counts of structures are printed as counts, with n and a share, never with an interval: the
structures that answered are not a sample. `write_offer_reports` writes every file of the offer
(PDFs, the structure directory in CSV and GeoJSON) and the combined « diagnostic » PDF, which
puts the resident sheets and the offer side by side.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pandas as pd
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from inclusion_desktop.analysis.indicators import IndicatorFileError
from inclusion_desktop.analysis.offer import (
    MIN_RANKED,
    NEEDS,
    OFFER_FORM,
    Commune,
    NeedsOffer,
    PlaceNeeds,
    commune_offer,
    offer_counts,
    offer_indicators,
    structure_directory,
    territory_communes,
)
from inclusion_desktop.catalogue import Code, plural
from inclusion_desktop.errors import AppError
from inclusion_desktop.os_errors import os_error_text
from inclusion_desktop.reports.fonts import FONT, register_fonts
from inclusion_desktop.reports.offer_map import (
    ATTRIBUTION,
    CLASS_COLOURS,
    CLASSES,
    QPV_COLOUR,
    MapCommune,
    OutlineError,
    commune_centroid,
    load_outlines,
    map_drawing,
    project_communes,
)
from inclusion_desktop.reports.sheet import CONTENT_WIDTH, paragraph
from inclusion_desktop.reports.typography import (
    DASH,
    Lang,
    french_spacing,
    integer,
    interval,
    percent,
)

OFFER_NAME = "offre-territoire"
MAP_NAME = "carte-offre"
NEEDS_NAME = "besoins-offre"
DIRECTORY_NAME = "annuaire-structures"
DIAGNOSTIC_NAME = "diagnostic"
STUDY_LABEL = "Diagnostic 2021"
SERVICE_COLUMNS = (
    ("acces_libre", "Accès libre"),
    ("materiel_solidaire", "Matériel"),
    ("assistance", "Assist."),
    ("ateliers", "Ateliers"),
    ("orientation", "Orient."),
)


@dataclass(frozen=True)
class OfferData:
    """Everything the offer pages show, computed once."""

    structures: int
    counts: pd.DataFrame
    directory: pd.DataFrame
    communes: tuple[Commune, ...]
    by_commune: pd.DataFrame
    outlines: dict[str, list[list[tuple[float, float]]]] = field(repr=False)
    needs: NeedsOffer | None = None
    #: The structure questionnaire the answers come from (its labels head the directory).
    form: Any = None


def _p(content: str, style: str) -> Paragraph:
    register_fonts()  # The styles name DejaVu Sans: it must be known before the first one.
    return paragraph(content, style)


def _e(value: object) -> str:
    return escape(french_spacing(str(value)))


def _grid(header_rows: int = 1) -> list[tuple[Any, ...]]:
    return [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, colors.black),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, colors.Color(0.7, 0.7, 0.7)),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
    ]


def _table(rows: list[list[Any]], widths: Sequence[float], extra: Sequence[Any] = ()) -> Table:
    table = Table(rows, colWidths=list(widths), repeatRows=1)
    table.setStyle(TableStyle([*_grid(), *extra]))
    return table


def _head(*labels: str, right_from: int = 1, size: float | None = None) -> list[Paragraph]:
    def text(label: str) -> str:
        return _e(label) if size is None else f"<font size={size}>{_e(label)}</font>"

    return [_p(text(label), "cell_head" if i < right_from else "cell_head_right")
            for i, label in enumerate(labels)]


def _cells(*values: str, right_from: int = 1) -> list[Paragraph]:
    return [_p(value, "cell" if i < right_from else "cell_right") for i, value in enumerate(values)]


# ------------------------------------------------------------------------------------------------
# Territory offer sheet


def _study_figure(comparisons: Sequence[Any]) -> str:
    for comparison in comparisons:
        if comparison.label_fr == STUDY_LABEL:
            return percent(comparison.value, "fr")
    return DASH


def offer_story(data: OfferData, lang: Lang = "fr") -> list[Flowable]:
    """The territory offer sheet: one table per section, counts with n, the study beside."""
    story: list[Flowable] = [
        _p("Diagnostic territorial de l’inclusion numérique — l’offre", "kicker"),
        _p("L’offre d’inclusion numérique du territoire", "title"),
        _p(
            f"{integer(data.structures)} structures ont répondu à l’enquête structures. "
            "Les chiffres sont des <b>décomptes de structures</b>, sans pondération : les "
            "structures qui répondent ne sont pas un échantillon, il n’y a donc ni estimation "
            "ni intervalle de confiance. « n » est le nombre de structures concernées par la "
            "question (celles qui y ont répondu) ; la part est calculée sur n. La colonne "
            f"« {STUDY_LABEL} » reprend les chiffres publiés par le diagnostic de la CA "
            "Maubeuge-Val de Sambre (2021, 66 structures).",
            "meta",
        ),
    ]
    widths = [CONTENT_WIDTH - 4 * 22 * mm, 22 * mm, 22 * mm, 22 * mm, 22 * mm]
    for _, rows in data.counts.groupby("section", sort=False):
        label = str(rows["section_label_fr" if lang == "fr" else "section_label_en"].iloc[0])
        n_values = sorted(set(int(v) for v in rows["n"]))
        table_rows: list[list[Any]] = [
            _head("", "Structures", "n", "Part", STUDY_LABEL)
        ]
        spans = []
        question = ""
        for _, row in rows.iterrows():
            if row["question_fr"] and row["question_fr"] != question:
                question = str(row["question_fr"])
                spans.append(("SPAN", (0, len(table_rows)), (-1, len(table_rows))))
                table_rows.append([_p(_e(question), "group"), "", "", "", ""])
            elif not row["question_fr"]:
                question = ""
            share = DASH if math.isnan(row["share"]) else percent(row["share"], lang)
            table_rows.append(
                _cells(
                    _e(row["label_fr" if lang == "fr" else "label_en"]),
                    integer(int(row["count"])),
                    integer(int(row["n"])),
                    share,
                    _study_figure(row["comparisons"]),
                )
            )
        block: list[Flowable] = [_p(_e(label), "h2"), _table(table_rows, widths, spans)]
        if len(n_values) == 1 and n_values[0] < data.structures:
            block.append(_p(f"Structures concernées : {n_values[0]} sur {data.structures}.",
                            "small"))
        # A short section stays on one page; a long one may break (its header row repeats).
        if len(table_rows) < 18:
            story.append(KeepTogether(block))
        else:
            story += block
    story.append(Spacer(1, 4 * mm))
    story.append(
        _p(
            "Sources : enquête structures (questionnaire « Enquête structures – offre d’inclusion "
            "numérique ») ; comparaison : Diagnostic CA Maubeuge-Val de Sambre, 2021 (WeTechCare), "
            "pourcentages tels que publiés.",
            "small",
        )
    )
    return story


# ------------------------------------------------------------------------------------------------
# Commune sheets


def _service_text(value: str) -> str:
    return {"oui": "oui", "en_projet": "projet"}.get(value, DASH)


def commune_story(data: OfferData, commune: Commune, lang: Lang = "fr") -> list[Flowable]:
    """The offer of one commune: its structures and what each offers."""
    here = data.directory[data.directory["commune"] == commune.code]
    summary = data.by_commune[data.by_commune["commune"] == commune.code]
    first = int(summary["premier_niveau"].iloc[0]) if len(summary) else 0
    qpv = ", ".join(label for _, label in commune.qpv)
    story: list[Flowable] = [
        _p("Diagnostic territorial de l’inclusion numérique — l’offre par commune", "kicker"),
        _p(_e(f"L’offre à {commune.name}"), "title"),
        _p(
            f"{plural(len(here), 'structure implantée', 'structures implantées')} dans la "
            f"commune {'ont' if len(here) > 1 else 'a'} répondu à l’enquête ; "
            f"{first} {'proposent' if first > 1 else 'propose'} une offre de premier niveau "
            "(accès libre ou assistance)."
            + (f" Quartiers prioritaires : {_e(qpv)}." if qpv else "")
            + f" Code INSEE : {_e(commune.insee or 'non renseigné')}.",
            "meta",
        ),
    ]
    if here.empty:
        story.append(_p("Aucune structure de la commune n’a répondu à l’enquête.", "body"))
        return story
    names = [label for _, label in SERVICE_COLUMNS]
    rows: list[list[Any]] = [
        _head("Structure", "Type", *names, "Hors les murs", "Gratuit", right_from=99)
    ]
    # Short cells stay plain strings: a Paragraph per cell is what makes a long table slow.
    for row in here.to_dict(orient="records"):
        place: Any = str(row["nom"])
        if row["quartier_libelle"] or len(place) > 30:
            place = _p(_e(place) + (f"<br/><font size=6>{_e(row['quartier_libelle'])}</font>"
                                    if row["quartier_libelle"] else ""), "cell")
        kind: Any = str(row["type_libelle"])
        if len(kind) > 22:
            kind = _p(_e(kind), "cell")
        hlm = _service_text(str(row["hors_les_murs"]))
        if row["hors_les_murs_qpv"] == "oui":
            hlm += " (QPV)"
        free = {"gratuit": "oui", "partiellement": "en partie", "payant": "non"}.get(
            str(row["gratuite"]), DASH
        )
        rows.append([place, kind, *(_service_text(str(row[key])) for key, _ in SERVICE_COLUMNS),
                     hlm, free])
    service_width = 15 * mm
    widths = [44 * mm, 30 * mm, *([service_width] * 5), 19 * mm, 15 * mm]
    widths[0] = CONTENT_WIDTH - sum(widths[1:])
    story.append(_table(rows, widths, [("FONTSIZE", (0, 1), (-1, -1), 7.6)]))
    story.append(Spacer(1, 3 * mm))
    story.append(
        _p(
            "« oui » : service proposé ; « projet » : en projet ; « – » : non proposé ou sans "
            "réponse. Hors les murs « (QPV) » : actions menées dans un quartier prioritaire.",
            "small",
        )
    )
    if data.needs is not None:
        places = [p for p in data.needs.places if p.commune == commune.code]
        if places:
            story.append(_p("Besoins des habitants de la commune", "h2"))
            story += _needs_table(places, data.needs, lang)
    return story


# ------------------------------------------------------------------------------------------------
# Map page


def map_communes(data: OfferData) -> list[MapCommune]:
    """The communes of the map: name, INSEE code, first-level structures, QPV."""
    counts = {str(r["commune"]): int(r["premier_niveau"]) for _, r in data.by_commune.iterrows()}
    return [MapCommune(c.insee, c.name, counts.get(c.code, 0), c.has_qpv)
            for c in data.communes]


def map_story(data: OfferData, lang: Lang = "fr") -> list[Flowable]:
    """The map page: communes shaded by first-level structures, QPV marked, legend, sources."""
    from reportlab.graphics.shapes import Drawing, Line, Rect, String

    width, height = CONTENT_WIDTH, 125 * mm
    projected, missing = project_communes(map_communes(data), data.outlines, width, height)
    story: list[Flowable] = [
        _p("Diagnostic territorial de l’inclusion numérique — le maillage", "kicker"),
        _p("Carte de l’offre de premier niveau", "title"),
        _p(
            "Chaque commune du territoire est teintée selon le nombre de structures qui y sont "
            "implantées et proposent une offre de premier niveau : accès libre à du matériel ou à "
            "une connexion, ou assistance. Le chiffre sous le nom est ce nombre ; « QPV » et le "
            "contour rouge en tirets marquent les communes ayant un quartier prioritaire.",
            "meta",
        ),
        map_drawing(projected, width, height),
    ]
    legend = Drawing(width, 16)
    x = 0.0
    for (_, label), colour in zip(CLASSES, CLASS_COLOURS, strict=True):
        legend.add(Rect(x, 4, 10, 8, fillColor=colors.Color(*colour),
                        strokeColor=colors.Color(0.3, 0.3, 0.3), strokeWidth=0.5))
        legend.add(String(x + 13, 5, label, fontName=FONT, fontSize=7))
        x += 52
    legend.add(Line(x, 8, x + 14, 8, strokeColor=colors.Color(*QPV_COLOUR), strokeWidth=1.8,
                    strokeDashArray=[3, 2]))
    legend.add(String(x + 18, 5, "commune avec un QPV", fontName=FONT, fontSize=7))
    story += [Spacer(1, 2 * mm), _p("Structures de premier niveau dans la commune :", "small"),
              legend, Spacer(1, 2 * mm)]
    rows: list[list[Any]] = [[*_head("Commune", "Code INSEE", "Structures", "Premier niveau",
                                     right_from=2), _p("Quartiers prioritaires", "cell_head")]]
    for commune in data.communes:
        here = data.by_commune[data.by_commune["commune"] == commune.code]
        total = int(here["structures"].iloc[0]) if len(here) else 0
        first = int(here["premier_niveau"].iloc[0]) if len(here) else 0
        rows.append([commune.name, commune.insee or DASH, str(total), str(first),
                     _p(_e(", ".join(label for _, label in commune.qpv) or DASH), "cell")])
    widths = [40 * mm, 22 * mm, 20 * mm, 24 * mm]
    story.append(_table(rows, [*widths, CONTENT_WIDTH - sum(widths)],
                        [("FONTSIZE", (0, 1), (-1, -1), 7.6),
                         ("ALIGN", (2, 1), (3, -1), "RIGHT")]))
    if missing:
        story.append(
            _p(
                "<b>Communes sans contour, non dessinées</b> : "
                + "; ".join(
                    _e(f"{c.name} ({plural(c.count, 'structure', 'structures')} de premier niveau"
                       + (", code INSEE inconnu)" if not c.insee else f", INSEE {c.insee})"))
                    for c in missing
                )
                + ".",
                "body",
            )
        )
    outside = data.directory[~data.directory["commune"].isin([c.code for c in data.communes])]
    if len(outside):
        story.append(
            _p(f"{plural(len(outside), 'structure', 'structures')} hors des communes du fichier "
               f"territoire ne {'figurent' if len(outside) > 1 else 'figure'} pas sur la carte.",
               "small")
        )
    story += [Spacer(1, 2 * mm), _p(_e(ATTRIBUTION), "small")]
    return story


# ------------------------------------------------------------------------------------------------
# Needs × offer page


def _need_cell(place: PlaceNeeds, need: str) -> str:
    figures = place.needs.get(need)
    if figures is None or math.isnan(figures[0]):
        return DASH
    p, low, high, _ = figures
    return f"{percent(p)}<br/><font size=6>[{interval(low, high)}]</font>"


def _needs_table(places: Sequence[PlaceNeeds], needs: NeedsOffer, lang: Lang) -> list[Flowable]:
    del lang  # The table's headings are short French words; the needs' labels are in notes.
    rows: list[list[Any]] = [
        _head("Lieu", "Répondants (effectifs)", *NEED_HEADINGS, "1er niveau", "Assist.",
              "Ateliers", "Accès libre", "Hors murs QPV", size=6)
    ]
    for place in [needs.territory, *places]:
        flag = "" if place.ranked or place is needs.territory else " *"
        rows.append(
            _cells(
                _e(place.name) + flag,
                f"{place.respondents} ({place.effective:.0f})",
                *(_need_cell(place, n) for n in NEEDS),
                str(place.first_level),
                str(place.assistance),
                str(place.ateliers),
                str(place.acces_libre),
                str(place.hors_les_murs_qpv) if place.kind != "commune" else DASH,
            )
        )
    widths = [30 * mm, 17 * mm, *([19 * mm] * 4), 12 * mm, 12 * mm, 12 * mm, 12 * mm, 13 * mm]
    widths[0] = CONTENT_WIDTH - sum(widths[1:])
    return [
        _table(rows, widths, [("BACKGROUND", (0, 1), (-1, 1), colors.Color(0.93, 0.93, 0.93))]),
        _p(
            f"Besoins : {_needs_shares(needs)}, intervalle de confiance à 95 % entre crochets. "
            "Offre : nombre de structures de la commune ; « 1er niveau » = accès libre ou "
            "assistance (pour un QPV, plus les structures de la commune allant hors les murs en "
            "QPV) ; « Hors murs QPV » = structures de la commune menant des actions hors les "
            f"murs dans un QPV. * : moins de {MIN_RANKED} répondants effectifs, lieu non classé.",
            "small",
        ),
    ]


NEED_HEADINGS = ("Peu ou pas à l’aise", "Sans équipement", "Souhaite apprendre",
                 "Jamais accompagné")

def _needs_shares(needs: NeedsOffer) -> str:
    """How the needs' shares were computed: weighted on age only when the weights stood."""
    if needs.weighted:
        return "parts pondérées sur l’âge"
    return "parts non pondérées (les poids sur l’âge ne tiennent pas : voir la fiche du territoire)"


NEEDS_RULES = (
    "Règles du classement. Un lieu est une commune du territoire ou l’un de ses quartiers "
    "prioritaires. Son indice de besoin est la moyenne des quatre parts ci-dessus (peu "
    "ou pas à l’aise, sans équipement ni connexion, souhaite apprendre, jamais accompagné·e). "
    "Son offre de premier niveau est le nombre de structures de sa commune qui proposent un "
    "accès libre ou de l’assistance (pour un quartier prioritaire, on y ajoute les structures de "
    "la commune qui vont hors les murs dans un QPV : le questionnaire ne dit pas lequel). Les "
    "lieux sans offre de premier niveau viennent en tête, puis par indice de besoin décroissant. "
    "Une « zone blanche » n’a aucune offre de premier niveau et un indice de besoin au moins égal "
    f"à celui du territoire. Un lieu de moins de {MIN_RANKED} répondants effectifs (Kish : "
    "(Σw)² / Σw²) n’est pas classé : il est signalé, ses chiffres sont trop fragiles."
)


def needs_story(needs: NeedsOffer, lang: Lang = "fr") -> list[Flowable]:
    """The needs × offer page: the figures side by side, then the « zones blanches » ranking."""
    story: list[Flowable] = [
        _p("Diagnostic territorial de l’inclusion numérique — besoins et offre", "kicker"),
        _p("Besoins des habitants et offre à proximité", "title"),
        _p("Pour chaque commune et chaque quartier prioritaire enquêté : les besoins exprimés "
           "par les habitants (enquête habitants) et l’offre des structures implantées dans la "
           "commune (enquête structures).", "meta"),
        *_needs_table(needs.places, needs, lang),
        _p("Les « zones blanches » : besoin élevé, pas d’offre de premier niveau", "h2"),
        _p(_e(NEEDS_RULES), "body"),
        Spacer(1, 2 * mm),
    ]
    rows: list[list[Any]] = [
        _head("Rang", "Lieu", "Indice de besoin", "Offre de 1er niveau", "Répondants effectifs",
              "Zone blanche", right_from=2)
    ]
    for place in needs.ranking:
        rank = str(place.rank) if place.rank is not None else "non classé"
        rows.append(
            _cells(
                rank,
                _e(place.name),
                DASH if math.isnan(place.need_index) else percent(place.need_index),
                str(place.first_level),
                f"{place.effective:.0f}",
                "oui" if place.zone_blanche else "à confirmer *" if place.zone_blanche_unconfirmed
                else "–" if place.rank else "*",
                right_from=2,
            )
        )
    highlight = [
        ("BACKGROUND", (0, i), (-1, i), colors.Color(1.0, 0.9, 0.85))
        for i, place in enumerate(needs.ranking, start=1) if place.zone_blanche
    ]
    widths = [18 * mm, CONTENT_WIDTH - 18 * mm - 4 * 28 * mm, *([28 * mm] * 4)]
    story.append(_table(rows, widths, highlight))
    territory = needs.territory.need_index
    story.append(
        _p(
            "Indice de besoin du territoire : "
            + (DASH if math.isnan(territory) else percent(territory))
            + f". * : moins de {MIN_RANKED} répondants effectifs, non classé ; « à confirmer » : "
            "sans offre de premier niveau et au-dessus de l’indice du territoire, mais trop peu "
            "de répondants pour l’affirmer.",
            "small",
        )
    )
    return story


# ------------------------------------------------------------------------------------------------
# Computing and writing


class OfferError(AppError):
    """The offer pages cannot be produced; the message, in French, says why."""

    area_code = Code.OFFER


def build_offer(
    frame: pd.DataFrame,
    form: Any,
    communes: Sequence[Commune],
    residents: Any = None,
    outlines: dict[str, list[list[tuple[float, float]]]] | None = None,
) -> OfferData:
    """Every figure of the offer pages from the structures' frame (see `prepare_offer`)."""
    from inclusion_desktop.analysis.offer import needs_against_offer

    directory = structure_directory(frame, communes, form)
    by_commune = commune_offer(directory, communes)
    if outlines is None:
        try:
            outlines = load_outlines()
        except OutlineError as exc:
            raise OfferError(str(exc)) from exc
    needs = None
    if residents is not None:
        resident_frame, design, resident_form = residents
        needs = needs_against_offer(resident_frame, design, by_commune, communes, resident_form)
    try:
        sheet = offer_indicators(form)
    except IndicatorFileError as exc:
        raise OfferError(code=Code.OFFER_INDICATORS_INVALID, error=exc) from exc
    return OfferData(
        structures=len(frame),
        counts=offer_counts(frame, sheet, form),
        directory=directory,
        communes=tuple(communes),
        by_commune=by_commune,
        outlines=outlines,
        needs=needs,
        form=form,
    )


def prepare_offer(store: Any, residents: Any = None) -> OfferData:
    """Reads the structures of `store` and gathers every figure of the offer pages.

    `residents` is `(frame, design, form)` of the resident survey to set the needs beside the
    offer, or None. Raises `OfferError` when the store holds no complete structure.
    """
    from inclusion_desktop.analysis import submissions_frame
    from inclusion_desktop.territory import load_territory

    latest = store.latest_form_version(OFFER_FORM)
    if latest is None:
        raise OfferError(code=Code.OFFER_NO_SURVEY)
    frame = submissions_frame(store, OFFER_FORM)
    if len(frame) == 0:
        raise OfferError(code=Code.OFFER_NO_COMPLETE)
    form = store.stored_form(latest.id)
    communes = territory_communes(load_territory(store))
    return build_offer(frame, form, communes, residents)


def _atomic_write(path: Path, write: Callable[[Any], Any]) -> None:
    """Writes `path` through a temporary file, flushed to disk and renamed: never half a file."""
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp_name, path)
    except OSError as exc:
        Path(temp_name).unlink(missing_ok=True)
        raise OfferError(
            code=Code.OFFER_WRITE_FAILED, name=path.name, reason=os_error_text(exc)
        ) from exc
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def _atomic_text(path: Path, content: str) -> None:
    _atomic_write(path, lambda out: out.write(content.encode("utf-8")))


def directory_csv(directory: pd.DataFrame) -> str:
    """The directory as CSV text (UTF-8 with BOM once written, so that Excel reads accents)."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    directory.to_csv(buffer, index=False, sep=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    return buffer.getvalue()


def directory_geojson(data: OfferData) -> str:
    """The directory as GeoJSON points at their commune's centroid (no address is collected)."""
    points: dict[str, Any] = {}
    for commune in data.communes:
        rings = data.outlines.get(commune.insee)
        if rings:
            lon, lat = commune_centroid(rings)
            points[commune.code] = {"type": "Point",
                                    "coordinates": [round(lon, 5), round(lat, 5)]}
    features = [
        {"type": "Feature", "geometry": points.get(str(record["commune"])),
         "properties": {k: str(v) for k, v in record.items()}}
        for record in data.directory.to_dict(orient="records")
    ]
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False,
                      indent=1)


@dataclass(frozen=True)
class OfferResult:
    """What `write_offer_reports` wrote."""

    offer: Path
    communes: tuple[Path, ...]
    map: Path
    needs: Path | None
    directory_csv: Path
    directory_geojson: Path
    diagnostic: Path
    structures: int

    @property
    def paths(self) -> tuple[Path, ...]:
        """Every file written."""
        items = [self.offer, *self.communes, self.map, self.needs, self.directory_csv,
                 self.directory_geojson, self.diagnostic]
        return tuple(p for p in items if p is not None)


def _slug(code: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "_-" else "-" for ch in code).strip("-") or "x"


def merge_pdfs(paths: Sequence[Path], target: Path) -> None:
    """Joins PDFs already written into `target`, page after page (written atomically)."""
    from inclusion_desktop.reports.generate import joined_pdf

    writer = joined_pdf(paths, "Diagnostic territorial de l’inclusion numérique", "fr")
    _atomic_write(target, writer.write)


def write_offer_pdfs(
    data: OfferData,
    out_dir: Path,
    resident_pdfs: Sequence[Path] = (),
    neighbourhood_pdfs: Sequence[Path] = (),
    lang: Lang = "fr",
) -> OfferResult:
    """Writes the offer PDFs, the directory and the combined diagnostic PDF into `out_dir`.

    The diagnostic joins, in this order: `resident_pdfs` (the resident territory sheet), the
    offer sheet, the map, the needs × offer page, `neighbourhood_pdfs`, the commune sheets.
    """
    from inclusion_desktop.reports.generate import _write_pdf

    offer_path = out_dir / f"{OFFER_NAME}.pdf"
    _write_pdf(offer_path, [("Offre — territoire", offer_story(data, lang))],
               "L’offre d’inclusion numérique du territoire", lang)
    commune_paths = []
    for commune in data.communes:
        if not (data.directory["commune"] == commune.code).any():
            continue
        path = out_dir / f"offre-{_slug(commune.code)}.pdf"
        _write_pdf(path, [(f"Offre — {commune.name}", commune_story(data, commune, lang))],
                   f"L’offre à {commune.name}", lang)
        commune_paths.append(path)
    map_path = out_dir / f"{MAP_NAME}.pdf"
    _write_pdf(map_path, [("Carte de l’offre", map_story(data, lang))], "Carte de l’offre", lang)
    needs_path = None
    if data.needs is not None:
        needs_path = out_dir / f"{NEEDS_NAME}.pdf"
        _write_pdf(needs_path, [("Besoins et offre", needs_story(data.needs, lang))],
                   "Besoins des habitants et offre", lang)
    csv_path = out_dir / f"{DIRECTORY_NAME}.csv"
    _atomic_text(csv_path, directory_csv(data.directory))
    geojson_path = out_dir / f"{DIRECTORY_NAME}.geojson"
    _atomic_text(geojson_path, directory_geojson(data))
    diagnostic_path = out_dir / f"{DIAGNOSTIC_NAME}.pdf"
    parts = [*resident_pdfs, offer_path, map_path, *([needs_path] if needs_path else []),
             *neighbourhood_pdfs, *commune_paths]
    merge_pdfs(parts, diagnostic_path)
    return OfferResult(offer_path, tuple(commune_paths), map_path, needs_path, csv_path,
                       geojson_path, diagnostic_path, data.structures)


def write_offer_reports(
    store: Any,
    out_dir: str | Path,
    *,
    lang: Lang = "fr",
    resident_pdfs: Sequence[Path] = (),
    neighbourhood_pdfs: Sequence[Path] = (),
) -> OfferResult:
    """Reads `store` and writes every file of the offer side, the residents' needs beside.

    `resident_pdfs` and `neighbourhood_pdfs` are the resident sheets already written (see
    `write_offer_pdfs`); the needs are estimated whenever the store has resident answers.
    """
    from inclusion_desktop.reports.fonts import FontNotFoundError
    from inclusion_desktop.reports.generate import _check_writable

    out = Path(out_dir)
    _check_writable(out)
    try:
        register_fonts()
    except FontNotFoundError as exc:
        raise OfferError(str(exc)) from exc
    data = prepare_offer(store, resident_design(store))
    return write_offer_pdfs(data, out, resident_pdfs, neighbourhood_pdfs, lang)


def write_diagnostic(store: Any, out_dir: str | Path) -> tuple[Any, OfferResult]:
    """The resident sheets (French, when there are answers), then the whole offer side.

    Returns the resident `ReportResult` (None without resident answers) and the `OfferResult`.
    """
    from inclusion_desktop.reports.generate import ReportError, write_reports

    try:
        residents = write_reports(store, out_dir, lang="fr")
    except ReportError:
        residents = None
    territory = [] if residents is None or residents.territory is None else [residents.territory]
    neighbourhoods = [] if residents is None else list(residents.neighbourhoods)
    offer = write_offer_reports(store, out_dir, resident_pdfs=territory,
                                neighbourhood_pdfs=neighbourhoods)
    return residents, offer


def resident_design(store: Any) -> tuple[Any, Any, Any] | None:
    """The resident frame of `store`, its design weighted on age as on the sheets, its form.

    None when the store has no complete resident questionnaire.
    """
    from inclusion_desktop.analysis import (
        SurveyDesign,
        WeightingError,
        age_band_targets,
        submissions_frame,
    )
    from inclusion_desktop.analysis.population import (
        AGE_VARIABLE,
        PopulationTargetsError,
        load_population_targets,
        parse_population_targets,
    )
    from inclusion_desktop.reports.generate import SETTING_POPULATION

    latest = store.latest_form_version("habitants")
    if latest is None:
        return None
    frame = submissions_frame(store, "habitants")
    if len(frame) == 0:
        return None
    form = store.stored_form(latest.id)
    design = SurveyDesign(frame)
    edited = store.get_setting(SETTING_POPULATION)
    try:
        targets = parse_population_targets(edited) if edited else load_population_targets()
        if AGE_VARIABLE in frame and AGE_VARIABLE in targets:
            weighting = age_band_targets(frame, targets)
            if not weighting.limit():  # weights the summary sheets would not use are not used
                design = weighting.apply(design)
    except (PopulationTargetsError, WeightingError, OSError):
        design = SurveyDesign(frame)  # Same fallback as the sheets: unweighted, said there.
    return frame, design, form
