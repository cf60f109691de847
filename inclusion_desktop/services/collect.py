"""Entering questionnaires: the operations the GUI and the CLI share, on top of the store."""

from __future__ import annotations

import hashlib
import logging
import threading
from dataclasses import dataclass
from typing import Any

from inclusion_desktop.catalogue import Code
from inclusion_desktop.keying import (
    KEYED_FORM_ID,
    Discrepancy,
    KeyingReport,
    compare_keyings,
    keying_report,
    merge_verified,
    needs_second_keying,
)
from inclusion_desktop.questionnaire.bundled import (
    BUNDLED_FORMS,
    Neighbourhood,
    bundled_form_source,
)
from inclusion_desktop.questionnaire.loader import load_form_bytes
from inclusion_desktop.questionnaire.model import PAPER_NUMBER_NAME, Form, Question, QuestionType
from inclusion_desktop.questionnaire.session import FormSession, recalculated
from inclusion_desktop.store import (
    FormVersionInfo,
    RevisionInfo,
    Store,
    StoreError,
    VerificationInfo,
)
from inclusion_desktop.store.keys import SettingKey
from inclusion_desktop.store.territory_setting import SETTING_TERRITORY
from inclusion_desktop.territory import apply_territory_choices, load_territory

log = logging.getLogger(__name__)

#: Question names through which a form learns the neighbourhood chosen on the home screen.
COMMUNE_QUESTION = "commune"
NEIGHBOURHOOD_QUESTION = "quartier"
#: The question holding the number written on a paper questionnaire.
PAPER_NUMBER_QUESTION = PAPER_NUMBER_NAME
#: Settings of double entry: the verification share (1 = all, N = 1 in N) and the draw's seed.
SETTING_SHARE = SettingKey.VERIFICATION_SHARE
SETTING_SEED = SettingKey.CAMPAIGN_SEED
DEFAULT_SHARE = 5
DEFAULT_SEED = "diagnostic-inclusion-numerique"


@dataclass(frozen=True, slots=True)
class OpenQuestionnaire:
    """A questionnaire ready to be shown: its session and where to resume."""

    uuid: str
    session: FormSession
    position: str | None
    status: str


#: Seconds the draft-syncing thread waits for another draft before it ends.
SYNC_THREAD_IDLE_S = 2.0


class DraftSyncer:
    """Puts the drafts already committed on the disk, in a thread of its own.

    A draft is committed at once, so a crash of the application loses no answer; waiting for
    the disk (fsync, several milliseconds) happens here, while the next page is drawn. Requests
    made during one fsync are covered together by the next.
    """

    def __init__(self, store: Store) -> None:
        self._store = store
        self._changed = threading.Condition()
        self._requested = 0
        self._synced = 0
        self._thread: threading.Thread | None = None

    def request(self) -> None:
        """Asks for every draft committed so far to reach the disk soon."""
        with self._changed:
            self._requested += 1
            self._changed.notify_all()  # wakes the thread waiting for the next answer
            if self._thread is None:
                # A daemon: a sync under way never keeps the application from quitting.
                self._thread = threading.Thread(target=self._run, name="draft-sync", daemon=True)
                self._thread.start()

    def flush(self) -> None:
        """Returns once every draft committed before this call is on the disk."""
        with self._changed:
            target = self._requested
            while self._synced < target:
                self._changed.wait()

    def _run(self) -> None:
        # Caught up, the thread waits a moment for the next answer (starting a thread makes the
        # saving one wait for it), then ends: no idle thread keeps the store alive.
        while True:
            with self._changed:
                if self._synced == self._requested:
                    self._changed.wait(SYNC_THREAD_IDLE_S)
                if self._synced == self._requested:
                    self._thread = None
                    return
                target = self._requested
            try:
                self._store.sync_drafts()
            except OSError as error:
                # The draft stays committed; SQLite syncs it with the next durable write.
                log.warning("Brouillon non synchronisé sur le disque : %s", error)
            with self._changed:
                self._synced = target
                self._changed.notify_all()


class Collector:
    """Creates, resumes, saves and finalises questionnaires in one store."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._drafts = DraftSyncer(store)
        self._forms: dict[int, Form] = {}
        # The forms with the commune and quartier lists of the store's edited territory.
        self._territory_text: str | None = None
        self._territory_forms: dict[int, Form] = {}

    def register_bundled_forms(self) -> list[FormVersionInfo]:
        """Registers the shipped questionnaires (idempotent) and returns their versions."""
        # A version already registered is not parsed again: pyxform is slow to import and run,
        # and this runs at every start.
        known = {version.sha256: version for version in self.store.form_versions()}
        versions = []
        for filename in BUNDLED_FORMS:
            source = bundled_form_source(filename)
            existing = known.get(hashlib.sha256(source).hexdigest())
            if existing is not None:
                versions.append(existing)
                continue
            form = load_form_bytes(source, filename)
            version = self.store.register_form(
                source=source,
                filename=filename,
                form_id=form.form_id,
                version=form.version,
                title=form.title,
                sha256=form.sha256,
                media=form.media,
            )
            self._forms[version.id] = form
            versions.append(version)
        return versions

    def form(self, form_version_id: int) -> Form:
        """The loaded form of a registered version (loaded once per run).

        Its commune and quartier lists follow the territory edited in the store, if any (the
        stored XLSForm is unchanged).
        """
        if form_version_id not in self._forms:
            self._forms[form_version_id] = self.store.stored_form(form_version_id)
        form = self._forms[form_version_id]
        text = self.store.get_setting(SETTING_TERRITORY)
        if not text:
            return form
        if text != self._territory_text:
            self._territory_text, self._territory_forms = text, {}
        if form_version_id not in self._territory_forms:
            territory = load_territory(self.store)
            self._territory_forms[form_version_id] = apply_territory_choices(form, territory)
        return self._territory_forms[form_version_id]

    def new_questionnaire(
        self,
        form_version_id: int,
        neighbourhood: Neighbourhood | None,
        operator_id: int,
        *,
        language: str | None = None,
        entry_mode: str = "field",
        clock: Any = None,
    ) -> OpenQuestionnaire:
        """Creates a draft questionnaire, its answers prefilled with the chosen neighbourhood."""
        form = self.form(form_version_id)
        device = self.store.device()
        operator = next((op for op in self.store.operators() if op.id == operator_id), None)
        session = FormSession(
            form,
            language=language,
            device_id=device.uuid if device else "",
            username=operator.name if operator else "",
            clock=clock,
        )
        for name, value in zone_answers(form, neighbourhood).items():
            session.set_answer(name, value)
        submission = self.store.create_submission(
            form_version_id=form_version_id,
            zone=neighbourhood.code if neighbourhood else "",
            operator_id=operator_id,
            entry_mode=entry_mode,
        )
        self.store.save_draft(submission.uuid, session.answers, None)
        return OpenQuestionnaire(submission.uuid, session, None, submission.status)

    def open_questionnaire(self, uuid: str, *, language: str | None = None) -> OpenQuestionnaire:
        """Reopens a questionnaire where it was left (draft) or for review (complete)."""
        submission = self.store.get_submission(uuid)
        form = self.form(submission.form_version_id)
        draft = self.store.load_draft(uuid)
        if draft is not None:
            answers, position = draft
        else:
            answers, position = self.store.head_answers(uuid), None
        session = FormSession(form, answers, language=language)
        return OpenQuestionnaire(uuid, session, position, submission.status)

    def save_draft(self, uuid: str, answers: dict[str, Any], position: str | None) -> None:
        """Saves the answers as they are now (on every change), safe from a crash at return.

        The wait for the disk is left to a thread (DraftSyncer): the next page is not delayed.
        """
        self.store.save_draft(uuid, answers, position, durable=False)
        self._drafts.request()

    def flush_drafts(self) -> None:
        """Returns once every draft saved so far is on the disk, safe from a power cut."""
        self._drafts.flush()

    def complete(
        self,
        uuid: str,
        session: FormSession,
        operator_id: int,
        *,
        keying_seconds: int | None = None,
    ) -> RevisionInfo:
        """Saves a finished questionnaire: the first time finalises it, later a new revision.

        A paper questionnaire keyed in the office also gets its paper number and keying time
        recorded, so the number cannot be keyed twice and the keying report has its times.
        """
        answers = session.final_answers()
        submission = self.store.get_submission(uuid)
        if submission.status == "draft":
            revision = self.store.finalize(uuid, answers, operator_id)
        else:
            revision = self.store.save_revision(uuid, answers, operator_id)
        if submission.entry_mode == "keying":
            self.store.record_keying(
                uuid,
                paper_number=str(answers.get(PAPER_NUMBER_QUESTION, "")),
                seconds=keying_seconds,
            )
        return revision

    def discard_if_untouched(self, uuid: str, initial: dict[str, Any]) -> bool:
        """Removes a new questionnaire closed with nothing answered; True when removed.

        `initial` holds the answers it was created with (neighbourhood, start time): a draft
        still equal to them was opened by mistake, and must leave no empty questionnaire.
        """
        draft = self.store.load_draft(uuid)
        if draft is None or draft[0] != initial:
            return False
        return self.store.discard_untouched_draft(uuid)

    def correction_changed(self, uuid: str, session: FormSession) -> bool:
        """True when a finished questionnaire reopened for correction differs from its last version.

        The end time, set at every save, is no change of the person's answers.
        """
        head = self.store.revisions(uuid)[-1].answers
        ends = {q.name for q in session.form.questions if q.type is QuestionType.END}
        answers = {k: v for k, v in session.final_answers().items() if k not in ends}
        return answers != {k: v for k, v in head.items() if k not in ends}

    def paper_number_owner(self, form_id: str, number: str, *, exclude: str = "") -> str | None:
        """Describes the questionnaire already keyed with this paper number, or None."""
        uuid = self.store.find_paper_number(number, form_id=form_id, exclude=exclude or None)
        if uuid is None:
            return None
        owner = self.store.get_submission(uuid)
        created = owner.created_at.astimezone().strftime("%d/%m/%Y à %H:%M")
        name = next((op.name for op in self.store.operators() if op.id == owner.operator_id), "")
        # The name comes before the date: a name ending with a period (« Julien D. ») then never
        # meets the period that ends the caller's sentence.
        who = f" par {name}" if name else ""
        return f"questionnaire saisi{who} le {created}"

    # -- double entry -----------------------------------------------------------------------

    def verification_share(self) -> int:
        """1 to key every paper form twice, N for 1 in N, 0 for no double entry."""
        return int(self.store.get_setting(SETTING_SHARE) or DEFAULT_SHARE)

    def campaign_seed(self) -> str:
        """The seed of the verification draw: the same on every computer of the campaign.

        It defaults to a fixed value, so two offices keying the same paper number draw the same
        way; a coordinator can set another one (setting "campaign_seed") for a new campaign.
        """
        return self.store.get_setting(SETTING_SEED) or DEFAULT_SEED

    def needs_second_keying(self, paper_number: str) -> bool:
        """Whether this paper form is drawn for a second, blind keying."""
        share = self.verification_share()
        if share <= 0 or not paper_number.strip():
            return False
        return needs_second_keying(paper_number, share, self.campaign_seed())

    def start_verification(
        self, paper_number: str, *, form_id: str = "habitants"
    ) -> tuple[str, FormSession]:
        """A blank session to key a paper form a second time (blind), and the first keying's id."""
        uuid = self.store.find_paper_number(paper_number, form_id=form_id)
        if uuid is None:
            raise StoreError(code=Code.PAPER_NUMBER_UNKNOWN, number=paper_number)
        submission = self.store.get_submission(uuid)
        if submission.status != "complete":
            raise StoreError(code=Code.PAPER_FIRST_KEYING_UNFINISHED, number=paper_number)
        form = self.form(submission.form_version_id)
        session = FormSession(form)
        session.set_answer(PAPER_NUMBER_QUESTION, paper_number.strip())
        return uuid, session

    def save_verification_draft(
        self, uuid: str, answers: dict[str, Any], *, seconds: int = 0
    ) -> None:
        """Autosaves the second keying under way (on every answer), to survive a crash."""
        self.store.save_second_keying(uuid, answers, seconds)

    def resume_verification(self) -> tuple[str, FormSession, int] | None:
        """The second keying left under way: the first keying's id, its session, its seconds.

        The session holds the second keying's own answers only: it stays blind. A saved state
        whose questionnaire can no longer be verified (deleted, purged) is dropped.
        """
        saved = self.store.second_keying()
        if saved is None:
            return None
        try:
            submission = self.store.get_submission(saved.submission_uuid)
        except StoreError:
            submission = None
        if submission is None or submission.status != "complete":
            self.store.discard_second_keying()
            return None
        session = FormSession(self.form(submission.form_version_id), saved.answers)
        return saved.submission_uuid, session, saved.seconds

    def abandon_verification(self) -> None:
        """Drops the second keying under way."""
        self.store.discard_second_keying()

    def finish_verification(
        self, uuid: str, session: FormSession, operator_id: int, *, seconds: int | None = None
    ) -> tuple[VerificationInfo, list[Discrepancy]]:
        """Compares the second keying with the first and keeps it, with its discrepancies.

        The autosaved state of this second keying is removed in the same transaction.
        """
        form = self.form(self.store.get_submission(uuid).form_version_id)
        first = self.store.head_answers(uuid)
        second = session.final_answers()
        discrepancies = compare_keyings(form, first, second)
        info = self.store.add_verification(
            uuid,
            answers=second,
            discrepancies=[d.question for d in discrepancies],
            operator_id=operator_id,
            seconds=seconds,
        )
        # Resolved at once when nothing differs: a file only the second keyer attached is kept.
        kept = merge_verified(first, second, {}, form=form)
        if not discrepancies and kept != first:
            self.store.save_revision(uuid, recalculated(form, kept), operator_id)
        return info, discrepancies

    def resolve_verification(
        self, verification: VerificationInfo, picks: dict[str, str], operator_id: int
    ) -> RevisionInfo | None:
        """Saves the verified answers: the first keying with each discrepancy settled."""
        submission = self.store.get_submission(verification.submission_uuid)
        form = self.form(submission.form_version_id)
        first = self.store.head_answers(verification.submission_uuid)
        verified = recalculated(form, merge_verified(first, verification.answers, picks, form=form))
        return self.store.resolve_verification(
            verification.id, answers=verified, operator_id=operator_id
        )

    def keying_report(self, form_id: str = KEYED_FORM_ID) -> KeyingReport:
        """The keying and double-entry figures of this store."""
        version = self.store.latest_form_version(form_id)
        form = self.form(version.id) if version is not None else None
        return keying_report(
            self.store, form, share=self.verification_share(), seed=self.campaign_seed()
        )


def zone_answers(form: Form, neighbourhood: Neighbourhood | None) -> dict[str, str]:
    """Answers for the form's commune and quartier questions, when the lists have those choices."""
    if neighbourhood is None:
        return {}
    answers = {}
    for name, value in (
        (COMMUNE_QUESTION, neighbourhood.commune),
        (NEIGHBOURHOOD_QUESTION, neighbourhood.quartier),
    ):
        question = form.by_name.get(name)
        if isinstance(question, Question) and question.choices is not None:
            if any(choice.name == value for choice in question.choices.choices):
                answers[name] = value
    return answers
