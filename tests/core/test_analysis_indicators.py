"""Analysis frame, population targets, age cells and indicator sheets."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from inclusion_desktop.analysis import (
    TOTAL_DOMAIN,
    PopulationCell,
    PopulationTargetsError,
    SurveyDesign,
    age_band_targets,
    answers_frame,
    compute_indicators,
    generic_indicators,
    indicator_values,
    load_indicators,
    load_population_targets,
    parse_indicators,
    save_population_targets,
    submissions_frame,
)
from inclusion_desktop.analysis.indicators import IndicatorFileError
from inclusion_desktop.questionnaire.bundled import load_bundled_form

INSEE_AGE = {"15_29": 22051, "30_44": 22747, "45_59": 23527, "60_74": 20914, "75_plus": 10132}


@pytest.fixture(scope="module")
def form():  # type: ignore[no-untyped-def]
    return load_bundled_form()


def record(uuid: str, zone: str, **answers: str) -> tuple[str, str, str, dict[str, str]]:
    return (uuid, zone, "1", {"consentement": "oui", **answers})


# ------------------------------------------------------------------------------------------------
# Population file


def test_shipped_population_is_insee_rp2020() -> None:
    targets = load_population_targets()
    assert {c.code: c.count for c in targets["tranche_age"]} == INSEE_AGE
    assert all("RP2020" in c.source or "2020" in c.source for c in targets["tranche_age"])


def test_population_file_round_trips_and_is_validated(tmp_path: Path) -> None:
    targets = load_population_targets()
    path = tmp_path / "population.csv"
    save_population_targets(path, targets)
    assert load_population_targets(path) == targets
    path.write_text("variable,modalite,libelle,effectif,source\nx,a,A,douze,\n", encoding="utf-8")
    with pytest.raises(PopulationTargetsError, match="Ligne 2"):
        load_population_targets(path)
    path.write_text("variable,modalite,effectif\nx,a,1\n", encoding="utf-8")
    with pytest.raises(PopulationTargetsError, match="libelle"):
        load_population_targets(path)
    with pytest.raises(PopulationTargetsError, match="deux fois"):
        save_population_targets(
            path, {"x": (PopulationCell("a", "A", 1), PopulationCell("a", "A", 2))}
        )
    with pytest.raises(PopulationTargetsError, match="même effectif total"):
        save_population_targets(
            path, {"x": (PopulationCell("a", "A", 1),), "y": (PopulationCell("b", "B", 2),)}
        )


def test_age_cells_with_few_respondents_are_merged_with_a_neighbour() -> None:
    bands = ["15_29"] * 40 + ["30_44"] * 30 + ["45_59"] * 20 + ["60_74"] * 6 + ["75_plus"] * 2
    frame = pd.DataFrame({"tranche_age": bands + [None]})
    weighting = age_band_targets(frame)
    assert [m.bands for m in weighting.merges] == [("60_74", "75_plus")]
    assert weighting.merges[0].respondents == 8
    assert "« De 60 à 74 ans » + « 75 ans ou plus »" in weighting.note
    # Weights are calibrated on the whole survey: the count is the survey's, not a sheet's.
    assert "1 répondant de l’ensemble de l’enquête sans tranche d’âge" in weighting.note
    total = sum(INSEE_AGE.values())
    share = 1 / len(frame)
    assert weighting.targets["60_74+75_plus"] == pytest.approx((20914 + 10132) * (1 - share))
    assert weighting.targets["inconnu"] == pytest.approx(total * share)
    design = weighting.apply(SurveyDesign(frame))
    by_band = design.weights.groupby(weighting.cells).sum()
    assert by_band["15_29"] == pytest.approx(22051 * (1 - share))
    assert design.weights.sum() == pytest.approx(total)


def test_age_cells_without_merge_say_nothing() -> None:
    frame = pd.DataFrame({"tranche_age": list(INSEE_AGE) * 6})
    weighting = age_band_targets(frame)
    assert weighting.merges == () and weighting.note == ""
    assert weighting.targets == {k: float(v) for k, v in INSEE_AGE.items()}


# ------------------------------------------------------------------------------------------------
# Frame


def test_frame_has_one_boolean_column_per_choice_and_aligns_versions(form) -> None:  # type: ignore[no-untyped-def]
    frame = answers_frame(
        [
            record("b", "maubeuge/epinette", equipement="smartphone ordinateur", age="34"),
            record("a", "maubeuge/epinette", equipement="aucun"),
            ("c", "louvroil/autre", "1", {"consentement": "non"}),
        ],
        [form],
    )
    assert list(frame.columns[:3]) == ["_uuid", "_zone", "_version"]
    assert frame["equipement__smartphone"].tolist()[:2] == [True, False]
    assert frame["equipement__aucun"].tolist()[:2] == [False, True]
    assert pd.isna(frame.loc[2, "equipement__smartphone"])
    assert frame.loc[0, "age"] == 34 and pd.isna(frame.loc[1, "age"])


def test_submissions_frame_reads_the_latest_complete_revision(tmp_path: Path) -> None:
    from inclusion_desktop.demo import fill_demo_store
    from inclusion_desktop.store import Store

    store = Store.open(str(tmp_path / "store.db"))
    fill_demo_store(store, submissions=12, seed=5)
    rows = store.list_submissions(form_id="habitants")
    operator = store.operators()[0].id
    store.delete_submission(rows[0].uuid, "doublon", operator)
    frame = submissions_frame(store)
    assert len(frame) == 11
    assert rows[0].uuid not in set(frame["_uuid"])
    uuid = frame.loc[0, "_uuid"]
    answers = store.revisions(uuid)[-1].answers
    assert frame.loc[0, "_zone"] == store.get_submission(uuid).zone
    assert frame.loc[0, "consentement"] == answers["consentement"]
    assert frame["_version"].nunique() == 1


# ------------------------------------------------------------------------------------------------
# Indicators


def test_shipped_indicator_file_covers_the_study(form) -> None:  # type: ignore[no-untyped-def]
    sheet = load_indicators("habitants")
    ids = {i.id for i in sheet.indicators}
    for expected in (
        "smartphone",
        "ordinateur",
        "tablette",
        "connexion_domicile",
        "aucun_equipement",
        "raison_sans_equipement.moyens",
        "aisance.pas_du_tout_aise",
        "peu_ou_pas_aise",
        "deja_accompagne",
        "accomp_motif.demarches",
        "accomp_satisfait",
        "accomp_toujours_peu_aise",
        "non_accomp_raison.ne_connait_pas_offre",
        "ne_connait_pas_offre",
        "aide_proche_non_accompagne",
        "souhait_apprendre",
        "themes_par_aisance.bases_ordinateur",
        "critere_principal.gratuit",
        "critere_principal.proximite",
        "info_activites.bouche_a_oreille",
    ):
        assert expected in ids
    by_id = {i.id: i for i in sheet.indicators}
    assert [c.value for c in by_id["smartphone"].comparisons] == [0.84, 0.63]
    assert by_id["critere_principal.gratuit"].comparisons[0].value == 0.41
    assert by_id["themes_par_aisance.email"].cross == "aisance"
    assert len(by_id["themes_par_aisance.email"].cross_levels) == 4


def test_indicator_file_errors_name_the_place(form) -> None:  # type: ignore[no-untyped-def]
    text = '[[section]]\nid = "s"\nlabel = "S"\n[[section.indicator]]\nid = "x"\nlabel = "X"\n'
    with pytest.raises(IndicatorFileError, match="indicateur x.*inconnue"):
        parse_indicators(text + 'value = "${inconnue} = 1"\n', form)
    with pytest.raises(IndicatorFileError, match="indicateur x"):
        parse_indicators(text + 'value = "frobnicate(${age})"\n', form)


SMALL_SHEET = """
form_id = "habitants"
[[section]]
id = "eq"
label = { fr = "Équipement", en = "Equipment" }
population = "${consentement} = 'oui'"
[[section.indicator]]
id = "smartphone"
label = { fr = "Smartphone", en = "Smartphone" }
value = "selected(${equipement}, 'smartphone')"
comparisons = [ { value = 0.84, source = "CREDOC 2021" } ]
[[section.indicator]]
id = "pas_aise"
label = { fr = "Pas à l’aise", en = "Not comfortable" }
value = "${aisance} = 'pas_du_tout_aise'"
cross = "sexe"
"""


def small_frame(form) -> pd.DataFrame:  # type: ignore[no-untyped-def]
    records = []
    equipment = ["smartphone", "ordinateur", "smartphone ordinateur", "aucun"]
    comfort = ["tres_aise", "pas_du_tout_aise", "peu_aise"]
    for i in range(90):
        zone = "maubeuge/epinette" if i < 60 else "louvroil/sous_le_bois"
        answers = {"equipement": equipment[i % 4], "sexe": ("femme", "homme")[i % 2]}
        if i % 10:
            answers["aisance"] = comfort[i % 3]
        records.append(record(f"u{i:03d}", zone, **answers))
    records.append(("refus", "maubeuge/epinette", "1", {"consentement": "non"}))
    return answers_frame(records, [form])


def test_indicator_values_follow_the_expressions(form) -> None:  # type: ignore[no-untyped-def]
    frame = small_frame(form)
    sheet = parse_indicators(SMALL_SHEET, form)
    values = indicator_values(frame, sheet.indicators)
    expected = frame["equipement"].str.split().map(lambda s: "smartphone" in s, na_action="ignore")
    assert values["smartphone"].iloc[:90].tolist() == expected.iloc[:90].astype(float).tolist()
    assert np.isnan(values["smartphone"].iloc[90])  # no consent: not in the denominator
    assert values["pas_aise"].isna().sum() == 9 + 1  # unanswered aisance, and the refusal


def test_compute_indicators_matches_the_design_estimates(form) -> None:  # type: ignore[no-untyped-def]
    frame = small_frame(form)
    sheet = parse_indicators(SMALL_SHEET, form)
    frame["w"] = np.where(frame["sexe"] == "femme", 2.0, 1.0)
    design = SurveyDesign(frame, "w")
    result = compute_indicators(frame, design, sheet, by="zone")
    smart = result[result["indicator"] == "smartphone"].set_index("domain")
    assert list(smart.index) == ["louvroil/sous_le_bois", "maubeuge/epinette", TOTAL_DOMAIN]
    frame["smart"] = indicator_values(frame, sheet.indicators)["smartphone"]
    direct = design.proportion("smart", by="_zone").set_index("domain")
    for zone in ("louvroil/sous_le_bois", "maubeuge/epinette"):
        assert smart.loc[zone, "p"] == pytest.approx(direct.loc[zone, "p"], rel=1e-12)
        assert smart.loc[zone, "se"] == pytest.approx(direct.loc[zone, "se"], rel=1e-12)
    assert smart.loc[TOTAL_DOMAIN, "p"] == pytest.approx(
        design.proportion("smart").loc[0, "p"], rel=1e-12
    )
    assert smart.loc[TOTAL_DOMAIN, "n"] == 90
    assert smart.loc[TOTAL_DOMAIN, "comparison_value"] == 0.84
    assert smart.loc[TOTAL_DOMAIN, "comparison_source"] == "CREDOC 2021"
    crossed = result[(result["indicator"] == "pas_aise") & (result["domain"] == TOTAL_DOMAIN)]
    assert set(crossed["cross"]) == {"femme", "homme", "autre", "refus"}
    femme = crossed.set_index("cross").loc["femme"]
    answered = frame.iloc[:90][
        frame["aisance"].iloc[:90].notna() & (frame["sexe"].iloc[:90] == "femme")
    ]
    assert femme["n"] == len(answered)
    assert femme["p"] == pytest.approx((answered["aisance"] == "pas_du_tout_aise").mean())
    assert femme["se"] > 0 and femme["ci_low"] < femme["p"] < femme["ci_high"]
    assert crossed.set_index("cross").loc["autre", "n"] == 0


def test_generic_sheet_covers_every_select_question(form) -> None:  # type: ignore[no-untyped-def]
    sheet = generic_indicators(form)
    selects = [q.name for q in form.questions if q.choices is not None]
    assert [s.id for s in sheet.sections] == selects
    frame = small_frame(form)
    result = compute_indicators(frame, SurveyDesign(frame), sheet, by=None)
    equipment = result[result["section"] == "equipement"].set_index("indicator")
    assert equipment.loc["equipement.aucun", "p"] == pytest.approx(22 / 90, rel=1e-12)
    assert set(result["domain"]) == {TOTAL_DOMAIN}
