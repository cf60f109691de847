"""Merge of bundles into a store: a preview per file, then each file in its own transaction.

A refused file (damaged, wrong passphrase, newer format, not a bundle) writes nothing and does
not stop the others; the report of each file says what happened and why.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError, OperationalError

from inclusion_desktop.catalogue import Code, Text, plural
from inclusion_desktop.store import Store, StoreError
from inclusion_desktop.store.backup import REASON_MERGE, backup_before_change
from inclusion_desktop.store.history import ApplyResult, FormSource, IncomingBundle
from inclusion_desktop.sync.bundle import BundleError, read_checked_bundle
from inclusion_desktop.sync.form_check import vet_forms
from inclusion_desktop.sync.signing import (
    SigningError,
    enrolled_laptops,
    keep_signatures,
    laptop_key,
    record_unsigned_import,
)
from inclusion_desktop.sync.trust import TrustPolicy, vet_signatures
from inclusion_desktop.territory import merge_territory


class MergeBackupFailed(StoreError):
    """The store could not be backed up before a merge: nothing was merged."""


@dataclass(slots=True)
class MergeReport:
    """What merging (or previewing) one bundle file did, submission counts and reasons."""

    file: str
    merged: bool = False
    preview: bool = False
    refused_reason: str | None = None
    # The same reason as a catalogued message, which the GUI shows in its own language.
    refused_text: Text | None = None
    file_sha256: str = ""
    device_uuid: str = ""
    device_name: str = ""
    new: int = 0
    already_present: int = 0
    fast_forwarded: int = 0
    kept_local: int = 0
    conflicts: int = 0
    refused: list[dict[str, str]] = field(default_factory=list)
    revisions_added: int = 0
    deletions_added: int = 0
    forms_added: int = 0
    conflict_uuids: list[str] = field(default_factory=list)
    audit_added: int = 0
    # The file's territory: "" (none carried), "updated", "kept" or "refused", and why.
    territory: str = ""
    territory_message: str = ""
    # The file's quota targets and paradata (issue 18): same outcomes as the territory.
    fieldwork: str = ""
    fieldwork_message: str = ""

    @property
    def ok(self) -> bool:
        """True unless the whole file was refused."""
        return self.refused_reason is None

    def as_dict(self) -> dict[str, Any]:
        """Return the report as JSON values, for ``--json``."""
        return {
            "file": self.file,
            "ok": self.ok,
            "merged": self.merged,
            "preview": self.preview,
            "refused_reason": self.refused_reason,
            "file_sha256": self.file_sha256,
            "device": {"uuid": self.device_uuid, "name": self.device_name},
            "new": self.new,
            "already_present": self.already_present,
            "updated": self.fast_forwarded,
            "kept_local": self.kept_local,
            "conflicts": self.conflicts,
            "conflict_uuids": self.conflict_uuids,
            "refused": self.refused,
            "revisions_added": self.revisions_added,
            "deletions_added": self.deletions_added,
            "forms_added": self.forms_added,
            "audit_added": self.audit_added,
            "territory": (
                {"outcome": self.territory, "message": self.territory_message}
                if self.territory
                else None
            ),
            "fieldwork": (
                {"outcome": self.fieldwork, "message": self.fieldwork_message}
                if self.fieldwork
                else None
            ),
        }

    def summary(self) -> str:
        """One French line for the console."""
        name = Path(self.file).name
        if not self.ok:
            return f"{name} : REFUSÉ — {self.refused_reason}"
        verb = "fusionné" if self.merged else "aperçu"
        text = (
            f"{name} ({self.device_name}) : {verb} — "
            f"{plural(self.new, 'nouveau', 'nouveaux')}, "
            f"{plural(self.already_present, 'déjà présent', 'déjà présents')}, "
            f"{self.fast_forwarded} mis à jour, "
            f"{plural(self.kept_local, 'gardé', 'gardés')} en local, "
            f"{plural(self.conflicts, 'conflit', 'conflits')}, "
            f"{plural(len(self.refused), 'refusé', 'refusés')}"
        )
        for item in self.refused:
            text += f"\n    refusé {item['uuid']} : {item['reason']}"
        if self.territory:
            text += f"\n    {self.territory_message}"
        if self.fieldwork:
            text += f"\n    {self.fieldwork_message}"
        return text


@dataclass(frozen=True, slots=True)
class MergeProgress:
    """Progress of a merge, for a progress bar: file i of n, and submissions done in that file."""

    file_index: int
    file_count: int
    file: str
    done: int
    total: int


ProgressHandler = Callable[[MergeProgress], None]


def _fill(report: MergeReport, result: ApplyResult) -> None:
    outcomes = result.outcomes
    report.new = len(outcomes["new"])
    report.already_present = len(outcomes["already_present"])
    report.fast_forwarded = len(outcomes["fast_forwarded"])
    report.kept_local = len(outcomes["kept_local"])
    report.conflicts = len(outcomes["conflict"])
    report.conflict_uuids = list(outcomes["conflict"])
    report.refused = [{"uuid": uuid, "reason": reason} for uuid, reason in result.refused]
    report.revisions_added = result.revisions_added
    report.deletions_added = result.deletions_added
    report.forms_added = len(result.forms_added)
    report.audit_added = result.audit_added
    report.territory = result.territory
    report.territory_message = result.territory_message
    report.fieldwork = result.fieldwork
    report.fieldwork_message = result.fieldwork_message


def iter_merge(
    store: Store,
    paths: Sequence[Path | str],
    *,
    passphrase: str | None = None,
    merged_by: str | None = None,
    operator_id: int | None = None,
    dry_run: bool = False,
    progress: ProgressHandler | None = None,
    allow_unsigned: bool = False,
    backup: bool = True,
) -> Iterator[MergeReport]:
    """Merge (or preview) files one by one, yielding each file's report as soon as it is done.

    Files are checked against the signatures policy of sync.trust: with ``allow_unsigned``
    (« importer sans signature », for old files), unsigned or clear files are accepted and the
    merge of each is written in the audit log.

    ``merged_by`` names who merges in the merge log (else the system user) and ``operator_id``
    is the operator written in the audit log's "fusion" rows.

    Meant to run off the GUI thread; ``progress`` is called from the same thread. Unless
    ``dry_run``, the store is backed up ("avant-fusion": a copy of the file, a checked pg_dump
    of a PostgreSQL store) once, before the first file is written; a backup that fails raises
    MergeBackupFailed and nothing is merged. ``backup=False`` is the coordinator's explicit
    choice to merge into a server store without a dump (its administrator backs it up); a
    store file is copied all the same, which costs little.
    """
    who = merged_by or _user()
    backed_up = dry_run or (not backup and store.path is None)
    files = [Path(raw) for raw in paths]
    count = len(files)
    # The next file is read and verified on a second thread while SQLite writes the current
    # one (sqlite3 releases the GIL while it works), which hides most of the reading time.
    # Forms are checked on the reading thread too, each new one once (see sync.form_check).
    checked = _FormChecks(
        {form.sha256 for form in store.form_versions()},
        {},
        _policy(store, passphrase_set=bool(passphrase), allow_unsigned=allow_unsigned),
    )
    with ThreadPoolExecutor(max_workers=1) as reader:
        pending = reader.submit(_read, files[0], passphrase, checked) if files else None
        for index, path in enumerate(files):
            assert pending is not None
            read = pending.result()
            if index + 1 < count:
                pending = reader.submit(_read, files[index + 1], passphrase, checked)
            report = MergeReport(file=str(path), preview=dry_run)
            if isinstance(read, BundleError):
                report.refused_reason = read.reason
                report.refused_text = read.reason_text
                yield report
                continue
            bundle, form_refusals, signatures, unsigned = read

            def on_progress(done: int, total: int, index: int = index, path: Path = path) -> None:
                if progress is not None:
                    progress(MergeProgress(index, count, str(path), done, total))

            report.file_sha256 = bundle.file_sha256
            report.device_uuid = bundle.device_uuid
            report.device_name = bundle.device_name
            if not backed_up:
                try:
                    backup_before_change(store, reason=REASON_MERGE)
                except StoreError as error:
                    raise MergeBackupFailed(f"{error} Rien n'a été fusionné.") from error
                backed_up = True
            try:
                result = store.apply_bundle(
                    bundle,
                    dry_run=dry_run,
                    merged_by=who,
                    operator_id=operator_id,
                    progress=on_progress,
                    territory_step=merge_territory,
                )
            except OperationalError as exc:  # disk full, read-only medium, database locked
                raise StoreError(
                    path=store.path,
                    code=Code.MERGE_WRITE_FAILED,
                    reason=str(exc.orig),
                    file=path.name,
                ) from exc
            except DBAPIError as exc:  # a constraint refused the file: nothing of it is written
                raise StoreError(
                    path=store.path,
                    code=Code.MERGE_DATA_REFUSED,
                    reason=str(exc.orig),
                    file=path.name,
                ) from exc
            del bundle
            _fill(report, result)
            report.refused[:0] = [{"uuid": uuid, "reason": why} for uuid, why in form_refusals]
            if not dry_run:
                keep_signatures(store, signatures)
                if unsigned and allow_unsigned:
                    record_unsigned_import(store, path.name, operator_id)
            report.merged = not dry_run
            yield report


@dataclass(frozen=True, slots=True)
class _FormChecks:
    """Forms registered in the store before the merge, and the verdicts given during it."""

    known: set[str]
    cache: dict[str, FormSource | str]
    policy: TrustPolicy


def _policy(store: Store, *, passphrase_set: bool, allow_unsigned: bool) -> TrustPolicy:
    """The store's enrolled keys (and this laptop's own) for the merge."""
    keys = {laptop.device_uuid: laptop.public_key for laptop in enrolled_laptops(store)}
    enrolled = bool(keys)
    local = store.device()
    if local is not None and local.uuid not in keys:
        try:
            keys[local.uuid] = laptop_key(store).public
        except SigningError:
            pass  # no key here yet and none can be made: files of this laptop are not trusted
    return TrustPolicy(keys, enrolled, passphrase_set, allow_unsigned)


_Read = tuple[IncomingBundle, list[tuple[str, str]], list[tuple[str, str, str]], bool]


def _read(path: Path, passphrase: str | None, checked: _FormChecks) -> _Read | BundleError:
    """Read one bundle, check its signatures and forms, returning a refusal instead of raising."""
    try:
        vetted = vet_signatures(read_checked_bundle(path, passphrase), checked.policy, path)
    except BundleError as error:
        return error
    bundle, refused = vet_forms(vetted.bundle, known=checked.known, cache=checked.cache)
    return bundle, vetted.refused + refused, vetted.signatures, vetted.unsigned


def preview_files(
    store: Store,
    paths: Sequence[Path | str],
    *,
    passphrase: str | None = None,
    allow_unsigned: bool = False,
) -> list[MergeReport]:
    """Say, file by file, what a merge would do, writing nothing."""
    return list(
        iter_merge(store, paths, passphrase=passphrase, dry_run=True, allow_unsigned=allow_unsigned)
    )


def merge_files(
    store: Store,
    paths: Sequence[Path | str],
    *,
    passphrase: str | None = None,
    merged_by: str | None = None,
    progress: ProgressHandler | None = None,
    allow_unsigned: bool = False,
    backup: bool = True,
) -> list[MergeReport]:
    """Merge every file, each in its own transaction; a refused file does not stop the others."""
    return list(
        iter_merge(
            store,
            paths,
            passphrase=passphrase,
            merged_by=merged_by,
            progress=progress,
            allow_unsigned=allow_unsigned,
            backup=backup,
        )
    )


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # pragma: no cover - no user name in the environment
        return "inconnu"
