"""A sheet says « pondéré » only when it is, and says with whose age structure."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pandas as pd
from sync_support import empty_store
from test_import_validation import FORM, _row, _write

from inclusion_desktop.analysis import age_band_targets
from inclusion_desktop.reports.generate import write_reports
from inclusion_desktop.store import Store
from inclusion_desktop.sync.tabular import import_table

ZONE = "maubeuge/sous_le_bois"


def _store(tmp_path: Path, ages: list[int]) -> Store:
    store = empty_store(tmp_path / "c.sqlite")
    rows = [_row(i + 1, bloc_profil__age=str(age)) for i, age in enumerate(ages)]
    import_table(store, form_path=FORM, data_path=_write(tmp_path / "export.csv", rows), zone=ZONE)
    return store


def _texts(store: Store, out: Path) -> tuple[str, str]:
    result = write_reports(store, out)
    (sheet,) = result.neighbourhoods
    assert result.territory is not None
    return tuple(  # type: ignore[return-value]
        subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
        .stdout.replace("\u202f", " ").replace("\xa0", " ").replace("\n", " ")
        for path in (result.territory, sheet)
    )


def test_a_band_nobody_answered_in_gives_unweighted_sheets_that_say_so(tmp_path: Path) -> None:
    # Nobody aged 60 or more: the age structure cannot be restored.
    store = _store(tmp_path, [20, 34, 50] * 4)
    try:
        for text in _texts(store, tmp_path / "out"):
            assert "Résultats non pondérés : personne n’a répondu" in text
            assert "part des répondants (non pondérée)" in text
            assert "part pondérée" not in text and "après pondération" not in text
            assert "Résultats pondérés" not in text and "pondérés avec" not in text
            assert "« pondérée » compte" not in text
    finally:
        store.close()


def test_a_neighbourhood_weighted_with_the_territorys_structure_says_so(tmp_path: Path) -> None:
    store = _store(tmp_path, [20, 34, 50, 65, 80] * 5)
    try:
        territory, sheet = _texts(store, tmp_path / "out")
        assert "Résultats pondérés par post-stratification" in territory
        assert "pondérés avec celle du territoire" not in territory
        assert "Résultats pondérés par post-stratification" in sheet
        assert "ses répondants sont pondérés avec celle du territoire" in sheet
        # 25 respondents: too small to conclude, and its effective number is after weighting.
        assert "25 répondants (24 effectifs après pondération)" in sheet
        assert "part pondérée" in sheet and "non pondérés" not in sheet
    finally:
        store.close()


def test_too_many_unknown_ages_make_weights_not_stand() -> None:
    bands = ["15_29", "30_44", "45_59", "60_74", "75_plus"] * 4
    frame = pd.DataFrame({"tranche_age": bands + [None] * 4})
    assert age_band_targets(frame).limit() == ""  # 4 of 24 unknown: under a fifth
    frame = pd.DataFrame({"tranche_age": bands + [None] * 6})
    assert age_band_targets(frame).limit() == (
        "6 répondants sur 26 sans tranche d’âge (plus de 20 %) : trop pour redresser sur l’âge."
    )


def test_a_neighbourhood_without_a_band_says_its_weighted_figures_miss_it(
    tmp_path: Path,
) -> None:
    store = empty_store(tmp_path / "c.sqlite")
    ages = [20, 34, 50, 65, 80] * 5 + [20, 34, 50] * 2
    rows = [_row(i + 1, bloc_profil__age=str(age)) for i, age in enumerate(ages)]
    for row in rows[25:]:
        row["bloc_residence/quartier"] = "montplaisir"
    import_table(store, form_path=FORM, data_path=_write(tmp_path / "export.csv", rows), zone=ZONE)
    try:
        result = write_reports(store, tmp_path / "out")
        texts = {
            path.name: subprocess.run(
                ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
            ).stdout.replace("\n", " ")
            for path in result.neighbourhoods
        }
        (small,) = [text for name, text in texts.items() if "montplaisir" in name]
        (full,) = [text for name, text in texts.items() if "sous_le_bois" in name]
        assert (
            "Personne n’a répondu dans les tranches « De 60 à 74 ans », « 75 ans ou plus »"
            " dans ce quartier : ses chiffres pondérés ne les représentent pas." in small
        )
        assert "Personne n’a répondu" not in full
    finally:
        store.close()
