"""End of a campaign and data protection: clearing free-text answers, purging exported data.

The resident questionnaire asks for no name, address or phone number, but a free-text answer
(a text question typed by the mediator, see Question.is_free_text) may still hold one. A
coordinator can clear them all before an export leaves or at the end of the campaign, and,
once every questionnaire is safely in a verified export file, purge the campaign from the laptop.
Both are shared by the GUI (gui/coordination/campaign_dialogs.py) and the command line (cli.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from inclusion_desktop.catalogue import Code, Renderable, Text, TextLines, counted
from inclusion_desktop.questionnaire.model import Form
from inclusion_desktop.services.collect import Collector
from inclusion_desktop.store import Store, StoreError
from inclusion_desktop.store.backup import REASON_PURGE, backup_before_change
from inclusion_desktop.store.erasure import PurgeCounts, ScrubResult
from inclusion_desktop.sync.bundle import BundleError, read_bundle
from inclusion_desktop.territory import store_neighbourhoods

#: Reason of the version that clears free-text answers (it travels with it to other laptops).
FREE_TEXT_REASON = "Textes libres effacés"

#: How many questionnaires a refusal names before summing up the rest.
_NAMED = 10


def free_text_questions(form: Form) -> frozenset[str]:
    """The names of the free-text questions of a form."""
    return frozenset(question.name for question in form.questions if question.is_free_text)


def _plan(collector: Collector) -> dict[int, frozenset[str]]:
    """Free-text question names of every form version registered in the store."""
    plan = {}
    for version in collector.store.form_versions():
        names = free_text_questions(collector.form(version.id))
        if names:
            plan[version.id] = names
    return plan


def preview_free_text(collector: Collector) -> ScrubResult:
    """How many free-text answers, in how many questionnaires, clearing would remove."""
    return collector.store.scrub_answers(_plan(collector), reason=FREE_TEXT_REASON, dry_run=True)


def clear_free_text(collector: Collector, operator_id: int | None = None) -> ScrubResult:
    """Remove every free-text answer of every questionnaire, history and drafts included.

    The current version of each questionnaire concerned gets a new version without them (so
    other laptops receive the clearing at their next merge, as an ordinary edit), the earlier
    versions and drafts are rewritten in place, and the database file is compacted so the text
    is really gone (see Store.scrub_answers for how revision hashes are kept). Backups made
    before stay as they were.
    """
    return collector.store.scrub_answers(
        _plan(collector), reason=FREE_TEXT_REASON, operator_id=operator_id
    )


# -- purge --------------------------------------------------------------------------------------


class PurgeRefused(StoreError):
    """A purge refused before anything was changed, with the French reason."""

    area_code = Code.PURGE


def _short(uuid: str) -> str:
    return uuid.removeprefix("uuid:")[:8]


def _describe(uuid: str, zone: str, created_at: str, operator: str | None) -> Text:
    when = datetime.fromisoformat(created_at).astimezone().strftime("%d/%m/%Y %H:%M")
    params = {"short": _short(uuid), "zone": zone or Text(Code.PURGE_NO_ZONE), "when": when}
    if operator:
        return Text(Code.PURGE_DESCRIBED_BY, {**params, "operator": operator})
    return Text(Code.PURGE_DESCRIBED, params)


def _listing(items: Sequence[str | Text]) -> Renderable:
    shown = TextLines(tuple(_as_text(item) for item in items[:_NAMED]), separator=", ")
    rest = len(items) - _NAMED
    if rest <= 0:
        return shown
    code = Code.PURGE_LISTING_MORE if rest > 1 else Code.PURGE_LISTING_MORE_ONE
    return Text(code, {"shown": shown, "count": rest})


def _as_text(item: str | Text) -> Renderable:
    """A listed item: a catalogued text, or a name shown as it is."""
    return item if isinstance(item, Text) else Text(Code.COMMAND, {"detail": item})


@dataclass(slots=True)
class PurgeCheck:
    """Whether a verified export file holds every finished questionnaire of the store."""

    bundle: Path
    form_id: str | None = None
    #: Finished (complete or deleted) questionnaires that a purge would remove.
    finished: int = 0
    revisions_in_bundle: int = 0
    #: Finished questionnaires absent from the file or present with another current version.
    missing: list[str] = field(default_factory=list)
    #: Questionnaires still being entered or corrected, described for a person.
    unfinished: list[Text] = field(default_factory=list)
    #: Why the export file itself was refused (damaged, modified, wrong passphrase...), in French.
    bundle_error: str | None = None
    #: The same reason, catalogued.
    bundle_reason: Text | None = None
    expected: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    @property
    def ok(self) -> bool:
        """True when the purge may go ahead."""
        return self.bundle_error is None and not self.missing and not self.unfinished

    @property
    def message(self) -> str:
        """The result in French, one sentence per problem."""
        return self.text.render()

    @property
    def text(self) -> Text:
        """The result, catalogued: one sentence per problem."""
        name = self.bundle.name
        if self.bundle_error is not None:
            reason = self.bundle_reason or Text(Code.COMMAND, {"detail": self.bundle_error})
            return Text(Code.PURGE_BUNDLE_REFUSED, {"reason": reason})
        problems: list[Text] = []
        if self.missing:
            code = Code.PURGE_MISSING if len(self.missing) > 1 else Code.PURGE_MISSING_ONE
            problems.append(
                Text(
                    code,
                    {
                        "count": len(self.missing),
                        "finished": self.finished,
                        "file": name,
                        "listing": _listing(self.missing),
                    },
                )
            )
        if self.unfinished:
            code = Code.PURGE_UNFINISHED if len(self.unfinished) > 1 else Code.PURGE_UNFINISHED_ONE
            problems.append(
                Text(code, {"count": len(self.unfinished), "listing": _listing(self.unfinished)})
            )
        if problems:
            return Text(
                Code.PURGE_NOTHING_PURGED, {"problems": TextLines(tuple(problems), separator=" ")}
            )
        if not self.finished:
            return Text(Code.PURGE_NOTHING_TO_PURGE, {"file": name})
        if self.finished == 1:
            return Text(Code.PURGE_READY_ONE, {"file": name})
        return Text(Code.PURGE_READY, {"count": self.finished, "file": name})

    def as_dict(self) -> dict[str, Any]:
        """The check as JSON values."""
        return {
            "ok": self.ok,
            "bundle": str(self.bundle),
            "form": self.form_id,
            "finished": self.finished,
            "missing": self.missing,
            "unfinished": [item.render() for item in self.unfinished],
            "bundle_error": self.bundle_error,
            "message": self.message,
        }


@dataclass(frozen=True, slots=True)
class PurgeResult:
    """A purge done: what went, and the backup made just before."""

    bundle: Path
    counts: PurgeCounts
    backup: Path | None
    #: On a server store, what may still hold the removed data (Store.compaction_note).
    remains: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """The result as JSON values."""
        return {
            "ok": True,
            "bundle": str(self.bundle),
            **self.counts.as_dict(),
            "backup": None if self.backup is None else str(self.backup),
            **({"remains": self.remains} if self.remains else {}),
        }

    @property
    def message(self) -> str:
        """The result in French."""
        return self.text.render()

    @property
    def text(self) -> TextLines:
        """The result, catalogued: what went, the backup that still holds it, the server's note."""
        texts: list[Renderable] = [
            Text(
                Code.PURGE_DONE,
                {
                    "questionnaires": counted(
                        self.counts.submissions, Code.COUNT_QUESTIONNAIRE, Code.COUNT_QUESTIONNAIRES
                    ),
                    "versions": counted(
                        self.counts.revisions, Code.COUNT_VERSION, Code.COUNT_VERSIONS
                    ),
                    "file": self.bundle.name,
                },
            )
        ]
        if self.backup is not None:
            texts.append(
                Text(
                    Code.PURGE_BACKUP_KEPT,
                    {"backup": self.backup.name, "folder": self.backup.parent.name},
                )
            )
        if self.remains:
            # remains is only ever Store.compaction_note: its catalogued text.
            texts.append(Text(Code.STORE_COMPACTION_NOTE))
        return TextLines(tuple(texts), separator=" ")


def check_purge(
    store: Store, bundle: Path | str, passphrase: str | None = None, *, form_id: str | None = None
) -> PurgeCheck:
    """Compare the store with a verified export file: may the campaign be purged?

    The file is read with the bundle reader, which checks every hash (and the encryption's
    authentication): a damaged, modified or wrongly unlocked file is refused. Every finished
    questionnaire of the store (or of form `form_id`) must be in it with the same current
    version(s); none may be in progress (a draft, or a correction not saved).
    """
    path = Path(bundle)
    check = PurgeCheck(bundle=path, form_id=form_id)
    try:
        incoming = read_bundle(path, passphrase)
    except BundleError as error:
        check.bundle_error = error.reason
        check.bundle_reason = error.reason_text
        return check
    # Only versions whose answers are in the file and hash to it count: a « redacted » version
    # (answers cleared, hash kept) proves nothing about its content and never stands for one.
    in_bundle = {
        rec["uuid"]: {rev["hash"] for rev in rec["revisions"] if not rev.get("redacted")}
        for rec in incoming.submissions
    }
    check.revisions_in_bundle = sum(len(hashes) for hashes in in_bundle.values())
    state = store.campaign_state(form_id)
    check.expected = dict(state.finished)
    check.finished = len(state.finished)
    check.missing = sorted(
        _short(uuid)
        for uuid, heads in state.finished.items()
        if not heads or not heads <= in_bundle.get(uuid, set())
    )
    names = {n.code: n.display_name for n in store_neighbourhoods(store)}
    check.unfinished = [
        _describe(uuid, names.get(zone, zone), created_at, operator)
        for uuid, zone, created_at, operator in state.unfinished
    ]
    return check


def purge_campaign(
    store: Store,
    bundle: Path | str,
    passphrase: str | None = None,
    *,
    form_id: str | None = None,
    operator_id: int | None = None,
    progress: Callable[[str], None] | None = None,
) -> PurgeResult:
    """Delete the campaign's questionnaires once a verified export file holds them all.

    Runs check_purge and raises PurgeRefused with its message when it fails; otherwise backs
    the store up ("avant-purge"), deletes the questionnaires with their whole history, drafts
    and second keyings, and compacts the file so the data is really gone. The audit row
    ("purge", the file name, the counts) stays. On any refusal nothing is changed. `progress`
    receives a French line at each step, for a progress indication.
    """

    def step(text: str) -> None:
        if progress is not None:
            progress(text)

    step("Vérification du fichier d'export…")
    check = check_purge(store, bundle, passphrase, form_id=form_id)
    if not check.ok:
        raise PurgeRefused(check.message)
    step("Sauvegarde de la base…")
    # The file copied, or the server dumped with pg_dump and the dump read back: without a
    # checked backup, nothing is purged.
    try:
        backup = backup_before_change(store, reason=REASON_PURGE)
    except StoreError as error:
        raise PurgeRefused(code=Code.PURGE_BACKUP_FAILED, error=error) from error
    step("Effacement des questionnaires et compactage de la base…")
    counts = store.purge_campaign(
        check.expected, form_id=form_id, target=check.bundle.name, operator_id=operator_id
    )
    return PurgeResult(
        bundle=check.bundle, counts=counts, backup=backup, remains=store.compaction_note
    )
