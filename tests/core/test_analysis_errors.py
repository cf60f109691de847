"""Indicator, population, weighting and territory refusals: catalogued, rendered in English too."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from translation_support import english

from inclusion_desktop.analysis import SurveyDesign
from inclusion_desktop.analysis.indicators import IndicatorFileError, parse_indicators
from inclusion_desktop.analysis.population import (
    PopulationCell,
    PopulationTargetsError,
    load_population_targets,
    save_population_targets,
)
from inclusion_desktop.analysis.weighting import WeightingError
from inclusion_desktop.analysis.zone_population import parse_zone_targets
from inclusion_desktop.catalogue import MESSAGES, MESSAGES_CONTEXT, Code


def test_a_bad_population_line_is_named_and_the_file_kept(tmp_path: Path) -> None:
    path = tmp_path / "population.csv"
    path.write_text("variable,modalite,libelle,effectif,source\nx,a,A,douze,\n", encoding="utf-8")
    with pytest.raises(PopulationTargetsError) as refused:
        load_population_targets(path)
    assert refused.value.code is Code.POPULATION_COUNT_NOT_NUMBER
    assert refused.value.params == {"line": 2, "value": "douze"}
    assert str(refused.value) == "Ligne 2 : l’effectif « douze » n’est pas un nombre."
    assert refused.value.render(english()) == "Line 2: the count “douze” is not a number."

    before = path.read_bytes()
    with pytest.raises(PopulationTargetsError) as refused:
        save_population_targets(
            path, {"x": (PopulationCell("a", "A", 1),), "y": (PopulationCell("b", "B", 2),)}
        )
    assert refused.value.code is Code.POPULATION_UNEQUAL_TOTALS
    assert refused.value.render(english()) == (
        "The variables do not have the same total count (x : 1, y : 2)."
    )
    assert path.read_bytes() == before


def test_a_zone_structure_refusal_names_the_zone_and_the_line_in_english() -> None:
    text = "quartier,variable,modalite,libelle,effectif,source\nz1,x,a,A,-3,\n"
    with pytest.raises(PopulationTargetsError) as refused:
        parse_zone_targets(text)
    assert refused.value.code is Code.POPULATION_IN_ZONE
    assert refused.value.params["zone"] == "z1"
    assert refused.value.params["error"].code is Code.POPULATION_COUNT_NEGATIVE
    assert str(refused.value) == "Quartier « z1 » : Ligne 2 : l’effectif doit être positif."
    # The nested refusal is rendered in the same language as the one that carries it.
    assert refused.value.render(english()) == (
        "Neighbourhood “z1”: Line 2: the count must be positive."
    )


def test_weighting_refusals_carry_their_cells_in_both_languages() -> None:
    frame = pd.DataFrame({"age": ["a", "a", "b"], "sex": ["f", "h", "h"]})
    with pytest.raises(WeightingError) as refused:
        SurveyDesign(frame).poststratify("age", {"a": 10.0, "b": 5.0, "c": 4.0})
    assert refused.value.code is Code.WEIGHTING_EMPTY_CELLS
    assert refused.value.params == {"cells": "c", "variable": "age"}
    assert refused.value.render(english()) == (
        "No respondent in the category(ies) “c” of “age”: merge them with a neighbouring category."
    )
    with pytest.raises(WeightingError) as refused:
        SurveyDesign(frame).rake({"age": {"a": 2.0, "b": 1.0}, "sex": {"f": 1.0, "h": 1.0}})
    assert refused.value.code is Code.WEIGHTING_UNEQUAL_MARGINS
    assert str(refused.value) == "Les marges de calage n’ont pas le même effectif total : 3, 2."
    assert refused.value.render(english()) == (
        "The calibration margins do not have the same total count: 3, 2."
    )


def test_every_analysis_code_has_an_english_message() -> None:
    translate = english()
    for code in Code:
        if code.value.startswith(("population.", "weighting.", "indicator.", "territory.")):
            source = MESSAGES[code]
            # A message that is only its parameter ("{problems}") reads the same in English.
            assert translate(MESSAGES_CONTEXT, source) != source or source == "{problems}", code


def test_an_indicator_file_refusal_says_where_in_both_languages() -> None:
    text = '[[section]]\nid = "s"\nlabel = "S"\n[[section.indicator]]\nid = "x"\nlabel = "X"\n'
    with pytest.raises(IndicatorFileError) as refused:
        parse_indicators(text + 'comparisons = 3\nvalue = "1"\n', name="mes.toml")
    assert refused.value.code is Code.INDICATOR_COMPARISONS_LIST
    assert refused.value.params["where"].render() == "mes.toml, section s, indicateur x"
    assert str(refused.value) == (
        "mes.toml, section s, indicateur x : « comparisons » doit être une liste."
    )
    assert refused.value.render(english()) == (
        "section s of mes.toml, indicator x: “comparisons” must be a list."
    )
    with pytest.raises(IndicatorFileError) as refused:
        parse_indicators("title = ", name="mes.toml")
    assert refused.value.code is Code.INDICATOR_UNREADABLE
    assert refused.value.render(english()).startswith("mes.toml: unreadable file (")


def test_one_or_several_missing_items_are_counted_in_real_plurals(tmp_path: Path) -> None:
    path = tmp_path / "population.csv"
    path.write_text("variable,modalite,libelle,effectif\nx,a,A,12\n", encoding="utf-8")
    with pytest.raises(PopulationTargetsError) as refused:
        load_population_targets(path)
    assert refused.value.code is Code.POPULATION_MISSING_COLUMN
    assert str(refused.value) == "Fichier de population : colonne manquante : source."
    assert refused.value.render(english()) == "Population file: missing column: source."
    path.write_text("variable,modalite,libelle\nx,a,A\n", encoding="utf-8")
    with pytest.raises(PopulationTargetsError) as refused:
        load_population_targets(path)
    assert str(refused.value) == "Fichier de population : colonnes manquantes : effectif, source."

    frame = pd.DataFrame({"age": ["a", None, "b"]})
    with pytest.raises(WeightingError) as refused:
        SurveyDesign(frame).poststratify("age", {"a": 10.0, "b": 5.0})
    assert refused.value.code is Code.WEIGHTING_MISSING_VALUE
    assert str(refused.value) == (
        "1 questionnaire sans valeur pour « age » : impossible de le redresser."
    )
    assert refused.value.render(english()) == (
        "1 questionnaire without a value for “age”: it cannot be weighted."
    )
