"""The `inclusion-desktop report` command: its arguments and what it runs.

    inclusion-desktop report --db DB --out DIR [--zone CODE] [--lang fr|en] [--json]

The console entry adds a subparser and calls `add_report_arguments` on it, then `run_report`.
Heavy modules (pandas, reportlab) are imported only when the command runs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from inclusion_desktop.catalogue import Code, plural
from inclusion_desktop.errors import AppError


def add_report_arguments(parser: argparse.ArgumentParser) -> None:
    """Adds the options of `report` to `parser`."""
    parser.add_argument(
        "--db",
        dest="sub_db",
        metavar="CHEMIN_OU_URL",
        help="base de données (fichier SQLite ou URL), ou --db avant la commande",
    )
    parser.add_argument("--out", required=True, type=Path, help="dossier où écrire les fiches")
    parser.add_argument(
        "--zone", default=None, help="code d’un seul quartier (ex. maubeuge/sous_le_bois)"
    )
    parser.add_argument("--lang", default="fr", choices=("fr", "en"), help="langue des fiches")
    parser.add_argument("--form", default="habitants", help="identifiant du questionnaire")
    parser.add_argument("--json", action="store_true", help="résultat en JSON")


def run_report(args: argparse.Namespace) -> int:
    """Writes the sheets; prints a French summary (or JSON); 0 on success, 1 on refusal."""
    from inclusion_desktop.reports import ReportError, write_reports
    from inclusion_desktop.reports.typography import Lang
    from inclusion_desktop.store import Store

    as_json = bool(getattr(args, "json", False))
    form_id = getattr(args, "form", "habitants") or "habitants"
    lang: Lang = "en" if getattr(args, "lang", "fr") == "en" else "fr"
    zone = getattr(args, "zone", None)
    offer: Any = None
    result: Any = None
    english_only = False
    try:
        with Store.open(getattr(args, "sub_db", None) or getattr(args, "db", None)) as store:
            if form_id == "structures":
                if zone is not None or lang != "fr":
                    raise ReportError(code=Code.REPORT_OFFER_WHOLE_TERRITORY)
                result = None
                offer = _write_offer(store, Path(args.out), None)
            else:
                try:
                    result = write_reports(
                        store, Path(args.out), zone=zone, lang=lang, form_id=form_id
                    )
                except ReportError:
                    if not _wants_offer(store, form_id, zone, lang):
                        raise
                    result = None
                if _wants_offer(store, form_id, zone, lang):
                    offer = _write_offer(store, Path(args.out), result)
                english_only = lang == "en" and _wants_offer(store, form_id, zone, "fr")
    except AppError as exc:  # ReportError, and the store's or the weighting's refusals
        if as_json:
            refusal = {"ok": False, "error": str(exc), "code": str(exc.code)}
            print(json.dumps(refusal, ensure_ascii=False))
        else:
            print(f"Erreur : {exc}", file=sys.stderr)
        return 1
    if result is None:
        return _print_offer_only(offer, as_json)
    payload: dict[str, Any] = {
        "ok": True,
        "out": str(result.out_dir),
        "lang": result.lang,
        "respondents": result.respondents,
        "refusals": result.refusals,
        "territory": None if result.territory is None else str(result.territory),
        "neighbourhoods": [str(p) for p in result.neighbourhoods],
        "combined": None if result.combined is None else str(result.combined),
        "skipped": list(result.skipped),
        "offer": _offer_payload(offer),
    }
    if as_json:
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    respondents = plural(result.respondents, "répondant", "répondants")
    lines = [f"{respondents} ; {result.refusals} refus (consentement « non »)."]
    if result.territory is not None:
        lines.append(f"Fiche du territoire : {result.territory}")
    lines.append(f"Fiches de quartier : {len(result.neighbourhoods)}")
    lines += [f"  {path}" for path in result.neighbourhoods]
    if result.combined is not None:
        lines.append(f"Toutes les fiches en un fichier : {result.combined}")
    if result.skipped:
        lines.append(
            "Sans fiche (moins de 5 répondants, ou sans quartier) : " + ", ".join(result.skipped)
        )
    lines += _offer_lines(offer)
    if english_only:
        lines.append("Fiches de l’offre des structures : en français seulement (sans --lang en).")
    print("\n".join(lines))
    return 0


# -- the offer side (structures questionnaire): written beside the resident sheets -----------


def _wants_offer(store: Any, form_id: str, zone: str | None, lang: str) -> bool:
    """The offer pages come with a whole-territory French run when structures were collected."""
    if zone is not None or lang != "fr" or form_id not in ("habitants", "structures"):
        return False
    return any(row.status != "deleted" for row in store.list_submissions(form_id="structures"))


def _write_offer(store: Any, out: Path, residents: Any) -> Any:
    from inclusion_desktop.reports import ReportError
    from inclusion_desktop.reports.offer_sheet import OfferError, write_offer_reports

    territory = [] if residents is None or residents.territory is None else [residents.territory]
    neighbourhoods = [] if residents is None else list(residents.neighbourhoods)
    try:
        return write_offer_reports(
            store, out, resident_pdfs=territory, neighbourhood_pdfs=neighbourhoods
        )
    except OfferError as exc:
        raise ReportError(str(exc)) from exc


def _offer_payload(offer: Any) -> dict[str, Any] | None:
    if offer is None:
        return None
    return {
        "structures": offer.structures,
        "territory": str(offer.offer),
        "communes": [str(p) for p in offer.communes],
        "map": str(offer.map),
        "needs": None if offer.needs is None else str(offer.needs),
        "directory_csv": str(offer.directory_csv),
        "directory_geojson": str(offer.directory_geojson),
        "diagnostic": str(offer.diagnostic),
    }


def _offer_lines(offer: Any) -> list[str]:
    if offer is None:
        return []
    lines = [
        f"Offre : {offer.structures} structures.",
        f"Fiche de l’offre du territoire : {offer.offer}",
        f"Fiches de l’offre par commune : {len(offer.communes)}",
        f"Carte de l’offre : {offer.map}",
    ]
    if offer.needs is not None:
        lines.append(f"Besoins et offre : {offer.needs}")
    lines += [
        f"Annuaire des structures : {offer.directory_csv} et {offer.directory_geojson}",
        f"Diagnostic complet : {offer.diagnostic}",
    ]
    return lines


def _print_offer_only(offer: Any, as_json: bool) -> int:
    if as_json:
        print(
            json.dumps({"ok": True, "offer": _offer_payload(offer)}, ensure_ascii=False, indent=2)
        )
    else:
        print("\n".join(_offer_lines(offer)))
    return 0
