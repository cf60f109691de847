"""One summary sheet as reportlab flowables: header, who answered, key messages, sections, method.

The figures come from `compute_indicators`; this module only lays them out. A suppressed
estimate (fewer than 5 respondents) is never printed: its cells say "masqué" and its bar is left
empty, whatever the table holds.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

import pandas as pd
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from inclusion_desktop.analysis.weighting import (
    FLAG_CAUTION,
    FLAG_SUPPRESSED,
    MAX_WEIGHT_SHARE,
    MIN_RELIABLE,
)
from inclusion_desktop.reports.charts import (
    MARKERS,
    TERRITORY_MARKER,
    BarMark,
    axis,
    bar_row,
    legend,
)
from inclusion_desktop.reports.fonts import FONT, FONT_BOLD, FONT_ITALIC
from inclusion_desktop.reports.texts import MONTHS, text
from inclusion_desktop.reports.typography import (
    DASH,
    Lang,
    french_spacing,
    integer,
    interval,
    percent,
    points,
    quoted,
)

PAGE_WIDTH = 210 * mm
PAGE_HEIGHT = 297 * mm
MARGIN = 14 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
#: Under these many respondents a neighbourhood gets no sheet (nothing could be shown).
MIN_SHEET_RESPONDENTS = 5
MAX_MESSAGES = 5
MIN_MESSAGES = 3


@dataclass(frozen=True)
class ShareRow:
    """One line of the "who answered" tables: counts and shares of an age band or a sex."""

    label: str
    n: int
    sample: float
    weighted: float | None
    population: float | None


@dataclass(frozen=True)
class SheetData:
    """Everything one sheet prints, already computed."""

    domain: str
    place: str
    is_territory: bool
    respondents: int
    period: tuple[dt.date, dt.date] | None
    rows: pd.DataFrame
    territory_rows: pd.DataFrame | None
    age: list[ShareRow]
    sex: list[ShareRow]
    messages: list[str]
    #: Questionnaires of people who declined (consent « non »): not respondents, shown apart.
    refusals: int = 0
    #: Kish's effective number of respondents of the sheet ((Σw)² / Σw²); None: not weighted.
    effective: float | None = None
    #: True when the neighbourhood is weighted to its own age structure (not the territory's).
    own_structure: bool = False
    #: Why the age structure entered for this neighbourhood was not used (None: none entered).
    own_structure_refused: str | None = None
    #: The sheet's own note on merged age bands (None: the run's, in SheetCommon).
    weighting_note: str | None = None


@dataclass(frozen=True)
class SheetCommon:
    """What every sheet of one run shares: titles, method, legend."""

    title: str
    form_title: str
    versions: tuple[str, ...]
    produced: dt.date
    weighting_note: str
    weighted: bool
    population_total: float | None
    population_source: str
    unweighted_reason: str
    sex_population: bool
    comparison_markers: dict[str, str] = field(default_factory=dict)
    question_labels: dict[str, str] = field(default_factory=dict)
    #: The youngest age of the population weighted on (15 for bands 15-29, 30-44…).
    population_min_age: int | None = None


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, bulletFontName=FONT, fontSize=8.2, leading=10.2,
                          textColor=colors.black)
    return {
        "kicker": ParagraphStyle("kicker", base, fontSize=9, leading=11, textColor=colors.black),
        "title": ParagraphStyle("title", base, fontName=FONT_BOLD, fontSize=19, leading=23,
                                spaceBefore=2, spaceAfter=3),
        "meta": ParagraphStyle("meta", base, fontSize=9, leading=12, spaceAfter=6),
        "h2": ParagraphStyle("h2", base, fontName=FONT_BOLD, fontSize=11.5, leading=14,
                             spaceBefore=9, spaceAfter=4, keepWithNext=1),
        "body": base,
        "cell": ParagraphStyle("cell", base, fontSize=7.6, leading=9.2),
        "cell_right": ParagraphStyle("cell_right", base, fontSize=7.6, leading=9.2,
                                     alignment=TA_RIGHT),
        "cell_head": ParagraphStyle("cell_head", base, fontName=FONT_BOLD, fontSize=7,
                                    leading=8.4),
        "cell_head_right": ParagraphStyle("cell_head_right", base, fontName=FONT_BOLD,
                                          fontSize=7, leading=8.4, alignment=TA_RIGHT),
        "reference": ParagraphStyle("reference", base, fontSize=6.8, leading=8.2),
        "group": ParagraphStyle("group", base, fontName=FONT_ITALIC, fontSize=7.6, leading=9.2),
        "small": ParagraphStyle("small", base, fontSize=6.8, leading=8.4, alignment=TA_LEFT),
        "message": ParagraphStyle("message", base, fontSize=8.6, leading=11, leftIndent=10,
                                  bulletIndent=0, spaceAfter=2),
    }


STYLES: dict[str, ParagraphStyle] = {}


def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles (built once, after the fonts are registered)."""
    if not STYLES:
        STYLES.update(_styles())
    return STYLES


#: Parsed markup of the paragraphs already made, by (markup, style name): the same labels,
#: headers and figures come back on every sheet, and parsing is most of a paragraph's cost.
_PARSED: dict[tuple[str, str], tuple[str, list[Any]]] = {}
_PARSED_LIMIT = 20_000


class SheetParagraph(Paragraph):  # type: ignore[misc]
    """A paragraph that breaks its lines once per width.

    A table wraps each of its cells to measure the rows, then again to draw them: the second
    time, at the same width, the lines are those of the first.
    """

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        memo = self.__dict__.get("_wrapped")
        # Only while the lines of that width are still there (a split drops them).
        if memo is not None and memo[0] == available_width and "blPara" in self.__dict__:
            return memo[1]  # type: ignore[no-any-return]
        size = super().wrap(available_width, available_height)
        self._wrapped = (available_width, size)
        return size  # type: ignore[no-any-return]


def paragraph(content: str, style: str) -> Paragraph:
    """A paragraph of `content` (reportlab markup) in one of the sheets' styles."""
    parsed = _PARSED.get((content, style))
    if parsed is None:
        made = SheetParagraph(content, styles()[style])
        if len(_PARSED) < _PARSED_LIMIT:
            # Copies: laying out a paragraph must not touch the cached fragments.
            _PARSED[(content, style)] = (made.text, [frag.clone() for frag in made.frags])
        return made
    text_, frags = parsed
    return SheetParagraph(text_, styles()[style], frags=[frag.clone() for frag in frags])


_p = paragraph


def _e(value: str) -> str:
    return escape(french_spacing(value))


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def format_date(day: dt.date, lang: Lang) -> str:
    """"3 novembre 2026" / "3 November 2026"."""
    first = "1er" if lang == "fr" and day.day == 1 else str(day.day)
    return f"{first} {MONTHS[lang][day.month - 1]} {day.year}"


def shown(row: Any) -> bool:
    """True when the row's estimate may be printed (not suppressed, known)."""
    return row["flag"] != FLAG_SUPPRESSED and not _missing(row["p"])


def value_text(row: Any, lang: Lang) -> str:
    """The estimate cell: "63 %", "63 %*" under 30 respondents, "masqué" under 5."""
    if row["flag"] == FLAG_SUPPRESSED:
        return text(lang, "masked") if row["n"] > 0 else DASH
    if _missing(row["p"]):
        return DASH
    mark = "*" if row["flag"] == FLAG_CAUTION else ""
    if heavy(row):
        mark += "†"
    return percent(row["p"], lang) + mark


def heavy(row: Any) -> bool:
    """True when one respondent carries more than 20 % of the weight of the estimate."""
    share = row.get("max_weight_share") if hasattr(row, "get") else None
    return share is not None and not _missing(share) and float(share) > MAX_WEIGHT_SHARE


def n_text(row: Any, lang: Lang) -> str:
    """The n cell: respondents, and the effective number in brackets when it is smaller."""
    n = int(row["n"])
    effective = row.get("n_eff") if hasattr(row, "get") else None
    if effective is None or _missing(effective) or round(float(effective)) >= n:
        return integer(n, lang)
    return f"{integer(n, lang)} ({integer(round(float(effective)), lang)})"


def interval_text(row: Any, lang: Lang) -> str:
    """The interval cell, empty (–) when the estimate is not shown."""
    return interval(row["ci_low"], row["ci_high"], lang) if shown(row) else DASH


def label_of(row: Any, lang: Lang, prefix: str = "") -> str:
    """The indicator's label in `lang`."""
    return str(row[f"{prefix}label_{lang}"])


def comparison_label(comparison: Any, lang: Lang) -> str:
    """The short name of a comparison figure ("France", "Diagnostic 2021")."""
    label = comparison.label_fr if lang == "fr" else (comparison.label_en or comparison.label_fr)
    return str(label or comparison.source)


# ------------------------------------------------------------------------------------------------
# Key messages


def key_messages(
    rows: pd.DataFrame, territory_rows: pd.DataFrame | None, lang: Lang
) -> list[str]:
    """Three to five sentences on the largest gaps between an estimate and its comparisons.

    Gaps with the comparison figures of the indicator file come first (largest first, one per
    indicator, reliable estimates before those under 30 respondents); on a neighbourhood sheet,
    gaps with the whole territory complete the list up to three.
    """
    # `shown` for every row at once: estimate kept and known.
    visible = (rows["flag"] != FLAG_SUPPRESSED) & rows["p"].notna()
    plain = rows[(rows["cross"] == "") & visible] if len(rows) else rows
    candidates: list[tuple[int, float, str, str]] = []
    for row in records(plain):
        best: tuple[float, str] | None = None
        for comparison in row["comparisons"]:
            gap = float(row["p"]) - comparison.value
            if _within(row, comparison.value):
                continue  # inside the margin of error: not a finding
            if best is None or abs(gap) > best[0]:
                best = (abs(gap), _message(row, comparison.value, comparison_label(comparison,
                                                                                   lang), lang))
        if best is not None and best[0] >= 0.005:
            candidates.append((int(row["flag"] == FLAG_CAUTION), -best[0], row["indicator"],
                               best[1]))
    candidates.sort()
    messages = [c[3] for c in candidates[:MAX_MESSAGES]]
    used = {c[2] for c in candidates[:MAX_MESSAGES]}
    if len(messages) < MIN_MESSAGES and territory_rows is not None and len(plain):
        whole = _plain_by_indicator(territory_rows)
        extra: list[tuple[int, float, str]] = []
        for row in records(plain):
            if row["indicator"] in used or row["indicator"] not in whole:
                continue
            other = whole[row["indicator"]]
            if not shown(other):
                continue
            gap = float(row["p"]) - float(other["p"])
            if abs(gap) >= 0.005 and not _within(row, float(other["p"])):
                extra.append((int(row["flag"] == FLAG_CAUTION), -abs(gap),
                              _message(row, float(other["p"]), text(lang, "territory_label"),
                                       lang)))
        extra.sort()
        messages += [m for _, _, m in extra[: MIN_MESSAGES - len(messages)]]
    return messages


def _within(row: Any, reference: float) -> bool:
    """True when `reference` lies inside the row's 95 % interval."""
    low, high = row["ci_low"], row["ci_high"]
    return not _missing(low) and not _missing(high) and low <= reference <= high


def weighted_sheet(data: SheetData, common: SheetCommon) -> bool:
    """True when the sheet's figures are weighted (the run's weights, or its own structure's)."""
    return common.weighted or data.own_structure


def too_small(data: SheetData) -> bool:
    """True for a neighbourhood sheet under 30 effective respondents."""
    size = data.effective if data.effective is not None else data.respondents
    return not data.is_territory and round(size, 6) < MIN_RELIABLE


def _plain_by_indicator(rows: pd.DataFrame) -> dict[str, dict[str, Any]]:
    """The rows not crossed by a level, as dicts keyed by indicator (the first of each).

    A sheet looks up the territory's figure of each of its rows: a dict answers at once where
    a pandas index lookup per row costs more than laying the row out.
    """
    found: dict[str, dict[str, Any]] = {}
    for row in records(rows):
        if row["cross"] == "":
            found.setdefault(str(row["indicator"]), row)
    return found


def records(rows: pd.DataFrame) -> list[dict[str, Any]]:
    """The rows as dicts of plain Python values, as `DataFrame.to_dict("records")` gives them.

    Built column by column: many times faster than `to_dict`, which boxes value by value.
    """
    columns = [rows[name].tolist() for name in rows.columns]
    names = [str(name) for name in rows.columns]
    return [dict(zip(names, values, strict=True)) for values in zip(*columns, strict=True)]


def _message(row: Any, reference: float, source: str, lang: Lang) -> str:
    gap = float(row["p"]) - reference
    sentence = text(
        lang,
        "message",
        label=label_of(row, lang),
        value=percent(row["p"], lang),
        reference=percent(reference, lang),
        source=source,
        gap=points(gap, lang),
        direction=text(lang, "more" if gap > 0 else "less"),
    )
    low, high = row["ci_low"], row["ci_high"]
    if not _missing(low) and not _missing(high) and low <= reference <= high:
        sentence += text(lang, "message_close")
    if row["flag"] == FLAG_CAUTION:
        sentence += " *"
    return sentence


# ------------------------------------------------------------------------------------------------
# Flowables


def _header(data: SheetData, common: SheetCommon, lang: Lang) -> list[Flowable]:
    s = text(lang, "respondents" if data.respondents > 1 else "respondent",
             n=integer(data.respondents, lang))
    parts = [f"<b>{_e(s)}</b>"]
    if data.refusals:
        parts.append(_e(text(lang, "refusals", n=integer(data.refusals, lang))))
    if data.period is not None:
        start, end = data.period
        span = (
            text(lang, "period_day", start=format_date(start, lang))
            if start == end
            else text(lang, "period_range", start=format_date(start, lang),
                      end=format_date(end, lang))
        )
        parts.append(_e(span[:1].upper() + span[1:]))
    if common.versions:
        parts.append(_e(text(lang, "form_version", version=", ".join(common.versions))))
    return [
        _p(_e(f"{text(lang, 'sheet')} — {common.title}"), "kicker"),
        _p(_e(data.place), "title"),
        _p(" · ".join(parts), "meta"),
    ]


def _share_table(
    title: str,
    rows: Sequence[ShareRow],
    lang: Lang,
    width: float,
    whose: str = "",
    weighted: bool = True,
) -> Table:
    head = [
        _p(_e(title), "cell_head"),
        _p(_e(text(lang, "n")), "cell_head_right"),
        _p(_e(text(lang, "sample")), "cell_head_right"),
        _p(_e(text(lang, "weighted")), "cell_head_right"),
        _p(_e(text(lang, whose or "population_of_territory")), "cell_head_right"),
    ]
    body = [
        [
            _p(_e(row.label), "cell"),
            _p(integer(row.n, lang), "cell_right"),
            _p(percent(row.sample, lang), "cell_right"),
            _p(
                percent(row.weighted, lang) if weighted and row.weighted is not None else DASH,
                "cell_right",
            ),
            _p(
                percent(row.population, lang)
                if row.population is not None
                else _e(text(lang, "not_available")),
                "cell_right",
            ),
        ]
        for row in rows
    ]
    number, count = 52.0, 20.0
    table = Table([head, *body], colWidths=[width - count - 3 * number, count] + [number] * 3,
                  repeatRows=1)
    table.setStyle(_grid_style())
    return table


def _grid_style() -> TableStyle:
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.Color(0.7, 0.7, 0.7)),
            ("TOPPADDING", (0, 0), (-1, -1), 1.6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ]
    )


def _who(data: SheetData, common: SheetCommon, lang: Lang) -> list[Flowable]:
    gap = 6 * mm
    half = (CONTENT_WIDTH - gap) / 2
    # Unweighted, the « Redressé » column would only repeat the sample: it shows dashes.
    weighted = weighted_sheet(data, common)
    pair = Table(
        [[_share_table(text(lang, "age"), data.age, lang, half,
                       "population_of_zone" if data.own_structure else "", weighted), "",
          _share_table(text(lang, "sex"), data.sex, lang, half, "", weighted)]],
        colWidths=[half, gap, half],
    )
    pair.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("FONTNAME", (0, 0), (-1, -1), FONT),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    notes = []
    note = common.weighting_note if data.weighting_note is None else data.weighting_note
    if not weighted:
        notes.append(text(lang, "methods_no_weighting", reason=common.unweighted_reason))
    elif note:
        notes.append(note)
    if not common.sex_population:
        notes.append(text(lang, "sex_population_missing"))
    if data.own_structure:
        notes.append(text(lang, "own_structure"))
    elif data.own_structure_refused is not None and common.weighted:
        notes.append(text(lang, "own_structure_refused", reason=data.own_structure_refused).strip())
    elif not data.is_territory and common.weighted:
        notes.append(text(lang, "territory_structure"))
    # Weighting restores the age structure only through the bands someone answered in.
    missing = [row.label for row in data.age if row.population and row.n == 0]
    if weighted and not data.is_territory and missing:
        bands = ", ".join(quoted(label, lang) for label in missing)
        key = "band_missing_here" if len(missing) > 1 else "band_missing_here_one"
        notes.append(text(lang, key, bands=bands))
    flow: list[Flowable] = [_p(_e(text(lang, "who")), "h2"), pair]
    if notes:
        flow += [Spacer(0, 2), _p(_e(" ".join(notes)), "small")]
    return [KeepTogether(flow)]


def _messages(data: SheetData, common: SheetCommon, lang: Lang) -> list[Flowable]:
    items: list[Flowable] = [_p(_e(text(lang, "key_messages")), "h2")]
    if too_small(data):
        size = data.effective if data.effective is not None else data.respondents
        key = "too_small" if weighted_sheet(data, common) else "too_small_unweighted"
        sentence = text(lang, key, n=integer(data.respondents, lang),
                        n_eff=integer(round(size), lang),
                        refusals=integer(data.refusals, lang))
        items.append(Paragraph(_e(sentence), styles()["message"], bulletText="•"))
    elif not data.messages:
        items.append(_p(_e(text(lang, "no_messages")), "body"))
    for message in [] if too_small(data) else data.messages:
        items.append(Paragraph(_e(message), styles()["message"], bulletText="•"))
    box = Table([[items]], colWidths=[CONTENT_WIDTH])
    box.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("BOX", (0, 0), (-1, -1), 0.9, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return [Spacer(0, 4), box]


def _legend(data: SheetData, common: SheetCommon, lang: Lang) -> list[Flowable]:
    weighted = weighted_sheet(data, common)
    items = [
        ("bar", text(lang, "legend_bar" if weighted else "legend_bar_unweighted")),
        ("caution", text(lang, "legend_caution") + " (*)"),
        ("interval", text(lang, "legend_interval")),
    ]
    items += [(marker, label) for label, marker in common.comparison_markers.items()]
    if not data.is_territory:
        items.append((TERRITORY_MARKER, text(lang, "legend_territory")))
    return [Spacer(0, 5), legend(items, CONTENT_WIDTH), Spacer(0, 2),
            _p(_e(text(lang, "jargon" if weighted else "jargon_unweighted")), "small")]


def _columns(is_territory: bool) -> list[float]:
    if is_territory:
        widths = [0.0, 118.0, 42.0, 56.0, 44.0, 92.0]
    else:
        widths = [0.0, 94.0, 40.0, 52.0, 40.0, 50.0, 86.0]
    widths[0] = CONTENT_WIDTH - sum(widths)
    return widths


def _reference_cell(comparisons: Sequence[Any], lang: Lang) -> str:
    return "<br/>".join(
        f"{percent(c.value, lang)} {_e(comparison_label(c, lang))}" for c in comparisons
    ) or DASH


def _section_table(
    section_rows: Sequence[dict[str, Any]],
    data: SheetData,
    common: SheetCommon,
    lang: Lang,
    whole: dict[str, dict[str, Any]] | None,
) -> list[Flowable]:
    """The table of a section; `whole` holds the territory's rows on a neighbourhood sheet."""
    widths = _columns(data.is_territory)
    chart_width = widths[1]
    head: list[Any] = [
        _p(_e(text(lang, "indicator")), "cell_head"),
        axis(chart_width, 9, lang),
        _p(_e(text(lang, "estimate")), "cell_head_right"),
        _p(_e(text(lang, "interval")), "cell_head_right"),
        _p(_e(text(lang, "n")), "cell_head_right"),
    ]
    if not data.is_territory:
        head.append(_p(_e(text(lang, "whole")), "cell_head_right"))
    head.append(_p(_e(text(lang, "reference")), "cell_head"))
    body: list[list[Any]] = []
    spans: list[int] = []
    group = None
    for row in section_rows:
        indicator = str(row["indicator"])
        prefix = indicator.split(".", 1)[0] if "." in indicator else None
        if prefix != group:
            group = prefix
            if prefix is not None and prefix in common.question_labels:
                spans.append(len(body) + 1)
                body.append([_p(_e(common.question_labels[prefix]), "group")]
                            + [""] * (len(widths) - 1))
        marks = [
            BarMark(c.value, common.comparison_markers.get(comparison_label(c, lang), MARKERS[0]))
            for c in row["comparisons"]
        ]
        other = None
        if whole is not None and indicator in whole:
            other = whole[indicator]
            if shown(other):
                marks.append(BarMark(float(other["p"]), TERRITORY_MARKER))
        visible = shown(row)
        cells: list[Any] = [
            _p(_e(label_of(row, lang)), "cell"),
            bar_row(
                chart_width,
                11,
                row["p"] if visible else None,
                row["ci_low"] if visible else None,
                row["ci_high"] if visible else None,
                marks,
                caution=row["flag"] == FLAG_CAUTION,
            ),
            _p(_e(value_text(row, lang)), "cell_right"),
            _p(_e(interval_text(row, lang)), "cell_right"),
            _p(n_text(row, lang), "cell_right"),
        ]
        if not data.is_territory:
            cells.append(_p(_e(value_text(other, lang)) if other is not None else DASH,
                            "cell_right"))
        cells.append(_p(_reference_cell(row["comparisons"], lang), "reference"))
        body.append(cells)
    table = Table([head, *body], colWidths=widths, repeatRows=1)
    style = _grid_style()
    style.add("LEFTPADDING", (1, 0), (1, -1), 0)
    style.add("RIGHTPADDING", (1, 0), (1, -1), 0)
    for index in spans:
        style.add("SPAN", (0, index), (-1, index))
        style.add("TOPPADDING", (0, index), (-1, index), 4)
    table.setStyle(style)
    return [table]


def _crossed_table(section_rows: Sequence[dict[str, Any]], lang: Lang) -> list[Flowable]:
    levels = list(dict.fromkeys((r["cross"], r[f"cross_label_{lang}"]) for r in section_rows))
    head = [_p("", "cell_head")] + [_p(_e(label), "cell_head_right") for _, label in levels]
    body = []
    by_indicator: dict[str, list[dict[str, Any]]] = {}
    for row in section_rows:
        by_indicator.setdefault(str(row["indicator"]), []).append(row)
    for rows in by_indicator.values():
        by_level = {r["cross"]: r for r in rows}
        first = rows[0]
        line: list[Any] = [_p(_e(label_of(first, lang)), "cell")]
        for code, _ in levels:
            cell = by_level.get(code)
            if cell is None:
                line.append(_p(DASH, "cell_right"))
                continue
            line.append(_p(f"{_e(value_text(cell, lang))} <font size=6>(n = "
                           f"{integer(int(cell['n']), lang)})</font>", "cell_right"))
        body.append(line)
    first_width = CONTENT_WIDTH * 0.34
    other = (CONTENT_WIDTH - first_width) / max(len(levels), 1)
    table = Table([head, *body], colWidths=[first_width] + [other] * len(levels), repeatRows=1)
    table.setStyle(_grid_style())
    return [table]


def _sections(data: SheetData, common: SheetCommon, lang: Lang) -> list[Flowable]:
    flow: list[Flowable] = []
    rows = data.rows
    whole = (
        _plain_by_indicator(data.territory_rows) if data.territory_rows is not None else None
    )
    by_section: dict[str, list[dict[str, Any]]] = {}
    for row in records(rows):
        if not _missing(row["section"]):  # as groupby("section") leaves them out
            by_section.setdefault(row["section"], []).append(row)
    for section_rows in by_section.values():
        label = str(section_rows[0][f"section_label_{lang}"])
        plain = [r for r in section_rows if r["cross"] == ""]
        crossed = [r for r in section_rows if r["cross"] != ""]
        flow.append(CondPageBreak(40 * mm))
        if len(plain):
            flow.append(_p(_e(label), "h2"))
            flow += _section_table(plain, data, common, lang, whole)
        if len(crossed):
            prefix = str(crossed[0]["indicator"]).split(".", 1)[0]
            title = common.question_labels.get(prefix, "") or label
            if not len(plain):
                flow.append(_p(_e(label), "h2"))
            flow.append(Spacer(0, 4))
            flow.append(KeepTogether([
                _p(_e(title + " " + _by_level_suffix(lang)), "group"),
                Spacer(0, 2),
                *_crossed_table(crossed, lang),
            ]))
    return flow


def _by_level_suffix(lang: Lang) -> str:
    return "(selon l’aisance avec le numérique)" if lang == "fr" else "(by confidence level)"


def _methods(data: SheetData, common: SheetCommon, lang: Lang) -> list[Flowable]:
    parts = []
    if data.own_structure:
        parts.append(text(lang, "methods_own_weighting"))
        if data.weighting_note:
            parts.append(data.weighting_note)
    elif common.weighted:
        population = (
            text(lang, "population_aged", age=common.population_min_age,
                 n=integer(common.population_total, lang))
            if common.population_total and common.population_min_age is not None
            else text(lang, "inhabitants", n=integer(common.population_total, lang))
            if common.population_total
            else ""
        )
        parts.append(text(lang, "methods_weighting", population=population,
                          source=common.population_source))
        if not data.is_territory:
            parts.append(text(lang, "methods_territory_structure"))
        if common.weighting_note:
            parts.append(common.weighting_note)
    else:
        parts.append(text(lang, "methods_no_weighting", reason=common.unweighted_reason))
    parts.append(text(lang, "methods_interval"))
    weighted = weighted_sheet(data, common)
    parts.append(text(lang, "caution_note" if weighted else "caution_note_unweighted"))
    sources = sorted({c.source for cs in data.rows["comparisons"] for c in cs if c.source})
    if sources:
        parts.append(text(lang, "methods_sources", sources=" ; ".join(sources)))
    parts.append(text(lang, "methods_form" if len(common.versions) > 1 else "methods_form_one",
                      title=common.form_title,
                      versions=", ".join(common.versions) or DASH,
                      date=format_date(common.produced, lang)))
    return [
        CondPageBreak(30 * mm),
        Spacer(0, 6),
        KeepTogether([
            _p(f"<b>{_e(text(lang, 'methods'))}.</b> " + _e(" ".join(parts)), "small"),
        ]),
    ]


def sheet_story(data: SheetData, common: SheetCommon, lang: Lang) -> list[Flowable]:
    """The flowables of one sheet, in order."""
    return [
        *_header(data, common, lang),
        *_who(data, common, lang),
        *_messages(data, common, lang),
        *_legend(data, common, lang),
        *_sections(data, common, lang),
        *_methods(data, common, lang),
    ]
