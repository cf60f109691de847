"""Headless commands: the same operations as the GUI, for scripts and for checking a form."""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import sys
import traceback
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inclusion_desktop import __version__
from inclusion_desktop.catalogue import Code, Text, plural
from inclusion_desktop.errors import AppError
from inclusion_desktop.os_errors import os_error_text
from inclusion_desktop.permissions import Action
from inclusion_desktop.reports.command import add_report_arguments, run_report

if TYPE_CHECKING:
    from inclusion_desktop.services.access import Grant

# argparse's own words, which it passes through gettext: the command line speaks French too.
_ARGPARSE_FRENCH = {
    "usage: ": "utilisation : ",
    "positional arguments": "arguments",
    "options": "options",
    "show this help message and exit": "affiche cette aide et quitte",
    "show program's version number and exit": "affiche la version et quitte",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "unrecognized arguments: %s": "arguments non reconnus : %s",
    "expected one argument": "une valeur est attendue",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "choix invalide : %(value)r (possibles : %(choices)s)"
    ),
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
    "invalid %(type)s value: %(value)r": "valeur invalide (%(type)s) : %(value)r",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
}


#: The exit status of a refusal (the command could not do what was asked, for a stated reason).
EXIT_REFUSED = 1
#: The exit status of a bug (sysexits' EX_SOFTWARE), never shown as a refusal.
EXIT_UNEXPECTED = 70

log = logging.getLogger(__name__)


def _french(message: str) -> str:
    return _ARGPARSE_FRENCH.get(message, message)


def build_parser() -> argparse.ArgumentParser:
    """The command line: no subcommand opens the GUI."""
    argparse._ = _french  # type: ignore[attr-defined]
    parser = argparse.ArgumentParser(
        prog="inclusion-desktop",
        description="Enquête habitants d'un diagnostic territorial d'inclusion numérique.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help="affiche la version et quitte",
    )
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
    paper = form_commands.add_parser(
        "print", help="écrit le questionnaire papier (PDF A4) numéroté comme en mode saisie"
    )
    paper.add_argument("file", type=Path, help="fichier .xlsx, .xls, .csv ou .md")
    paper.add_argument("--out", type=Path, required=True, help="fichier PDF à écrire")
    paper.add_argument("--language", default=None, help="langue des libellés (« English (en) »)")
    paper.add_argument(
        "--repeat-rows", type=int, default=5, help="lignes des tableaux répétés (5 par défaut)"
    )
    paper.add_argument("--json", action="store_true", help="sortie JSON")
    register = form_commands.add_parser(
        "register",
        help="ajoute un questionnaire XLSForm et ses fichiers à la base (coordination)",
    )
    register.add_argument("--db", dest="sub_db", metavar="CHEMIN_OU_URL")
    register.add_argument("file", type=Path, metavar="FICHIER", help="fichier .xlsx, .xls ou .md")
    register.add_argument(
        "--media",
        type=Path,
        metavar="DOSSIER",
        help="dossier des fichiers du formulaire (sinon <nom du formulaire>-media à côté)",
    )
    add_password_option(register)
    register.add_argument("--json", action="store_true", help="sortie JSON")

    demo = commands.add_parser("demo", help="remplit une base avec des questionnaires fictifs")
    demo.add_argument("--db", dest="sub_db", metavar="CHEMIN_OU_URL")
    demo.add_argument("--submissions", type=int, default=120, help="nombre de questionnaires")
    demo.add_argument("--seed", type=int, default=2021, help="graine (même graine, mêmes données)")
    demo.add_argument("--device", default="Démonstration", help="nom de l'appareil")
    demo.add_argument(
        "--structures", action="store_true", help="ajoute les 66 structures de l'étude de 2021"
    )
    demo.add_argument("--json", action="store_true", help="sortie JSON")

    export = commands.add_parser(
        "export", help="écrit un fichier d'export pour la fusion (clé USB)"
    )
    export.add_argument("--db", dest="sub_db", metavar="CHEMIN_OU_URL")
    export.add_argument("--out", type=Path, required=True, help="fichier d'export à écrire")
    export.add_argument(
        "--since-last", action="store_true", help="seulement ce qui n'a pas déjà été exporté"
    )
    export.add_argument("--passphrase-file", type=Path, help="fichier de la phrase de passe")
    export.add_argument("--json", action="store_true", help="sortie JSON")

    merge = commands.add_parser("merge", help="fusionne des fichiers d'export dans la base")
    merge.add_argument("--db", dest="sub_db", metavar="CHEMIN_OU_URL")
    merge.add_argument("files", nargs="+", type=Path, metavar="FICHIER", help="fichiers d'export")
    merge.add_argument("--passphrase-file", type=Path, help="fichier de la phrase de passe")
    merge.add_argument(
        "--dry-run", action="store_true", help="affiche l'aperçu sans rien fusionner"
    )
    merge.add_argument("--json", action="store_true", help="sortie JSON")
    merge.add_argument(
        "--importer-sans-signature",
        dest="allow_unsigned",
        action="store_true",
        help="accepte d'anciens fichiers non signés ou non chiffrés (inscrit au journal)",
    )
    merge.add_argument(
        "--sans-sauvegarde",
        dest="no_backup",
        action="store_true",
        help="base PostgreSQL : fusionne sans pg_dump préalable (serveur sauvegardé par ailleurs)",
    )
    add_password_option(merge)

    backup = commands.add_parser("backup", help="sauvegardes de la base")
    backup_commands = backup.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    backup_list = backup_commands.add_parser(
        "list", help="liste les sauvegardes de la base (copies du fichier ou pg_dump)"
    )
    backup_list.add_argument("--db", dest="sub_db", metavar="CHEMIN_OU_URL")
    backup_list.add_argument("--json", action="store_true", help="sortie JSON")

    audit = commands.add_parser("audit", help="journal d'audit")
    audit_commands = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    audit_verify = audit_commands.add_parser(
        "verify", help="vérifie que nul n'a modifié ou supprimé de ligne du journal"
    )
    audit_verify.add_argument("--db", dest="sub_db", metavar="CHEMIN_OU_URL")
    audit_verify.add_argument("--json", action="store_true", help="sortie JSON")

    laptop = commands.add_parser("laptop", help="signatures des ordinateurs et enrôlement")
    laptop_commands = laptop.add_subparsers(dest="laptop_command", metavar="ACTION", required=True)
    laptop_code = laptop_commands.add_parser(
        "code", help="affiche l'empreinte et le code de cet ordinateur, à comparer"
    )
    laptop_code.add_argument("--db", dest="sub_db", metavar="CHEMIN_OU_URL")
    laptop_code.add_argument("--json", action="store_true", help="sortie JSON")
    laptop_enrol = laptop_commands.add_parser(
        "enrol", help="enrôle l'ordinateur qui a signé un fichier d'export (coordination)"
    )
    laptop_enrol.add_argument("--db", dest="sub_db", metavar="CHEMIN_OU_URL")
    laptop_enrol.add_argument("file", type=Path, metavar="FICHIER", help="fichier d'export")
    laptop_enrol.add_argument(
        "--code", required=True, help="code affiché par « laptop code » sur cet ordinateur"
    )
    laptop_enrol.add_argument("--passphrase-file", type=Path, help="fichier de la phrase de passe")
    laptop_enrol.add_argument("--json", action="store_true", help="sortie JSON")
    add_password_option(laptop_enrol)
    laptop_list = laptop_commands.add_parser("list", help="liste les ordinateurs enrôlés")
    laptop_list.add_argument("--db", dest="sub_db", metavar="CHEMIN_OU_URL")
    laptop_list.add_argument("--json", action="store_true", help="sortie JSON")

    conflicts = commands.add_parser("conflicts", help="liste les questionnaires en conflit")
    conflicts.add_argument("--db", dest="sub_db", metavar="CHEMIN_OU_URL")
    conflicts.add_argument("--json", action="store_true", help="sortie JSON")
    add_password_option(conflicts)
    conflict_commands = conflicts.add_subparsers(dest="conflicts_command", metavar="ACTION")
    resolve = conflict_commands.add_parser(
        "resolve", help="résout un conflit en retenant une des versions (coordination)"
    )
    # SUPPRESS: given before « resolve », these options keep their value (see argparse).
    resolve.add_argument("--db", dest="sub_db", metavar="CHEMIN_OU_URL", default=argparse.SUPPRESS)
    resolve.add_argument("uuid", help="identifiant du questionnaire (ses 8 premiers caractères)")
    resolve.add_argument(
        "--keep", required=True, metavar="EMPREINTE", help="début de l'empreinte de la version"
    )
    resolve.add_argument(
        "--operator",
        metavar="NOM",
        help="qui retient la version, tant qu'aucun coordinateur n'a de mot de passe",
    )
    resolve.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="sortie JSON"
    )
    resolve.add_argument(
        "--password-file",
        type=Path,
        metavar="FICHIER",
        default=argparse.SUPPRESS,
        help="fichier du mot de passe coordinateur (sinon il est demandé, si la base en a un)",
    )

    setup = commands.add_parser(
        "setup", help="premier lancement : ordinateur, coordination, médiateurs (une transaction)"
    )
    setup.add_argument("--db", dest="sub_db", metavar="CHEMIN_OU_URL")
    setup.add_argument("--device", required=True, metavar="NOM", help="nom de l'ordinateur")
    setup.add_argument(
        "--coordinator", required=True, metavar="NOM", help="coordinateur ou coordinatrice"
    )
    setup.add_argument(
        "--new-password-file",
        type=Path,
        metavar="FICHIER",
        help="fichier du mot de passe à donner à la coordination (première ligne)",
    )
    setup.add_argument(
        "--mediator",
        action="append",
        default=[],
        metavar="NOM",
        help="médiateur ou médiatrice (option répétable ; codes PIN à définir dans l'application)",
    )
    setup.add_argument("--form", default="habitants", help="questionnaire proposé à l'accueil")
    setup.add_argument("--json", action="store_true", help="sortie JSON")

    population = commands.add_parser(
        "population", help="cibles de population du redressement (coordination)"
    )
    population_commands = population.add_subparsers(
        dest="population_command", metavar="ACTION", required=True
    )
    population_set = population_commands.add_parser(
        "set", help="enregistre les effectifs d'un fichier CSV (variable, modalite, …)"
    )
    population_set.add_argument("--db", dest="sub_db", metavar="CHEMIN_OU_URL")
    population_set.add_argument("file", type=Path, help="fichier CSV des effectifs")
    population_set.add_argument(
        "--zone", default="", help="code du quartier, pour sa propre structure par âge"
    )
    population_set.add_argument("--json", action="store_true", help="sortie JSON")
    add_password_option(population_set)

    data = commands.add_parser("data", help="échange de données avec d'autres outils")
    data_commands = data.add_subparsers(dest="data_command", metavar="ACTION", required=True)
    data_import = data_commands.add_parser(
        "import", help="importe un export CSV/XLSX de KoboToolbox ou ODK Central"
    )
    data_import.add_argument("--db", dest="sub_db", metavar="CHEMIN_OU_URL")
    data_import.add_argument("--form", type=Path, required=True, help="XLSForm des données")
    data_import.add_argument("--zone", default="", help="zone à donner aux questionnaires")
    data_import.add_argument("file", type=Path, help="fichier .csv ou .xlsx")
    data_import.add_argument(
        "--repeat",
        type=Path,
        action="append",
        default=[],
        metavar="FICHIER",
        help="table d'un groupe répété (CSV de Kobo), option répétable",
    )
    data_import.add_argument(
        "--keep-invalid",
        action="store_true",
        help="importe les lignes que le questionnaire refuse, marquées « à vérifier » "
        "(hors des chiffres jusqu'à correction ou confirmation)",
    )
    data_import.add_argument("--json", action="store_true", help="sortie JSON")
    add_password_option(data_import)
    data_export = data_commands.add_parser(
        "export", help="un tableau, une ligne par questionnaire, colonnes comme Kobo"
    )
    data_export.add_argument("--db", dest="sub_db", metavar="CHEMIN_OU_URL")
    data_export.add_argument("--format", choices=("csv", "xlsx", "dta"), required=True)
    data_export.add_argument("--out", type=Path, required=True)
    data_export.add_argument("--language", default=None, help="langue des libellés")
    data_export.add_argument("--json", action="store_true", help="sortie JSON")
    add_password_option(data_export)
    data_review = data_commands.add_parser(
        "review", help="questionnaires importés « à vérifier » : liste, confirmation"
    )
    data_review.add_argument("--db", dest="sub_db", metavar="CHEMIN_OU_URL")
    data_review.add_argument(
        "--confirm",
        action="append",
        default=[],
        metavar="UUID",
        help="confirme tel quel un questionnaire « à vérifier » (tracé), option répétable",
    )
    data_review.add_argument(
        "--corrected",
        action="append",
        default=[],
        metavar="UUID",
        help="déclare corrigé un questionnaire « à vérifier » (tracé), option répétable",
    )
    data_review.add_argument("--json", action="store_true", help="sortie JSON")
    add_password_option(data_review)
    report = commands.add_parser("report", help="écrit les fiches de synthèse en PDF")
    add_report_arguments(report)
    add_password_option(report)

    keying = commands.add_parser("keying", help="saisie des questionnaires papier")
    keying_commands = keying.add_subparsers(dest="keying_command", metavar="ACTION", required=True)
    keying_report = keying_commands.add_parser(
        "report", help="questionnaires saisis, vérifiés et taux d'écart, par personne et question"
    )
    keying_report.add_argument("--db", dest="sub_db", metavar="CHEMIN_OU_URL")
    keying_report.add_argument("--form", default="habitants", help="identifiant du questionnaire")
    keying_report.add_argument("--json", action="store_true", help="sortie JSON")
    add_password_option(keying_report)
    keying_share = keying_commands.add_parser(
        "share", help="part des questionnaires papier saisis deux fois (réglage, coordination)"
    )
    keying_share.add_argument("--db", dest="sub_db", metavar="CHEMIN_OU_URL")
    keying_share.add_argument(
        "--set",
        type=int,
        dest="share",
        metavar="N",
        help="1 : tous ; 2, 5 ou 10 : un sur N ; 0 : aucun (sans --set : affiche la part)",
    )
    keying_share.add_argument("--json", action="store_true", help="sortie JSON")
    add_password_option(keying_share)
    _add_campaign_commands(commands)
    _add_fieldwork_commands(commands)
    return parser


def _add_fieldwork_commands(commands: Any) -> None:
    """Steering the fieldwork (issue 18): figures, quotas, targets."""
    terrain = commands.add_parser("terrain", help="suivi de terrain : déroulement et quotas")
    actions = terrain.add_subparsers(dest="terrain_command", metavar="ACTION", required=True)
    report = actions.add_parser(
        "report", help="questionnaires par jour et par enquêteur, durées, refus, abandons"
    )
    report.add_argument("--db", dest="sub_db", metavar="CHEMIN_OU_URL")
    report.add_argument("--form", default="habitants", help="identifiant du questionnaire")
    report.add_argument(
        "--min-minutes",
        type=float,
        default=None,
        help="durée sous laquelle un entretien est signalé (par défaut un tiers de la médiane)",
    )
    report.add_argument("--pdf", type=Path, help="écrit aussi le PDF « suivi de terrain »")
    report.add_argument("--json", action="store_true", help="sortie JSON")
    add_password_option(report)
    quotas = actions.add_parser("quotas", help="questionnaires faits et manquants par quartier")
    quotas.add_argument("--db", dest="sub_db", metavar="CHEMIN_OU_URL")
    quotas.add_argument("--json", action="store_true", help="sortie JSON")
    plan = actions.add_parser("plan", help="fixe le nombre de questionnaires prévus d'un quartier")
    plan.add_argument("--db", dest="sub_db", metavar="CHEMIN_OU_URL")
    plan.add_argument("--zone", required=True, help="code du quartier (commune/quartier)")
    plan.add_argument("--planned", type=int, required=True, help="questionnaires prévus")
    plan.add_argument("--json", action="store_true", help="sortie JSON")
    add_password_option(plan)


def _add_campaign_commands(commands: Any) -> None:
    """Data protection at the end of a campaign: free-text answers, purge (coordinators)."""
    free_text = commands.add_parser("free-text", help="réponses en texte libre")
    free_text_commands = free_text.add_subparsers(
        dest="free_text_command", metavar="ACTION", required=True
    )
    clear = free_text_commands.add_parser(
        "clear",
        help="efface les réponses en texte libre de tous les questionnaires, historique et "
        "brouillons compris",
    )
    clear.add_argument("--db", dest="sub_db", metavar="CHEMIN_OU_URL")
    clear.add_argument("--json", action="store_true", help="sortie JSON")
    add_password_option(clear)

    purge = commands.add_parser(
        "purge",
        help="efface de cet ordinateur les questionnaires qu'un fichier d'export vérifié "
        "contient tous (fin de campagne)",
    )
    purge.add_argument("--db", dest="sub_db", metavar="CHEMIN_OU_URL")
    purge.add_argument(
        "--bundle",
        type=Path,
        required=True,
        metavar="FICHIER",
        help="fichier d'export qui doit contenir tous les questionnaires terminés",
    )
    purge.add_argument("--passphrase-file", type=Path, help="fichier de la phrase de passe")
    purge.add_argument("--form", default=None, help="identifiant du questionnaire (sinon tous)")
    purge.add_argument("--yes", action="store_true", help="purge sans demander de confirmation")
    purge.add_argument("--json", action="store_true", help="sortie JSON")
    add_password_option(purge)


def main(argv: Sequence[str] | None = None) -> int:
    """Runs a headless command; returns the process exit status.

    A refusal (AppError) exits with EXIT_REFUSED and its message; anything else is a bug: its
    traceback goes to the technical log and it exits with EXIT_UNEXPECTED.
    """
    args = build_parser().parse_args(argv)
    as_json = bool(getattr(args, "json", False))
    try:
        return _run(args)
    except AppError as error:
        return _refuse(error, as_json)
    except Exception as error:  # noqa: BLE001 - a bug, reported as one rather than as a refusal
        return _unexpected(error, as_json)


def _run(args: argparse.Namespace) -> int:
    """Runs the command `args` names."""
    if args.command == "form" and args.form_command == "print":
        return _form_print(args)
    if args.command == "form" and args.form_command == "register":
        return _form_register(args)
    if args.command == "form":
        return _form_check(args.file, as_json=args.json)
    if args.command == "demo":
        return _demo(args)
    if args.command == "export":
        return _export(args)
    if args.command == "merge":
        return _merge(args)
    if args.command == "backup":
        return _backup_list(args)
    if args.command == "conflicts" and args.conflicts_command == "resolve":
        return _conflicts_resolve(args)
    if args.command == "conflicts":
        return _conflicts(args)
    if args.command == "laptop":
        return _laptop(args)
    if args.command == "audit":
        return _audit_verify(args)
    if args.command == "data":
        return _data(args)
    if args.command == "report":
        return _report(args)
    if args.command == "keying" and args.keying_command == "share":
        return _keying_share(args)
    if args.command == "keying":
        return _keying_report(args)
    if args.command == "setup":
        return _setup(args)
    if args.command == "population":
        return _population_set(args)
    if args.command == "free-text":
        return _free_text_clear(args)
    if args.command == "purge":
        return _purge(args)
    if args.command == "terrain":
        return _terrain(args)
    raise SystemExit("aucune commande")


def add_password_option(parser: argparse.ArgumentParser) -> None:
    """Adds --password-file to a command that needs a coordinator (see _require_coordinator)."""
    parser.add_argument(
        "--password-file",
        type=Path,
        metavar="FICHIER",
        help="fichier du mot de passe coordinateur (sinon il est demandé, si la base en a un)",
    )


def _require_coordinator(
    store: Any, args: argparse.Namespace, action: Action, actor: Any = None
) -> Grant:
    """The grant of a coordinator command (services.access): who does it, for the audit log.

    Nothing is asked while the action is open to everyone (no coordinator has a password
    yet). Otherwise the password is read from --password-file (first line) or asked with
    getpass, and must be one coordinator's; five wrong attempts lock, as in the application.
    Raises StoreError (CoordinatorRequired, WrongSecret, OperatorLocked) with a French message:
    call it right after opening the store, inside the command's `except StoreError`.
    `actor` is the operator a command names (--operator), who acts while roles do not apply.
    """
    from inclusion_desktop.services.access import (
        CoordinatorRequired,
        require,
        unlock_with_password,
    )

    try:
        return require(store, action, actor)
    except CoordinatorRequired:
        return unlock_with_password(store, action, _coordinator_password(args), actor=actor)


def _coordinator_password(args: argparse.Namespace) -> str:
    """The coordinator's password: --password-file's first line, else typed without echo."""
    from inclusion_desktop.store import StoreError

    path = getattr(args, "password_file", None)
    if path is not None:
        try:
            lines = Path(path).read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise StoreError(
                code=Code.COORDINATOR_PASSWORD_UNREADABLE, path=path, reason=os_error_text(exc)
            ) from exc
        return lines[0] if lines else ""
    if not sys.stdin.isatty():
        # getpass would fall back to reading the terminal-less input with an English warning.
        raise StoreError(code=Code.COORDINATOR_NO_TERMINAL)
    try:
        return getpass.getpass("Mot de passe coordinateur : ")
    except (EOFError, KeyboardInterrupt) as exc:
        raise StoreError(code=Code.COORDINATOR_PASSWORD_NOT_TYPED) from exc


def _report(args: argparse.Namespace) -> int:

    try:
        with _open_store(args) as store:
            _require_coordinator(store, args, Action.REPORTS)
    except AppError as error:
        return _refuse(error, args.json)
    return run_report(args)


def _keying_report(args: argparse.Namespace) -> int:
    from inclusion_desktop.services.collect import Collector

    try:
        with _open_store(args) as store:
            _require_coordinator(store, args, Action.KEYING_REPORT)
            report = Collector(store).keying_report(args.form)
    except AppError as error:
        return _refuse(error, args.json)
    lines = ["Par personne : saisis, vérifiés, écarts, taux d'écart"]
    lines += [_figures_line(f) for f in report.by_operator] or ["  (aucune saisie papier)"]
    lines.append("Par question : saisis, vérifiés, écarts, taux d'écart")
    lines += [
        _figures_line(f, report.question_labels.get(f.key, f.key))
        for f in report.by_question
        if f.discrepancies
    ] or ["  (aucun écart)"]
    lines.append(
        f"À ressaisir : {', '.join(report.awaiting_second_keying) or 'aucun'} ; "
        f"écarts à vérifier : {report.pending_review} ; numéros en double : "
        f"{', '.join(report.duplicate_paper_numbers) or 'aucun'}"
    )
    _emit({"ok": True, **report.as_dict()}, args.json, "\n".join(lines))
    return 0


def _figures_line(figures: Any, label: str | None = None) -> str:
    rate = f"{figures.discrepancy_rate * 100:.1f} %".replace(".", ",")
    counts = f"{figures.keyed}, {figures.verified}, {figures.discrepancies}, {rate}"
    return f"  {label or figures.key} : {counts}"


def _emit(payload: dict[str, Any], as_json: bool, text: str) -> None:
    if as_json:
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        print(text)


def _form_refused(path: Path, error: Any, as_json: bool) -> int:
    """Lists a refused form's problems (FormError), each located; returns EXIT_REFUSED."""
    problems = [problem.as_dict() for problem in error.problems]
    count = plural(len(problems), "problème", "problèmes")
    text = f"Questionnaire refusé ({count}) :\n" + "\n".join(
        f"  - {problem}" for problem in error.problems
    )
    _emit({"ok": False, "file": str(path), "problems": problems}, as_json, text)
    return EXIT_REFUSED


def _form_check(path: Path, *, as_json: bool) -> int:
    from inclusion_desktop.questionnaire.loader import FormError, load_form

    try:
        form = load_form(path)
    except FormError as error:
        return _form_refused(path, error, as_json)
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
        "media": sorted(form.media),
        "warnings": list(form.warnings),
        "notices": list(form.notices),
    }
    lines = [
        f"{form.title} — identifiant {form.form_id}, version {form.version or '(aucune)'}",
        f"Langues : {', '.join(form.languages) or '(une seule)'} ; par défaut : "
        f"{form.default_language or '(aucune)'}",
        f"{summary['questions']} questions, {summary['groups']} groupes, "
        f"{summary['repeats']} répétitions, {summary['choice_lists']} listes de choix",
        "Types : " + ", ".join(f"{name} {count}" for name, count in sorted(types.items())),
        f"SHA-256 : {form.sha256}",
    ]
    if form.media:
        lines.append("Fichiers du formulaire (gardés avec lui) : " + ", ".join(sorted(form.media)))
    lines += [f"Avertissement pyxform : {warning}" for warning in form.warnings]
    lines += [f"Remarque : {notice}" for notice in form.notices]
    _emit(summary, as_json, "\n".join(lines))
    return 0


def _form_register(args: argparse.Namespace) -> int:
    from inclusion_desktop.questionnaire.loader import FormError
    from inclusion_desktop.services.form_registration import register_questionnaire

    try:
        with _open_store(args) as store:
            grant = _require_coordinator(store, args, Action.REGISTER_FORM)
            result = register_questionnaire(store, grant.operator, args.file, args.media)
    except FormError as error:
        return _form_refused(args.file, error, args.json)
    except AppError as error:
        return _refuse(error, args.json)
    lines = [result.message]
    if result.media:
        lines.append("Fichiers joints : " + ", ".join(sorted(result.media)))
    lines += [f"Remarque : {notice}" for notice in result.notices]
    if result.same_label:
        lines.append(
            "Attention : une autre version enregistrée de ce questionnaire porte la même version "
            f"« {result.version.version} » ; changez-la dans la feuille « settings »."
        )
    _emit({"ok": True, **result.as_dict()}, args.json, "\n".join(lines))
    return 0


def _form_print(args: argparse.Namespace) -> int:
    from inclusion_desktop.questionnaire.loader import FormError, load_form
    from inclusion_desktop.reports.paper_form import PaperFormError, write_paper_form

    try:
        form = load_form(args.file)
        result = write_paper_form(
            form, args.out, language=args.language, repeat_rows=args.repeat_rows
        )
    except FormError as error:
        return _fail(f"questionnaire refusé : {error}", args.json)
    except PaperFormError as error:
        return _refuse(error, args.json)
    _emit(
        result.as_dict(),
        args.json,
        f"Questionnaire papier écrit dans {result.path} : {result.questions} questions "
        f"numérotées, {plural(result.pages, 'page', 'pages')}.",
    )
    return 0


def _demo(args: argparse.Namespace) -> int:
    from inclusion_desktop.demo import demo_refusal, fill_demo_store

    try:
        with _open_store(args) as store:
            refusal = demo_refusal(store)
            if refusal is not None:
                return _fail(refusal, args.json)
            created = fill_demo_store(
                store,
                submissions=args.submissions,
                seed=args.seed,
                device_name=args.device,
                structures=args.structures,
                paradata=True,
            )
    except AppError as error:
        return _refuse(error, args.json)
    structures = " et les 66 structures de l'étude de 2021" if args.structures else ""
    _emit(
        {"ok": True, "db": store.display_url, "created": created},
        args.json,
        f"{created} questionnaires de démonstration{structures} enregistrés dans "
        f"{store.display_url}",
    )
    return 0


def _fail(message: str, as_json: bool, **extra: Any) -> int:
    """Report a refusal in French (stderr, or JSON on stdout) and return EXIT_REFUSED."""
    if as_json:
        print(json.dumps({"ok": False, "error": message, **extra}, ensure_ascii=False, indent=2))
    else:
        print(f"Erreur : {message}", file=sys.stderr)
    return EXIT_REFUSED


def _refuse(error: AppError, as_json: bool) -> int:
    """Report a refusal with its catalogue code (in the JSON output)."""
    return _fail(error.message, as_json, code=str(error.code))


def _unexpected(error: Exception, as_json: bool) -> int:
    """Report a bug: « Erreur inattendue », the traceback in the technical log, EXIT_UNEXPECTED.

    The log keeps where it happened, not the message: it may quote an answer.
    """
    from inclusion_desktop.app_log import log_path, setup_logging

    if not any(isinstance(h, logging.FileHandler) for h in logging.getLogger().handlers):
        setup_logging()
    log.error(
        "Erreur inattendue :\n%s%s (message non journalisé : il peut contenir des réponses)",
        "".join(traceback.format_tb(error.__traceback__)),
        type(error).__name__,
    )
    message = Text(Code.UNEXPECTED, {"log": log_path()}).render()
    if as_json:
        payload = {"ok": False, "error": message, "code": str(Code.UNEXPECTED)}
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        print(message, file=sys.stderr)
    return EXIT_UNEXPECTED


def _passphrase(path: Path | None) -> str | None:
    """Read a passphrase file (first line, without its line ending)."""
    if path is None:
        return None
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise AppError(
            code=Code.PASSPHRASE_UNREADABLE, path=path, reason=os_error_text(exc)
        ) from exc
    if not lines or not lines[0]:
        raise AppError(code=Code.PASSPHRASE_EMPTY, path=path)
    return lines[0]


def _open_store(args: argparse.Namespace) -> Any:
    from inclusion_desktop.store import Store

    return Store.open(getattr(args, "sub_db", None) or args.db)


def _export(args: argparse.Namespace) -> int:
    from inclusion_desktop.sync.bundle import export_bundle

    try:
        passphrase = _passphrase(args.passphrase_file)
        with _open_store(args) as store:
            if passphrase is None and any(item.encrypted for item in store.exports()):
                # The campaign has a passphrase: a clear file would put every answer in clear.
                return _fail(
                    "les exports de cet ordinateur sont chiffrés avec la phrase de passe de la "
                    "campagne : donnez-la avec --passphrase-file. Aucun fichier n'a été écrit "
                    "en clair.",
                    args.json,
                )
            result = export_bundle(
                store, args.out, since_last=args.since_last, passphrase=passphrase
            )
    except AppError as error:
        return _refuse(error, args.json)
    _emit(
        result.as_dict(),
        args.json,
        f"{plural(result.submissions, 'questionnaire', 'questionnaires')}, "
        f"{plural(result.revisions, 'révision', 'révisions')} "
        f"({plural(result.deletions, 'suppression', 'suppressions')}) écrits dans {result.path}"
        f"{' (chiffré)' if result.encrypted else ''}.\n"
        "Fichier d'export relu et vérifié : la clé peut être retirée.",
    )
    return 0


def _backup_list(args: argparse.Namespace) -> int:
    """backup list: the backups of the store, newest first, with date, reason and size."""
    from inclusion_desktop.store.backup import list_backups

    with _open_store(args) as store:
        backups = list(reversed(list_backups(store)))
        where = store.display_url if store.path is None else str(store.path)
    lines = [f"Sauvegardes de {where} : {len(backups)}"] + [
        f"  {b.created_at.astimezone():%d/%m/%Y %H:%M:%S}  {b.reason:<20} "
        f"{b.size / 1024:>10.0f} Ko  {b.path}"
        for b in backups
    ]
    payload = {
        "ok": True,
        "backups": [
            {
                "path": str(b.path),
                "created_at": b.created_at.isoformat(),
                "reason": b.reason,
                "size": b.size,
            }
            for b in backups
        ],
    }
    _emit(payload, args.json, "\n".join(lines))
    return 0


def _merge(args: argparse.Namespace) -> int:
    from inclusion_desktop.sync.merge import MergeBackupFailed, iter_merge, preview_files

    try:
        passphrase = _passphrase(args.passphrase_file)
        with _open_store(args) as store:
            who = _require_coordinator(store, args, Action.MERGE).operator
            preview = preview_files(
                store, args.files, passphrase=passphrase, allow_unsigned=args.allow_unsigned
            )
            merged = []
            if not args.dry_run:
                ok_files = [Path(r.file) for r in preview if r.ok]
                merged = list(
                    iter_merge(
                        store,
                        ok_files,
                        passphrase=passphrase,
                        merged_by=None if who is None else who.name,
                        operator_id=None if who is None else who.id,
                        allow_unsigned=args.allow_unsigned,
                        backup=not args.no_backup,
                    )
                )
    except MergeBackupFailed as error:
        hint = " Pour fusionner sans cette sauvegarde (serveur sauvegardé par son administrateur) :"
        return _fail(f"{error.message}{hint} --sans-sauvegarde.", args.json, code=str(error.code))
    except AppError as error:
        return _refuse(error, args.json)
    refused = [r for r in preview if not r.ok]
    lines = ["Aperçu :"] + [f"  {r.summary()}" for r in preview]
    if merged:
        lines += ["Fusion :"] + [f"  {r.summary()}" for r in merged]
    if refused:
        files = plural(len(refused), "fichier refusé", "fichiers refusés")
        lines.append(f"{files}, rien n'a été écrit pour eux.")
    # Questionnaires refused inside accepted files also make the merge fail (exit 1).
    refused_items = sum(len(r.refused) for r in (merged if merged else preview))
    if refused_items:
        items = plural(refused_items, "questionnaire refusé", "questionnaires refusés")
        lines.append(f"{items} : voir les raisons ci-dessus.")
    payload = {
        "ok": not refused and not refused_items,
        "preview": [r.as_dict() for r in preview],
        "merged": [r.as_dict() for r in merged],
    }
    _emit(payload, args.json, "\n".join(lines))
    return 1 if refused or refused_items else 0


def _laptop(args: argparse.Namespace) -> int:
    """laptop code | enrol | list: this laptop's key code, enrolment by the coordination."""
    from inclusion_desktop.sync.enrolment import enrol_from_file
    from inclusion_desktop.sync.signing import (
        enrolled_laptops,
        fingerprint,
        laptop_key,
        short_code,
    )

    try:
        with _open_store(args) as store:
            if args.laptop_command == "code":
                public = laptop_key(store).public
                device = store.device()
                name = device.name if device is not None else "(ordinateur sans nom)"
                payload = {
                    "ok": True,
                    "name": name,
                    "fingerprint": fingerprint(public),
                    "code": short_code(public),
                }
                text = (
                    f"{name}\nCode : {payload['code']}\nEmpreinte : {payload['fingerprint']}\n"
                    "La coordination compare ce code avec celui qu'elle voit avant d'enrôler."
                )
                _emit(payload, args.json, text)
                return 0
            if args.laptop_command == "list":
                laptops = enrolled_laptops(store)
                lines = [
                    f"{item.name} — code {item.code}, enrôlé le {item.enrolled_at[:10]} "
                    f"par {item.enrolled_by}"
                    for item in laptops
                ] or ["Aucun ordinateur enrôlé : les fusions acceptent encore tout fichier."]
                _emit(
                    {"ok": True, "laptops": [item.as_dict() for item in laptops]},
                    args.json,
                    "\n".join(lines),
                )
                return 0
            who = _require_coordinator(store, args, Action.OPERATORS).operator
            passphrase = _passphrase(args.passphrase_file)
            item = enrol_from_file(
                store,
                args.file,
                passphrase=passphrase,
                code=args.code,
                by=who.name if who is not None else _system_user(),
                operator_id=None if who is None else who.id,
            )
    except AppError as error:
        return _refuse(error, args.json)
    _emit(
        {"ok": True, "laptop": item.as_dict()},
        args.json,
        f"{item.name} enrôlé (code {item.code}) : ses fichiers et révisions sont acceptés.",
    )
    return 0


def _audit_verify(args: argparse.Namespace) -> int:
    """audit verify: audit chains and signatures hold and every account is intact, or say where."""
    from inclusion_desktop.store.audit_chain import verify_store_audit

    try:
        with _open_store(args) as store:
            report = verify_store_audit(store.engine)
    except AppError as error:
        return _refuse(error, args.json)
    lines = [
        f"{plural(report.checked, 'ligne chaînée vérifiée', 'lignes chaînées vérifiées')}, "
        f"dont {plural(report.signed, 'signée', 'signées')} par leur ordinateur ; "
        f"{plural(report.unchained, 'ligne antérieure', 'lignes antérieures')} au chaînage ; "
        + plural(report.operators, "compte d'opérateur intact", "comptes d'opérateur intacts")
        + "."
    ]
    lines += report.problems or ["Journal intact : aucune ligne modifiée ni supprimée."]
    _emit(
        {
            "ok": report.ok,
            "checked": report.checked,
            "signed": report.signed,
            "unchained": report.unchained,
            "operators": report.operators,
            "problems": report.problems,
        },
        args.json,
        "\n".join(lines),
    )
    return 0 if report.ok else 1


def _system_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # pragma: no cover - no user name in the environment
        return "inconnu"


def _conflicts(args: argparse.Namespace) -> int:

    try:
        with _open_store(args) as store:
            _require_coordinator(store, args, Action.RESOLVE_CONFLICTS)
            conflicts = store.conflicts()
    except AppError as error:
        return _refuse(error, args.json)
    payload = {
        "ok": True,
        "conflicts": [
            {
                "uuid": c.uuid,
                "zone": c.zone,
                "heads": [
                    {
                        "hash": h.content_hash,
                        "status": h.status,
                        "created_at": h.created_at.isoformat(),
                        "answers": h.answers,
                    }
                    for h in c.heads
                ],
            }
            for c in conflicts
        ],
    }
    text = (
        "\n".join(f"{c.uuid} ({c.zone}) : {len(c.heads)} versions" for c in conflicts)
        or "Aucun conflit."
    )
    _emit(payload, args.json, text)
    return 0


def _conflicts_resolve(args: argparse.Namespace) -> int:
    """conflicts resolve: keeps one version, signed by the coordinator or the named operator."""
    from inclusion_desktop.services.conflicts import find_conflict, head_by_prefix, resolve_conflict

    try:
        with _open_store(args) as store:
            actor = _operator_named(store, args.operator) if args.operator else None
            grant = _require_coordinator(store, args, Action.RESOLVE_CONFLICTS, actor)
            conflict = find_conflict(store, args.uuid)
            kept = head_by_prefix(conflict, args.keep)
            revision = resolve_conflict(store, grant, conflict.uuid, chosen_hash=kept)
    except AppError as error:
        return _refuse(error, args.json)
    assert grant.operator is not None
    _emit(
        {
            "ok": True,
            "uuid": conflict.uuid,
            "kept": kept,
            "revision": revision.content_hash,
            "operator": grant.operator.name,
        },
        args.json,
        f"Conflit du questionnaire {conflict.uuid} résolu : version {kept[:12]} retenue par "
        f"{grant.operator.name}.",
    )
    return 0


def _operator_named(store: Any, name: str) -> Any:
    """The operator of that name (any case), or a refusal naming the ones known."""
    from inclusion_desktop.store import StoreError

    wanted = " ".join(name.split()).casefold()
    operators = store.operators()
    found = next((op for op in operators if op.name.casefold() == wanted), None)
    if found is None:
        known = ", ".join(op.name for op in operators) or "aucun"
        raise StoreError(code=Code.OPERATOR_UNKNOWN, name=name, known=known)
    return found


def _setup(args: argparse.Namespace) -> int:
    """setup: the first run of a laptop, written in one transaction."""
    from inclusion_desktop.services.provisioning import (
        MediatorPlan,
        SetupPlan,
        needs_first_run,
        provision,
    )

    try:
        password = ""
        if args.new_password_file is not None:
            password = _passphrase(args.new_password_file) or ""
        plan = SetupPlan(
            device_name=args.device,
            coordinator_name=args.coordinator,
            coordinator_password=password,
            mediators=tuple(MediatorPlan(name) for name in args.mediator),
            form_id=args.form,
        )
        with _open_store(args) as store:
            if not needs_first_run(store):
                device = store.device()
                return _fail(
                    f"la base {store.display_url} est déjà installée (ordinateur "
                    f"« {device.name if device else '?'} ») : rien n'a été changé.",
                    args.json,
                )
            result = provision(store, plan)
    except AppError as error:
        return _refuse(error, args.json)
    mediators = ", ".join(m.name for m in result.mediators) or "aucun"
    _emit(
        result.as_dict(),
        args.json,
        f"Ordinateur « {result.device.name} » installé : coordination {result.coordinator.name}"
        f"{' (avec mot de passe)' if result.coordinator.has_secret else ''}, médiateurs : "
        f"{mediators}.",
    )
    return 0


def _keying_share(args: argparse.Namespace) -> int:
    """keying share: shows the double-entry share, or sets it (a coordinator's setting)."""
    from inclusion_desktop.services.collect import Collector
    from inclusion_desktop.services.settings import set_verification_share, share_text

    try:
        with _open_store(args) as store:
            if args.share is not None:
                grant = _require_coordinator(store, args, Action.SETTINGS)
                set_verification_share(store, grant, args.share)
            share = Collector(store).verification_share()
    except AppError as error:
        return _refuse(error, args.json)
    _emit(
        {"ok": True, "share": share},
        args.json,
        f"Double saisie : {share_text(share)}.",
    )
    return 0


def _population_set(args: argparse.Namespace) -> int:
    """population set: the weighting's population figures, from a CSV file (coordinators)."""
    from inclusion_desktop.analysis import PopulationTargetsError
    from inclusion_desktop.services.settings import save_population_targets

    try:
        text = args.file.read_text(encoding="utf-8-sig")
    except OSError as exc:
        return _fail(f"fichier illisible ({args.file}) : {os_error_text(exc)}", args.json)
    try:
        with _open_store(args) as store:
            grant = _require_coordinator(store, args, Action.POPULATION_TARGETS)
            save_population_targets(store, grant, text, zone=args.zone)
    except PopulationTargetsError as error:
        return _fail(f"{args.file} : {error} Rien n'a été enregistré.", args.json)
    except AppError as error:
        return _refuse(error, args.json)
    where = f"du quartier {args.zone}" if args.zone else "du territoire"
    _emit(
        {"ok": True, "zone": args.zone, "file": str(args.file)},
        args.json,
        f"Cibles de population {where} enregistrées : les prochaines fiches les utiliseront.",
    )
    return 0


def _data(args: argparse.Namespace) -> int:
    from inclusion_desktop.sync.tabular import (
        ImportRefused,
        export_tables,
        import_table,
    )

    try:
        with _open_store(args) as store:
            if args.data_command == "review":
                operator = _require_coordinator(store, args, Action.DATA_IMPORT).operator_id
                for uuid in args.confirm:
                    store.resolve_review(uuid, resolution="confirme", operator_id=operator)
                for uuid in args.corrected:
                    store.resolve_review(uuid, resolution="corrige", operator_id=operator)
                pending = store.reviews()
                count = plural(len(pending), "questionnaire", "questionnaires")
                lines = [f"{count} « à vérifier », hors des chiffres."]
                for item in pending:
                    lines.append(f"{item.submission_uuid} ({item.source}) :")
                    lines += [
                        f"  ligne {p['line']}, colonne « {p['column']} » : « {p['value']} » — "
                        f"{p['message']}"
                        for p in item.problems
                    ]
                _emit(
                    {
                        "ok": True,
                        "pending": [
                            {"uuid": i.submission_uuid, "source": i.source, "problems": i.problems}
                            for i in pending
                        ],
                    },
                    args.json,
                    "\n".join(lines),
                )
            elif args.data_command == "import":
                _require_coordinator(store, args, Action.DATA_IMPORT)
                report = import_table(
                    store,
                    form_path=args.form,
                    data_path=args.file,
                    zone=args.zone,
                    repeat_paths=args.repeat,
                    keep_invalid=args.keep_invalid,
                )
                _emit(report.as_dict(), args.json, report.summary())
            else:
                # Every answer, free texts included, in a file anyone can open: coordinators only.
                _require_coordinator(store, args, Action.DATA_EXPORT)
                result = export_tables(store, args.out, fmt=args.format, language=args.language)
                extra = "".join(
                    f"\nRépétition « {name} » : {plural(count, 'ligne', 'lignes')}"
                    + (f" dans {path}." if path != args.out else " (feuille du classeur).")
                    for (name, count), path in zip(
                        result.repeat_rows.items(),
                        result.files[1:] or [args.out] * len(result.repeat_rows),
                        strict=True,
                    )
                )
                _emit(
                    {
                        "ok": True,
                        "file": str(args.out),
                        "rows": result.rows,
                        "files": [str(path) for path in result.files],
                        "repeat_rows": result.repeat_rows,
                        "attachments": result.attachments,
                    },
                    args.json,
                    f"{plural(result.rows, 'questionnaire écrit', 'questionnaires écrits')} "
                    f"dans {args.out}.{extra}"
                    + (
                        f"\n{plural(result.attachments, 'fichier joint', 'fichiers joints')} dans "
                        f"{args.out.with_name('attachments')}."
                        if result.attachments
                        else ""
                    ),
                )
    except ImportRefused as refusal:
        payload = refusal.report.as_dict()
        if args.json:
            print(json.dumps({**payload, "error": refusal.message}, ensure_ascii=False, indent=2))
        else:
            print(refusal.message, file=sys.stderr)
        return 1
    except AppError as error:
        return _refuse(error, args.json)
    return 0


def _free_text_clear(args: argparse.Namespace) -> int:
    from inclusion_desktop.services.campaign import clear_free_text
    from inclusion_desktop.services.collect import Collector

    try:
        with _open_store(args) as store:
            grant = _require_coordinator(store, args, Action.CLEAR_FREE_TEXT)
            result = clear_free_text(Collector(store), grant.operator_id)
    except AppError as error:
        return _refuse(error, args.json)
    note = store.compaction_note
    _emit(
        {"ok": True, **result.as_dict(), **({"remains": note} if note else {})},
        args.json,
        f"{plural(result.answers, 'réponse effacée', 'réponses effacées')} en texte libre dans "
        f"{plural(result.questionnaires, 'questionnaire', 'questionnaires')} ("
        f"{plural(result.revisions_scrubbed, 'version nettoyée', 'versions nettoyées')} de "
        "l'historique). "
        "Les sauvegardes faites avant les contiennent encore." + (f" {note}" if note else ""),
    )
    return 0


def _purge(args: argparse.Namespace) -> int:
    from inclusion_desktop.services.campaign import check_purge, purge_campaign

    try:
        passphrase = _passphrase(args.passphrase_file)
        with _open_store(args) as store:
            who = _require_coordinator(store, args, Action.PURGE).operator
            check = check_purge(store, args.bundle, passphrase, form_id=args.form)
            if not check.ok:
                return _fail(check.message, args.json, check=check.as_dict())
            if not args.yes:
                print(check.message)
                try:
                    answer = input(
                        "Effacer définitivement "
                        f"{plural(check.finished, 'questionnaire', 'questionnaires')} de cet "
                        "ordinateur ? Tapez PURGER pour confirmer : "
                    )
                except (EOFError, OSError, KeyboardInterrupt):  # no terminal to answer
                    answer = ""
                if answer.strip() != "PURGER":
                    return _fail("purge annulée : rien n'a été effacé.", args.json)
            result = purge_campaign(
                store,
                args.bundle,
                passphrase,
                form_id=args.form,
                operator_id=None if who is None else who.id,
            )
    except AppError as error:
        return _refuse(error, args.json)
    _emit(result.as_dict(), args.json, result.message)
    return 0


def _terrain(args: argparse.Namespace) -> int:
    from inclusion_desktop.paradata import store_report
    from inclusion_desktop.quotas import (
        missing_sentences,
        projection_sentence,
        save_plan,
        store_progress,
    )

    try:
        with _open_store(args) as store:
            if args.terrain_command == "quotas":
                progress = store_progress(store)
                lines = [
                    f"{zone.label} : {zone.done} sur {zone.planned} ; "
                    + " ; ".join(missing_sentences(zone) or ["objectifs atteints"])
                    + f" ; {projection_sentence(zone)}."
                    for zone in progress
                ] or ["Aucun objectif de quotas enregistré."]
                payload = {"ok": True, "zones": [zone.as_dict() for zone in progress]}
                _emit(payload, args.json, "\n".join(lines))
                return 0
            # Setting targets is the GUI's « Terrain » gate; reading the figures, the dashboard's.
            plan = args.terrain_command == "plan"
            action = Action.POPULATION_TARGETS if plan else Action.DASHBOARD
            who = _require_coordinator(store, args, action).operator
            if args.terrain_command == "plan":
                cells = save_plan(
                    store, args.zone, args.planned, operator_id=None if who is None else who.id
                )
                _emit(
                    {
                        "ok": True,
                        "zone": args.zone,
                        "planned": args.planned,
                        "cells": [
                            {"band": b, "sex": s, "target": n} for (b, s), n in cells.items()
                        ],
                    },
                    args.json,
                    f"Objectifs enregistrés : {args.planned} questionnaires à {args.zone}.",
                )
                return 0
            report = store_report(store, args.form, short_minutes=args.min_minutes)
            written = None
            if args.pdf is not None:
                from inclusion_desktop.reports.fieldwork_sheet import write_fieldwork_sheet

                written = write_fieldwork_sheet(report, store_progress(store), args.pdf)
    except AppError as error:
        return _refuse(error, args.json)
    lines = [
        f"{plural(report.total, 'questionnaire', 'questionnaires')} : "
        f"{plural(report.outcomes['complete'], 'terminé', 'terminés')}, "
        f"{report.outcomes['refused']} refus, "
        f"{plural(report.outcomes['draft'] + report.outcomes['deleted'], 'abandon', 'abandons')}"
        " ; durée médiane "
        f"{_minutes(report.median_minutes)}.",
        "Par enquêteur·rice : questionnaires, refus, abandons, durée médiane",
    ]
    lines += [
        f"  {m['key']} : {m['questionnaires']}, {m['refused']}, {m['abandoned']}, "
        f"{_minutes(m['median_minutes'])}"
        for m in report.by_mediator
    ]
    lines += [
        f"Entretien court ({s['minutes']:.1f} min) : {s['mediator']}, {s['zone']}, {s['day']}"
        for s in report.short_interviews
    ]
    if written is not None:
        lines.append(f"PDF « suivi de terrain » écrit dans {written}.")
    _emit(
        {"ok": True, **report.as_dict(), "pdf": str(written) if written else None},
        args.json,
        "\n".join(lines),
    )
    return 0


def _minutes(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f} min".replace(".", ",")
