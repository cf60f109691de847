"""Benchmark: every indicator of the resident sheet for 100,000 questionnaires in 20 neighbourhoods.

Prints the time of the weighted estimates (proportion, linearised SE, logit interval, flags, for
each neighbourhood and the whole territory, after post-stratification on age) next to a plain
pandas groupby().mean() of the same indicator columns, run in the same process; and the peak
memory; then writes every summary sheet (one PDF per neighbourhood, the territory, the combined
PDF) and prints that time. Goals: estimates <= 3x the baseline, all sheets in under 15 s, peak
memory (resident, whole process) < 400 MB.

Then the offer side: `--structures` structures (the 2021 study's 66, repeated over the
territory's communes), the offer sheet, one sheet per commune, the map, the needs × offer page
(the residents spread over the territory's neighbourhoods), the directory and the combined
diagnostic PDF. Goal: every sheet, resident and offer, in under 20 s, peak RSS < 450 MB. The
machines are shared, so that time is also printed as a multiple of the baseline measured in the
same run, and as the CPU time the process spent on it.

    python benchmarks/bench_estimates.py [--submissions 100000] [--zones 20] [--structures 2000]
                                         [--out DIR]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

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
from inclusion_desktop.reports import prepare_sheets, render_sheets


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
        result = None  # the previous run's result is not kept alive during the next one
        start = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - start)
    return best, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--submissions", type=int, default=100_000)
    parser.add_argument("--zones", type=int, default=20)
    parser.add_argument("--distinct", type=int, default=400)
    parser.add_argument("--structures", type=int, default=2000)
    parser.add_argument("--out", type=Path, default=None, help="folder for the sheets")
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
    # 0/1/NaN, exact in float32 as in compute_indicators; the float64 copy would double the
    # baseline's share of the process's peak memory.
    values = values.astype(np.float32)
    plain_ids = [i.id for i in sheet.indicators if i.cross is None]
    crossed_ids = [i.id for i in crossed]
    zones = frame["_zone"]

    def baseline() -> tuple[pd.DataFrame, pd.DataFrame, pd.Series]:
        by_zone = values.groupby(zones, observed=True)[plain_ids].mean()
        by_zone_cross = values.groupby([zones, frame["aisance"]], observed=True)[crossed_ids].mean()
        return by_zone, by_zone_cross, values[plain_ids].mean()

    def estimates_only() -> None:
        plain = values[plain_ids].to_numpy()
        codes, labels = pd.factorize(zones, sort=True)
        design.estimate_matrix(plain, codes.astype(np.int64), len(labels), kind="proportion")
        design.estimate_matrix(plain, np.zeros(len(frame), np.int64), 1, kind="proportion")

    t_base, _ = timed(baseline)
    t_est, _ = timed(estimates_only)
    values = pd.DataFrame()  # the baseline's copy of the indicators is not needed any more
    t_all, result = timed(lambda: compute_indicators(frame, design, sheet, by="zone"))
    del result
    tracemalloc.start()  # after the timings: tracing slows every allocation down
    compute_indicators(frame, design, sheet, by="zone")
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"baseline groupby().mean() of the indicator columns: {t_base * 1000:8.1f} ms")
    print(
        f"weighted estimates with SE, same columns:           {t_est * 1000:8.1f} ms"
        f"  ({t_est / t_base:.2f}x baseline)"
    )
    print(f"evaluating the indicator expressions:               {t_values * 1000:8.1f} ms")
    print(
        f"compute_indicators (expressions + estimates + CI):  {t_all * 1000:8.1f} ms"
        f"  ({t_all / t_base:.2f}x baseline)"
    )

    names = {code: f"Quartier {code.rsplit('_', 1)[-1]}" for code in frame["_zone"].unique()}
    with tempfile.TemporaryDirectory() as scratch:
        out = args.out or Path(scratch)
        start = time.perf_counter()
        cpu_start = time.process_time()
        prepared = prepare_sheets(frame, sheet, form=load_bundled_form(), names=names)
        t_prepare = time.perf_counter() - start
        files = 0
        written = []
        for step in render_sheets(prepared, out):
            files += step.path is not None
            if step.path is not None and step.result is None:
                written.append(step.path)  # territory first, then neighbourhoods
        t_sheets = time.perf_counter() - start
        t_offer, offer_files = offer_side(frame, design, written, args.structures, out)
        cpu_all = time.process_time() - cpu_start
    print(
        f"all sheets: {len(prepared.neighbourhoods) + 1} sheets + combined PDF ({files} files) "
        f"in {t_sheets:.1f} s (estimates {t_prepare:.1f} s, "
        f"layout and PDF {t_sheets - t_prepare:.1f} s)"
    )
    total = t_sheets + t_offer
    print(
        f"offer side: {args.structures:,} structures, {offer_files} files (offer, communes, map, "
        f"needs x offer, directory, diagnostic) in {t_offer:.1f} s; "
        f"all sheets {total:.1f} s ({total / t_base:.0f}x baseline; "
        f"{cpu_all:.1f} s of CPU time)"
    )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(
        f"peak memory: {traced_peak / 2**20:.0f} MB allocated by compute_indicators (tracemalloc), "
        f"{rss:.0f} MB resident (whole process, peak)"
    )
    print(
        f"goals: estimates <= 3x baseline: {'yes' if t_est <= 3 * t_base else 'NO'}; "
        f"sheets < 15 s: {'yes' if t_sheets < 15 else 'NO'}; "
        f"peak RSS < 400 MB: {'yes' if rss < 400 else 'NO'}; "
        f"resident + offer sheets < 20 s: {'yes' if total < 20 else 'NO'}; "
        f"peak RSS < 450 MB: {'yes' if rss < 450 else 'NO'}"
    )
    return 0


def structures_frame(count: int, communes: list) -> pd.DataFrame:  # type: ignore[type-arg]
    """`count` structures: the study's 66 answer sets, spread over the territory's communes."""
    from inclusion_desktop.demo_structures import study_structures

    form = load_bundled_form("structures.xlsx")
    study = study_structures()
    records = []
    for index in range(count):
        answers = dict(study[index % len(study)])
        if answers.get("commune") != "autre_commune":
            answers["commune"] = communes[index % len(communes)].code
            answers["quartier"] = "autre"
        answers["structure_nom"] = f"Structure {index + 1:04d}"
        records.append((f"uuid-s{index:05d}", "", "1", answers))
    return answers_frame(records, [form])


def offer_side(
    frame: pd.DataFrame, design: SurveyDesign, resident_pdfs: list[Path], count: int,
    folder: Path,
) -> tuple[float, int]:
    """Times every offer file for `count` structures, residents moved to the territory's zones."""
    from inclusion_desktop.analysis.offer import territory_communes
    from inclusion_desktop.reports.offer_sheet import build_offer, write_offer_pdfs
    from inclusion_desktop.territory import shipped_territory

    territory = shipped_territory()
    communes = territory_communes(territory)
    structures = structures_frame(count, communes)
    zones = [row.zone for row in territory.rows]
    residents = frame.copy(deep=False)
    codes = residents["_zone"].cat.categories
    residents["_zone"] = residents["_zone"].cat.rename_categories(
        {code: zones[i % len(zones)] for i, code in enumerate(codes)}
    ) if len(codes) <= len(zones) else residents["_zone"].map(
        {code: zones[i % len(zones)] for i, code in enumerate(codes)}
    ).astype("category")
    start = time.perf_counter()
    data = build_offer(structures, load_bundled_form("structures.xlsx"), communes,
                       (residents, design, load_bundled_form()))
    result = write_offer_pdfs(data, folder, resident_pdfs[:1], resident_pdfs[1:])
    return time.perf_counter() - start, len(result.paths)


if __name__ == "__main__":
    sys.exit(main())
