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


def add_report_arguments(parser: argparse.ArgumentParser) -> None:
    """Adds the options of `report` to `parser`."""
    parser.add_argument("--db", required=True, help="base de données (fichier SQLite ou URL)")
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
    from inclusion_desktop.store import Store

    as_json = bool(getattr(args, "json", False))
    try:
        with Store.open(str(args.db)) as store:
            result = write_reports(
                store,
                Path(args.out),
                zone=getattr(args, "zone", None),
                lang=getattr(args, "lang", "fr") or "fr",
                form_id=getattr(args, "form", "habitants") or "habitants",
            )
    except ReportError as exc:
        if as_json:
            print(json.dumps({"ok": False, "error": str(exc)}, ensure_ascii=False))
        else:
            print(f"Erreur : {exc}", file=sys.stderr)
        return 1
    payload: dict[str, Any] = {
        "ok": True,
        "out": str(result.out_dir),
        "lang": result.lang,
        "respondents": result.respondents,
        "territory": None if result.territory is None else str(result.territory),
        "neighbourhoods": [str(p) for p in result.neighbourhoods],
        "combined": None if result.combined is None else str(result.combined),
        "skipped": list(result.skipped),
    }
    if as_json:
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    lines = [f"{result.respondents} questionnaires complets."]
    if result.territory is not None:
        lines.append(f"Fiche du territoire : {result.territory}")
    lines.append(f"Fiches de quartier : {len(result.neighbourhoods)}")
    lines += [f"  {path}" for path in result.neighbourhoods]
    if result.combined is not None:
        lines.append(f"Toutes les fiches en un fichier : {result.combined}")
    if result.skipped:
        lines.append(
            "Sans fiche (moins de 5 répondants) : " + ", ".join(result.skipped)
        )
    print("\n".join(lines))
    return 0
