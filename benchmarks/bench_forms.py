"""Loading the reference XLSForms: the engine against pyxform's own conversion, same run.

For each form (the largest, aaz-x2l with 1,863 survey rows, by default), times in one process:
- `pyxform.xls2xform.convert` of the file (the baseline: what any ODK tool pays);
- a cold load (empty cache: the workbook is read and checked with pyxform, then built);
- the load at the next start (the disk cache by file hash, an empty in-memory cache);
- a second load in the same run (the in-memory cache).
Goals: cold load ≤ 1.5 × convert; next start ≤ 0.3 s. Each figure is the median of --runs.

Run: .venv/bin/python benchmarks/bench_forms.py [--all] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

FORMS = Path(__file__).resolve().parents[1] / "tests" / "reference-data" / "xlsforms"
LARGEST = "aaz-x2l__Supply_Chain_Analysis_Retailers_tool.xlsx"
LOADING = [
    "aaz-kta__fetched_form.xlsx",
    LARGEST,
    "epicentre__WHOVA2016_v1_5_3_ODK.xlsx",
    "hbm-niger__MSNA_Outil_Collecte_FINAL_V6.xlsx",
    "pyxform__UCL_Biomass_Plot_Form.xlsx",
]


def median_time(action, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="every reference form that loads")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    cache = tempfile.mkdtemp(prefix="bench-forms-")
    os.environ["INCLUSION_DESKTOP_CACHE_DIR"] = cache

    from pyxform.xls2xform import convert

    from inclusion_desktop.questionnaire import form_cache
    from inclusion_desktop.questionnaire.loader import load_form

    names = LOADING if args.all else [LARGEST]
    print(f"{'form':<46} {'convert':>8} {'cold':>7} {'ratio':>6} {'next':>7} {'memory':>8}")
    worst = 0.0
    for name in names:
        path = FORMS / name

        def cold(path: Path = path) -> None:
            for entry in Path(cache).glob("*.json"):
                entry.unlink()
            form_cache.forget()
            load_form(path)

        def next_start(path: Path = path) -> None:
            form_cache.forget()
            load_form(path)

        baseline = median_time(
            lambda path=path: convert(xlsform=str(path), validate=False), args.runs
        )
        cold_time = median_time(cold, args.runs)
        load_form(path)  # the disk cache is written
        next_time = median_time(next_start, args.runs)
        memory_time = median_time(lambda path=path: load_form(path), args.runs)
        ratio = cold_time / baseline
        worst = max(worst, ratio)
        print(
            f"{name[:46]:<46} {baseline:>7.3f}s {cold_time:>6.3f}s {ratio:>5.2f}× "
            f"{next_time:>6.3f}s {memory_time * 1000:>6.2f}ms"
        )
    print(f"worst cold load / convert: {worst:.2f}× (goal ≤ 1.5×); next start goal ≤ 0.3 s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
