"""Quotas: targets from the population, counts across laptops and merges, words, Kish."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_support import empty_store

from inclusion_desktop.catalogue import Code
from inclusion_desktop.quotas import (
    Cell,
    QuotaError,
    QuotaRecords,
    ZoneProgress,
    kish_neff,
    kish_projection,
    load_records,
    missing_sentences,
    plan_targets,
    projection_sentence,
    quota_progress,
    save_plan,
    store_progress,
)
from inclusion_desktop.services.collect import Collector
from inclusion_desktop.store import Store
from inclusion_desktop.sync.bundle import export_bundle
from inclusion_desktop.sync.merge import merge_files

SLB = "maubeuge/sous_le_bois"
# INSEE RP2020, CA Maubeuge-Val de Sambre (the shipped population file).
AGES = {"15_29": 22051, "30_44": 22747, "45_59": 23527, "60_74": 20914, "75_plus": 10132}


def test_targets_follow_the_population_and_add_up() -> None:
    cells = plan_targets(60)
    assert sum(cells.values()) == 60
    total = sum(AGES.values())
    for band, count in AGES.items():
        exact = 60 * count / total / 2  # half women, half men: the file has no « sexe »
        for sex in ("femme", "homme"):
            assert abs(cells[(band, sex)] - exact) < 1
    assert cells[("60_74", "homme")] == 6 and cells[("75_plus", "femme")] == 3
    with pytest.raises(QuotaError, match="entre 1 et 100000"):
        plan_targets(0)


def _laptop(path: Path, name: str) -> tuple[Store, int, int]:
    store = empty_store(path)
    store.set_device_name(name)
    version = Collector(store).register_bundled_forms()[0]
    assert version.form_id == "habitants"
    return store, version.id, store.add_operator(f"Médiatrice {name}").id


def _interview(
    store: Store, form: int, operator: int, band: str, sex: str, ok: bool = True
) -> None:
    sub = store.create_submission(form_version_id=form, zone=SLB, operator_id=operator)
    answers = {"consentement": "oui" if ok else "non"}
    if ok:
        answers |= {"tranche_age": band, "sexe": sex}
    store.finalize(sub.uuid, answers, operator)


def _cell(progress: list[ZoneProgress], band: str, sex: str) -> Cell:
    (zone,) = progress
    return next(c for c in zone.cells if (c.band, c.sex) == (band, sex))


@pytest.mark.slow
def test_quota_counts_across_two_laptops_and_merges(tmp_path: Path) -> None:
    a, form_a, op_a = _laptop(tmp_path / "a.sqlite", "Portable A")
    b, form_b, op_b = _laptop(tmp_path / "b.sqlite", "Portable B")
    save_plan(a, SLB, 60, operator_id=op_a)
    _interview(a, form_a, op_a, "60_74", "homme")
    _interview(a, form_a, op_a, "60_74", "homme")
    _interview(a, form_a, op_a, "15_29", "femme")
    _interview(b, form_b, op_b, "60_74", "homme")
    _interview(b, form_b, op_b, "", "", ok=False)  # a refusal counts for nobody
    assert store_progress(b) == []  # B has no quotas yet
    export_bundle(a, tmp_path / "a.idbundle")
    (report,) = merge_files(b, [tmp_path / "a.idbundle"])
    assert report.fieldwork == "updated"
    progress = store_progress(b)
    assert progress[0].label == "Sous-le-Bois" and progress[0].planned == 60
    assert progress[0].done == 4
    assert _cell(progress, "60_74", "homme").done == 3
    assert _cell(progress, "60_74", "homme").missing == 3
    assert _cell(progress, "15_29", "femme").done == 1
    # The coordinator on B plans fewer; the newer plan wins everywhere, in any order.
    save_plan(b, SLB, 40, operator_id=op_b)
    export_bundle(b, tmp_path / "b.idbundle")
    merge_files(a, [tmp_path / "b.idbundle"])
    (again,) = merge_files(b, [tmp_path / "a.idbundle"])
    assert again.fieldwork == "kept"
    for store in (a, b):
        (zone,) = store_progress(store)
        assert zone.planned == 40 and zone.done == 4
        assert sum(c.target for c in zone.cells) == 40
        audit = [r for r in store.audit_log() if r.target == f"quotas {SLB}"]
        assert audit and all(r.action == "reglage" for r in audit)
    assert any("reçus de Portable B" in r.detail for r in a.audit_log())
    a.close()
    b.close()


def test_edited_targets_are_checked_and_bad_ones_change_nothing(tmp_path: Path) -> None:
    store, _form, operator = _laptop(tmp_path / "c.sqlite", "Portable C")
    save_plan(store, SLB, 20, operator_id=operator)
    before = store.quota_targets()
    with pytest.raises(QuotaError, match="cellule de quota inconnue : 90_99 × homme"):
        save_plan(store, SLB, 0, operator_id=operator, targets={("90_99", "homme"): 3})
    with pytest.raises(QuotaError, match="objectif invalide"):
        save_plan(store, SLB, 0, operator_id=operator, targets={("60_74", "homme"): -1})
    with pytest.raises(QuotaError, match="quartier inconnu : « nulle/part »") as refused:
        save_plan(store, "nulle/part", 20, operator_id=operator)
    # A catalogued refusal: its code and the neighbourhood, rendered in the interface language.
    assert refused.value.code is Code.QUOTA_UNKNOWN_ZONE
    assert refused.value.params == {"zone": "nulle/part"}
    english = {"quartier inconnu : « {zone} » (voir le territoire).": "unknown: {zone}"}
    assert refused.value.render(lambda _context, source: english[source]) == "unknown: nulle/part"
    assert store.quota_targets() == before
    save_plan(store, SLB, 0, operator_id=operator, targets={("60_74", "homme"): 12})
    (zone,) = store_progress(store)
    assert zone.planned == 12 and len(zone.cells) == 1
    store.close()


def _zone(cells: list[tuple[str, str, int, int]]) -> ZoneProgress:
    rows = tuple(Cell(band, band, sex, target, done) for band, sex, target, done in cells)
    return ZoneProgress(SLB, "Sous-le-Bois", 60, sum(c.done for c in rows), rows, {}, 0.0, 0.0)


def test_what_is_missing_in_words() -> None:
    zone = _zone(
        [
            ("60_74", "femme", 6, 3),
            ("60_74", "homme", 6, 0),
            ("75_plus", "homme", 2, 0),
            ("15_29", "femme", 6, 9),  # over target: nothing missing
            ("30_44", "femme", 2, 1),
            ("30_44", "homme", 2, 1),
        ]
    )
    assert missing_sentences(zone) == [
        "il manque 9 personnes de 60 à 74 ans à Sous-le-Bois, dont 6 hommes",
        "il manque 2 hommes de 75 ans et plus à Sous-le-Bois",
        "il manque 2 personnes de 30 à 44 ans à Sous-le-Bois, dont 1 femme et 1 homme",
    ]
    needed = zone.most_needed(2)
    assert [(c.band, c.sex, c.missing) for c in needed] == [
        ("60_74", "homme", 6),
        ("60_74", "femme", 3),
    ]
    assert zone.missing == 3 + 6 + 2 + 1 + 1


def test_kish_against_a_hand_computation() -> None:
    # Two bands of 100 people each; 30 and 10 respondents. Weights 100/30 and 100/10:
    # Σw = 30·10/3 + 10·10 = 200, Σw² = 30·(10/3)² + 10·10² = 1000/3 + 1000 = 4000/3,
    # n_eff = 200² / (4000/3) = 30.
    assert kish_neff({"a": 30, "b": 10}, {"a": 100, "b": 100}) == pytest.approx(30.0)
    # At the same mix, 60 questionnaires give 45 effective ones (30 × 60 / 40).
    assert kish_projection({"a": 30, "b": 10}, {"a": 100, "b": 100}, 60) == pytest.approx(45.0)
    # A sample in proportion to the population loses nothing.
    assert kish_neff({"a": 20, "b": 20}, {"a": 100, "b": 100}) == pytest.approx(40.0)
    assert kish_neff({}, {"a": 1}) == 0.0


def test_progress_projects_n_eff_per_neighbourhood() -> None:
    class Row:
        def __init__(self, band: str, sex: str, target: int) -> None:
            self.zone, self.age_band, self.sex, self.target, self.planned = (
                SLB,
                band,
                sex,
                target,
                60,
            )

    records = QuotaRecords()
    for _ in range(30):
        records.add(SLB, "15_29", "femme")
    for _ in range(10):
        records.add(SLB, "60_74", "homme")
    records.add("ailleurs", "60_74", "homme")  # another neighbourhood, without quotas
    (zone,) = quota_progress(
        [Row("15_29", "femme", 30), Row("60_74", "homme", 30)], records, labels={SLB: "SLB"}
    )
    p1, p2 = AGES["15_29"], AGES["60_74"]
    hand = (p1 + p2) ** 2 / (p1**2 / 30 + p2**2 / 10)
    assert zone.n_eff == pytest.approx(hand)
    assert zone.n_eff_projected == pytest.approx(hand * 60 / 40)
    assert projection_sentence(zone) == (
        f"au rythme actuel, n_eff attendu {round(hand * 1.5)} pour 60 questionnaires "
        f"(aujourd'hui {round(hand)} pour 40)"
    )
    assert zone.done == 40 and zone.missing == 20


def test_load_records_skips_refusals(tmp_path: Path) -> None:
    store, form, operator = _laptop(tmp_path / "d.sqlite", "Portable D")
    _interview(store, form, operator, "45_59", "femme")
    _interview(store, form, operator, "", "", ok=False)
    records = load_records(store)
    assert (records.zones, records.bands, records.sexes) == ([SLB], ["45_59"], ["femme"])
    store.close()
