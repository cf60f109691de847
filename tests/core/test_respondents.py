"""Refusals (consent « non ») are not respondents: set apart on every sheet, counted apart."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest

from inclusion_desktop.analysis import answers_frame, load_indicators
from inclusion_desktop.analysis.respondents import split_refusals
from inclusion_desktop.questionnaire.bundled import load_bundled_form
from inclusion_desktop.reports import prepare_sheets, render_sheets

ZONE_A = "maubeuge/sous_le_bois"
ZONE_B = "maubeuge/montplaisir"
BANDS = ("15_29", "30_44", "45_59", "60_74", "75_plus")


def _records(respondents: int, refusals: int, zone: str, start: int) -> list[tuple]:
    records = []
    for i in range(respondents):
        answers = {
            "consentement": "oui",
            "tranche_age": BANDS[i % 5],
            "sexe": "femme" if i % 2 else "homme",
            "equipement": "smartphone" if i % 3 else "aucun",
            "aisance": "assez_aise",
        }
        records.append((f"uuid:{start + i:06d}", zone, "1", answers))
    for i in range(refusals):
        records.append((f"uuid:{start + respondents + i:06d}", zone, "1", {"consentement": "non"}))
    return records


def test_refusals_are_set_apart_in_total_and_per_zone() -> None:
    form = load_bundled_form()
    frame = answers_frame(_records(40, 4, ZONE_A, 0) + _records(20, 2, ZONE_B, 100), [form])
    split = split_refusals(frame)
    assert (len(split.frame), split.refusals) == (60, 6)
    assert split.refusals_by_zone == {ZONE_A: 4, ZONE_B: 2}
    assert (split.frame["consentement"] == "oui").all()


@pytest.mark.parametrize("refusals", [4, 0])
def test_consumed_split_moves_the_columns_and_gives_the_same_respondents(refusals: int) -> None:
    form = load_bundled_form()
    frame = answers_frame(_records(40, refusals, ZONE_A, 0) + _records(20, 0, ZONE_B, 100), [form])
    copied = split_refusals(frame)
    moved = split_refusals(frame, consume=True)
    assert len(frame.columns) == 0  # nothing of the frame is left to hold memory
    pd.testing.assert_frame_equal(moved.frame, copied.frame, check_exact=True)
    assert (moved.refusals, moved.refusals_by_zone) == (copied.refusals, copied.refusals_by_zone)


def test_sheets_count_respondents_not_refusals(tmp_path: Path) -> None:
    form = load_bundled_form()
    frame = answers_frame(_records(186, 4, ZONE_A, 0) + _records(6, 2, ZONE_B, 1000), [form])
    prepared = prepare_sheets(frame, load_indicators("habitants"), form=form)
    assert (prepared.territory.respondents, prepared.territory.refusals) == (192, 6)
    by_zone = {d.domain: (d.respondents, d.refusals) for d in prepared.neighbourhoods}
    assert by_zone == {ZONE_A: (186, 4), ZONE_B: (6, 2)}
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) is not installed")
    result = None
    for step in render_sheets(prepared, tmp_path, combined=False):
        result = step.result or result
    assert result is not None and result.territory is not None
    assert (result.respondents, result.refusals) == (192, 6)
    text = subprocess.run(
        ["pdftotext", str(result.territory), "-"], capture_output=True, text=True, check=True
    ).stdout.replace("\u202f", " ").replace("\xa0", " ")
    assert "192 répondants" in text and "6 refus" in text
    assert "198" not in text


def test_questionnaires_without_neighbourhood_get_no_nameless_sheet(tmp_path: Path) -> None:
    form = load_bundled_form()
    frame = answers_frame(_records(30, 0, ZONE_A, 0) + _records(12, 1, "", 100), [form])
    prepared = prepare_sheets(frame, load_indicators("habitants"), form=form)
    assert prepared.territory.respondents == 42
    assert [d.domain for d in prepared.neighbourhoods] == [ZONE_A]
    assert "(sans quartier)" in prepared.skipped
    result = None
    for step in render_sheets(prepared, tmp_path):
        result = step.result or result
    assert result is not None
    assert not (tmp_path / "fiche-zone.pdf").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in result.paths)


def test_study_figures_have_indicators_with_their_diagnostic_marker() -> None:
    sheet = load_indicators("habitants")
    by_id = {indicator.id: indicator for indicator in sheet.indicators}
    expected = {
        "formes_toujours_peu_aise": 0.43,
        "ne_connait_pas_offre": 0.16,
        "aide_proche_non_accompagne": 0.33,
    }
    for indicator_id, value in expected.items():
        (comparison,) = by_id[indicator_id].comparisons
        assert comparison.label_fr == "Diagnostic 2021" and comparison.value == value
    assert "peu_aise_deja_accompagne" in by_id
    for group in ("sans_equipement", "peu_aise"):
        ages = [i for i in by_id if i.startswith(f"profil_{group}_age_")]
        sexes = [i for i in by_id if i.startswith(f"profil_{group}_sexe_")]
        assert len(ages) == 5 and len(sexes) == 2


def test_profile_of_the_unequipped_counts_only_them() -> None:
    form = load_bundled_form()
    frame = answers_frame(_records(50, 0, ZONE_A, 0), [form])
    prepared = prepare_sheets(frame, load_indicators("habitants"), form=form)
    rows = prepared.territory.rows.set_index("indicator")
    unequipped = split_refusals(frame).frame["equipement"].astype(str).eq("aucun")
    assert rows.loc["profil_sans_equipement_age_15_29", "n"] == unequipped.sum()


def test_a_neighbourhood_with_its_own_age_structure_is_weighted_to_it() -> None:
    from inclusion_desktop.analysis.zone_population import parse_zone_targets

    form = load_bundled_form()
    frame = answers_frame(_records(50, 0, ZONE_A, 0) + _records(40, 0, ZONE_B, 100), [form])
    structure = "quartier,variable,modalite,libelle,effectif,source\n" + "".join(
        f"{ZONE_A},tranche_age,{band},{band},{count},INSEE QPV\n"
        for band, count in zip(BANDS, (400, 300, 150, 100, 50), strict=True)
    )
    targets = parse_zone_targets(structure)
    prepared = prepare_sheets(
        frame, load_indicators("habitants"), form=form, zone_targets=targets
    )
    sheets = {d.domain: d for d in prepared.neighbourhoods}
    own, other = sheets[ZONE_A], sheets[ZONE_B]
    assert own.own_structure and not other.own_structure
    assert abs(own.age[0].population - 0.4) < 1e-12  # "Pop. du quartier", not the territory
    assert abs(sum(row.weighted or 0 for row in own.age) - 1) < 1e-9
    assert abs(own.age[0].weighted - 0.4) < 1e-9  # redressé to the neighbourhood's own 40 %
    # By hand: the smartphone share is the population-weighted mean of the bands' shares.
    part = frame[frame["_zone"] == ZONE_A]
    has = part["equipement"].astype(str).eq("smartphone")
    expected = sum(
        weight * has[part["tranche_age"].astype(str) == band].mean()
        for band, weight in zip(BANDS, (0.4, 0.3, 0.15, 0.1, 0.05), strict=True)
    )
    row = own.rows.set_index("indicator").loc["smartphone"]
    assert abs(row["p"] - expected) < 1e-12


def test_merged_age_band_sentence_on_a_neighbourhood_weighted_to_its_own_structure() -> None:
    from inclusion_desktop.analysis.zone_population import parse_zone_targets

    form = load_bundled_form()
    records = _records(50, 0, ZONE_A, 0)
    for record in records[:12]:
        record[3]["tranche_age"] = "15_29"  # the 75+ band keeps only a few respondents
    for index, record in enumerate(records):
        if record[3]["tranche_age"] == "75_plus" and index > 20:
            record[3]["tranche_age"] = "30_44"
    frame = answers_frame(records, [form])
    structure = "quartier,variable,modalite,libelle,effectif,source\n" + "".join(
        f"{ZONE_A},tranche_age,{band},{band},100,INSEE QPV\n" for band in BANDS
    )
    prepared = prepare_sheets(
        frame, load_indicators("habitants"), form=form, zone_targets=parse_zone_targets(structure)
    )
    (sheet,) = prepared.neighbourhoods
    assert sheet.own_structure and sheet.weighting_note
    assert "75_plus" in sheet.weighting_note or "75" in sheet.weighting_note


def test_a_neighbourhood_structure_that_cannot_stand_is_not_used_and_the_sheet_says_why(
    tmp_path: Path,
) -> None:
    from inclusion_desktop.analysis.zone_population import parse_zone_targets

    form = load_bundled_form()
    records = _records(50, 0, ZONE_A, 0)
    for record in records:
        if record[3]["tranche_age"] == "60_74":
            record[3]["tranche_age"] = "30_44"  # nobody aged 60 to 74 answered here
    frame = answers_frame(records + _records(50, 0, ZONE_B, 100), [form])
    structure = "quartier,variable,modalite,libelle,effectif,source\n" + "".join(
        f"{ZONE_A},tranche_age,{band},{band},100,INSEE QPV\n" for band in BANDS
    )
    prepared = prepare_sheets(
        frame, load_indicators("habitants"), form=form, zone_targets=parse_zone_targets(structure)
    )
    sheet = next(d for d in prepared.neighbourhoods if d.domain == ZONE_A)
    assert not sheet.own_structure
    assert sheet.own_structure_refused and "60_74" in sheet.own_structure_refused
    result = None
    for step in render_sheets(prepared, tmp_path, combined=False):
        result = step.result or result
    assert result is not None
    texts = [
        " ".join(
            subprocess.run(
                ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
            ).stdout.split()
        )
        for path in result.neighbourhoods
    ]
    text = next(t for t in texts if "Sous-le-Bois" in t)
    assert "Résultats non pondérés" not in text
    assert "La structure par âge saisie pour ce quartier n’est pas utilisée" in text
    assert "60_74" in text
