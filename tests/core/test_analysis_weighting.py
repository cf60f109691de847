"""Weights and estimates against R's survey package and against independent computations."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from inclusion_desktop.analysis import SurveyDesign
from inclusion_desktop.analysis.weighting import (
    FLAG_CAUTION,
    FLAG_SUPPRESSED,
    WeightingError,
    proportion_interval,
)

REFERENCE = Path(__file__).resolve().parents[2] / "tests" / "reference-data" / "r-survey"
API_POPULATION = {"E": 4421, "H": 755, "M": 1018}


@pytest.fixture(scope="module")
def apisrs() -> pd.DataFrame:
    frame = pd.read_csv(REFERENCE / "apisrs.csv")
    frame["yes"] = frame["sch.wide"] == "Yes"
    return frame


# ------------------------------------------------------------------------------------------------
# R's published figures


def test_apisrs_post_stratified_proportion_matches_r(apisrs: pd.DataFrame) -> None:
    design = SurveyDesign(apisrs, weights="pw").poststratify("stype", API_POPULATION)
    row = design.proportion("yes").iloc[0]
    assert row["n"] == 200
    assert row["p"] == pytest.approx(0.8163960, abs=1e-6)
    assert row["se"] == pytest.approx(0.0255520, abs=1e-6)
    assert row["flag"] == ""
    # The weights reproduce the population counts exactly.
    totals = design.weights.groupby(apisrs["stype"]).sum()
    assert totals.to_dict() == pytest.approx({k: float(v) for k, v in API_POPULATION.items()})


def test_apisrs_logit_interval_matches_the_formula(apisrs: pd.DataFrame) -> None:
    # svyciprop(~I(sch.wide=="Yes"), dstrat, method="logit"): expit(logit(p) +- t199 * se/(p(1-p)))
    row = SurveyDesign(apisrs, "pw").poststratify("stype", API_POPULATION).proportion("yes")
    from scipy import stats

    p, se = 0.8163959628850687, 0.02555196729679051
    half = stats.t.ppf(0.975, 199) * se / (p * (1 - p))
    logit = np.log(p / (1 - p))
    assert row["ci_low"].iloc[0] == pytest.approx(1 / (1 + np.exp(-(logit - half))), abs=1e-9)
    assert row["ci_high"].iloc[0] == pytest.approx(1 / (1 + np.exp(-(logit + half))), abs=1e-9)
    assert row["ci_low"].iloc[0] == pytest.approx(0.760599, abs=1e-6)
    assert row["ci_high"].iloc[0] == pytest.approx(0.861556, abs=1e-6)


def test_deff_r_weighted_mean_matches_r() -> None:
    # R survey tests/deff.R: svymean(~uriage, svydesign(id=~1, weights=~w)) = 243.914 (SE 48.752)
    frame = pd.DataFrame(
        {
            "uriage": [15, 143, 21, 51, 337, 50, 274, 145, 15, 86],
            "w": [20, 200, 11, 25, 550, 30, 250, 100, 10, 55],
        }
    )
    row = SurveyDesign(frame, weights="w").mean("uriage").iloc[0]
    assert row["mean"] == pytest.approx(243.914, abs=5e-4)
    assert row["se"] == pytest.approx(48.752, abs=5e-4)
    assert row["n"] == 10
    assert row["flag"] == FLAG_CAUTION


def test_rake_on_one_margin_is_post_stratification(apisrs: pd.DataFrame) -> None:
    raked = SurveyDesign(apisrs, "pw").rake({"stype": API_POPULATION}).proportion("yes")
    assert raked["p"].iloc[0] == pytest.approx(0.8163960, abs=1e-6)
    assert raked["se"].iloc[0] == pytest.approx(0.0255520, abs=1e-6)


# ------------------------------------------------------------------------------------------------
# Independent computations: a row-by-row translation of R's svymean/svyrecvar


def naive_estimate(
    y: np.ndarray,
    domain: np.ndarray,
    steps: list[tuple[str, list[tuple[np.ndarray, np.ndarray, np.ndarray]]]],
    weights: np.ndarray,
) -> tuple[float, float]:
    """svymean(~y, subset(design, domain), na.rm=TRUE) on a calibrated design, row by row."""
    use = domain & ~np.isnan(y)
    w = np.where(use, weights, 0.0)
    yy = np.where(use, y, 0.0)
    total = w.sum()
    p = (w * yy).sum() / total
    x = w * (yy - p) / total
    for kind, margins in steps:
        if kind == "poststratify":
            (cells, psw, oldw) = margins[0]
            means = {
                g: (x[cells == g] * oldw[cells == g] / psw[cells == g]).sum()
                / oldw[cells == g].sum()
                for g in np.unique(cells)
            }
            x = x - np.array([means[g] for g in cells]) * psw
        else:
            for _ in range(10):
                for cells, psw, _old in margins:
                    ave = pd.Series(x / psw).groupby(cells).transform("mean").to_numpy()
                    x = x - psw * ave
    n = len(x)
    return p, float(np.sqrt(n / (n - 1) * ((x - x.mean()) ** 2).sum()))


def random_sample(seed: int, n: int = 400) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    frame = pd.DataFrame(
        {
            "age": rng.choice(["a", "b", "c", "d"], n, p=[0.4, 0.3, 0.2, 0.1]),
            "sex": rng.choice(["f", "h"], n),
            "zone": rng.choice(["z1", "z2", "z3"], n),
            "w": rng.choice([1.0, 1.5, 2.0, 3.0], n),
            "score": rng.normal(50, 10, n),
        }
    )
    yes = rng.random(n) < np.where(frame["age"] == "a", 0.7, 0.3)
    frame["y"] = pd.array(yes, dtype="boolean")
    frame.loc[rng.random(n) < 0.1, "y"] = pd.NA
    return frame


AGE = {"a": 3000.0, "b": 3000.0, "c": 2500.0, "d": 1500.0}
SEX = {"f": 5200.0, "h": 4800.0}


def test_domain_estimates_match_a_row_by_row_computation() -> None:
    frame = random_sample(1)
    base = SurveyDesign(frame, "w")
    design = base.poststratify("age", AGE).rake(
        {"sex": SEX, "zone": {"z1": 3000, "z2": 3000, "z3": 4000}}
    )
    y = frame["y"].to_numpy(dtype=float, na_value=np.nan)
    margins = [m for step in design._steps for m in step.margins]
    steps = [
        ("poststratify", [(margins[0].codes, margins[0].psw, margins[0].oldw)]),
        ("rake", [(m.codes, m.psw, m.oldw) for m in margins[1:]]),
    ]
    result = design.proportion("y", by="zone").set_index("domain")
    for zone in ("z1", "z2", "z3"):
        p, se = naive_estimate(
            y, (frame["zone"] == zone).to_numpy(), steps, design.weights.to_numpy()
        )
        assert result.loc[zone, "p"] == pytest.approx(p, rel=1e-10)
        assert result.loc[zone, "se"] == pytest.approx(se, rel=1e-8)
        n = int(((frame["zone"] == zone) & frame["y"].notna()).sum())
        assert result.loc[zone, "n"] == n
    whole = design.proportion("y").iloc[0]
    p, se = naive_estimate(y, np.ones(len(frame), bool), steps, design.weights.to_numpy())
    assert whole["p"] == pytest.approx(p, rel=1e-10)
    assert whole["se"] == pytest.approx(se, rel=1e-8)
    means = design.mean("score", by="sex").set_index("domain")
    score = frame["score"].to_numpy()
    p, se = naive_estimate(
        score, (frame["sex"] == "f").to_numpy(), steps, design.weights.to_numpy()
    )
    assert means.loc["f", "mean"] == pytest.approx(p, rel=1e-10)
    assert means.loc["f", "se"] == pytest.approx(se, rel=1e-8)


def test_yrbs_unequal_weights_by_stratum_match_a_row_by_row_computation() -> None:
    frame = pd.read_csv(REFERENCE / "yrbs.csv")
    frame["q"] = frame["qn8"].map({1.0: 1.0, 2.0: 0.0})
    design = SurveyDesign(frame, "weight")
    result = design.proportion("q", by="stratum").set_index("domain")
    y = frame["q"].to_numpy()
    for stratum in (111.0, 212.0):
        p, se = naive_estimate(
            y, (frame["stratum"] == stratum).to_numpy(), [], frame["weight"].to_numpy()
        )
        assert result.loc[stratum, "p"] == pytest.approx(p, rel=1e-10)
        assert result.loc[stratum, "se"] == pytest.approx(se, rel=1e-8)


# ------------------------------------------------------------------------------------------------
# Raking against a direct solve of the calibration equations


def test_rake_weights_solve_the_raking_calibration_equations() -> None:
    frame = random_sample(7)
    design = SurveyDesign(frame, "w").rake({"age": AGE, "sex": SEX})
    # Raking ratio = calibration with w_i = d_i exp(h_i' lambda); solve sum w h = T by Newton.
    h = np.column_stack(
        [(frame["age"] == a).to_numpy(float) for a in AGE] + [(frame["sex"] == "h").to_numpy(float)]
    )
    target = np.array([*AGE.values(), SEX["h"]])
    d = frame["w"].to_numpy(float)
    lam = np.zeros(h.shape[1])
    for _ in range(100):
        w = d * np.exp(h @ lam)
        lam -= np.linalg.solve(h.T @ (w[:, None] * h), h.T @ w - target)
    w = d * np.exp(h @ lam)
    assert np.abs(h.T @ w - target).max() < 1e-6
    np.testing.assert_allclose(design.weights.to_numpy(), w, rtol=1e-8)


def test_rake_standard_error_is_the_regression_residual_variance() -> None:
    # With converged sweeps, R's residuals are those of an (unweighted) least-squares fit of
    # x / w on the indicators of every margin's cells, multiplied back by w.
    frame = random_sample(3, n=600)
    design = SurveyDesign(frame, "w").rake({"age": AGE, "sex": SEX})
    y = frame["y"].to_numpy(dtype=float, na_value=np.nan)
    w = design.weights.to_numpy()
    use = ~np.isnan(y)
    p = (w * np.where(use, y, 0)).sum() / w[use].sum()
    x = np.where(use, w * (np.nan_to_num(y) - p) / w[use].sum(), 0.0)
    h = np.column_stack(
        [(frame["age"] == a).to_numpy(float) for a in AGE]
        + [(frame["sex"] == s).to_numpy(float) for s in SEX]
    )
    coef, *_ = np.linalg.lstsq(h, x / w, rcond=None)
    e = (x / w - h @ coef) * w
    n = len(e)
    se = np.sqrt(n / (n - 1) * ((e - e.mean()) ** 2).sum())
    row = design.proportion("y").iloc[0]
    assert row["p"] == pytest.approx(p, rel=1e-12)
    assert row["se"] == pytest.approx(se, rel=1e-5)


def test_rake_margins_must_share_a_total() -> None:
    frame = random_sample(2)
    with pytest.raises(WeightingError, match="même effectif total"):
        SurveyDesign(frame).rake({"age": AGE, "sex": {"f": 1.0, "h": 1.0}})


def test_post_stratification_refuses_unknown_and_empty_cells() -> None:
    frame = random_sample(2)
    with pytest.raises(WeightingError, match="sans effectif"):
        SurveyDesign(frame).poststratify("age", {"a": 1, "b": 1, "c": 1})
    with pytest.raises(WeightingError, match="Aucun répondant"):
        SurveyDesign(frame).poststratify("age", {**AGE, "e": 10.0})
    partial = SurveyDesign(frame).poststratify("age", {**AGE, "e": 10.0}, partial=True)
    assert partial.weights.sum() == pytest.approx(sum(AGE.values()))


# ------------------------------------------------------------------------------------------------
# Flags and intervals


def test_small_domains_are_flagged_and_suppressed() -> None:
    frame = pd.DataFrame(
        {"y": [True] * 3 + [False] * 20 + [True] * 20, "zone": ["a"] * 3 + ["b"] * 40}
    )
    result = SurveyDesign(frame).proportion("y", by="zone").set_index("domain")
    assert result.loc["a", "flag"] == FLAG_SUPPRESSED
    assert np.isnan(result.loc["a", "p"]) and result.loc["a", "n"] == 3
    assert result.loc["b", "flag"] == ""
    assert result.loc["b", "p"] == pytest.approx(0.5)


def test_interval_stays_inside_zero_one_at_the_edges() -> None:
    low, high = proportion_interval(np.array([0.0, 1.0]), np.array([0.0, 0.0]), np.array([40, 40]))
    # Clopper-Pearson with 0 (or 40) successes out of 40.
    assert low[0] == 0.0 and high[0] == pytest.approx(1 - 0.025 ** (1 / 40), rel=1e-9)
    assert high[1] == 1.0 and low[1] == pytest.approx(0.025 ** (1 / 40), rel=1e-9)
    frame = pd.DataFrame({"y": [False] * 50})
    row = SurveyDesign(frame).proportion("y").iloc[0]
    assert row["p"] == 0.0 and row["se"] == 0.0
    assert row["ci_low"] == 0.0 and 0 < row["ci_high"] < 0.1


def test_non_boolean_column_is_refused() -> None:
    frame = pd.DataFrame({"y": [0, 1, 2]})
    with pytest.raises(WeightingError, match="oui/non"):
        SurveyDesign(frame).proportion("y")
