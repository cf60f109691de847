"""Fieldwork figures from paradata: rates, durations, short interviews, « ne sait pas », travel."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sync_support import empty_store

from inclusion_desktop.cli import main
from inclusion_desktop.paradata import PageTimer, duration_seconds, fieldwork_report, save_timer
from inclusion_desktop.questionnaire.bundled import load_bundled_form
from inclusion_desktop.services.collect import Collector
from inclusion_desktop.store.fieldwork import ParadataRow
from inclusion_desktop.store.models import format_utc
from inclusion_desktop.sync.bundle import export_bundle
from inclusion_desktop.sync.merge import merge_files

T0 = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)


def _row(
    uuid: str,
    who: str,
    zone: str,
    outcome: str,
    minutes: list[float],
    *,
    day: int = 0,
    mode: str = "field",
) -> ParadataRow:
    pages = []
    start = T0 + timedelta(days=day)
    for index, length in enumerate(minutes):
        end = start + timedelta(minutes=length)
        pages.append((f"page{index}", format_utc(start), format_utc(end)))
        start = end
    return ParadataRow(
        uuid, "habitants", zone, who, mode, "dev", pages[0][1], pages[-1][2], outcome, pages
    )


ROWS = [
    _row("a", "Samira", "slb", "complete", [2, 8]),  # 10 min
    _row("b", "Samira", "slb", "complete", [3, 9]),  # 12 min
    _row("c", "Karim", "mtp", "complete", [0.5, 2], day=1),  # 2.5 min: implausibly short
    _row("d", "Karim", "mtp", "refused", [0.5], day=1),
    _row("e", "Karim", "slb", "draft", [1, 1], day=1),
    _row("f", "Karim", "mtp", "deleted", [1], day=1),
    _row("g", "Inès", "slb", "complete", [4], mode="keying"),
]


def test_report_figures_against_a_hand_count() -> None:
    form = load_bundled_form()
    answers = [{"diplome": "nsp"}, {"diplome": "bac"}, {"diplome": "nsp"}, {"diplome": ""}]
    report = fieldwork_report(ROWS, answers, form=form, labels={"slb": "Sous-le-Bois"})
    assert report.total == 7
    assert report.outcomes == {"complete": 4, "refused": 1, "draft": 1, "deleted": 1}
    assert report.median_minutes == pytest.approx(7.0)  # median of 10, 12, 2.5, 4
    # A third of the median field interview (10 min) is 3.33 min: interview c is flagged.
    assert report.short_threshold_minutes == pytest.approx(3.33, abs=0.01)
    assert [s["submission_uuid"] for s in report.short_interviews] == ["c"]
    assert report.short_interviews[0]["minutes"] == 2.5
    karim = next(m for m in report.by_mediator if m["key"] == "Karim")
    assert (karim["questionnaires"], karim["refused"], karim["abandoned"]) == (4, 1, 2)
    assert karim["refusal_rate"] == 0.25 and karim["abandon_rate"] == 0.5
    assert karim["median_minutes"] == 2.5
    slb = next(z for z in report.by_neighbourhood if z["key"] == "Sous-le-Bois")
    assert slb["questionnaires"] == 4 and slb["abandoned"] == 1
    assert [d["questionnaires"] for d in report.by_day] == [3, 4]
    assert report.longest_pages[0]["page"] == "page1"  # medians: page1 8.5 min, page0 2 min
    (dont_know,) = report.dont_know
    assert dont_know["question"] == "diplome" and dont_know["dont_know"] == 2
    assert dont_know["answered"] == 3 and dont_know["rate"] == pytest.approx(0.6667)
    assert "Quel est le diplôme" in dont_know["label"]
    explicit = fieldwork_report(ROWS, short_minutes=11)
    assert {s["submission_uuid"] for s in explicit.short_interviews} == {"a", "c"}


def test_page_timer_keeps_pages_and_times_only() -> None:
    ticks = iter(T0 + timedelta(seconds=30 * n) for n in range(10))
    timer = PageTimer("x", clock=lambda: next(ticks))
    timer.enter("bloc_profil")
    timer.enter("bloc_profil")  # drawn again after an answer: the same visit
    timer.enter("equipement")
    timer.close()
    assert [p for p, _s, _e in timer.pages] == ["bloc_profil", "equipement"]
    row = ParadataRow(
        "x",
        "f",
        "z",
        "o",
        "field",
        "d",
        timer.pages[0][1],
        timer.pages[-1][2],
        "complete",
        timer.pages,
    )
    assert duration_seconds(row) == 60.0


@pytest.mark.slow
def test_paradata_travel_and_the_cli_reports_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = empty_store(tmp_path / "a.sqlite")
    a.set_device_name("Portable A")
    version = Collector(a).register_bundled_forms()[0]
    operator = a.add_operator("Samira").id
    sub = a.create_submission(
        form_version_id=version.id, zone="maubeuge/sous_le_bois", operator_id=operator
    )
    ticks = iter(T0 + timedelta(minutes=5 * n) for n in range(10))
    timer = PageTimer(sub.uuid, clock=lambda: next(ticks))
    timer.enter("bloc_collecte")
    timer.enter("bloc_profil")
    a.finalize(sub.uuid, {"consentement": "oui", "diplome": "nsp"}, operator)
    row = save_timer(a, timer)
    assert row is not None and row.outcome == "complete" and len(row.pages) == 2
    assert save_timer(a, PageTimer("inconnu")) is None
    b = empty_store(tmp_path / "b.sqlite")
    export_bundle(a, tmp_path / "a.idbundle")
    (first,) = merge_files(b, [tmp_path / "a.idbundle"])
    (second,) = merge_files(b, [tmp_path / "a.idbundle"])
    assert first.fieldwork == "updated" and second.fieldwork == "kept"
    assert [r.submission_uuid for r in b.paradata()] == [sub.uuid]
    a.close()
    b.close()
    assert main(["terrain", "report", "--db", str(tmp_path / "b.sqlite"), "--json"]) == 0
    out = capsys.readouterr().out
    import json

    payload = json.loads(out)
    assert payload["ok"] and payload["total"] == 1 and payload["median_minutes"] == 10.0
    assert payload["dont_know"][0]["question"] == "diplome"
    assert main(["terrain", "report", "--db", str(tmp_path / "b.sqlite")]) == 0
    assert "Samira" in capsys.readouterr().out
    # A threshold that is not a positive number of minutes is refused in French, no traceback.
    db = str(tmp_path / "b.sqlite")
    assert main(["terrain", "report", "--db", db, "--min-minutes", "-3"]) == 1
    assert "durée minimale d'entretien invalide" in capsys.readouterr().err


@pytest.mark.slow
def test_fieldwork_pdf_shows_the_figures(tmp_path: Path) -> None:
    import subprocess

    from inclusion_desktop.quotas import Cell, ZoneProgress
    from inclusion_desktop.reports.fieldwork_sheet import FieldworkSheetError, write_fieldwork_sheet

    report = fieldwork_report(ROWS, labels={"slb": "Sous-le-Bois", "mtp": "Montplaisir"})
    zone = ZoneProgress(
        "slb",
        "Sous-le-Bois",
        60,
        3,
        (Cell("60_74", "De 60 à 74 ans", "homme", 6, 0),),
        {},
        2.5,
        50.0,
    )
    path = write_fieldwork_sheet(report, [zone], tmp_path / "suivi.pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())
    assert "Suivi de terrain" in flat
    assert "7 questionnaires commencés : 4 terminés, 1 refus, 2 abandons" in flat
    assert "Karim 4 1 25 % 50 % 2,5 min" in flat
    assert "il manque 6 hommes de 60 à 74 ans à Sous-le-Bois" in flat
    assert "au rythme actuel, n_eff attendu 50 pour 60 questionnaires" in flat
    assert "Avancement jour par jour" in flat and "Durée des questionnaires terminés" in flat
    subprocess.run(
        ["pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "page")],
        check=True,
    )
    assert (tmp_path / "page-1.png").stat().st_size > 1000
    with pytest.raises(FieldworkSheetError, match="dossier de destination n.existe pas"):
        write_fieldwork_sheet(report, [], tmp_path / "absent" / "suivi.pdf")


def test_demo_questionnaires_come_with_their_page_timings(tmp_path: Path) -> None:
    from inclusion_desktop.demo import fill_demo_store
    from inclusion_desktop.paradata import store_report

    store = empty_store(tmp_path / "demo.sqlite")
    fill_demo_store(store, submissions=30, seed=2021, paradata=True)
    rows = store.paradata()
    assert len(rows) == 30 and all(duration_seconds(row) > 0 for row in rows)
    refused = {
        row.uuid
        for row in store.list_submissions()
        if store.head_answers(row.uuid).get("consentement") == "non"
    }
    assert {r.submission_uuid for r in rows if r.outcome == "refused"} == refused
    report = store_report(store)
    assert report.total == 30 and report.outcomes["complete"] == 30 - len(refused)
    store.close()
