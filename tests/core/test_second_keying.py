"""A second, blind keying under way is saved on every answer and survives a restart."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_support import keyed_paper_form

from inclusion_desktop import cli
from inclusion_desktop.questionnaire.session import FormSession
from inclusion_desktop.services.campaign import clear_free_text
from inclusion_desktop.services.collect import Collector
from inclusion_desktop.store import Store

FORM = b"""| survey |
| | type | name | label |
| | text | numero_papier | Numero papier |
| | integer | age | Age |
| | text | commentaire | Commentaire |
| settings |
| | form_id | version |
| | saisie_papier | 1 |
"""
FIRST = {"numero_papier": "P-1", "age": "30", "commentaire": "premiere saisie"}
SECRET = "Mme ZEBRULON 06 12 34 56 78"


def _keyed(path: Path, source: bytes = FORM) -> tuple[Store, Collector, str, int]:
    """A store with paper form P-1 keyed once and finished."""
    store, uuid, op = keyed_paper_form(path, source, FIRST)
    return store, Collector(store), uuid, op


def test_second_keying_is_saved_and_restored_blind(tmp_path: Path) -> None:
    store, collector, uuid, op = _keyed(tmp_path / "saisie.sqlite")
    first_uuid, session = collector.start_verification("P-1", form_id="saisie_papier")
    assert first_uuid == uuid
    session.set_answer("age", "31")
    collector.save_verification_draft(uuid, session.answers, seconds=42)
    store.close()

    # As after a power cut: a new process opens the same file.
    store = Store.open(str(tmp_path / "saisie.sqlite"))
    collector = Collector(store)
    resumed = collector.resume_verification()
    assert resumed is not None
    resumed_uuid, resumed_session, seconds = resumed
    assert (resumed_uuid, seconds) == (uuid, 42)
    assert resumed_session.value("numero_papier") == "P-1"
    assert resumed_session.value("age") == "31"
    # Blind: nothing of the first keying comes back.
    assert resumed_session.value("commentaire") == ""
    # The first keying is untouched: no draft (correction) was opened on it.
    assert store.load_draft(uuid) is None
    assert store.head_answers(uuid) == FIRST

    verification, discrepancies = collector.finish_verification(uuid, resumed_session, op)
    assert [d.question for d in discrepancies] == ["age", "commentaire"]
    assert verification.answers["age"] == "31"
    assert store.second_keying() is None
    assert collector.resume_verification() is None
    store.close()


def test_abandoned_or_orphaned_second_keying_is_forgotten(tmp_path: Path) -> None:
    store, collector, uuid, op = _keyed(tmp_path / "saisie.sqlite")
    _uuid, session = collector.start_verification("P-1", form_id="saisie_papier")
    collector.save_verification_draft(uuid, session.answers)
    assert store.second_keying() is not None
    collector.abandon_verification()
    assert collector.resume_verification() is None

    # A questionnaire deleted meanwhile cannot be verified any more: its saved state is dropped.
    collector.save_verification_draft(uuid, session.answers)
    store.delete_submission(uuid, "doublon", op)
    assert collector.resume_verification() is None
    assert store.second_keying() is None
    store.close()


def test_clearing_free_text_and_purging_reach_the_second_keying(tmp_path: Path) -> None:
    store, collector, uuid, op = _keyed(tmp_path / "saisie.sqlite")
    _uuid, session = collector.start_verification("P-1", form_id="saisie_papier")
    session.set_answer("commentaire", SECRET)
    session.set_answer("age", "30")
    collector.save_verification_draft(uuid, session.answers, seconds=5)

    result = clear_free_text(collector, op)
    assert result.drafts == 1
    saved = store.second_keying()
    assert saved is not None and saved.seconds == 5
    assert saved.answers == {"numero_papier": "P-1", "age": "30"}

    state = store.campaign_state()
    counts = store.purge_campaign(state.finished, form_id=None, target="test")
    assert counts.submissions == 1 and counts.drafts == 1
    assert store.second_keying() is None
    store.close()


def test_a_file_only_the_blind_keyer_attached_is_kept_once_verified(tmp_path: Path) -> None:
    source = FORM.replace(b"| settings |", b"| | image | photo | Photo |\n| settings |")
    store, collector, uuid, op = _keyed(tmp_path / "saisie.sqlite", source)
    with store:
        photo = store.add_attachment(
            uuid, question="photo", file_name="façade.png", data=b"\x89PNG\r\n\x1a\n"
        )
        form_version = store.get_submission(uuid).form_version_id
        blind = FormSession(collector.form(form_version), {**FIRST, "photo": photo.file_name})
        info, discrepancies = collector.finish_verification(uuid, blind, op, seconds=45)
        # Files are chosen on disk, never compared: no discrepancy, resolved at once.
        assert discrepancies == [] and info.resolved_at is not None
        assert store.head_answers(uuid) == {**FIRST, "photo": "façade.png"}
        assert store.attachment_data(uuid, "façade.png") == b"\x89PNG\r\n\x1a\n"


REPEAT_FORM = FORM.replace(
    b"| settings |",
    b"| | begin_repeat | personne | Personne |\n"
    b"| | integer | age_personne | Age de la personne |\n"
    b"| | image | photo_personne | Photo |\n"
    b"| | begin_repeat | enfant | Enfant |\n"
    b"| | text | prenom | Prenom |\n"
    b"| | image | photo_enfant | Photo de l'enfant |\n"
    b"| | end_repeat | | |\n"
    b"| | end_repeat | | |\n"
    b"| settings |",
)


def test_a_file_the_blind_keyer_attached_inside_a_repeat_is_kept(tmp_path: Path) -> None:
    store, collector, uuid, op = _keyed(tmp_path / "saisie.sqlite", REPEAT_FORM)
    people = [
        {"age_personne": "40", "enfant": [{"prenom": "Lina"}]},
        {"age_personne": "12"},
    ]
    first = {**FIRST, "personne": people}
    with store:
        store.save_revision(uuid, first, op)
        photo = store.add_attachment(
            uuid, question="photo_personne", file_name="personne2.png", data=b"\x89PNG-2"
        )
        child = store.add_attachment(
            uuid, question="photo_enfant", file_name="lina.png", data=b"\x89PNG-L"
        )
        second_people = [
            {"age_personne": "40", "enfant": [{"prenom": "Lina", "photo_enfant": child.file_name}]},
            {"age_personne": "12", "photo_personne": photo.file_name},
        ]
        form_version = store.get_submission(uuid).form_version_id
        blind = FormSession(collector.form(form_version), {**FIRST, "personne": second_people})
        info, discrepancies = collector.finish_verification(uuid, blind, op, seconds=45)
        assert discrepancies == [] and info.resolved_at is not None
        kept = store.head_answers(uuid)["personne"]
        assert kept[1]["photo_personne"] == "personne2.png"
        assert kept[0]["enfant"][0]["photo_enfant"] == "lina.png"
        assert kept[0]["age_personne"] == "40"
        assert store.attachment_data(uuid, "personne2.png") == b"\x89PNG-2"


def test_repeat_discrepancies_reach_the_keying_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "saisie.sqlite"
    store, collector, uuid, op = _keyed(db, REPEAT_FORM)
    with store:
        people = [{"age_personne": "40"}, {"age_personne": "12"}]
        store.save_revision(uuid, {**FIRST, "personne": people}, op)
        form_version = store.get_submission(uuid).form_version_id
        blind = [{"age_personne": "40"}, {"age_personne": "21"}]
        session = FormSession(collector.form(form_version), {**FIRST, "personne": blind})
        _info, discrepancies = collector.finish_verification(uuid, session, op)
        assert [d.question for d in discrepancies] == ["personne[2]/age_personne"]
        report = collector.keying_report("saisie_papier")
        (row,) = [f for f in report.by_question if f.discrepancies]
        assert (row.key, row.verified, row.discrepancies) == ("personne[2]/age_personne", 1, 1)
        assert report.question_labels[row.key] == "Personne n° 2 : Age de la personne"
    assert cli.main(["keying", "report", "--db", str(db), "--form", "saisie_papier"]) == 0
    assert "  Personne n° 2 : Age de la personne : 1, 1, 1, 100,0 %" in capsys.readouterr().out
