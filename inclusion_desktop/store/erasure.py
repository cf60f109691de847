"""Making personal data really go away: scrubbing answers from the history, purging, compacting.

The store keeps history append-only (triggers refuse to change or delete a revision, on SQLite
and on PostgreSQL);
the two operations here are the only ones allowed to lift that rule, inside their own write
transaction, for data protection (GDPR): clearing free-text answers and purging a campaign
whose data has been exported. Both end by compacting the file (VACUUM, then the WAL folded back
and emptied) so that the removed text is not left in free pages or in the -wal file.

The store only knows forms as bytes: which questions to scrub is decided by the caller
(inclusion_desktop.services.campaign), by form version.
"""

from __future__ import annotations

import json
import time
import uuid as uuid_module
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, text

from inclusion_desktop.catalogue import Code, Text, plural
from inclusion_desktop.store.attachments import delete_attachments
from inclusion_desktop.store.audit import write_audit
from inclusion_desktop.store.concurrency import lock_all_submissions
from inclusion_desktop.store.errors import StoreError
from inclusion_desktop.store.hashing import canonical_json, content_hash
from inclusion_desktop.store.keys import AuditAction
from inclusion_desktop.store.models import format_utc, utc_now
from inclusion_desktop.store.revisions import chunks
from inclusion_desktop.store.verification import SECOND_KEYING_SETTING

if TYPE_CHECKING:
    from pathlib import Path


@dataclass(frozen=True, slots=True)
class ScrubResult:
    """What clearing some answers did (or would do, for a preview)."""

    #: Questionnaires that had at least one of those answers somewhere (current or history).
    questionnaires: int
    #: Answers removed from the current state of questionnaires (their latest versions and
    #: the drafts being entered).
    answers: int
    #: New versions appended so other laptops receive the clearing as an ordinary edit.
    revisions_added: int
    #: Stored versions of the history whose answers were rewritten in place.
    revisions_scrubbed: int
    #: Drafts and second keyings rewritten.
    drafts: int
    verifications: int

    def as_dict(self) -> dict[str, int]:
        """The figures as JSON values."""
        return {
            "questionnaires": self.questionnaires,
            "answers": self.answers,
            "revisions_added": self.revisions_added,
            "revisions_scrubbed": self.revisions_scrubbed,
            "drafts": self.drafts,
            "verifications": self.verifications,
        }


@dataclass(frozen=True, slots=True)
class CampaignState:
    """The questionnaires of a store (or of one form) as a purge sees them."""

    #: Finalised or deleted questionnaires: uuid -> hashes of their current version(s) (several
    #: while in conflict).
    finished: dict[str, frozenset[str]]
    #: Questionnaires still being entered or corrected: (uuid, zone, started at, operator).
    unfinished: list[tuple[str, str, str, str | None]]


@dataclass(frozen=True, slots=True)
class PurgeCounts:
    """What a purge removed."""

    submissions: int
    revisions: int
    drafts: int
    verifications: int

    def as_dict(self) -> dict[str, int]:
        """The figures as JSON values."""
        return {
            "submissions": self.submissions,
            "revisions": self.revisions,
            "drafts": self.drafts,
            "verifications": self.verifications,
        }


def scrub(value: Any, names: frozenset[str]) -> tuple[Any, int]:
    """Remove the non-empty answers to `names` from answers (repeat instances included).

    Returns the new answers and how many were removed; unchanged answers come back as is.
    """
    if isinstance(value, dict):
        removed = 0
        result: dict[str, Any] = {}
        for key, item in value.items():
            if key in names and item not in (None, "", []):
                removed += 1
                continue
            new_item, count = scrub(item, names)
            removed += count
            result[key] = new_item
        return (result, removed) if removed else (value, 0)
    if isinstance(value, list) and any(isinstance(item, dict) for item in value):
        pairs = [scrub(item, names) for item in value]
        removed = sum(count for _, count in pairs)
        return ([item for item, _ in pairs], removed) if removed else (value, 0)
    return value, 0


@contextmanager
def history_unlocked(conn: Connection) -> Iterator[None]:
    """Lift the append-only triggers of the revision table for the current transaction only.

    The triggers are dropped and created again, with their own SQL, inside the caller's
    transaction: other connections never see them missing, and a rollback restores them.
    """
    if conn.dialect.name == "postgresql":
        # Same on PostgreSQL (migration 0012_postgres): DDL is transactional there too, and the
        # table stays locked against other writers until the transaction ends.
        conn.exec_driver_sql("ALTER TABLE revision DISABLE TRIGGER revision_append_only")
        yield
        conn.exec_driver_sql("ALTER TABLE revision ENABLE TRIGGER revision_append_only")
        return
    if conn.dialect.name != "sqlite":
        yield
        return
    triggers = conn.execute(
        text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'revision'")
    ).all()
    for name, _sql in triggers:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    yield
    for _name, sql in triggers:
        conn.exec_driver_sql(sql)


def _leaves(revisions: Mapping[str, tuple[Any, ...]]) -> set[str]:
    parents = {row[0] for row in revisions.values()} | {row[1] for row in revisions.values()}
    return set(revisions) - parents


def _marks(values: Sequence[Any]) -> tuple[str, dict[str, Any]]:
    return ", ".join(f":v{i}" for i in range(len(values))), {
        f"v{i}": value for i, value in enumerate(values)
    }


class ErasureStoreMixin:
    """Scrubbing, purging and compacting (mixed into Store)."""

    if TYPE_CHECKING:
        _engine: Engine
        _writer: Engine

        @property
        def path(self) -> Path | None: ...

    # -- free-text answers -------------------------------------------------------------------

    def scrub_answers(
        self,
        names_by_form: Mapping[int, frozenset[str]],
        *,
        reason: str,
        operator_id: int | None = None,
        dry_run: bool = False,
    ) -> ScrubResult:
        """Remove the answers to some questions everywhere on this laptop, keeping sync working.

        `names_by_form` gives, per form version id, the question names whose answers go.

        Revision hashes are the identity of a version in every store (parents point to them,
        merges compare them), so history is not rewritten with new hashes, which would fork
        every questionnaire on the other laptops. Instead:

        * each current version (each head, several in a conflict) holding such an answer gets
          a child version without it, status unchanged, reason `reason`, hashed as usual: other
          laptops receive the clearing as an ordinary edit at their next merge;
        * every stored version of the history (including those former heads) has its answers
          rewritten in place without them, keeping its hash. Such a version no longer verifies
          against its hash: the exporter flags it ``redacted`` and the bundle reader accepts it
          only as the parent of another version of the bundle (see sync.bundle);
        * drafts and second keyings are rewritten too.

        One audit row ("effacement_textes") records the counts; the file is then compacted.
        With `dry_run`, nothing is written and the counts say what would be done.
        """
        engine = self._engine if dry_run else self._writer
        totals = dict.fromkeys(
            ("answers", "revisions_added", "revisions_scrubbed", "drafts", "verifications"), 0
        )
        touched: set[int] = set()
        with engine.connect() as conn, conn.begin():
            if not dry_run:
                lock_all_submissions(conn)
            device_id = conn.execute(text("SELECT id FROM device WHERE is_local")).scalar()
            if device_id is None and not dry_run:
                device_id = conn.execute(
                    text(
                        "INSERT INTO device (uuid, name, is_local) VALUES (:uuid, :name, :local)"
                        " RETURNING id"
                    ),
                    {"uuid": str(uuid_module.uuid4()), "name": "Poste local", "local": True},
                ).scalar_one()
            now = format_utc(utc_now())
            new_revisions: list[dict[str, Any]] = []
            rewrites: list[dict[str, Any]] = []
            drafts: list[dict[str, Any]] = []
            verifications: list[dict[str, Any]] = []
            updated: set[int] = set()
            for form_version_id, names in names_by_form.items():
                if not names:
                    continue
                form_sha = conn.execute(
                    text("SELECT sha256 FROM form_version WHERE id = :id"), {"id": form_version_id}
                ).scalar()
                if form_sha is None:
                    continue
                subs: dict[int, str] = dict(
                    conn.execute(
                        text("SELECT id, uuid FROM submission WHERE form_version_id = :fv"),
                        {"fv": form_version_id},
                    ).all()
                )
                history: dict[int, dict[str, tuple[Any, ...]]] = {}
                for row in conn.execute(
                    text(
                        "SELECT r.submission_id, r.content_hash, r.parent_hash, r.parent2_hash,"
                        " r.number, r.status, r.answers, r.id FROM revision r"
                        " JOIN submission s ON s.id = r.submission_id"
                        " WHERE s.form_version_id = :fv"
                    ),
                    {"fv": form_version_id},
                ):
                    history.setdefault(row[0], {})[row[1]] = tuple(row[2:])
                for sub_id, revisions in history.items():
                    heads = _leaves(revisions)
                    for digest, (_p, _p2, number, status, answers, rev_id) in sorted(
                        revisions.items()
                    ):
                        cleaned, removed = scrub(json.loads(answers), names)
                        if not removed:
                            continue
                        touched.add(sub_id)
                        totals["revisions_scrubbed"] += 1
                        rewrites.append({"id": rev_id, "answers": canonical_json(cleaned)})
                        if digest not in heads:
                            continue
                        totals["answers"] += removed
                        new_revisions.append(
                            {
                                "sid": sub_id,
                                "number": number + 1,
                                "parent": digest,
                                "hash": content_hash(
                                    submission=subs[sub_id],
                                    form=form_sha,
                                    status=status,
                                    answers=cleaned,
                                    parent=digest,
                                    reason=reason,
                                ),
                                "answers": canonical_json(cleaned),
                                "status": status,
                                "reason": reason,
                                "at": now,
                                "device": device_id,
                                "operator": operator_id,
                            }
                        )
                        updated.add(sub_id)
                for sub_id, answers in conn.execute(
                    text(
                        "SELECT d.submission_id, d.answers FROM draft d"
                        " JOIN submission s ON s.id = d.submission_id"
                        " WHERE s.form_version_id = :fv"
                    ),
                    {"fv": form_version_id},
                ):
                    cleaned, removed = scrub(json.loads(answers), names)
                    if removed:
                        touched.add(sub_id)
                        totals["answers"] += removed
                        drafts.append(
                            {
                                "sid": sub_id,
                                "answers": json.dumps(
                                    cleaned, ensure_ascii=False, separators=(",", ":")
                                ),
                            }
                        )
                for vid, sub_id, answers in conn.execute(
                    text(
                        "SELECT v.id, v.submission_id, v.answers FROM verification v"
                        " JOIN submission s ON s.id = v.submission_id"
                        " WHERE s.form_version_id = :fv"
                    ),
                    {"fv": form_version_id},
                ):
                    cleaned, removed = scrub(json.loads(answers), names)
                    if removed:
                        touched.add(sub_id)
                        verifications.append({"id": vid, "answers": canonical_json(cleaned)})
            second_keying = _scrubbed_second_keying(conn, names_by_form)
            if second_keying is not None:
                touched.add(second_keying[0])
                totals["answers"] += second_keying[2]
            totals["revisions_added"] = len(new_revisions)
            totals["drafts"] = len(drafts) + (second_keying is not None)
            totals["verifications"] = len(verifications)
            result = ScrubResult(questionnaires=len(touched), **totals)
            if dry_run:
                conn.rollback()
                return result
            if rewrites:
                with history_unlocked(conn):
                    conn.execute(
                        text("UPDATE revision SET answers = :answers WHERE id = :id"), rewrites
                    )
            if new_revisions:
                conn.execute(
                    text(
                        "INSERT INTO revision (submission_id, number, parent_hash, content_hash,"
                        " answers, status, reason, created_at, device_id, operator_id)"
                        " VALUES (:sid, :number, :parent, :hash, :answers, :status, :reason,"
                        " :at, :device, :operator)"
                    ),
                    new_revisions,
                )
                conn.execute(
                    text("UPDATE submission SET updated_at = :at WHERE id = :sid"),
                    [{"at": now, "sid": sid} for sid in sorted(updated)],
                )
            if drafts:
                conn.execute(
                    text("UPDATE draft SET answers = :answers WHERE submission_id = :sid"), drafts
                )
            if verifications:
                conn.execute(
                    text("UPDATE verification SET answers = :answers WHERE id = :id"),
                    verifications,
                )
            if second_keying is not None:
                conn.execute(
                    text("UPDATE setting SET value = :value WHERE key = :key"),
                    {"value": second_keying[1], "key": SECOND_KEYING_SETTING},
                )
            write_audit(
                conn,
                action=AuditAction.FREE_TEXT_ERASURE,
                target=plural(result.questionnaires, "questionnaire", "questionnaires"),
                operator_id=operator_id,
                detail=canonical_json(result.as_dict()),
            )
        self.compact()
        return result

    # -- purge -------------------------------------------------------------------------------

    def campaign_state(self, form_id: str | None = None) -> CampaignState:
        """The finished questionnaires with their current version(s), and the unfinished ones."""
        with self._engine.connect() as conn, conn.begin():
            return _campaign_state(conn, form_id)

    def purge_campaign(
        self,
        expected: Mapping[str, frozenset[str]],
        *,
        form_id: str | None,
        target: str,
        operator_id: int | None = None,
    ) -> PurgeCounts:
        """Delete every questionnaire of the store (or of form `form_id`) with its whole history.

        `expected` is what the caller checked against a verified export: every finished
        questionnaire and its current version(s). The state is read again under the write lock
        and, if anything changed since (a new questionnaire, an edit, a draft), StoreError is
        raised and nothing is deleted. Submissions, revisions, their extra authors and export
        marks, drafts and second keyings go; export and merge logs, devices, operators and
        forms stay, and one audit row ("purge") records `target` and the counts. The file is
        then compacted. Backing up first is the caller's business.
        """
        with self._writer.connect() as conn, conn.begin():
            lock_all_submissions(conn)
            state = _campaign_state(conn, form_id)
            if state.unfinished or state.finished != dict(expected):
                raise StoreError(code=Code.PURGE_STORE_CHANGED)
            ids = _ids_of(conn, sorted(expected))
            counts = dict.fromkeys(("submissions", "revisions", "drafts", "verifications"), 0)
            with history_unlocked(conn):
                for chunk in chunks(ids):
                    marks, params = _marks(chunk)
                    revisions = f"SELECT id FROM revision WHERE submission_id IN ({marks})"
                    conn.execute(
                        text(f"DELETE FROM revision_author WHERE revision_id IN ({revisions})"),
                        params,
                    )
                    conn.execute(
                        text(f"DELETE FROM export_revision WHERE revision_id IN ({revisions})"),
                        params,
                    )
                    delete_attachments(conn, marks, params)
                    for table, key in (
                        ("revision", "revisions"),
                        ("draft", "drafts"),
                        ("verification", "verifications"),
                    ):
                        counts[key] += conn.execute(
                            text(f"DELETE FROM {table} WHERE submission_id IN ({marks})"), params
                        ).rowcount
                    counts["submissions"] += conn.execute(
                        text(f"DELETE FROM submission WHERE id IN ({marks})"), params
                    ).rowcount
            # A second keying under way of a purged questionnaire goes with it.
            if _second_keying_target(conn) in expected:
                counts["drafts"] += conn.execute(
                    text("DELETE FROM setting WHERE key = :key"), {"key": SECOND_KEYING_SETTING}
                ).rowcount
            result = PurgeCounts(**counts)
            write_audit(
                conn,
                action=AuditAction.PURGE,
                target=target,
                operator_id=operator_id,
                detail=canonical_json(
                    {**result.as_dict(), **({"form": form_id} if form_id else {})}
                ),
            )
        self.compact()
        return result

    # -- compaction --------------------------------------------------------------------------

    def compact(self) -> None:
        """Rebuild the file without free pages, then fold the WAL back and empty it.

        Deleted rows leave their bytes in free pages and in the -wal file until they are
        overwritten; VACUUM rewrites the database and a TRUNCATE checkpoint empties the WAL.
        On PostgreSQL the tables that held the removed data are rewritten (VACUUM FULL); see
        compaction_note for what the server may still keep.
        """
        if self._engine.dialect.name == "postgresql":
            self._compact_server()
            return
        if self._engine.dialect.name != "sqlite" or self.path is None:
            return
        raw = self._engine.raw_connection()
        try:
            driver = raw.driver_connection
            assert driver is not None
            # The connection is in autocommit (see engine._on_sqlite_connect): VACUUM may run.
            driver.execute("PRAGMA secure_delete=ON")
            driver.execute("VACUUM")
            for _attempt in range(50):
                busy = driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
                if not busy:
                    break
                time.sleep(0.1)
            else:
                raise StoreError(code=Code.PURGE_STORE_IN_USE)
            driver.execute("PRAGMA secure_delete=OFF")
        finally:
            raw.close()

    # Tables whose rows a scrub rewrites or a purge deletes.
    _COMPACTED_TABLES = (
        "attachment",
        "revision",
        "revision_author",
        "export_revision",
        "submission",
        "draft",
        "verification",
        "setting",
    )

    def _compact_server(self) -> None:
        """Rewrite the tables concerned on PostgreSQL, so dead rows no longer hold old text."""
        with self._engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql(f"VACUUM (FULL, ANALYZE) {', '.join(self._COMPACTED_TABLES)}")

    @property
    def compaction_note(self) -> str | None:
        """What may still hold removed text after a compaction, in French; None for a file."""
        text = self.compaction_text
        return None if text is None else text.render()

    @property
    def compaction_text(self) -> Text | None:
        """The same note, catalogued (shown in the interface language); None for a file."""
        if self._engine.dialect.name != "postgresql":
            return None
        return Text(Code.STORE_COMPACTION_NOTE)


def _second_keying_saved(conn: Connection) -> dict[str, Any] | None:
    """The autosaved second keying under way (see verification.py), or None."""
    value = conn.execute(
        text("SELECT value FROM setting WHERE key = :key"), {"key": SECOND_KEYING_SETTING}
    ).scalar()
    try:
        saved = json.loads(value) if value else None
    except ValueError:
        return None
    return saved if isinstance(saved, dict) else None


def _second_keying_target(conn: Connection) -> str | None:
    """The questionnaire whose second keying is under way, or None."""
    saved = _second_keying_saved(conn)
    return None if saved is None else str(saved.get("submission"))


def _scrubbed_second_keying(
    conn: Connection, names_by_form: Mapping[int, frozenset[str]]
) -> tuple[int, str, int] | None:
    """The second keying under way without the answers to clear.

    Returns (submission id, the setting's new value, answers removed), None when unchanged.
    """
    saved = _second_keying_saved(conn)
    if saved is None or not isinstance(saved.get("answers"), dict):
        return None
    row = conn.execute(
        text("SELECT id, form_version_id FROM submission WHERE uuid = :uuid"),
        {"uuid": str(saved.get("submission"))},
    ).first()
    names = names_by_form.get(row[1]) if row is not None else None
    if row is None or not names:
        return None
    cleaned, removed = scrub(saved["answers"], names)
    if not removed:
        return None
    value = json.dumps({**saved, "answers": cleaned}, ensure_ascii=False, separators=(",", ":"))
    return int(row[0]), value, removed


def _ids_of(conn: Connection, uuids: Sequence[str]) -> list[int]:
    ids: list[int] = []
    for chunk in chunks(uuids):
        marks, params = _marks(chunk)
        ids += conn.execute(
            text(f"SELECT id FROM submission WHERE uuid IN ({marks})"), params
        ).scalars()
    return ids


def _campaign_state(conn: Connection, form_id: str | None) -> CampaignState:
    scope = "" if form_id is None else " AND f.form_id = :form"
    params = {} if form_id is None else {"form": form_id}
    history: dict[str, dict[str, tuple[Any, ...]]] = {}
    for uuid, digest, parent, parent2 in conn.execute(
        text(
            "SELECT s.uuid, r.content_hash, r.parent_hash, r.parent2_hash FROM revision r"
            " JOIN submission s ON s.id = r.submission_id"
            " JOIN form_version f ON f.id = s.form_version_id"
            f" WHERE s.status != 'draft'{scope}"
        ),
        params,
    ):
        history.setdefault(uuid, {})[digest] = (parent, parent2)
    finished = {uuid: frozenset(_leaves(revisions)) for uuid, revisions in history.items()}
    unfinished = [
        (row[0], row[1], row[2], row[3])
        for row in conn.execute(
            text(
                "SELECT s.uuid, s.zone, s.created_at, o.name FROM submission s"
                " JOIN form_version f ON f.id = s.form_version_id"
                " LEFT JOIN operator o ON o.id = s.operator_id"
                " WHERE (s.status = 'draft' OR EXISTS"
                " (SELECT 1 FROM draft d WHERE d.submission_id = s.id))"
                f"{scope} ORDER BY s.created_at, s.id"
            ),
            params,
        )
    ]
    # A finished questionnaire without any revision cannot exist; keep the set exact anyway.
    for uuid in conn.execute(
        text(
            "SELECT s.uuid FROM submission s JOIN form_version f ON f.id = s.form_version_id"
            f" WHERE s.status != 'draft'{scope}"
        ),
        params,
    ).scalars():
        finished.setdefault(uuid, frozenset())
    return CampaignState(finished=finished, unfinished=unfinished)
