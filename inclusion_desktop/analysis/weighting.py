"""Survey weights and estimates: post-stratification, raking, linearised standard errors.

The computations follow R's `survey` package (Lumley), so that a figure on a sheet can be checked
against it: `svymean` on a design with weights only (each respondent its own PSU, no fpc), after
`postStratify` and `rake`, domains estimated without sub-setting the design (`svyby`), 95%
intervals by the logit method (`svyciprop(method="logit")`) with Student's t on n - 1 degrees of
freedom.

How the variance is computed. For an estimate of domain d, the linearised variable is
x_i = w_i 1{i in d, y_i known} (y_i - p_d) / N_d. Each calibration step then removes from x the
part explained by its cells, exactly as R's `svyrecvar` does: after `postStratify`,
x <- x - w_new * (mean of x * w_old / w_new in the cell, weighted by w_old); after `rake`, ten
sweeps of x <- x - w_margin * (mean of x / w_margin in the margin's cell) over every margin. The
variance is n / (n - 1) * sum((x - mean(x))^2) over the whole sample.

Rows sharing their weights and calibration cells (a "design class") and their domain have
identical coefficients, so every sum above is computed from per-class sums of the answers: one
sparse product per kind of sum, whatever the number of calibration steps. With equal base weights
there are only a few hundred classes, which keeps 100,000 questionnaires fast.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import pandas as pd
from scipy import sparse, stats

from inclusion_desktop.catalogue import Code
from inclusion_desktop.errors import AppError

#: Under this unweighted count an estimate is shown with a caution flag.
MIN_RELIABLE = 30
#: Under this unweighted count an estimate is not shown at all.
MIN_SHOWN = 5
FLAG_CAUTION = "à interpréter avec prudence"
FLAG_SUPPRESSED = "valeur masquée : moins de 5 répondants"
#: Sweeps of the residual projection after raking, as in R's svyrecvar.
RAKE_VARIANCE_SWEEPS = 10
CONFIDENCE = 0.95
#: Columns summed per sparse product in estimate_matrix (bounds the memory of the copy).
STACK_COLUMNS = 32

FloatArray = np.ndarray[Any, np.dtype[np.float64]]
IntArray = np.ndarray[Any, np.dtype[np.int64]]


class WeightingError(AppError, ValueError):
    """Weights or population targets that cannot be used; the message is in French."""

    area_code = Code.WEIGHTING


@dataclass(frozen=True)
class _Margin:
    """One set of calibration cells, with the weights after (`psw`) and before (`oldw`) it."""

    kind: Literal["poststratify", "rake"]
    codes: IntArray
    n_cells: int
    psw: FloatArray
    oldw: FloatArray


@dataclass(frozen=True)
class _Step:
    kind: Literal["poststratify", "rake"]
    margins: tuple[_Margin, ...]


@dataclass(frozen=True)
class DomainEstimates:
    """Raw estimates, arrays of shape (domains, variables)."""

    n: FloatArray
    estimate: FloatArray
    se: FloatArray
    #: Kish's effective sample size, (Σw)² / Σw², over the known answers of each cell.
    n_eff: FloatArray | None = None
    #: The largest share of a cell's weight one respondent carries.
    max_share: FloatArray | None = None


def _factorize(values: Any) -> tuple[IntArray, int]:
    codes, uniques = pd.factorize(np.asarray(values), sort=False)
    return codes.astype(np.int64), len(uniques)


def _combine_codes(columns: Sequence[IntArray]) -> tuple[IntArray, IntArray]:
    """Codes of the distinct combinations of integer columns, and one row index per combination."""
    key = np.zeros(len(columns[0]), dtype=np.int64)
    for col in columns:
        width = int(col.max()) + 2 if len(col) else 1
        key = key * width + (col + 1)
        key, _ = _factorize(key)
    _, first, inverse = np.unique(key, return_index=True, return_inverse=True)
    return inverse.astype(np.int64).reshape(-1), first.astype(np.int64)


def _as_float_values(series: pd.Series, column: str, boolean: bool) -> FloatArray:
    """The column as floats, NaN where missing; booleans as 0/1."""
    if series.dtype == object or isinstance(series.dtype, pd.CategoricalDtype):
        mapped = series.map(
            lambda v: np.nan if v is None or v is pd.NA or v != v else v  # noqa: PLR0124
        )
        try:
            values = mapped.astype(float).to_numpy()
        except (TypeError, ValueError) as exc:
            raise WeightingError(code=Code.WEIGHTING_NOT_NUMERIC, column=column) from exc
    else:
        values = series.to_numpy(dtype=float, na_value=np.nan)
    if boolean:
        known = values[~np.isnan(values)]
        if not np.isin(known, (0.0, 1.0)).all():
            raise WeightingError(code=Code.WEIGHTING_NOT_YES_NO, column=column)
    return np.asarray(values, dtype=np.float64)


class SurveyDesign:
    """A sample with its weights and the calibration steps applied to them.

    Every method returns a new design; the frame is never modified.
    """

    def __init__(
        self,
        frame: pd.DataFrame,
        weights: str | pd.Series | Sequence[float] | None = None,
        *,
        _steps: tuple[_Step, ...] = (),
        _final: FloatArray | None = None,
        _base: FloatArray | None = None,
    ) -> None:
        self.frame = frame
        if _base is None:
            if weights is None:
                base = np.ones(len(frame), dtype=np.float64)
            else:
                raw = frame[weights] if isinstance(weights, str) else weights
                base = np.asarray(pd.Series(raw).to_numpy(dtype=float), dtype=np.float64)
                if len(base) != len(frame):
                    raise WeightingError(code=Code.WEIGHTING_ONE_PER_SUBMISSION)
            if len(base) and not (np.isfinite(base).all() and (base > 0).all()):
                raise WeightingError(code=Code.WEIGHTING_NOT_POSITIVE)
            _base = base
        self._base = _base
        self._final = _base if _final is None else _final
        self._steps = _steps
        self._classes: tuple[IntArray, IntArray] | None = None

    # ----------------------------------------------------------------------------------------
    # Weights

    @property
    def calibrated(self) -> bool:
        """True once a calibration step (post-stratification, raking) has set the weights."""
        return bool(self._steps)

    @property
    def weights(self) -> pd.Series:
        """The final weights, aligned to the frame."""
        return pd.Series(self._final, index=self.frame.index, name="poids")

    def _cells(
        self, column: str | pd.Series, population: Mapping[Any, float], partial: bool
    ) -> tuple[IntArray, FloatArray, list[Hashable]]:
        values = self.frame[column] if isinstance(column, str) else column
        name = column if isinstance(column, str) else str(column.name)
        if len(values) != len(self.frame):
            raise WeightingError(code=Code.WEIGHTING_VARIABLE_LENGTH, variable=name)
        if pd.isna(values).any():
            count = int(pd.isna(values).sum())
            raise WeightingError(
                code=Code.WEIGHTING_MISSING_VALUES if count > 1 else Code.WEIGHTING_MISSING_VALUE,
                count=count,
                variable=name,
            )
        keys = list(population)
        targets = np.array([float(population[k]) for k in keys], dtype=np.float64)
        if not (np.isfinite(targets).all() and (targets >= 0).all()):
            raise WeightingError(code=Code.WEIGHTING_INVALID_TARGETS, variable=name)
        index = pd.Index([str(k) for k in keys])
        codes = index.get_indexer(pd.Series(values).astype(str).to_numpy()).astype(np.int64)
        if (codes < 0).any():
            unknown = sorted(set(pd.Series(values)[codes < 0].astype(str)))
            raise WeightingError(
                code=Code.WEIGHTING_UNKNOWN_CELLS
                if len(unknown) > 1
                else Code.WEIGHTING_UNKNOWN_CELL,
                variable=name,
                cells=", ".join(unknown),
            )
        counts = np.bincount(codes, minlength=len(keys))
        empty = (counts == 0) & (targets > 0)
        if empty.any() and not partial:
            missing = ", ".join(str(keys[i]) for i in np.flatnonzero(empty))
            raise WeightingError(code=Code.WEIGHTING_EMPTY_CELLS, cells=missing, variable=name)
        return codes, targets, keys

    def poststratify(
        self,
        column: str | pd.Series,
        population: Mapping[Any, float],
        *,
        partial: bool = False,
    ) -> SurveyDesign:
        """Post-stratifies on `column` (a frame column or a Series aligned to it).

        `population` gives the population count of every cell. With `partial`, population cells
        without respondents are ignored (R: `partial=TRUE`); otherwise they are an error.
        """
        codes, targets, _ = self._cells(column, population, partial)
        old = self._final
        totals = np.bincount(codes, weights=old, minlength=len(targets))
        with np.errstate(divide="ignore", invalid="ignore"):
            factor = np.where(totals > 0, targets / totals, 0.0)
        new = old * factor[codes]
        margin = _Margin("poststratify", codes, len(targets), new, old)
        return self._with(new, _Step("poststratify", (margin,)))

    def rake(
        self,
        margins: Mapping[str, Mapping[Any, float]] | Sequence[tuple[Any, Mapping[Any, float]]],
        *,
        max_iterations: int = 100,
        tolerance: float = 1e-10,
    ) -> SurveyDesign:
        """Rakes to several margins by iterative proportional fitting, to convergence.

        `margins` maps a column name to its population counts per cell (or is a sequence of
        (column or Series, counts) pairs). Convergence: no weight changes by more than
        `tolerance` times the largest weight over one pass. Every margin must sum to the same
        population total.
        """
        pairs = list(margins.items()) if isinstance(margins, Mapping) else list(margins)
        if not pairs:
            raise WeightingError(code=Code.WEIGHTING_NO_MARGIN)
        cells = [self._cells(col, pop, False) for col, pop in pairs]
        totals = [float(t.sum()) for _, t, _ in cells]
        if max(totals) - min(totals) > 1e-9 * max(totals):
            raise WeightingError(
                code=Code.WEIGHTING_UNEQUAL_MARGINS,
                totals=", ".join(f"{t:,.0f}".replace(",", " ") for t in totals),
            )
        weights = self._final.copy()
        for _ in range(max_iterations):
            previous = weights
            built: list[_Margin] = []
            for codes, targets, _ in cells:
                before = weights
                sums = np.bincount(codes, weights=before, minlength=len(targets))
                with np.errstate(divide="ignore", invalid="ignore"):
                    factor = np.where(sums > 0, targets / sums, 0.0)
                weights = before * factor[codes]
                built.append(_Margin("rake", codes, len(targets), weights, before))
            if np.max(np.abs(weights - previous)) <= tolerance * np.max(weights):
                return self._with(weights, _Step("rake", tuple(built)))
        raise WeightingError(code=Code.WEIGHTING_NO_CONVERGENCE, iterations=max_iterations)

    def _with(self, weights: FloatArray, step: _Step) -> SurveyDesign:
        return SurveyDesign(
            self.frame, _steps=(*self._steps, step), _final=weights, _base=self._base
        )

    # ----------------------------------------------------------------------------------------
    # Estimates

    def _design_classes(self) -> tuple[IntArray, IntArray]:
        """Codes of rows sharing weights and calibration cells, and one row per class."""
        if self._classes is None:
            columns = [_factorize(self._final)[0]]
            for step in self._steps:
                for margin in step.margins:
                    columns += [
                        margin.codes,
                        _factorize(margin.psw)[0],
                        _factorize(margin.oldw)[0],
                    ]
            if len(self.frame) == 0:
                self._classes = (np.zeros(0, np.int64), np.zeros(0, np.int64))
            else:
                self._classes = _combine_codes(columns)
        return self._classes

    def _domain_codes(self, by: str | pd.Series | None) -> tuple[IntArray, list[Any]]:
        if by is None:
            return np.zeros(len(self.frame), dtype=np.int64), [None]
        values = self.frame[by] if isinstance(by, str) else by
        codes, uniques = pd.factorize(pd.Series(values).to_numpy(), sort=True)
        return codes.astype(np.int64), list(uniques)

    def estimate_matrix(
        self, values: FloatArray, domains: IntArray, n_domains: int, *, kind: str = "mean"
    ) -> DomainEstimates:
        """Weighted means of the columns of `values` (NaN = missing) in each domain, with SE.

        `domains` holds a domain code per row in [0, n_domains), or -1 for rows in none. With
        kind "proportion" the values must be 0/1 (it saves one sum).
        """
        values = np.asarray(values)
        if values.ndim == 1:
            values = values[:, None]
        n_rows, n_vars = values.shape
        out_shape = (n_domains, n_vars)
        if n_rows < 2:
            nan = np.full(out_shape, np.nan)
            return DomainEstimates(np.zeros(out_shape), nan, nan.copy())
        delta, first = self._design_classes()
        key = delta * (n_domains + 1) + (domains + 1)
        class_keys, cls = np.unique(key, return_inverse=True)
        cls = cls.reshape(-1)
        n_classes = len(class_keys)
        class_delta = class_keys // (n_domains + 1)
        class_dom = class_keys % (n_domains + 1) - 1
        rows = first[class_delta]  # a representative row of each class

        # One sparse product per chunk of columns gives every per-class sum: [known | y | y^2]
        # side by side. Sums of 0/1 values are whole numbers below 2^24, exact in float32:
        # proportions use it (half the memory); means keep float64 so that their figures match
        # R to the last digit. Chunks bound the memory of the stacked copy.
        proportion = kind == "proportion"
        dtype = np.float32 if proportion else np.float64
        blocks = 2 if proportion else 3
        indicator = sparse.csr_matrix(
            (np.ones(n_rows, dtype=dtype), (cls, np.arange(n_rows))), shape=(n_classes, n_rows)
        )
        count_a = np.empty((n_classes, n_vars))
        sum_b = np.empty((n_classes, n_vars))
        sum_q = sum_b if proportion else np.empty((n_classes, n_vars))
        for start in range(0, n_vars, STACK_COLUMNS):
            part = values[:, start : start + STACK_COLUMNS]
            width = part.shape[1]
            stacked = np.empty((n_rows, blocks * width), dtype=dtype)
            missing = np.isnan(part)
            stacked[:, :width] = ~missing
            filled = stacked[:, width : 2 * width]
            filled[...] = part
            filled[missing] = 0.0
            del missing
            if not proportion:
                np.multiply(filled, filled, out=stacked[:, 2 * width :])
            sums = np.asarray(indicator @ stacked, dtype=np.float64)
            del stacked, filled
            count_a[:, start : start + width] = sums[:, :width]
            sum_b[:, start : start + width] = sums[:, width : 2 * width]
            if not proportion:
                sum_q[:, start : start + width] = sums[:, 2 * width :]
        size = np.bincount(cls, minlength=n_classes).astype(np.float64)
        weight = self._final[rows]

        in_dom = class_dom >= 0
        dom_matrix = sparse.csr_matrix(
            (np.ones(int(in_dom.sum())), (class_dom[in_dom], np.flatnonzero(in_dom))),
            shape=(n_domains, n_classes),
        )
        n_unweighted = np.asarray(dom_matrix @ count_a)
        total_w = np.asarray(dom_matrix @ (weight[:, None] * count_a))
        total_wy = np.asarray(dom_matrix @ (weight[:, None] * sum_b))
        with np.errstate(divide="ignore", invalid="ignore"):
            estimate = total_wy / total_w
        safe_dom = np.where(in_dom, class_dom, 0)
        p_c = np.where(in_dom[:, None], np.nan_to_num(estimate[safe_dom]), 0.0)
        big_n = np.where(in_dom[:, None], total_w[safe_dom], 1.0)
        big_n = np.where(big_n > 0, big_n, 1.0)
        # Per class: sum of a_i and of a_i^2, a_i = w (y - p) / N on known answers of the domain.
        sa = np.where(in_dom[:, None], weight[:, None] * (sum_b - p_c * count_a) / big_n, 0.0)
        saa = np.where(
            in_dom[:, None],
            (weight[:, None] / big_n) ** 2 * (sum_q - 2 * p_c * sum_b + p_c**2 * count_a),
            0.0,
        )
        sum_x = np.asarray(dom_matrix @ sa)
        sum_xx = np.asarray(dom_matrix @ saa)

        margins = [m for step in self._steps for m in step.margins]
        if margins:
            sum_x, sum_xx = self._calibrated_sums(
                margins, rows, size, class_dom, n_domains, sa, sum_x, sum_xx
            )
        n_total = float(n_rows)
        variance = n_total / (n_total - 1) * (sum_xx - sum_x**2 / n_total)
        se = np.sqrt(np.clip(variance, 0.0, None))
        se = np.where(np.isnan(estimate), np.nan, se)
        # Weights are constant within a class: Σw² and the heaviest respondent per cell.
        total_ww = np.asarray(dom_matrix @ ((weight**2)[:, None] * count_a))
        heaviest = np.zeros(out_shape)
        if in_dom.any():
            carried = np.where(count_a[in_dom] > 0, weight[in_dom][:, None], 0.0)
            np.maximum.at(heaviest, class_dom[in_dom], carried)
        with np.errstate(divide="ignore", invalid="ignore"):
            n_eff = np.where(total_ww > 0, total_w**2 / total_ww, 0.0)
            max_share = np.where(total_w > 0, heaviest / total_w, np.nan)
        return DomainEstimates(n_unweighted, estimate, se, n_eff, max_share)

    def _calibrated_sums(
        self,
        margins: list[_Margin],
        rows: IntArray,
        size: FloatArray,
        class_dom: IntArray,
        n_domains: int,
        sa: FloatArray,
        sum_x: FloatArray,
        sum_xx: FloatArray,
    ) -> tuple[FloatArray, FloatArray]:
        """Sums of x and x^2 after removing the calibration cells' means, as R's svyrecvar.

        After the steps, x_i = a_i + sum over margins t of psw_t,i * coef_t[cell_t(i)], with one
        coefficient per (cell, domain, variable); only those coefficients are iterated.
        """
        n_vars = sa.shape[1]
        delta, first = self._design_classes()
        n_delta = len(first)
        d_size = np.bincount(delta, minlength=n_delta).astype(np.float64)
        d_cells = [m.codes[first] for m in margins]
        d_psw = [m.psw[first] for m in margins]
        d_oldw = [m.oldw[first] for m in margins]
        c_cells = [m.codes[rows] for m in margins]
        c_psw = [m.psw[rows] for m in margins]
        c_oldw = [m.oldw[rows] for m in margins]
        in_dom = class_dom >= 0
        safe_dom = np.where(in_dom, class_dom, 0)

        def by_cell_domain(t: int, factor: FloatArray) -> FloatArray:
            """Sum over classes of factor * sa by (cell of margin t, domain): (G_t, D, K)."""
            g = margins[t].n_cells
            flat = c_cells[t] * n_domains + safe_dom
            mat = sparse.csr_matrix(
                (np.where(in_dom, factor, 0.0), (flat, np.arange(len(flat)))),
                shape=(g * n_domains, len(flat)),
            )
            return np.asarray(mat @ sa).reshape(g, n_domains, n_vars)

        def cross(s: int, t: int, factor: FloatArray) -> FloatArray:
            """Sum over design classes of factor * psw_t by (cell_s, cell_t): (G_s, G_t)."""
            mat = np.zeros((margins[s].n_cells, margins[t].n_cells))
            np.add.at(mat, (d_cells[s], d_cells[t]), factor * d_psw[t])
            return mat

        count = len(margins)
        coef = [np.zeros((m.n_cells, n_domains, n_vars)) for m in margins]
        # Per margin: the factor of the cell mean, its sa sums, its cross matrices, denominators.
        plans = []
        for s, margin in enumerate(margins):
            if margin.kind == "poststratify":
                c_factor = c_oldw[s] / c_psw[s]
                d_factor = d_size * d_oldw[s] / d_psw[s]
                denominator = np.bincount(
                    d_cells[s], weights=d_size * d_oldw[s], minlength=margin.n_cells
                )
            else:
                c_factor = 1.0 / c_psw[s]
                d_factor = d_size / d_psw[s]
                denominator = np.bincount(d_cells[s], weights=d_size, minlength=margin.n_cells)
            denominator = np.where(denominator > 0, denominator, 1.0)
            plans.append(
                (
                    by_cell_domain(s, c_factor),
                    [cross(s, t, d_factor) for t in range(count)],
                    denominator,
                )
            )

        def sweep(s: int) -> None:
            own, crosses, denominator = plans[s]
            total = own.copy()
            for t in range(count):
                total += np.einsum("gh,hdk->gdk", crosses[t], coef[t])
            coef[s] -= total / denominator[:, None, None]

        position = 0
        for step in self._steps:
            indices = list(range(position, position + len(step.margins)))
            position += len(step.margins)
            if step.kind == "poststratify":
                sweep(indices[0])
            else:
                for _ in range(RAKE_VARIANCE_SWEEPS):
                    for s in indices:
                        sweep(s)

        for t in range(count):
            weight_t = np.bincount(
                d_cells[t], weights=d_size * d_psw[t], minlength=margins[t].n_cells
            )
            sum_x = sum_x + np.einsum("h,hdk->dk", weight_t, coef[t])
            sum_xx = sum_xx + 2 * np.einsum("hdk,hdk->dk", coef[t], by_cell_domain(t, c_psw[t]))
            for u in range(count):
                k_tu = np.zeros((margins[t].n_cells, margins[u].n_cells))
                np.add.at(k_tu, (d_cells[t], d_cells[u]), d_size * d_psw[t] * d_psw[u])
                sum_xx = sum_xx + np.einsum("hdk,hj,jdk->dk", coef[t], k_tu, coef[u])
        return sum_x, sum_xx

    def proportion(
        self, column: str | pd.Series, by: str | pd.Series | None = None
    ) -> pd.DataFrame:
        """Weighted proportion of a yes/no column, for the whole sample or by domain.

        Missing values are left out of the denominator. Each domain is estimated on the whole
        design (no sub-setting). Columns: domain, n, p, se, ci_low, ci_high, flag.
        """
        return self._estimate_column(column, by, "proportion")

    def mean(self, column: str | pd.Series, by: str | pd.Series | None = None) -> pd.DataFrame:
        """Weighted mean of a numeric column with its linearised SE and a t interval.

        Columns: domain, n, mean, se, ci_low, ci_high, flag.
        """
        return self._estimate_column(column, by, "mean")

    def _estimate_column(
        self, column: str | pd.Series, by: str | pd.Series | None, kind: str
    ) -> pd.DataFrame:
        series = self.frame[column] if isinstance(column, str) else column
        name = column if isinstance(column, str) else str(column.name)
        values = _as_float_values(pd.Series(series), name, kind == "proportion")
        codes, labels = self._domain_codes(by)
        result = self.estimate_matrix(values, codes, len(labels), kind=kind)
        n = result.n[:, 0]
        est = result.estimate[:, 0]
        se = result.se[:, 0]
        if kind == "proportion":
            low, high = proportion_interval(est, se, n)
        else:
            t = stats.t.ppf(0.5 + CONFIDENCE / 2, np.where(n > 1, n - 1, np.nan))
            low, high = est - t * se, est + t * se
        flags = flag_estimates(n)
        hidden = n < MIN_SHOWN
        frame = pd.DataFrame(
            {
                "domain": labels,
                "n": n.astype(np.int64),
                "p" if kind == "proportion" else "mean": np.where(hidden, np.nan, est),
                "se": np.where(hidden, np.nan, se),
                "ci_low": np.where(hidden, np.nan, low),
                "ci_high": np.where(hidden, np.nan, high),
                "flag": flags,
            }
        )
        return frame


#: Above this share of a cell's weight carried by one respondent, the estimate is flagged.
MAX_WEIGHT_SHARE = 0.20


def flag_estimates(n: FloatArray) -> list[str]:
    """The sheet's flag for each unweighted count: suppressed under 5, caution under 30."""
    return [
        FLAG_SUPPRESSED if count < MIN_SHOWN else FLAG_CAUTION if count < MIN_RELIABLE else ""
        for count in np.asarray(n, dtype=np.float64).ravel()
    ]


def proportion_interval(
    p: FloatArray, se: FloatArray, n: FloatArray, confidence: float = CONFIDENCE
) -> tuple[FloatArray, FloatArray]:
    """95% interval of proportions: logit with t on n - 1 df; Clopper-Pearson at 0 and 1.

    The logit interval is R's `svyciprop(method="logit")`. When p is 0 or 1 the linearised SE is
    0 and the logit is undefined: the exact binomial (Clopper-Pearson) interval on the n
    respondents is used instead, which stays in [0, 1] and is not degenerate.
    """
    p = np.asarray(p, dtype=np.float64)
    se = np.asarray(se, dtype=np.float64)
    n = np.asarray(n, dtype=np.float64)
    alpha = 1 - confidence
    df = np.where(n > 1, n - 1, np.nan)
    t = stats.t.ppf(1 - alpha / 2, df)
    inner = (p > 0) & (p < 1) & (se > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        logit = np.log(p / (1 - p))
        half = t * se / (p * (1 - p))
        low = np.where(inner, 1 / (1 + np.exp(-(logit - half))), np.nan)
        high = np.where(inner, 1 / (1 + np.exp(-(logit + half))), np.nan)
        edge = ~inner & ~np.isnan(p) & (n > 0)
        x = np.round(p * n)
        cp_low = np.where(x > 0, stats.beta.ppf(alpha / 2, np.maximum(x, 1), n - x + 1), 0.0)
        cp_high = np.where(x < n, stats.beta.ppf(1 - alpha / 2, x + 1, np.maximum(n - x, 1)), 1.0)
    low = np.where(edge, cp_low, low)
    high = np.where(edge, cp_high, high)
    return low, high
