"""The dashboard's figures: the summary sheet's estimates reshaped into sections and lines.

The GUI only lays these out in a table; the reshaping (which neighbourhoods, in which order,
which rows, the comparison and its source) is here, testable without Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    import pandas as pd

#: The domain of the whole territory in the estimates.
TERRITORY_DOMAIN = "ensemble"


@dataclass(frozen=True, slots=True)
class DashboardLine:
    """One indicator of one neighbourhood, as the dashboard shows it."""

    label: str
    value: str
    interval: str
    n: int
    comparison: str
    comparison_source: str
    flag: str


@dataclass(frozen=True, slots=True)
class DashboardSection:
    """A section title of the summary sheet and its indicators."""

    title: str
    lines: list[DashboardLine] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class DashboardZone:
    """The dashboard of one domain: its sections, the comparison sources, the respondents."""

    sections: list[DashboardSection]
    #: Short name of a comparison (« France ») → its full source, in order of appearance.
    sources: dict[str, str]
    #: The largest number of respondents of any indicator.
    respondents: int


def comparison_name(comparison: Any, lang: str) -> str:
    """What a comparison figure is (« France », « Diagnostic 2021 »), in the sheet's language."""
    if comparison is None:
        return ""
    return str(getattr(comparison, f"label_{lang}", "") or comparison.label_fr or "")


def zone_codes(estimates: pd.DataFrame, names: dict[str, str]) -> list[str]:
    """The neighbourhoods with estimates, in the territory's order; unknown codes come last."""
    counts = estimates.groupby("domain")["n"].max()
    order = {code: index for index, code in enumerate(names)}
    zones = [str(code) for code in counts.index if code != TERRITORY_DOMAIN]
    return sorted(zones, key=lambda code: (order.get(code, len(order)), code))


def zone_dashboard(
    estimates: pd.DataFrame, code: str, lang: Literal["fr", "en"] = "fr"
) -> DashboardZone:
    """The sections and lines of one domain (crossed breakdowns left to the PDF sheets)."""
    from inclusion_desktop.reports import interval_text, value_text

    rows = estimates[estimates["domain"] == code]
    rows = rows[rows["cross"].fillna("") == ""]
    sections: list[DashboardSection] = []
    sources: dict[str, str] = {}
    section = None
    for _, row in rows.iterrows():
        if row["section"] != section or not sections:
            section = row["section"]
            title = str(row[f"section_label_{lang}"] or row["section_label_fr"])
            sections.append(DashboardSection(title))
        comparison = row["comparison_value"]
        compared = ""
        source = ""
        if comparison is not None and comparison == comparison:  # not NaN
            first = (row["comparisons"] or (None,))[0]
            name = comparison_name(first, lang)
            compared = f"{comparison * 100:.0f}\u202f%" + (f" ({name})" if name else "")
            source = str(row["comparison_source"])
            if first is not None and first.source:
                sources.setdefault(name or first.source, first.source)
        sections[-1].lines.append(
            DashboardLine(
                label=str(row[f"label_{lang}"] or row["label_fr"]),
                value=value_text(row, lang),
                interval=interval_text(row, lang),
                n=int(row["n"]),
                comparison=compared,
                comparison_source=source,
                flag=row["flag"] if isinstance(row["flag"], str) else "",
            )
        )
    respondents = int(rows["n"].max()) if len(rows) else 0
    return DashboardZone(sections, sources, respondents)
