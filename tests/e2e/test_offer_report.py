"""`report` from a demo store with structures: the offer files beside the resident sheets."""

from __future__ import annotations

import csv
import json
import subprocess
from pathlib import Path

import pytest

from inclusion_desktop.cli import main


def _text(path: Path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True)
    return " ".join(done.stdout.split())


@pytest.mark.slow
def test_report_from_the_demo_store_writes_the_offer_side(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "demo.sqlite")
    assert main(["demo", "--db", db, "--submissions", "120", "--seed", "5", "--structures"]) == 0
    capsys.readouterr()
    out = tmp_path / "fiches"
    assert main(["report", "--db", db, "--out", str(out), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    offer = payload["offer"]
    assert payload["respondents"] + payload["refusals"] == 120 and offer["structures"] == 66
    for key in ("territory", "map", "needs", "directory_csv", "directory_geojson", "diagnostic"):
        assert Path(offer[key]).is_file(), key
    assert len(offer["communes"]) == 10

    diagnostic = _text(Path(offer["diagnostic"]))
    order = [
        diagnostic.index(title)
        for title in (
            "Fiche de synthèse",  # the resident territory sheet opens the diagnostic
            "L’offre d’inclusion numérique du territoire",
            "Carte de l’offre de premier niveau",
            "Besoins des habitants et offre à proximité",
            "L’offre à Maubeuge",
        )
    ]
    assert order == sorted(order)
    needs = _text(Path(offer["needs"]))
    assert "Règles du classement" in needs and "répondants effectifs" in needs
    assert "non classé" in needs  # 120 respondents over 17 places: small ones are flagged

    with open(offer["directory_csv"], encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert len(rows) == 66 and rows[0]["commune_nom"] == "Maubeuge"
    geo = json.loads(Path(offer["directory_geojson"]).read_text(encoding="utf-8"))
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == 66

    # The structures questionnaire alone gives the offer side only, never a weighted sheet.
    alone = tmp_path / "offre"
    assert main(["report", "--db", db, "--out", str(alone), "--form", "structures"]) == 0
    assert not (alone / "fiche-territoire.pdf").exists()
    assert (alone / "offre-territoire.pdf").is_file()
    assert "Carte de l’offre" in capsys.readouterr().out

    # English sheets: the offer side is French only, and the summary says so.
    assert main(["report", "--db", db, "--out", str(tmp_path / "en"), "--lang", "en"]) == 0
    assert "en français seulement" in capsys.readouterr().out
    assert not (tmp_path / "en" / "offre-territoire.pdf").exists()
