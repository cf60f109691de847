"""Summary sheets: written from a demo store, read back with poppler's tools.

The figures printed on a sheet are compared with `compute_indicators` run here on the same data,
formatted with the same functions; the fonts must be embedded; a refusal leaves no file.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from inclusion_desktop.analysis import (
    TOTAL_DOMAIN,
    SurveyDesign,
    age_band_targets,
    compute_indicators,
    generic_indicators,
    load_indicators,
    submissions_frame,
)
from inclusion_desktop.analysis.respondents import split_refusals
from inclusion_desktop.analysis.weighting import FLAG_SUPPRESSED
from inclusion_desktop.catalogue import Code
from inclusion_desktop.demo import fill_demo_store
from inclusion_desktop.questionnaire.bundled import load_bundled_form
from inclusion_desktop.reports import (
    ReportError,
    file_name,
    interval_text,
    prepare_sheets,
    render_sheets,
    value_text,
    write_reports,
)
from inclusion_desktop.reports.command import add_report_arguments, run_report
from inclusion_desktop.reports.sheet import n_text
from inclusion_desktop.reports.typography import NBSP, NNBSP, french_spacing, percent
from inclusion_desktop.store import Store

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)
SMALL_ZONE = "feignies/autre"


def norm(value: str) -> str:
    """pdftotext gives no-break spaces back as plain spaces: compare with them so."""
    return value.replace(NNBSP, " ").replace(NBSP, " ")


def pdf_text(path: Path) -> str:
    result = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True,
        encoding="utf-8",
    )
    return norm(result.stdout)


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True)
    return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))  # type: ignore[union-attr]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """300 demo questionnaires; one neighbourhood cut down to 3 respondents (no sheet)."""
    path = tmp_path_factory.mktemp("reports") / "demo.sqlite"
    with Store.open(str(path)) as store:
        fill_demo_store(store, submissions=300, seed=7)
        operator = store.operators()[0].id
        rows = [r for r in store.list_submissions(form_id="habitants") if r.zone == SMALL_ZONE]
        for row in rows[3:]:
            store.delete_submission(row.uuid, "test", operator)
    return path


@pytest.fixture(scope="module")
def estimates(store_path: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    with Store.open(str(store_path)) as store:
        frame = split_refusals(submissions_frame(store)).frame  # refusals are not respondents
    design = age_band_targets(frame).apply(SurveyDesign(frame))
    return frame, compute_indicators(frame, design, load_indicators("habitants"), by="zone")


@pytest.fixture(scope="module")
def french(store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Any:
    out = tmp_path_factory.mktemp("fiches")
    steps = []
    with Store.open(str(store_path)) as store:
        result = write_reports(store, out, progress=steps.append)
    return result, steps


def row_pattern(row: Any, lang: str = "fr") -> re.Pattern[str]:
    """Estimate, interval and n as they follow each other on a line of the table."""
    parts = [value_text(row, lang), interval_text(row, lang), n_text(row, lang)]
    # The narrow no-break space before % comes back as a space, or as nothing.
    return re.compile(r"\s+".join(re.escape(p).replace(NNBSP, r"\s?") for p in parts))


def test_one_sheet_per_neighbourhood_with_five_respondents(french, estimates) -> None:  # type: ignore[no-untyped-def]
    result, steps = french
    frame, _ = estimates
    counts = frame["_zone"].value_counts()
    expected = {z for z, n in counts.items() if n >= 5}
    assert counts[SMALL_ZONE] == 3 and SMALL_ZONE not in expected
    written = {p.name for p in result.neighbourhoods}
    assert written == {file_name(z, "fr") for z in expected}
    assert not (result.out_dir / file_name(SMALL_ZONE, "fr")).exists()
    assert result.skipped == (SMALL_ZONE,)
    assert result.territory.name == "fiche-territoire.pdf"
    assert sorted(p.name for p in result.out_dir.iterdir()) == sorted(
        p.name for p in result.paths
    )  # no temporary file left behind
    # Progress: steps counted up to the total, the last one carrying the result.
    assert [s.done for s in steps] == sorted(s.done for s in steps)
    assert steps[-1].done == steps[-1].total and steps[-1].result is result


def test_combined_pdf_holds_every_sheet(french) -> None:  # type: ignore[no-untyped-def]
    result, _ = french
    sheets = [result.territory, *result.neighbourhoods]
    assert pdf_pages(result.combined) == sum(pdf_pages(p) for p in sheets)
    text = pdf_text(result.combined)
    assert text.count("Fiche de synthèse — Ensemble du territoire") >= 1
    assert "Sous-le-Bois — Maubeuge" in text


def test_combined_pdf_is_the_sheets_page_for_page(french) -> None:  # type: ignore[no-untyped-def]
    # The combined PDF joins the sheets already written: the same pages, in the same order.
    result, _ = french
    sheets = [result.territory, *result.neighbourhoods]
    assert pdf_text(result.combined) == "".join(pdf_text(p) for p in sheets)
    info = subprocess.run(["pdfinfo", str(result.combined)], capture_output=True, check=True,
                          text=True).stdout
    assert re.search(r"^Title:\s+Fiche de synthèse — ", info, re.M)


def test_fonts_are_embedded_dejavu(french) -> None:  # type: ignore[no-untyped-def]
    result, _ = french
    for path in (result.territory, result.combined):
        listing = subprocess.run(
            ["pdffonts", str(path)], capture_output=True, check=True, text=True
        ).stdout.splitlines()[2:]
        assert listing, "no font listed"
        for line in listing:
            assert "DejaVuSans" in line and " yes yes " in line, line
        assert "Helvetica" not in "\n".join(listing)


def test_territory_figures_match_compute_indicators(french, estimates) -> None:  # type: ignore[no-untyped-def]
    result, _ = french
    frame, table = estimates
    text = pdf_text(result.territory)
    flat = " ".join(text.split())
    assert f"{len(frame)} répondants" in text
    whole = table[(table["domain"] == TOTAL_DOMAIN) & (table["cross"] == "")]
    assert len(whole) > 40
    for _, row in whole.iterrows():
        assert row_pattern(row).search(text), (row["indicator"], value_text(row, "fr"))
        assert norm(french_spacing(row["label_fr"]))[:25] in flat, row["label_fr"]
    # French typography (pdftotext turns the narrow no-break space back into a space).
    assert percent(0.634) == f"63{NNBSP}%" and percent(0.634, decimals=1) == f"63,4{NNBSP}%"
    assert "84 % France" in text
    for english in ("Indicator", "Key messages", "respondents", "Weighted"):
        assert english not in text


def test_sheet_has_messages_method_and_sample_structure(french, estimates) -> None:  # type: ignore[no-untyped-def]
    result, _ = french
    frame, _ = estimates
    text = pdf_text(result.territory)
    block = text.split("À retenir", 1)[1].split("Équipement", 1)[0]
    assert 3 <= block.count("•") <= 5
    assert "contre 84 % (France)" in block or "contre 63 % (Diagnostic 2021)" in block
    flat = " ".join(text.split())
    note = " ".join(age_band_targets(frame).note.split())
    assert note[:60] in flat
    assert "Méthode." in flat and "logit" in flat and "15 ans et plus (" in flat
    assert "IC 95 %" in flat and "« redressé »" in flat  # the plain-French legend line
    assert "Tranche d’âge" in text and "Redressé" in text
    assert "Pop. du" in text and "territoire" in text
    assert "De 15 à 29 ans" in text and "Une femme" in text
    assert re.search(r"Questionnaire .+, version \S+\. Fiche produite le", flat)
    assert "(s)" not in flat  # real plurals, one version of the form here


def test_neighbourhood_sheet_figures_flags_and_masks(french, estimates) -> None:  # type: ignore[no-untyped-def]
    result, _ = french
    _, table = estimates
    zone = "maubeuge/sous_le_bois"
    text = pdf_text(result.out_dir / file_name(zone, "fr"))
    rows = table[(table["domain"] == zone) & (table["cross"] == "")]
    for _, row in rows.iterrows():
        assert row_pattern(row).search(text), (row["indicator"], value_text(row, "fr"))
    hidden = rows[(rows["flag"] == FLAG_SUPPRESSED) & (rows["n"] > 0)]
    assert len(hidden) > 0
    assert text.count("masqué") >= len(hidden)
    assert "*" in text  # caution flags under 30 respondents
    # Whole-territory figure next to each estimate.
    whole = table[(table["domain"] == TOTAL_DOMAIN) & (table["indicator"] == "smartphone")]
    assert norm(percent(whole.iloc[0]["p"])) in text


def test_english_sheet(store_path: Path, tmp_path: Path) -> None:
    zone = "maubeuge/sous_le_bois"
    with Store.open(str(store_path)) as store:
        result = write_reports(store, tmp_path, zone=zone, lang="en")
    assert result.territory is None and result.combined is None
    assert [p.name for p in result.neighbourhoods] == [file_name(zone, "en")]
    text = pdf_text(result.neighbourhoods[0])
    for words in ("Summary sheet", "Key messages", "Has a smartphone", "Who answered?",
                  "Method.", "Equipment"):
        assert words in text
    for french_words in ("Possède", "À retenir", "Méthode"):
        assert french_words not in text
    assert re.search(r"\d+%", text) and not re.search(r"\d %", text)


def test_generic_sheet_for_a_form_without_indicator_file(
    estimates: tuple[pd.DataFrame, pd.DataFrame], tmp_path: Path
) -> None:
    frame, _ = estimates
    form = load_bundled_form()
    prepared = prepare_sheets(frame, generic_indicators(form), form=form,
                              zone="maubeuge/sous_le_bois")
    paths = [step.path for step in render_sheets(prepared, tmp_path, combined=False) if step.path]
    text = pdf_text(paths[0])
    assert "Vous êtes" in " ".join(text.split())  # a select question's label as a section


def test_refusals_leave_no_file(tmp_path: Path, store_path: Path) -> None:
    empty = tmp_path / "empty.sqlite"
    out = tmp_path / "out"
    with Store.open(str(empty)) as store:
        from inclusion_desktop.services.collect import Collector

        Collector(store).register_bundled_forms()
        with pytest.raises(ReportError, match="Aucun questionnaire complet"):
            write_reports(store, out)
    assert not out.exists() or list(out.iterdir()) == []
    blocker = tmp_path / "fichier"
    blocker.write_text("x")
    with Store.open(str(store_path)) as store:
        with pytest.raises(ReportError, match="Impossible d’écrire"):
            write_reports(store, blocker / "fiches")
        with pytest.raises(ReportError, match="n’a que 3 répondant") as too_few:
            write_reports(store, out, zone=SMALL_ZONE)
        # Catalogued: the English interface gets the same refusal in English.
        assert too_few.value.code is Code.REPORT_TOO_FEW_RESPONDENTS
        assert too_few.value.params["count"] == 3
        english = too_few.value.render(lambda _context, _source: "only {count} of {minimum}")
        assert english == f"only 3 of {too_few.value.params['minimum']}"
        with pytest.raises(ReportError, match="Aucun questionnaire pour le quartier"):
            write_reports(store, out, zone="nulle/part")
    assert list(out.iterdir()) == []


def test_full_disk_leaves_no_half_pdf(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import inclusion_desktop.reports.generate as generate

    def full(descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(generate.os, "fsync", full)
    with Store.open(str(store_path)) as store:
        with pytest.raises(ReportError, match="place libre"):
            write_reports(store, tmp_path, zone="maubeuge/sous_le_bois")
    assert list(tmp_path.iterdir()) == []


def test_run_report_command(store_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    parser = argparse.ArgumentParser()
    add_report_arguments(parser)
    args = parser.parse_args(
        ["--db", str(store_path), "--out", str(tmp_path), "--zone", "maubeuge/montplaisir",
         "--json"]
    )
    assert run_report(args) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["ok"] and len(payload["neighbourhoods"]) == 1
    assert os.path.exists(payload["neighbourhoods"][0])
    args = parser.parse_args(["--db", str(store_path), "--out", str(tmp_path / "x"),
                              "--zone", SMALL_ZONE])
    assert run_report(args) == 1
    assert "Erreur" in capsys.readouterr().err
    # The database may also be given before the command, as for every other command.
    from inclusion_desktop.cli import main

    out = tmp_path / "global"
    assert main(["--db", str(store_path), "report", "--out", str(out),
                 "--zone", "maubeuge/montplaisir"]) == 0
    assert [p.name for p in out.glob("fiche-*.pdf")] == ["fiche-maubeuge-montplaisir.pdf"]


@pytest.mark.parametrize("width", [80.0, 108.0, 132.0, 200.0])
def test_axis_labels_never_run_into_each_other(width: float) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from inclusion_desktop.reports.charts import axis
    from inclusion_desktop.reports.fonts import FONT, register_fonts

    register_fonts()
    spans = []
    for label in axis(width, 9, "fr").contents:
        text_width = stringWidth(label.text, FONT, label.fontSize)
        left = {"start": label.x, "end": label.x - text_width}.get(
            label.textAnchor, label.x - text_width / 2
        )
        spans.append((left, left + text_width, label.text))
    assert spans[0][2] == "0" and spans[-1][2].startswith("100")
    for i in range(len(spans) - 1):
        assert spans[i][1] + 2 < spans[i + 1][0]
    assert 0 <= spans[0][0] and spans[-1][1] <= width


def test_reportlab_writes_with_its_c_accelerator() -> None:
    # The pure-Python fallback is silent but makes every sheet several times slower to write.
    from reportlab.lib import rl_accel

    accelerated = rl_accel._c_funcs  # noqa: SLF001
    assert {"fp_str", "instanceStringWidthTTF", "escapePDF"} <= set(accelerated)
    assert rl_accel.fp_str is accelerated["fp_str"]
