"""Benchmark: every indicator of the resident sheet for 100,000 questionnaires in 20 neighbourhoods.

Prints the time of the weighted estimates (proportion, linearised SE, logit interval, flags, for
each neighbourhood and the whole territory, after post-stratification on age) next to a plain
pandas groupby().mean() of the same indicator columns, run in the same process; and the peak
memory. Goal: estimates <= 3x the baseline, peak memory < 400 MB.

    python benchmarks/bench_estimates.py [--submissions 100000] [--zones 20]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
import tracemalloc

import numpy as np
import pandas as pd

from inclusion_desktop.analysis import (
    SurveyDesign,
    age_band_targets,
    answers_frame,
    compute_indicators,
    indicator_values,
    load_indicators,
)
from inclusion_desktop.demo import random_answers
from inclusion_desktop.questionnaire.bundled import load_bundled_form


def build_frame(submissions: int, zones: int, distinct: int, seed: int) -> pd.DataFrame:
    """`submissions` questionnaires drawn from `distinct` demo answer sets, in `zones` zones."""
    form = load_bundled_form()
    rng = random.Random(seed)
    pool = [random_answers(form, rng, prefilled={"consentement": "oui"}) for _ in range(distinct)]
    picks = np.random.default_rng(seed).integers(0, distinct, submissions)
    zone_of = np.random.default_rng(seed + 1).integers(0, zones, submissions)
    records = (
        (f"uuid-{i:06d}", f"commune/quartier_{zone_of[i]:02d}", "1", pool[picks[i]])
        for i in range(submissions)
    )
    return answers_frame(records, [form])


def timed(function, repeat: int = 3):  # type: ignore[no-untyped-def]
    best = float("inf")
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - start)
    return best, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--submissions", type=int, default=100_000)
    parser.add_argument("--zones", type=int, default=20)
    parser.add_argument("--distinct", type=int, default=400)
    args = parser.parse_args(argv)

    start = time.perf_counter()
    frame = build_frame(args.submissions, args.zones, args.distinct, seed=2021)
    print(
        f"frame: {len(frame):,} questionnaires x {frame.shape[1]} columns "
        f"in {time.perf_counter() - start:.1f} s"
    )
    sheet = load_indicators("habitants")
    weighting = age_band_targets(frame)
    design = weighting.apply(SurveyDesign(frame))
    crossed = [i for i in sheet.indicators if i.cross is not None]
    print(f"indicators: {len(sheet.indicators)} ({len(crossed)} crossed by comfort level)")

    t_values, values = timed(lambda: indicator_values(frame, sheet.indicators))
    plain = values[[i.id for i in sheet.indicators if i.cross is None]]
    zones = frame["_zone"]

    def baseline() -> tuple[pd.DataFrame, pd.Series]:
        by_zone = plain.groupby(zones).mean()
        by_zone_cross = values[[i.id for i in crossed]].groupby([zones, frame["aisance"]]).mean()
        return by_zone, (by_zone_cross, plain.mean())  # type: ignore[return-value]

    def estimates_only() -> None:
        codes, labels = pd.factorize(zones, sort=True)
        design.estimate_matrix(plain.to_numpy(), codes.astype(np.int64), len(labels))
        design.estimate_matrix(plain.to_numpy(), np.zeros(len(frame), np.int64), 1)

    t_base, _ = timed(baseline)
    t_est, _ = timed(estimates_only)
    t_all, result = timed(lambda: compute_indicators(frame, design, sheet, by="zone"))
    tracemalloc.start()  # after the timings: tracing slows every allocation down
    compute_indicators(frame, design, sheet, by="zone")
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"baseline groupby().mean() of the indicator columns: {t_base * 1000:8.1f} ms")
    print(
        f"weighted estimates with SE, same columns:           {t_est * 1000:8.1f} ms"
        f"  ({t_est / t_base:.2f}x baseline)"
    )
    print(f"evaluating the indicator expressions:               {t_values * 1000:8.1f} ms")
    print(
        f"compute_indicators (expressions + estimates + CI):  {t_all * 1000:8.1f} ms"
        f"  ({t_all / t_base:.2f}x baseline), {len(result):,} rows"
    )
    print(
        f"peak memory: {traced_peak / 2**20:.0f} MB allocated by compute_indicators (tracemalloc), "
        f"{rss:.0f} MB resident (whole process)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
