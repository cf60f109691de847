"""Headless commands: the same operations as the GUI, for scripts and for checking a form."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from inclusion_desktop import __version__


def build_parser() -> argparse.ArgumentParser:
    """The command line: no subcommand opens the GUI."""
    parser = argparse.ArgumentParser(
        prog="inclusion-desktop",
        description="Enquête habitants d'un diagnostic territorial d'inclusion numérique.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="CHEMIN_OU_URL",
        help="base de données (fichier SQLite ou URL SQLAlchemy) ; sinon $INCLUSION_DB, sinon "
        "la base de l'utilisateur",
    )
    parser.add_argument(
        "--demo-if-empty",
        action="store_true",
        help="remplit une base vide avec des questionnaires de démonstration avant d'ouvrir",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMANDE")

    form = commands.add_parser("form", help="questionnaires XLSForm")
    form_commands = form.add_subparsers(dest="form_command", metavar="ACTION", required=True)
    check = form_commands.add_parser("check", help="vérifie un XLSForm et affiche son résumé")
    check.add_argument("file", type=Path, help="fichier .xlsx, .xls, .csv ou .md")
    check.add_argument("--json", action="store_true", help="sortie JSON")

    demo = commands.add_parser("demo", help="remplit une base avec des questionnaires fictifs")
    demo.add_argument("--db", dest="sub_db", metavar="CHEMIN_OU_URL")
    demo.add_argument("--submissions", type=int, default=120, help="nombre de questionnaires")
    demo.add_argument("--seed", type=int, default=2021, help="graine (même graine, mêmes données)")
    demo.add_argument("--device", default="Démonstration", help="nom de l'appareil")
    demo.add_argument("--json", action="store_true", help="sortie JSON")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Runs a headless command; returns the process exit status."""
    args = build_parser().parse_args(argv)
    if args.command == "form":
        return _form_check(args.file, as_json=args.json)
    if args.command == "demo":
        return _demo(args)
    raise SystemExit("aucune commande")


def _emit(payload: dict[str, Any], as_json: bool, text: str) -> None:
    if as_json:
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        print(text)


def _form_check(path: Path, *, as_json: bool) -> int:
    from inclusion_desktop.questionnaire.loader import FormError, load_form

    try:
        form = load_form(path)
    except FormError as error:
        problems = [problem.as_dict() for problem in error.problems]
        text = f"Questionnaire refusé ({len(problems)} problème(s)) :\n" + "\n".join(
            f"  - {problem}" for problem in error.problems
        )
        _emit({"ok": False, "file": str(path), "problems": problems}, as_json, text)
        return 1
    types = Counter(str(question.type) for question in form.questions)
    summary: dict[str, Any] = {
        "ok": True,
        "file": str(path),
        "form_id": form.form_id,
        "version": form.version,
        "title": form.title,
        "default_language": form.default_language,
        "languages": list(form.languages),
        "questions": len(form.questions),
        "question_types": dict(sorted(types.items())),
        "groups": sum(1 for group in form.groups if not group.is_repeat),
        "repeats": sum(1 for group in form.groups if group.is_repeat),
        "choice_lists": len(form.choice_lists),
        "sha256": form.sha256,
        "warnings": list(form.warnings),
    }
    lines = [
        f"{form.title} — identifiant {form.form_id}, version {form.version or '(aucune)'}",
        f"Langues : {', '.join(form.languages) or '(une seule)'} ; par défaut : "
        f"{form.default_language or '(aucune)'}",
        f"{summary['questions']} questions, {summary['groups']} groupes, "
        f"{summary['repeats']} répétitions, {summary['choice_lists']} listes de choix",
        "Types : "
        + ", ".join(f"{name} {count}" for name, count in sorted(types.items())),
        f"SHA-256 : {form.sha256}",
    ]
    lines += [f"Avertissement pyxform : {warning}" for warning in form.warnings]
    _emit(summary, as_json, "\n".join(lines))
    return 0


def _demo(args: argparse.Namespace) -> int:
    from inclusion_desktop.demo import fill_demo_store
    from inclusion_desktop.store import Store, StoreError

    try:
        store = Store.open(args.sub_db or args.db)
    except StoreError as error:
        print(f"Erreur : {error}", file=sys.stderr)
        return 1
    try:
        created = fill_demo_store(
            store, submissions=args.submissions, seed=args.seed, device_name=args.device
        )
    finally:
        store.close()
    _emit(
        {"ok": True, "db": store.url, "created": created},
        args.json,
        f"{created} questionnaires de démonstration enregistrés dans {store.url}",
    )
    return 0
