"""Kish's effective sample size and the heavy-respondent flag, against a hand computation."""

from __future__ import annotations

import numpy as np
import pandas as pd

from inclusion_desktop.analysis import FLAG_CAUTION, FLAG_SUPPRESSED, SurveyDesign
from inclusion_desktop.analysis.indicators import compute_indicators, parse_indicators

SHEET = """
form_id = "t"
title = { fr = "T", en = "T" }
[[section]]
id = "s"
label = { fr = "S", en = "S" }
[[section.indicator]]
id = "oui"
label = { fr = "Oui", en = "Yes" }
value = "${q} = 'oui'"
"""


def _estimate(weights: list[float], answers: list[str], zones: list[str]) -> pd.DataFrame:
    frame = pd.DataFrame({"_uuid": [str(i) for i in range(len(answers))], "_zone": zones,
                          "_version": "1", "q": answers})
    design = SurveyDesign(frame, weights=weights)
    return compute_indicators(frame, design, parse_indicators(SHEET), by="zone")


def test_effective_size_and_heaviest_share_match_a_hand_computation() -> None:
    weights = [1.0] * 30 + [10.0]  # one respondent carries 10/40 of the weight
    answers = ["oui", "non"] * 15 + ["oui"]
    table = _estimate(weights, answers, ["a"] * 31).set_index("domain")
    row = table.loc["a"]
    w = np.array(weights)
    assert row["n"] == 31
    assert abs(row["n_eff"] - w.sum() ** 2 / (w**2).sum()) < 1e-9  # 1600 / 130 = 12.3
    assert abs(row["max_weight_share"] - 10 / 40) < 1e-12
    assert row["flag"] == FLAG_CAUTION  # 31 respondents, but n_eff 12.3 < 30


def test_masking_follows_the_effective_size() -> None:
    weights = [1.0] * 6 + [30.0]  # n = 7 but n_eff = 36² / 906 = 1.43
    table = _estimate(weights, ["oui"] * 7, ["a"] * 7).set_index("domain")
    row = table.loc["a"]
    assert row["n"] == 7 and row["n_eff"] < 5
    assert row["flag"] == FLAG_SUPPRESSED and np.isnan(row["p"])


def test_equal_weights_give_n_eff_equal_to_n() -> None:
    table = _estimate([2.0] * 40, ["oui", "non"] * 20, ["a"] * 40).set_index("domain")
    assert abs(table.loc["a", "n_eff"] - 40) < 1e-9
    assert abs(table.loc["a", "max_weight_share"] - 1 / 40) < 1e-12
    assert table.loc["a", "flag"] == ""
