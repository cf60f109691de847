"""Writing the summary sheets: one PDF per neighbourhood, one for the territory, one combined.

`generate_reports` is a generator: it yields a `ReportProgress` after each step so a GUI worker
can move a progress bar, and its last item carries the `ReportResult`. `write_reports` runs it to
the end for the command line. Everything is checked before the first file is written, so a
refusal (`ReportError`, in French) leaves the output folder as it was; each PDF is written to a
temporary file, flushed to disk and renamed, so a full disk never leaves a truncated PDF under a
sheet's name.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable, Collection, Generator, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from inclusion_desktop.analysis import (
    TOTAL_DOMAIN,
    IndicatorSheet,
    PopulationTargetsError,
    SurveyDesign,
    WeightingError,
    age_band_targets,
    compute_indicators,
    generic_indicators,
    has_indicator_file,
    load_indicators,
    load_population_targets,
    submissions_frame,
)
from inclusion_desktop.analysis.population import (
    AGE_VARIABLE,
    AgeWeighting,
    PopulationTargets,
    parse_population_targets,
)
from inclusion_desktop.analysis.respondents import CONSENT_VARIABLE, Respondents, split_refusals
from inclusion_desktop.analysis.zone_population import (
    SETTING_ZONE_POPULATION,
    parse_zone_targets,
)
from inclusion_desktop.catalogue import Code, plural
from inclusion_desktop.errors import AppError
from inclusion_desktop.os_errors import os_error_text
from inclusion_desktop.questionnaire.model import Form
from inclusion_desktop.reports.charts import MARKERS
from inclusion_desktop.reports.fonts import FONT, FontNotFoundError, register_fonts
from inclusion_desktop.reports.sheet import (
    MARGIN,
    MIN_SHEET_RESPONDENTS,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    ShareRow,
    SheetCommon,
    SheetData,
    comparison_label,
    key_messages,
    sheet_story,
)
from inclusion_desktop.reports.texts import text
from inclusion_desktop.reports.typography import Lang, quoted
from inclusion_desktop.store.keys import SettingKey

SEX_VARIABLE = "sexe"
#: Questions every sheet reads beside its indicators: consent, age band (weights), sex.
SHEET_VARIABLES = frozenset({CONSENT_VARIABLE, AGE_VARIABLE, SEX_VARIABLE})
COMBINED_NAME = "fiches-toutes"
TERRITORY_NAME = "fiche-territoire"
#: How the questionnaires without a neighbourhood are listed among the sheets not written.
NO_ZONE_LABEL = "(sans quartier)"
LANGUAGES: tuple[Lang, ...] = ("fr", "en")
#: The author written in every PDF's properties.
PDF_AUTHOR = "inclusion_desktop"


class ReportError(AppError):
    """The sheets cannot be produced; the message, in French, says why and what to do."""

    area_code = Code.REPORT


@dataclass(frozen=True)
class ReportResult:
    """What a run wrote."""

    out_dir: Path
    territory: Path | None
    neighbourhoods: tuple[Path, ...]
    combined: Path | None
    skipped: tuple[str, ...]
    respondents: int
    lang: Lang
    refusals: int = 0

    @property
    def paths(self) -> tuple[Path, ...]:
        """Every file written: territory, neighbourhoods, combined."""
        items = [self.territory, *self.neighbourhoods, self.combined]
        return tuple(p for p in items if p is not None)


@dataclass(frozen=True)
class ReportProgress:
    """One step done: `done` of `total`, what was done, the file written if any.

    The last item of a run has `result` set.
    """

    done: int
    total: int
    message: str
    path: Path | None = None
    result: ReportResult | None = None


@dataclass(frozen=True)
class PreparedSheets:
    """Every sheet of a run, computed and ready to lay out."""

    common: SheetCommon
    territory: SheetData
    neighbourhoods: tuple[SheetData, ...]
    skipped: tuple[str, ...]
    lang: Lang
    estimates: pd.DataFrame = field(repr=False)


#: Store setting holding the population figures a coordinator edited (CSV text).
SETTING_POPULATION = SettingKey.POPULATION_TARGETS

# ------------------------------------------------------------------------------------------------
# Preparing the figures


def lang_text(value: Any, lang: Lang) -> str:
    """A questionnaire label (Text by language) in `lang`, else its default language."""
    by_language = getattr(value, "by_language", None)
    if not by_language:
        return str(value or "")
    for name, content in by_language.items():
        if name == lang or name.endswith(f"({lang})"):
            return str(content)
    return str(next(iter(by_language.values())))


def _age_label(code: str, label: str, lang: Lang) -> str:
    if lang == "fr":
        return label
    if code.endswith("_plus"):
        return f"{code.removesuffix('_plus')}+"
    return code.replace("_", "–")


def _weighting_note(weighting: AgeWeighting | None, lang: Lang) -> str:
    if weighting is None:
        return ""
    if lang == "fr":
        return weighting.note
    notes = [
        "Age bands merged for weighting (fewer than 5 respondents): "
        + " + ".join(quoted(_age_label(b, b, lang), lang) for b in merge.bands)
        + "."
        for merge in weighting.merges
    ]
    if weighting.unknown:
        notes.append(
            f"{weighting.unknown} {'respondent' if weighting.unknown == 1 else 'respondents'} "
            "of the whole survey without an age band: their weight stays proportional to their "
            "share of the sample."
        )
    return " ".join(notes)


def _shares(
    values: pd.Series,
    weights: np.ndarray[Any, Any],
    mask: np.ndarray[Any, Any],
    cells: Sequence[tuple[str, str, float | None]],
    unknown_label: str,
) -> list[ShareRow]:
    """Sample and weighted shares of each cell among the rows of `mask`."""
    text_values = values.astype("string").to_numpy(dtype=object, na_value=None)[mask]
    w = weights[mask]
    n_total = max(int(mask.sum()), 1)
    w_total = float(w.sum()) or 1.0
    known = {code for code, _, _ in cells}
    rows = []
    for code, label, population in cells:
        inside = text_values == code
        rows.append(ShareRow(label, int(inside.sum()), inside.sum() / n_total,
                             float(w[inside].sum()) / w_total, population))
    other = np.array([v not in known for v in text_values], dtype=bool)
    if other.any():
        rows.append(ShareRow(unknown_label, int(other.sum()), other.sum() / n_total,
                             float(w[other].sum()) / w_total, None))
    return rows


def _question_labels(sheet: IndicatorSheet, form: Form | None, lang: Lang) -> dict[str, str]:
    labels: dict[str, str] = {}
    if form is None:
        return labels
    for indicator in sheet.indicators:
        if "." not in indicator.id:
            continue
        prefix = indicator.id.split(".", 1)[0]
        refs = sorted(indicator.value.references)
        item = form.by_name.get(refs[0]) if len(refs) == 1 else None
        if item is not None and prefix not in labels:
            labels[prefix] = lang_text(getattr(item, "label", ""), lang)
    return labels


def zone_names(store: Any = None) -> dict[str, str]:
    """Display names of the neighbourhoods of `store`'s territory (else the shipped file)."""
    from inclusion_desktop.territory import store_neighbourhoods

    return {n.code: n.display_name for n in store_neighbourhoods(store)}


def prepare_sheets(
    frame: pd.DataFrame | Respondents,
    sheet: IndicatorSheet,
    *,
    form: Form | None = None,
    lang: Lang = "fr",
    zone: str | None = None,
    versions: Sequence[str] = (),
    periods: dict[str, tuple[dt.date, dt.date]] | None = None,
    names: dict[str, str] | None = None,
    today: dt.date | None = None,
    targets: PopulationTargets | None = None,
    zone_targets: dict[str, PopulationTargets] | None = None,
) -> PreparedSheets:
    """Weights the frame on age, estimates every indicator and gathers each sheet's figures.

    `frame` may come already split into respondents and refusals (`split_refusals`).

    `zone_targets` maps a neighbourhood to its own age structure: that neighbourhood is then
    estimated on its own respondents, post-stratified to it (its sheet says so).

    `periods` maps a zone code (and "ensemble") to its first and last collection days; `names`
    maps zone codes to display names (default: the territory file); `targets` are the population
    figures to weight on (default: the INSEE figures shipped with the app).
    """
    if lang not in LANGUAGES:
        raise ReportError(code=Code.REPORT_UNKNOWN_LANGUAGE, lang=lang)
    split = frame if isinstance(frame, Respondents) else split_refusals(frame)
    if len(split.frame) + split.refusals == 0:
        raise ReportError(code=Code.REPORT_NO_COMPLETE)
    names = zone_names() if names is None else names
    frame = split.frame
    if len(frame) == 0:
        only = Code.REPORT_ONLY_REFUSALS if split.refusals > 1 else Code.REPORT_ONLY_REFUSAL
        raise ReportError(code=only, refusals=split.refusals)
    counts = frame["_zone"].value_counts()
    counts = counts[counts > 0]
    if zone is not None and zone not in counts.index:
        known = ", ".join(sorted(str(z) for z in counts.index))
        raise ReportError(code=Code.REPORT_UNKNOWN_ZONE, zone=zone, known=known)
    if zone is not None and counts[zone] < MIN_SHEET_RESPONDENTS:
        few = Code.REPORT_TOO_FEW_RESPONDENTS if counts[zone] > 1 else Code.REPORT_ONE_RESPONDENT
        raise ReportError(
            code=few,
            zone=names.get(zone, zone),
            count=int(counts[zone]),
            minimum=MIN_SHEET_RESPONDENTS,
        )

    weighting: AgeWeighting | None = None
    reason = ""
    if targets is None:
        try:
            targets = load_population_targets()
        except (PopulationTargetsError, OSError) as exc:
            targets, reason = {}, str(exc)
    design = SurveyDesign(frame)
    if AGE_VARIABLE in frame and AGE_VARIABLE in targets:
        try:
            weighting = age_band_targets(frame, targets)
            reason = weighting.limit()
            if reason:
                weighting = None
            else:
                design = weighting.apply(design)
        except (PopulationTargetsError, WeightingError) as exc:
            weighting, reason = None, str(exc)
    elif not reason:
        reason = (
            "le questionnaire n’a pas de tranche d’âge à comparer à la population."
            if lang == "fr"
            else "the questionnaire has no age band to compare with the population."
        )
    estimates = compute_indicators(frame, design, sheet, by="zone")
    weights = design.weights.to_numpy()

    age_cells = [
        (c.code, _age_label(c.code, c.label, lang), c.count) for c in targets.get(AGE_VARIABLE, ())
    ]
    age_total = sum(c[2] for c in age_cells) or 1.0
    age_cells_share = [(code, label, count / age_total) for code, label, count in age_cells]
    sex_targets = targets.get(SEX_VARIABLE, ())
    sex_total = sum(c.count for c in sex_targets) or 1.0
    sex_population = {c.code: c.count / sex_total for c in sex_targets}
    sex_cells: list[tuple[str, str, float | None]] = []
    question = form.by_name.get(SEX_VARIABLE) if form is not None else None
    choices = getattr(question, "choices", None)
    if choices is not None:
        sex_cells = [
            (c.name, lang_text(c.label, lang), sex_population.get(c.name))
            for c in choices.choices
        ]
    unknown_label = text(lang, "age_unknown")

    markers: dict[str, str] = {}
    for indicator in sheet.indicators:
        for comparison in indicator.comparisons:
            label = comparison_label(comparison, lang)
            if label not in markers and len(markers) < len(MARKERS):
                markers[label] = MARKERS[len(markers)]
    population_source = ""
    if age_cells:
        first = targets[AGE_VARIABLE][0]
        population_source = first.source
    total_label = text(lang, "territory")
    produced = today or dt.date.today()
    note = _weighting_note(weighting, lang)
    common = SheetCommon(
        title=sheet.title_fr if lang == "fr" else sheet.title_en,
        form_title=_form_title(form, sheet, lang),
        versions=tuple(versions),
        produced=produced,
        weighting_note=note,
        weighted=weighting is not None,
        population_total=age_total if age_cells else None,
        population_source=population_source,
        unweighted_reason=reason,
        sex_population=bool(sex_targets),
        population_min_age=_min_age(targets.get(AGE_VARIABLE, ())),
        comparison_markers=markers,
        question_labels=_question_labels(sheet, form, lang),
    )

    zones = frame["_zone"].to_numpy()
    by_domain = {str(d): rows for d, rows in estimates.groupby("domain", sort=False)}
    # Neighbourhoods with their own age structure: estimated alone, weighted to it.
    own: dict[str, tuple[np.ndarray[Any, Any], list[tuple[str, str, float | None]]]] = {}
    own_notes: dict[str, str] = {}
    own_refused: dict[str, str] = {}
    for code, structure in (zone_targets or {}).items():
        inside = zones == code
        if not inside.any() or AGE_VARIABLE not in structure or AGE_VARIABLE not in frame:
            continue
        part = frame.loc[inside].reset_index(drop=True)
        try:
            local_weighting = age_band_targets(part, structure)
            reason = local_weighting.limit()
            if reason:
                # As on the territory, weights that cannot stand are not used; the sheet says why.
                own_refused[code] = reason if lang == "fr" else ""
                continue
            local = local_weighting.apply(SurveyDesign(part))
        except (PopulationTargetsError, WeightingError) as error:
            own_refused[code] = str(error) if lang == "fr" else ""
            continue
        own_notes[code] = _weighting_note(local_weighting, lang)
        rows = compute_indicators(part, local, sheet, by=None)
        rows["domain"] = code
        by_domain[code] = rows
        own_weights = weights.copy()
        own_weights[inside] = local.weights.to_numpy()
        total = sum(c.count for c in structure[AGE_VARIABLE]) or 1.0
        cells: list[tuple[str, str, float | None]] = [
            (c.code, _age_label(c.code, c.label, lang), c.count / total)
            for c in structure[AGE_VARIABLE]
        ]
        own[code] = (own_weights, cells)
    territory_rows = by_domain.get(TOTAL_DOMAIN, estimates.iloc[0:0])

    def sheet_data(domain: str, mask: np.ndarray[Any, Any], place: str) -> SheetData:
        rows = by_domain.get(domain, estimates.iloc[0:0]).reset_index(drop=True)
        is_total = domain == TOTAL_DOMAIN
        other = None if is_total else territory_rows
        sheet_weights, cells = own.get(domain, (weights, age_cells_share))
        age = (
            _shares(frame[AGE_VARIABLE], sheet_weights, mask, cells, unknown_label)
            if AGE_VARIABLE in frame and cells
            else []
        )
        sex = (
            _shares(frame[SEX_VARIABLE], sheet_weights, mask, sex_cells, unknown_label)
            if SEX_VARIABLE in frame and sex_cells
            else []
        )
        return SheetData(
            domain=domain,
            place=place,
            is_territory=is_total,
            respondents=int(mask.sum()),
            period=(periods or {}).get(domain),
            rows=rows,
            territory_rows=other,
            age=age,
            sex=sex,
            messages=key_messages(rows, other, lang),
            refusals=split.refusals if is_total else split.refusals_by_zone.get(domain, 0),
            effective=(
                _kish(sheet_weights[mask])
                if weighting is not None or domain in own
                else None
            ),
            own_structure=domain in own,
            own_structure_refused=own_refused.get(domain),
            weighting_note=own_notes.get(domain),
        )

    territory = sheet_data(TOTAL_DOMAIN, np.ones(len(frame), dtype=bool), total_label)
    order = {code: i for i, code in enumerate(names)}
    present = sorted(counts.index, key=lambda z: (order.get(z, len(order)), str(z)))
    chosen = [z for z in present if zone is None or z == zone]
    sheets = []
    skipped = []
    for code in chosen:
        if not str(code).strip():
            # Questionnaires without a neighbourhood count on the territory sheet only: a sheet
            # named after no place would mislead.
            skipped.append(NO_ZONE_LABEL)
            continue
        if counts[code] < MIN_SHEET_RESPONDENTS:
            skipped.append(str(code))
            continue
        sheets.append(sheet_data(str(code), zones == code, names.get(code, str(code))))
    return PreparedSheets(common, territory, tuple(sheets), tuple(skipped), lang, estimates)


def _kish(weights: np.ndarray[Any, Any]) -> float:
    """Kish's effective sample size of a set of weights, (Σw)² / Σw²."""
    squares = float((weights**2).sum())
    return float(weights.sum()) ** 2 / squares if squares > 0 else 0.0


def _min_age(cells: Sequence[Any]) -> int | None:
    """The youngest age of age band codes like ``15_29`` (None when they do not say)."""
    ages = []
    for cell in cells:
        digits = str(cell.code).split("_")[0]
        if digits.isdigit():
            ages.append(int(digits))
    return min(ages) if ages else None


def _form_title(form: Form | None, sheet: IndicatorSheet, lang: Lang) -> str:
    if form is None:
        return quoted(sheet.title_fr if lang == "fr" else sheet.title_en, lang)
    return quoted(form.title, lang)


# ------------------------------------------------------------------------------------------------
# Writing PDFs


def file_name(domain: str, lang: Lang) -> str:
    """The file name of a sheet: fiche-territoire.pdf, fiche-maubeuge-sous_le_bois.pdf…"""
    stem = TERRITORY_NAME if domain == TOTAL_DOMAIN else "fiche-" + _safe(domain)
    return f"{stem}{'' if lang == 'fr' else '-en'}.pdf"


def _safe(code: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "_-" else "-" for ch in code).strip("-") or "zone"


def _check_writable(out_dir: Path) -> None:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        handle, probe = tempfile.mkstemp(prefix=".essai-", dir=out_dir)
        os.close(handle)
        os.unlink(probe)
    except OSError as exc:
        raise ReportError(
            code=Code.REPORT_FOLDER_NOT_WRITABLE, folder=out_dir, reason=os_error_text(exc)
        ) from exc


def _footer_marker(label: str) -> Any:
    from reportlab.platypus import Flowable

    class FooterMark(Flowable):  # type: ignore[misc]
        """Invisible: tells the page footer which sheet the page belongs to."""

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            return 0, 0

        def draw(self) -> None:
            canvas = self.canv
            canvas._inclusion_sheet = label  # noqa: SLF001
            canvas._inclusion_first_page = canvas.getPageNumber()  # noqa: SLF001

    return FooterMark()


def _write_pdf(
    path: Path, stories: Iterable[tuple[str, list[Any]]], title: str, lang: Lang
) -> None:
    """Lays out `stories` (footer label, flowables), one after the other, into `path`."""
    from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7)
        label = getattr(canvas, "_inclusion_sheet", "")
        first = getattr(canvas, "_inclusion_first_page", 1)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, MARGIN - 4, PAGE_WIDTH - MARGIN, MARGIN - 4)
        canvas.drawString(MARGIN, MARGIN - 12, f"{text(lang, 'sheet')} — {label}")
        page = text(lang, "page", page=canvas.getPageNumber() - first + 1)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, MARGIN - 12, page)
        canvas.restoreState()

    def lay_out(temp: Path) -> None:
        doc = BaseDocTemplate(
            str(temp),
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN + 4,
            title=title,
            author=PDF_AUTHOR,
            lang=lang,
            initialFontName=FONT,
            initialFontSize=8,
        )
        frame = Frame(MARGIN, MARGIN + 4, PAGE_WIDTH - 2 * MARGIN,
                      PAGE_HEIGHT - 2 * MARGIN - 4, id="body", leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate(id="sheet", frames=[frame], onPageEnd=footer)])
        flow: list[Any] = []
        for index, (label, story) in enumerate(stories):
            if index:
                flow.append(PageBreak())
            flow.append(_footer_marker(label))
            flow += story
        doc.build(flow)

    _write_atomically(path, lay_out)


def _write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Calls `write` on a temporary file, flushes it to disk and renames it to `path`."""
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        write(temp)
        with open(temp, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise ReportError(
            code=Code.REPORT_WRITE_FAILED, file=path.name, reason=os_error_text(exc)
        ) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def joined_pdf(paths: Sequence[Path], title: str, lang: Lang) -> Any:
    """A pypdf writer holding the pages of `paths`, one file after the other.

    Joining sheets already written costs a fraction of laying them out a second time, and
    gives the same pages. Each sheet embeds its own font subsets: the identical ones are kept
    once, so the joined file stays close to the size of one laid out in one go.
    """
    from pypdf import PdfWriter
    from pypdf.generic import NameObject, TextStringObject

    writer = PdfWriter()
    for path in paths:
        writer.append(str(path))
    writer.compress_identical_objects()
    writer.add_metadata({"/Title": title, "/Author": PDF_AUTHOR})
    writer.root_object[NameObject("/Lang")] = TextStringObject(lang)
    return writer


def _join_pdfs(paths: Sequence[Path], target: Path, title: str, lang: Lang) -> None:
    """Writes the pages of `paths` into `target`, atomically."""
    writer = joined_pdf(paths, title, lang)
    _write_atomically(target, lambda temp: writer.write(str(temp)))


def render_sheets(
    prepared: PreparedSheets, out_dir: str | Path, *, combined: bool = True, steps_before: int = 0
) -> Generator[ReportProgress, None, ReportResult]:
    """Writes every prepared sheet, then the combined PDF; yields after each file."""
    lang = prepared.lang
    out = Path(out_dir)
    _check_writable(out)
    try:
        register_fonts()
    except FontNotFoundError as exc:
        raise ReportError(code=exc.code, **exc.params) from exc
    single = len(prepared.neighbourhoods) == 1 and not combined
    sheets: list[SheetData] = [] if single else [prepared.territory]
    sheets += list(prepared.neighbourhoods)
    total = steps_before + len(sheets) + (1 if combined else 0)
    done = steps_before
    written: list[Path] = []
    for data in sheets:
        path = out / file_name(data.domain, lang)
        title = f"{text(lang, 'sheet')} — {data.place}"
        _write_pdf(path, [(data.place, sheet_story(data, prepared.common, lang))], title, lang)
        written.append(path)
        done += 1
        yield ReportProgress(done, total, title, path)
    combined_path = None
    if combined:
        combined_path = out / f"{COMBINED_NAME}{'' if lang == 'fr' else '-en'}.pdf"
        _join_pdfs(written, combined_path,
                   f"{text(lang, 'sheet')} — {prepared.common.title}", lang)
        done += 1
    result = ReportResult(
        out_dir=out,
        territory=None if single else written[0],
        neighbourhoods=tuple(written[0 if single else 1 :]),
        combined=combined_path,
        skipped=prepared.skipped,
        respondents=prepared.territory.respondents,
        lang=lang,
        refusals=prepared.territory.refusals,
    )
    final = ReportProgress(done, total, _summary_line(result), combined_path, result)
    yield final
    return result


def _summary_line(result: ReportResult) -> str:
    return f"{plural(len(result.paths), 'fichier écrit', 'fichiers écrits')} dans {result.out_dir}"


# ------------------------------------------------------------------------------------------------
# From the store


def _periods(
    store: Any, form_id: str, uuids: Collection[str]
) -> dict[str, tuple[dt.date, dt.date]]:
    """First and last day of the questionnaires `uuids` of each zone (and of the territory)."""
    # The stored UTC texts sort as moments: only each zone's first and last become datetimes.
    known = set(uuids)
    first: dict[str, Any] = {}
    last: dict[str, Any] = {}
    for page in store.iter_submission_days(form_id):
        for uuid, zone, at in page:
            if zone is None or uuid not in known:
                continue
            if zone not in first or at < first[zone]:
                first[zone] = at
            if zone not in last or at > last[zone]:
                last[zone] = at
    if not first:
        return {}
    first[TOTAL_DOMAIN] = min(first.values())
    last[TOTAL_DOMAIN] = max(last.values())

    def day(stored: str) -> dt.date:
        moment = dt.datetime.fromisoformat(stored)
        return moment.astimezone().date() if moment.tzinfo else moment.date()

    return {str(place): (day(first[place]), day(last[place])) for place in first}


def prepare_store_sheets(
    store: Any,
    *,
    zone: str | None = None,
    lang: Lang = "fr",
    form_id: str = "habitants",
    today: dt.date | None = None,
) -> PreparedSheets:
    """Reads `form_id`'s complete questionnaires from `store`, weights them, estimates each sheet.

    The sheets and the in-app dashboard both start here, so they always show the same figures.
    Raises `ReportError` when there is nothing to estimate.
    """
    if lang not in LANGUAGES:
        raise ReportError(code=Code.REPORT_UNKNOWN_LANGUAGE, lang=lang)
    latest = store.latest_form_version(form_id)
    if latest is None:
        raise ReportError(code=Code.REPORT_NO_FORM, form_id=form_id)
    form = store.stored_form(latest.id)
    sheet = load_indicators(form_id, form) if has_indicator_file(form_id) else generic_indicators(
        form
    )
    # Only the answers the sheets show or weight on are read: a fraction of each questionnaire.
    frame = submissions_frame(store, form_id, questions=sheet.questions | SHEET_VARIABLES)
    if len(frame) == 0:
        raise ReportError(code=Code.REPORT_NO_COMPLETE)
    used = sorted({str(v) for v in frame["_version"].dropna().unique()})
    periods = _periods(store, form_id, frame["_uuid"].to_numpy())
    edited = store.get_setting(SETTING_POPULATION)
    by_zone = store.get_setting(SETTING_ZONE_POPULATION)
    try:
        targets = parse_population_targets(edited) if edited else None
        zone_targets = parse_zone_targets(by_zone) if by_zone else None
    except PopulationTargetsError as exc:
        raise ReportError(code=Code.REPORT_TARGETS_UNUSABLE, reason=exc.message) from exc
    return prepare_sheets(
        # This function owns the frame: its columns move to the respondents' frame, not copied.
        split_refusals(frame, consume=True),
        sheet,
        form=form,
        lang=lang,
        zone=zone,
        versions=used,
        periods=periods,
        names=zone_names(store),
        today=today,
        targets=targets,
        zone_targets=zone_targets,
    )


def generate_reports(
    store: Any,
    out_dir: str | Path,
    *,
    zone: str | None = None,
    lang: Lang = "fr",
    form_id: str = "habitants",
    today: dt.date | None = None,
) -> Generator[ReportProgress, None, ReportResult]:
    """Writes the summary sheets of `form_id` from `store` into `out_dir`, yielding progress.

    Without `zone`: one PDF per neighbourhood with at least 5 respondents, one for the whole
    territory and one combined PDF (territory first). With `zone`: that neighbourhood's sheet
    only. A form without an indicator file gets a generic sheet (every select question).
    Raises `ReportError` before writing anything when the sheets cannot be produced.
    """
    if lang not in LANGUAGES:
        raise ReportError(code=Code.REPORT_UNKNOWN_LANGUAGE, lang=lang)
    out = Path(out_dir)
    _check_writable(out)
    yield ReportProgress(0, 1, "Lecture des questionnaires…" if lang == "fr" else "Reading…")
    prepared = prepare_store_sheets(store, zone=zone, lang=lang, form_id=form_id, today=today)
    result = yield from render_sheets(prepared, out, combined=zone is None, steps_before=1)
    return result


def write_reports(
    store: Any,
    out_dir: str | Path,
    *,
    zone: str | None = None,
    lang: Lang = "fr",
    form_id: str = "habitants",
    progress: Callable[[ReportProgress], None] | None = None,
    today: dt.date | None = None,
) -> ReportResult:
    """Runs `generate_reports` to the end and returns what it wrote."""
    result: ReportResult | None = None
    for step in generate_reports(store, out_dir, zone=zone, lang=lang, form_id=form_id,
                                 today=today):
        if progress is not None:
            progress(step)
        if step.result is not None:
            result = step.result
    assert result is not None
    return result
