"""The offer side: the study's 66 structures imported as a coordinator does, printed back.

The structures are rebuilt from the 2021 study's published counts (demo_structures), written to
a CSV like a Kobo export, imported with `data import`, and the offer sheet is read back with
pdftotext: every count the study publishes must be on it.
"""

from __future__ import annotations

import csv
import json
import random
import re
import subprocess
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from inclusion_desktop.analysis.offer import (
    MIN_RANKED,
    Commune,
    PlaceNeeds,
    effective_sizes,
    rank_places,
)
from inclusion_desktop.catalogue import plural
from inclusion_desktop.cli import main
from inclusion_desktop.demo_structures import STUDY_SIZE, study_structures, study_uuid
from inclusion_desktop.questionnaire.bundled import load_bundled_form
from inclusion_desktop.questionnaire.session import FormSession
from inclusion_desktop.reports.offer_sheet import (
    OfferData,
    commune_story,
    map_story,
    offer_story,
    prepare_offer,
)
from inclusion_desktop.store import Store

ROOT = Path(__file__).resolve().parents[2]
STRUCTURES_XLSX = ROOT / "resources" / "questionnaires" / "structures.xlsx"

# Every count the issue quotes from the study: (indicator, structures, out of n).
PUBLISHED = {
    "type.association": (19, 66),
    "type.mairie": (16, 66),
    "type.centre_social": (4, 66),
    "acces_libre": (28, 66),
    "acces_libre_projet": (13, 66),
    "materiel_solidaire": (10, 66),
    "materiel_solidaire_projet": (13, 66),
    "assistance": (38, 66),
    "ateliers": (29, 66),
    "orientation": (30, 66),
    "orientation_projet": (9, 66),
    "sans_visibilite": (48, 66),
    "hors_les_murs": (24, 61),
    "hors_les_murs_qpv": (18, 24),
    "partenariat": (25, 66),
    "finance_public": (29, 39),
    "priorites.connaitre_offres": (28, 66),
    "priorites.communiquer_acteurs": (26, 66),
    "role_defini.sans_cadre": (24, 61),
    "role_defini.defini_formes": (22, 61),
    "partenariat_interets.accueillir": (40, 66),
    "partenariat_interets.partager_pratiques": (15, 66),
}


def _study_csv(path: Path) -> Path:
    rows = study_structures()
    columns = ["_uuid", *sorted({k for r in rows for k in r})]
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=columns)
        writer.writeheader()
        for index, answers in enumerate(rows):
            writer.writerow({"_uuid": study_uuid(index).removeprefix("uuid:"), **answers})
    return path


@pytest.fixture(scope="module")
def study_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the 66 structures, imported with `data import`."""
    folder = tmp_path_factory.mktemp("study")
    db = folder / "coordination.db"
    data = _study_csv(folder / "structures-kobo.csv")
    code = main(["data", "import", "--db", str(db), "--form", str(STRUCTURES_XLSX), str(data)])
    assert code == 0
    return db


def _pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True)
    return done.stdout


def test_study_answers_pass_the_questionnaire_rules() -> None:
    form = load_bundled_form("structures.xlsx")
    for answers in study_structures():
        session = FormSession(form)
        for name, value in answers.items():
            session.set_answer(name, value)
        for name in answers:
            question = form.by_name[name]
            assert session.is_relevant(name), (answers["structure_nom"], name)
            assert session.error_for(question) is None, (answers["structure_nom"], name)


def test_imported_study_reproduces_every_published_count(study_store: Path) -> None:
    with Store.open(str(study_store)) as store:
        data = prepare_offer(store)
    assert data.structures == STUDY_SIZE
    counts = data.counts.set_index("indicator")
    for indicator, (count, n) in PUBLISHED.items():
        assert (counts.loc[indicator, "count"], counts.loc[indicator, "n"]) == (count, n), indicator
    # The study's 74 % of funded structures funded by public money, 75 % of hors les murs in QPV.
    assert round(counts.loc["finance_public", "share"], 2) == 0.74
    assert counts.loc["hors_les_murs_qpv", "share"] == 0.75
    lenders = data.directory[data.directory["materiel_solidaire"] == "oui"]
    assert set(lenders["commune_nom"]) <= {"Hautmont", "Louvroil", "Maubeuge", "Jeumont"}
    types = Counter(data.directory["type"])
    assert sum(types.values()) == STUDY_SIZE and types["mediatheque"] == 7


def _story_pdf(story: list, path: Path) -> Path:
    from inclusion_desktop.reports.fonts import register_fonts
    from inclusion_desktop.reports.generate import _write_pdf

    register_fonts()
    _write_pdf(path, [("test", story)], "test", "fr")
    return path


def _line(text: str, label: str) -> str:
    return next(line for line in text.splitlines() if label in line)


def test_offer_sheet_prints_the_counts_with_n_and_the_study(
    study_store: Path, tmp_path: Path
) -> None:
    with Store.open(str(study_store)) as store:
        data = prepare_offer(store)
    text = _pdf_text(_story_pdf(offer_story(data), tmp_path / "offre.pdf"))
    flat = " ".join(text.split())
    assert "66 structures ont répondu" in flat
    assert "ni estimation ni intervalle de confiance" in flat
    expected = {
        "Association ": ("19", "66", "29 %", "28 %"),
        "Mairie": ("16", "66", "24 %", "24 %"),
        "Centre social ou socioculturel": ("4", "66", "6 %", "11 %"),
        "Accès libre à du matériel ou à une connexion": ("28", "66", "42 %", "42 %"),
        "Accès libre : en projet": ("13", "66", "20 %", "19 %"),
        "Vente solidaire, don ou prêt de matériel": ("10", "66", "15 %", "15 %"),
        "Assistance (faire avec la personne)": ("38", "66", "58 %", "57 %"),
        "Ateliers de formation ou d’initiation": ("29", "66", "44 %", "43 %"),
        "Orientation des publics": ("30", "66", "45 %", "45 %"),
        "Orientation : en projet": ("9", "66", "14 %", "13 %"),
        "Actions hors les murs": ("24", "61", "39 %", "39 %"),
        "dont dans un QPV": ("18", "24", "75 %", "75 %"),
        "Sans vision claire des autres acteurs": ("48", "66", "73 %", "72 %"),
        "Travaille en partenariat": ("25", "66", "38 %", "37 %"),
        "dont financées par l’État ou les collectivités": ("29", "39", "74 %", "74 %"),
        "Mieux connaître les offres du territoire": ("28", "66", "42 %", "42 %"),
        "Mieux communiquer entre acteurs": ("26", "66", "39 %", "39 %"),
    }
    for label, figures in expected.items():
        line = _line(text, label)
        cells = re.split(r"\s{2,}", line.split(label.strip(), 1)[1].strip())
        # pdftotext renders the narrow space before « % » as a space or not at all.
        assert [re.sub(r"\s", "", c) for c in cells[-4:]] == [
            f.replace(" ", "") for f in figures
        ], (label, line)
    assert "IC" not in text and "[" not in text


def test_commune_sheet_lists_each_structure_and_its_services(
    study_store: Path, tmp_path: Path
) -> None:
    with Store.open(str(study_store)) as store:
        data = prepare_offer(store)
    jeumont = next(c for c in data.communes if c.code == "jeumont")
    text = _pdf_text(_story_pdf(commune_story(data, jeumont), tmp_path / "jeumont.pdf"))
    here = data.directory[data.directory["commune"] == "jeumont"]
    assert "L’offre à Jeumont" in text
    assert plural(len(here), "structure implantée", "structures implantées") in text
    for _, row in here.iterrows():
        line = _line(text, str(row["nom"]))
        assert ("oui" in line) == ("oui" in {row[k] for k in ("acces_libre", "assistance",
                                                              "ateliers", "orientation",
                                                              "materiel_solidaire",
                                                              "hors_les_murs")} |
                                   {"oui" if row["gratuite"] == "gratuit" else ""})
    marpent = next(c for c in data.communes if c.code == "marpent")
    text = _pdf_text(_story_pdf(commune_story(data, marpent), tmp_path / "marpent.pdf"))
    assert "0 propose une offre de premier niveau" in text


def _pixel_mode(image: np.ndarray, x: int, y: int, radius: int = 6) -> tuple[int, ...]:
    box = image[y - radius : y + radius, x - radius : x + radius].reshape(-1, 3)
    colours = Counter(tuple(int(v) for v in pixel) for pixel in box)
    return colours.most_common(1)[0][0]


def _read_ppm(path: Path) -> np.ndarray:
    raw = path.read_bytes()
    header = raw.split(b"\n", 3)
    width, height = (int(v) for v in header[1].split())
    return np.frombuffer(header[3], dtype=np.uint8).reshape(height, width, 3)


def test_map_names_every_commune_and_shades_counts_apart(
    study_store: Path, tmp_path: Path
) -> None:
    from reportlab.graphics import renderPDF

    from inclusion_desktop.reports.offer_map import project_communes
    from inclusion_desktop.reports.offer_sheet import map_communes

    with Store.open(str(study_store)) as store:
        data = prepare_offer(store)
    text = _pdf_text(_story_pdf(map_story(data), tmp_path / "carte.pdf"))
    for commune in data.communes:
        assert commune.name in text, commune.name
    assert "Licence Ouverte" in text and "IGN Admin Express" in text

    # The map alone, one point per pixel at 72 dpi: Maubeuge (16) and Marpent (0) differ.
    from inclusion_desktop.reports.offer_map import map_drawing

    width, height = 400.0, 300.0
    projected, missing = project_communes(map_communes(data), data.outlines, width, height)
    assert not missing
    pdf = tmp_path / "map-only.pdf"
    renderPDF.drawToFile(map_drawing(projected, width, height), str(pdf))
    subprocess.run(["pdftoppm", "-r", "72", "-singlefile", str(pdf), str(tmp_path / "map")],
                   check=True)
    image = _read_ppm(tmp_path / "map.ppm")
    where = {p.commune.name: p for p in projected}
    colours = {}
    for name in ("Maubeuge", "Marpent", "Hautmont"):
        x, y = where[name].label_at
        # Below the two label lines, inside the commune: the fill dominates the box.
        colours[name] = _pixel_mode(image, int(x), int(height - y + 14), radius=3)
    assert colours["Maubeuge"] != colours["Marpent"] != colours["Hautmont"]
    assert colours["Marpent"] == (237, 237, 237)  # the light grey of « 0 »


def test_map_lists_a_commune_without_outline(study_store: Path, tmp_path: Path) -> None:
    with Store.open(str(study_store)) as store:
        data = prepare_offer(store)
    extra = Commune("pont_sur_sambre", "Pont-sur-Sambre", "", ())
    shifted = OfferData(data.structures, data.counts, data.directory,
                        (*data.communes, extra), data.by_commune, data.outlines)
    text = _pdf_text(_story_pdf(map_story(shifted), tmp_path / "carte.pdf"))
    assert "Communes sans contour, non dessinées" in text
    assert "Pont-sur-Sambre (0 structure de premier niveau, code INSEE inconnu)" in text


def test_kish_effective_size_and_ranking_rules() -> None:
    weights = np.array([1.0, 1.0, 1.0, 3.0, 1.0])
    sizes = effective_sizes(weights, np.array(["a", "a", "a", "a", "b"]))
    assert sizes["a"] == pytest.approx(36 / 12) and sizes["b"] == 1.0

    def place(name: str, index: float, first: int, effective: float) -> PlaceNeeds:
        return PlaceNeeds("commune", name, name, name, 100, effective, {}, index, first,
                          0, 0, 0, 0, 0)

    ranked = rank_places(
        [place("offre", 0.9, 3, 80), place("blanche", 0.5, 0, 80), place("faible", 0.3, 0, 80),
         place("petit", 0.99, 0, MIN_RANKED - 0.5)],
        territory_index=0.4,
    )
    assert [(p.name, p.rank, p.zone_blanche, p.zone_blanche_unconfirmed) for p in ranked] == [
        ("blanche", 1, True, False),
        ("faible", 2, False, False),
        ("offre", 3, False, False),
        ("petit", None, False, True),
    ]


def test_directory_export_columns(study_store: Path, tmp_path: Path) -> None:
    from inclusion_desktop.analysis.offer import DIRECTORY_COLUMNS
    from inclusion_desktop.reports.offer_sheet import directory_csv, directory_geojson

    with Store.open(str(study_store)) as store:
        data = prepare_offer(store)
    path = tmp_path / "annuaire.csv"
    path.write_text(directory_csv(data.directory), encoding="utf-8")
    table = pd.read_csv(path, sep=";", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert tuple(table.columns) == DIRECTORY_COLUMNS and len(table) == STUDY_SIZE
    assert (table["premier_niveau"] == "oui").sum() == 38
    collection = json.loads(directory_geojson(data))
    located = [f for f in collection["features"] if f["geometry"] is not None]
    assert len(collection["features"]) == STUDY_SIZE
    assert len(located) == STUDY_SIZE - 4  # the 4 structures of « Autre commune »
    lon, lat = located[0]["geometry"]["coordinates"]
    assert 3.7 < lon < 4.2 and 50.1 < lat < 50.4


def test_report_on_structures_alone_writes_the_offer_side(
    study_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "fiches"
    assert main(["report", "--db", str(study_store), "--out", str(out), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["ok"] and payload["offer"]["structures"] == STUDY_SIZE
    assert payload["offer"]["needs"] is None  # no resident answers: no needs × offer page
    assert not (out / "fiche-territoire.pdf").exists()
    text = _pdf_text(Path(payload["offer"]["diagnostic"]))
    assert "L’offre d’inclusion numérique du territoire" in text and "L’offre à Marpent" in text

    refused = tmp_path / "refus"
    code = main(["report", "--db", str(study_store), "--out", str(refused), "--form",
                 "structures", "--zone", "maubeuge/autre"])
    assert code == 1
    assert "retirez --zone" in capsys.readouterr().err
    assert not refused.exists()


def test_unreadable_outlines_are_refused_in_french(tmp_path: Path) -> None:
    from inclusion_desktop.reports.offer_map import OutlineError, load_outlines

    broken = tmp_path / "contours.geojson"
    broken.write_text("{ pas du json", encoding="utf-8")
    with pytest.raises(OutlineError, match="Contours des communes illisibles"):
        load_outlines(broken)
    empty = tmp_path / "vide.geojson"
    empty.write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    with pytest.raises(OutlineError, match="vide.geojson : aucun contour de commune"):
        load_outlines(empty)


def test_needs_beside_the_offer_are_the_weighted_estimates(study_store: Path) -> None:
    from inclusion_desktop.analysis import (
        SurveyDesign,
        age_band_targets,
        compute_indicators,
    )
    from inclusion_desktop.analysis.frame import answers_frame
    from inclusion_desktop.analysis.offer import needs_indicators
    from inclusion_desktop.demo import random_answers
    from inclusion_desktop.territory import shipped_territory

    form = load_bundled_form()
    rng = random.Random(3)
    zones = [row.zone for row in shipped_territory().rows]
    records = []
    for index in range(400):
        zone = zones[0] if index < 200 else zones[index % len(zones)]
        commune, quartier = zone.split("/")
        answers = random_answers(form, rng, prefilled={"consentement": "oui",
                                                       "commune": commune,
                                                       "quartier": quartier})
        records.append((f"u{index:04d}", zone, "1", answers))
    frame = answers_frame(records, [form])
    design = age_band_targets(frame).apply(SurveyDesign(frame))
    with Store.open(str(study_store)) as store:
        data = prepare_offer(store, (frame, design, form))
    assert data.needs is not None
    sous_le_bois = next(p for p in data.needs.places if p.code == zones[0])
    expected = compute_indicators(frame, design, needs_indicators(form), by="zone")
    row = expected[(expected["domain"] == zones[0])
                   & (expected["indicator"] == "peu_ou_pas_aise")].iloc[0]
    assert sous_le_bois.needs["peu_ou_pas_aise"][:3] == pytest.approx(
        (row["p"], row["ci_low"], row["ci_high"])
    )
    weights = design.weights.to_numpy()[frame["_zone"].astype(str).to_numpy() == zones[0]]
    assert sous_le_bois.effective == pytest.approx(weights.sum() ** 2 / (weights**2).sum())
    assert sous_le_bois.rank is not None  # 200 respondents: ranked
    small = [p for p in data.needs.places if p.effective < MIN_RANKED]
    assert small and all(p.rank is None for p in small)
    maubeuge = next(p for p in data.needs.places if p.code == "maubeuge")
    assert maubeuge.first_level == int(
        data.by_commune.set_index("commune").loc["maubeuge", "premier_niveau"]
    )
    # A QPV's first level counts each structure of its commune once, even when it is both first
    # level and goes hors les murs into QPVs.
    here = data.directory[data.directory["commune"] == "maubeuge"]
    reaching = (here["premier_niveau"] == "oui") | (here["hors_les_murs_qpv"] == "oui")
    for qpv in (p for p in data.needs.places if p.kind == "quartier" and p.commune == "maubeuge"):
        assert qpv.first_level == int(reaching.sum()) <= len(here)


def test_offer_refuses_a_folder_it_cannot_write(study_store: Path, tmp_path: Path) -> None:
    from inclusion_desktop.reports import ReportError
    from inclusion_desktop.reports.offer_sheet import write_offer_reports

    blocker = tmp_path / "fichier"
    blocker.write_text("x", encoding="utf-8")
    with Store.open(str(study_store)) as store, pytest.raises(
        ReportError, match="Impossible d’écrire dans le dossier"
    ):
        write_offer_reports(store, blocker / "fiches")
    assert blocker.read_text(encoding="utf-8") == "x"


def test_a_structures_form_without_the_offer_questions_is_refused_in_french() -> None:
    from inclusion_desktop.analysis.frame import answers_frame
    from inclusion_desktop.questionnaire.loader import load_form_bytes
    from inclusion_desktop.reports.offer_sheet import OfferError, build_offer

    source = """
| survey |
| | type | name | label |
| | text | structure_nom | Nom |
| | select_one categorie | structure_type | Type |

| choices |
| | list_name | name | label |
| | categorie | association | Association |

| settings |
| | form_id | version |
| | structures | 1 |
"""
    form = load_form_bytes(source.encode("utf-8"), "structures.md")
    answers = {"structure_nom": "A", "structure_type": "association"}
    frame = answers_frame([("u1", "", "1", answers)], [form])
    with pytest.raises(OfferError, match="questionnaire structures.*inconnue"):
        build_offer(frame, form, [Commune("maubeuge", "Maubeuge", "59392", ())])


def test_needs_from_unweighted_residents_are_not_called_weighted(study_store: Path) -> None:
    from reportlab.platypus import Paragraph

    from inclusion_desktop.analysis import SurveyDesign, age_band_targets
    from inclusion_desktop.analysis.frame import answers_frame
    from inclusion_desktop.demo import random_answers
    from inclusion_desktop.reports.offer_sheet import needs_story
    from inclusion_desktop.territory import shipped_territory

    form = load_bundled_form()
    rng = random.Random(5)
    zones = [row.zone for row in shipped_territory().rows]
    records = []
    for index in range(60):
        commune, quartier = zones[index % len(zones)].split("/")
        answers = random_answers(form, rng, prefilled={"consentement": "oui",
                                                       "commune": commune,
                                                       "quartier": quartier})
        records.append((f"u{index:04d}", zones[index % len(zones)], "1", answers))
    frame = answers_frame(records, [form])

    def shares_line(design: SurveyDesign) -> str:
        with Store.open(str(study_store)) as store:
            data = prepare_offer(store, (frame, design, form))
        assert data.needs is not None
        texts = [f.getPlainText() for f in needs_story(data.needs) if isinstance(f, Paragraph)]
        (line,) = [t for t in texts if t.startswith("Besoins :")]
        return line

    weighted = age_band_targets(frame).apply(SurveyDesign(frame))
    assert "parts pondérées sur l’âge" in shares_line(weighted)
    # The sheets fall back to plain shares when the weights do not stand: this page says so too.
    plain = shares_line(SurveyDesign(frame))
    assert "parts non pondérées" in plain and "parts pondérées" not in plain
