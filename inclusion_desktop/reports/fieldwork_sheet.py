"""The « suivi de terrain » PDF: daily progress, durations, mediators, neighbourhoods, quotas.

The two charts (questionnaires per day, durations) are drawn with matplotlib, the charting
library made for this (QtCharts is not in PySide6-Essentials, and the core must not need Qt),
then placed as images in the reportlab page with the same DejaVu Sans as the text.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from inclusion_desktop.catalogue import Code
from inclusion_desktop.errors import AppError
from inclusion_desktop.paradata import FieldworkReport
from inclusion_desktop.quotas import ZoneProgress, missing_sentences, projection_sentence
from inclusion_desktop.reports.fonts import FONT, FONT_BOLD, FONT_ITALIC, register_fonts
from inclusion_desktop.reports.typography import french_spacing, percent

PAGE_WIDTH, PAGE_HEIGHT = 210 * mm, 297 * mm
MARGIN = 15 * mm
WIDTH = PAGE_WIDTH - 2 * MARGIN
#: Dates written under the daily bars, at most (every other day, or less, beyond).
MAX_DAY_LABELS = 12
COLOURS = {"complete": "#2e6da4", "refused": "#c0504d", "abandoned": "#e3a33b"}


class FieldworkSheetError(AppError, ValueError):
    """The PDF could not be written; the message says why, in French."""

    area_code = Code.FIELDWORK_SHEET


def _figure_png(draw: Any, width_mm: float, height_mm: float) -> Image:
    """A matplotlib figure drawn by `draw(axes)`, as a reportlab image of the given size."""
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    figure = Figure(figsize=(width_mm / 25.4, height_mm / 25.4), dpi=200)
    axes = figure.add_subplot()
    draw(axes)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))  # whole questionnaires
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    buffer.seek(0)
    return Image(buffer, width=width_mm * mm, height=height_mm * mm)


def daily_chart(report: FieldworkReport) -> Image:
    """Questionnaires per day by outcome (stacked bars) and the running total of finished ones."""

    def draw(axes: Any) -> None:
        days = [row["day"] for row in report.by_day]
        labels = [dt.date.fromisoformat(day).strftime("%d/%m") for day in days]
        positions = list(range(len(days)))
        bottom = [0] * len(days)
        for key, name in (
            ("complete", "terminés"),
            ("refused", "refus"),
            ("abandoned", "abandons"),
        ):
            values = [row[key] for row in report.by_day]
            axes.bar(positions, values, bottom=bottom, color=COLOURS[key], label=name, width=0.7)
            bottom = [a + b for a, b in zip(bottom, values, strict=True)]
        # At most a dozen dates under the bars, so a month of fieldwork stays readable.
        step = max(1, math.ceil(len(days) / MAX_DAY_LABELS))
        axes.set_xticks(positions[::step], labels[::step])
        total = 0
        running = []
        for row in report.by_day:
            total += row["complete"]
            running.append(total)
        twin = axes.twinx()
        twin.plot(positions, running, color="#333333", marker="o", linewidth=1.5, label="cumul")
        twin.set_ylabel("terminés (cumul)", fontsize=8)
        twin.tick_params(labelsize=7)
        # Head room above the tallest bar and the last point, for the legend.
        twin.set_ylim(0, max(running, default=0) * 1.3 + 1)
        axes.set_ylim(0, max(bottom, default=0) * 1.3 + 1)
        axes.set_ylabel("questionnaires par jour", fontsize=8)
        axes.tick_params(labelsize=7)
        axes.legend(fontsize=7, loc="upper left", frameon=False, ncol=3)

    return _figure_png(draw, WIDTH / mm, 62)


def duration_chart(report: FieldworkReport) -> Image:
    """How long finished interviews took, with the plausibility threshold."""

    def draw(axes: Any) -> None:
        values = report.durations_minutes or [0.0]
        axes.hist(values, bins=min(20, max(5, len(values) // 3)), color=COLOURS["complete"])
        if report.short_threshold_minutes is not None:
            axes.axvline(report.short_threshold_minutes, color=COLOURS["refused"], linestyle="--")
            axes.text(
                report.short_threshold_minutes,
                axes.get_ylim()[1] * 0.92,
                " seuil « trop court »",
                color=COLOURS["refused"],
                fontsize=7,
            )
        if report.median_minutes is not None:
            axes.axvline(report.median_minutes, color="#333333", linewidth=1)
            axes.text(
                report.median_minutes,
                axes.get_ylim()[1] * 0.8,
                " médiane",
                color="#333333",
                fontsize=7,
            )
        from matplotlib.ticker import FuncFormatter

        # French decimal commas on the minutes.
        axes.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{v:g}".replace(".", ",")))
        axes.set_xlabel("durée (minutes)", fontsize=8)
        axes.set_ylabel("questionnaires terminés", fontsize=8)
        axes.tick_params(labelsize=7)

    return _figure_png(draw, WIDTH / mm, 55)


class _Styles:
    def __init__(self) -> None:
        register_fonts()
        self.title = ParagraphStyle("t", fontName=FONT_BOLD, fontSize=16, leading=20)
        self.heading = ParagraphStyle(
            "h",
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=9,
            spaceAfter=3,
            textColor=colors.HexColor("#1f4e79"),
        )
        self.body = ParagraphStyle("b", fontName=FONT, fontSize=9, leading=12)
        self.note = ParagraphStyle(
            "n", fontName=FONT_ITALIC, fontSize=8, leading=10, textColor=colors.HexColor("#444444")
        )
        self.cell = ParagraphStyle("c", fontName=FONT, fontSize=8, leading=10)


def _table(
    header: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float], styles: _Styles
) -> Table:
    data = [[Paragraph(f"<b>{escape(h)}</b>", styles.cell) for h in header]] + [
        [Paragraph(escape(french_spacing(str(v))), styles.cell) for v in row] for row in rows
    ]
    table = Table(data, colWidths=[w * mm for w in widths], repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#1f4e79")),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#cccccc")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _section(
    title: str,
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    styles: _Styles,
) -> KeepTogether:
    """A titled table kept on one page."""
    return KeepTogether([Paragraph(title, styles.heading), _table(header, rows, widths, styles)])


def _rate_rows(groups: Sequence[dict[str, Any]]) -> list[list[Any]]:
    """Started, finished, refusal and abandon rates, median duration, per mediator or zone."""
    return [
        [
            g["key"],
            g["questionnaires"],
            g["complete"],
            percent(g["refusal_rate"]),
            percent(g["abandon_rate"]),
            _minutes(g["median_minutes"]),
        ]
        for g in groups
    ]


def _date(day: str) -> str:
    return dt.date.fromisoformat(day).strftime("%d/%m/%Y")


def _minutes(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f} min".replace(".", ",")


def fieldwork_story(report: FieldworkReport, quotas: Sequence[ZoneProgress]) -> list[Any]:
    """The flowables of the sheet."""
    s = _Styles()
    today = dt.date.today().strftime("%d/%m/%Y")
    abandoned = report.outcomes["draft"] + report.outcomes["deleted"]
    finished = report.outcomes["complete"]
    short = len(report.short_interviews)
    story: list[Any] = [
        Paragraph(f"Suivi de terrain — {today}", s.title),
        Spacer(0, 3 * mm),
        Paragraph(
            french_spacing(
                escape(
                    f"{report.total} questionnaires commencés : {finished} terminés, "
                    f"{report.outcomes['refused']} refus, {abandoned} abandons. Durée médiane d'un "
                    f"questionnaire terminé : {_minutes(report.median_minutes)}."
                )
            ),
            s.body,
        ),
        Paragraph("Avancement jour par jour", s.heading),
        daily_chart(report) if report.by_day else Paragraph("Aucun questionnaire.", s.body),
        Paragraph("Durée des questionnaires terminés", s.heading),
        duration_chart(report),
    ]
    if report.short_threshold_minutes is not None:
        story.append(
            Paragraph(
                escape(
                    f"Entretiens signalés comme trop courts (moins de "
                    f"{_minutes(report.short_threshold_minutes)}) : {short}. "
                    "C'est un signal à vérifier avec l'enquêteur·rice, pas un rejet."
                ),
                s.note,
            )
        )
    header = ["commencés", "terminés", "refus", "abandons", "durée médiane"]
    widths = [56, 26, 24, 22, 24, 28]
    story += [
        _section(
            "Par enquêteur·rice",
            ["enquêteur·rice", *header],
            _rate_rows(report.by_mediator),
            widths,
            s,
        ),
        _section(
            "Par quartier", ["quartier", *header], _rate_rows(report.by_neighbourhood), widths, s
        ),
    ]
    for index, zone in enumerate(quotas):
        words = (
            "<br/>".join("• " + escape(sentence) for sentence in missing_sentences(zone))
            or "objectifs atteints"
        )
        heading = [Paragraph("Quotas par quartier", s.heading)] if index == 0 else []
        summary = (
            f"<b>{escape(zone.label)}</b> — {zone.done} sur {zone.planned} prévus ; "
            f"<i>{escape(projection_sentence(zone))}</i>"
        )
        story.append(
            KeepTogether(
                [
                    *heading,
                    Paragraph(summary, s.body),
                    Paragraph(french_spacing(words), s.body),
                    Spacer(0, 2 * mm),
                ]
            )
        )
    sections = (
        (
            "Pages les plus longues (médiane)",
            ["page", "durée médiane", "vues"],
            [120, 30, 30],
            [
                [p["label"][:90], f"{p['median_seconds']:.0f} s", p["shown"]]
                for p in report.longest_pages
            ],
        ),
        (
            "Questions les plus souvent « ne sait pas »",
            ["question", "« ne sait pas »", "part"],
            [120, 30, 30],
            [
                [d["label"][:90], f"{d['dont_know']} sur {d['answered']}", percent(d["rate"])]
                for d in report.dont_know
            ],
        ),
        (
            "Entretiens trop courts à vérifier",
            ["jour", "enquêteur·rice", "quartier", "durée"],
            [25, 50, 75, 30],
            [
                [_date(x["day"]), x["mediator"], x["zone"], _minutes(x["minutes"])]
                for x in report.short_interviews
            ],
        ),
    )
    story += [
        _section(title, columns, rows, column_widths, s)
        for title, columns, column_widths, rows in sections
        if rows
    ]
    story.append(Spacer(0, 4 * mm))
    story.append(
        Paragraph(
            "Les durées sont le temps passé sur les pages du questionnaire (les pauses entre deux "
            "ouvertures n'en font pas partie). Abandons : questionnaires laissés inachevés ou "
            "supprimés. Aucune réponse personnelle n'est utilisée pour ces chiffres, sauf le "
            "décompte des « ne sait pas ».",
            s.note,
        )
    )
    return story


def write_fieldwork_sheet(
    report: FieldworkReport, quotas: Sequence[ZoneProgress], path: Path
) -> Path:
    """Writes the « suivi de terrain » PDF to `path`, whole or not at all."""
    from inclusion_desktop.sync.bundle import BundleError, write_atomically

    output = io.BytesIO()
    doc = SimpleDocTemplate(
        output,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title="Suivi de terrain",
        author="inclusion_desktop",
    )
    doc.build(fieldwork_story(report, quotas))
    try:
        write_atomically(path, output.getvalue(), what="fichier PDF")
    except BundleError as error:
        raise FieldworkSheetError(str(error)) from error
    return path
