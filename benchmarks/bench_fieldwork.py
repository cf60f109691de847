"""Refreshing the « Terrain » view, against a pandas groupby().size() of the same cells.

N questionnaires (default 100,000) spread over Z neighbourhoods (default 20), each with 10 quota
cells (5 age bands × 2 sexes) in a real store. The timed refresh is the view's own: read the
targets and population, count every questionnaire's cell, compute each neighbourhood's progress,
words and Kish projection, and reset the table model (offscreen). The baseline, in the same run,
is `DataFrame.groupby([zone, band, sex]).size()` on a frame already holding the same cells.
Goals: refresh < 200 ms and ≤ 3× the baseline. Reading the questionnaires from the store
(`load_records`, once per merge or save, not per refresh) is timed apart, on a smaller store.

Run: .venv/bin/python benchmarks/bench_fieldwork.py [--questionnaires N] [--zones Z]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pandas as pd  # noqa: E402

from inclusion_desktop.gui.field.fieldwork_view import FieldworkView  # noqa: E402
from inclusion_desktop.gui.shell.app import create_application  # noqa: E402
from inclusion_desktop.quotas import (  # noqa: E402
    SEXES,
    QuotaRecords,
    load_records,
    plan_targets,
    population_bands,
)
from inclusion_desktop.services.collect import Collector  # noqa: E402
from inclusion_desktop.store import Store  # noqa: E402

REPEATS = 9


def median_ms(function: object, repeats: int = REPEATS) -> float:
    """Median wall time of `function()` in milliseconds, after one warm-up call."""
    function()  # type: ignore[operator]
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> int:
    """Prints the refresh time, the baseline and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questionnaires", type=int, default=100_000)
    parser.add_argument("--zones", type=int, default=20)
    parser.add_argument("--stored", type=int, default=2_000, help="questionnaires in the store")
    args = parser.parse_args()
    create_application()
    rng = random.Random(18)
    bands = [band.code for band in population_bands()]
    zones = [f"commune{index:02d}/quartier" for index in range(args.zones)]
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(str(Path(folder) / "bench.sqlite"))
        store.set_device_name("Banc")
        for zone in zones:
            store.save_quota_targets(zone, 60, plan_targets(60), operator_id=None)
        records = QuotaRecords()
        for _ in range(args.questionnaires):
            records.add(rng.choice(zones), rng.choice(bands), rng.choice(SEXES))
        frame = pd.DataFrame({"zone": records.zones, "band": records.bands, "sex": records.sexes})
        view = FieldworkView(store)
        view.records = records

        refresh = median_ms(view.refresh)
        baseline = median_ms(lambda: frame.groupby(["zone", "band", "sex"]).size())
        cells = view.model.rowCount()

        version = Collector(store).register_bundled_forms()[0]
        operator = store.add_operator("Banc").id
        for _ in range(args.stored):
            sub = store.create_submission(
                form_version_id=version.id, zone=rng.choice(zones), operator_id=operator
            )
            answers = {
                "consentement": "oui",
                "tranche_age": rng.choice(bands),
                "sexe": rng.choice(SEXES),
            }
            store.finalize(sub.uuid, answers, operator)
        load = median_ms(lambda: load_records(store), repeats=3)
        view.close()
        store.close()
    print(
        f"{args.questionnaires} questionnaires, {args.zones} quartiers, {cells} cellules affichées"
    )
    print(f"Rafraîchissement de la vue « Terrain » : {refresh:.1f} ms (objectif < 200 ms)")
    print(f"Référence pandas groupby().size() des mêmes cellules : {baseline:.1f} ms")
    print(f"Rapport vue / référence : {refresh / baseline:.2f} (objectif ≤ 3)")
    print(
        f"Lecture des questionnaires depuis la base (une fois par fusion ou enregistrement) : "
        f"{load:.1f} ms pour {args.stored} questionnaires"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
