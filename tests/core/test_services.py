"""The application services without Qt: the gate, provisioning, conflicts, settings, dashboard."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from inclusion_desktop.analysis import PopulationTargetsError
from inclusion_desktop.analysis.indicators import Comparison
from inclusion_desktop.analysis.weighting import FLAG_CAUTION
from inclusion_desktop.permissions import Action
from inclusion_desktop.services.access import (
    CoordinatorRequired,
    SecretProblem,
    open_action,
    require,
    secret_problem,
    unlock_with_password,
)
from inclusion_desktop.services.collect import SETTING_SHARE
from inclusion_desktop.services.conflicts import AuthorMissing, resolve_conflict
from inclusion_desktop.services.dashboard import zone_codes, zone_dashboard
from inclusion_desktop.services.provisioning import (
    SETTING_OPERATOR,
    MediatorPlan,
    SetupPlan,
    needs_first_run,
    provision,
)
from inclusion_desktop.services.settings import save_population_targets, set_verification_share
from inclusion_desktop.store import ROLE_COORDINATOR, Store, StoreError, WrongSecret
from tests.conflict_support import make_conflict

TARGETS = (
    "variable,modalite,libelle,effectif,source\n"
    "tranche_age,15_29,15-29 ans,22051,INSEE\n"
    "tranche_age,30_44,30-44 ans,22747,INSEE\n"
)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    """Claire (coordinator, password claire-pw) and Samira (mediator, no PIN)."""
    opened = Store.open(str(tmp_path / "base.sqlite"))
    opened.set_device_name("Coordination")
    claire = opened.add_operator("Claire", ROLE_COORDINATOR)
    opened.add_operator("Samira")
    opened.set_operator_secret(claire.id, "claire-pw", by_operator_id=claire.id)
    yield opened
    opened.close()


def _named(store: Store, name: str):  # type: ignore[no-untyped-def]
    return next(op for op in store.operators() if op.name == name)


def _settings_rows(store: Store, target: str) -> list[tuple[str | None, str]]:
    return [
        (row.operator_name, row.detail)
        for row in store.audit_log()
        if row.action == "reglage" and row.target == target
    ]


# -- the gate -----------------------------------------------------------------------------------


def test_everything_is_open_until_a_coordinator_has_a_password(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "neuve.sqlite")) as store:
        samira = store.add_operator("Samira")
        grant = require(store, Action.PURGE, samira)
        assert grant.operator == samira and grant.operator_id == samira.id
        assert require(store, Action.MERGE, None).operator is None
        # No password is asked, so none is checked either.
        assert unlock_with_password(store, Action.MERGE, "").operator is None


def test_coordinator_actions_need_a_coordinator_with_a_password(store: Store) -> None:
    samira, claire = _named(store, "Samira"), _named(store, "Claire")
    assert require(store, Action.EXPORT, samira).operator == samira
    with pytest.raises(CoordinatorRequired) as refused:
        require(store, Action.KEYING_REPORT, samira)
    assert "voir le rapport de saisie" in str(refused.value)
    assert require(store, Action.KEYING_REPORT, claire).operator == claire
    # A second coordinator without a password cannot vouch for themselves.
    lucie = store.add_operator("Lucie", ROLE_COORDINATOR)
    with pytest.raises(CoordinatorRequired):
        require(store, Action.SETTINGS, lucie)
    grant = unlock_with_password(store, Action.SETTINGS, "claire-pw", actor=samira)
    assert grant.operator is not None and grant.operator.name == "Claire"
    with pytest.raises(WrongSecret):
        unlock_with_password(store, Action.SETTINGS, "samira?")
    with pytest.raises(StoreError, match="mot de passe vide"):
        unlock_with_password(store, Action.SETTINGS, "")


def test_a_grant_is_for_one_action(store: Store) -> None:
    grant = require(store, Action.REPORTS, _named(store, "Claire"))
    with pytest.raises(ValueError, match="settings"):
        set_verification_share(store, grant, 0)
    assert store.get_setting(SETTING_SHARE) is None


def test_own_draft_is_mediator_work_anything_else_an_edit() -> None:
    assert open_action("draft", 3, 3) is Action.EDIT_OWN_DRAFT
    assert open_action("draft", 3, 4) is Action.EDIT_SUBMISSION
    assert open_action("draft", 3, None) is Action.EDIT_SUBMISSION
    assert open_action("complete", 3, 3) is Action.EDIT_SUBMISSION
    assert open_action("deleted", 3, 4) is None


def test_secret_rules() -> None:
    assert secret_problem("123") is SecretProblem.TOO_SHORT
    assert secret_problem(" 1234") is SecretProblem.EDGE_SPACE
    assert secret_problem("1234", "1235") is SecretProblem.MISMATCH
    assert secret_problem("1234", "1234") is None and secret_problem("1234") is None


# -- provisioning -------------------------------------------------------------------------------


def _plan(**changes: object) -> SetupPlan:
    values: dict[str, object] = {
        "device_name": "Portable 3",
        "coordinator_name": "Claire",
        "coordinator_password": "claire-pw",
        "mediators": (MediatorPlan("Samira", "2468"), MediatorPlan("Karim")),
    }
    values.update(changes)
    return SetupPlan(**values)  # type: ignore[arg-type]


def test_provisioning_writes_the_whole_set_up(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "neuve.sqlite")) as store:
        assert needs_first_run(store)
        result = provision(store, _plan())
        assert not needs_first_run(store)
        assert store.device() is not None and store.device().name == "Portable 3"  # type: ignore[union-attr]
        roles = {op.name: (op.role, op.has_secret) for op in store.operators()}
        assert roles == {
            "Claire": (ROLE_COORDINATOR, True),
            "Samira": ("mediateur", True),
            "Karim": ("mediateur", False),
        }
        assert store.get_setting(SETTING_OPERATOR) == str(_named(store, "Samira").id)
        assert result.as_dict()["mediators"] == [
            {"name": "Samira", "has_pin": True},
            {"name": "Karim", "has_pin": False},
        ]


def test_a_failure_half_way_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(str(tmp_path / "neuve.sqlite")) as store:

        def disk_full(*args: object, **kwargs: object) -> None:
            raise StoreError("Disque plein : rien n'a été enregistré.")

        # The last step fails, once the device and every operator have been written.
        monkeypatch.setattr(store, "set_setting", disk_full)
        with pytest.raises(StoreError, match="Disque plein"):
            provision(store, _plan())
        monkeypatch.undo()
        assert store.device() is None and store.operators() == []
        assert store.audit_log() == []
        assert needs_first_run(store)
        # Redone, it works.
        provision(store, _plan())
        assert len(store.operators()) == 3


def test_a_refused_plan_names_each_problem_and_writes_nothing(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "neuve.sqlite")) as store:
        plan = _plan(
            device_name=" ",
            coordinator_password="abc",
            mediators=(MediatorPlan("claire"), MediatorPlan("Samira", " 246")),
        )
        with pytest.raises(StoreError) as refused:
            provision(store, plan)
        message = str(refused.value)
        assert "nom de l'ordinateur" in message
        assert "mot de passe de la coordination" in message and "4 caractères" in message
        assert "claire : ce nom est déjà dans la liste" in message
        assert "code de Samira" in message and "espace" in message
        assert store.device() is None and store.operators() == []


# -- conflicts ----------------------------------------------------------------------------------


def test_a_conflict_is_resolved_in_the_name_of_who_chose(store: Store, tmp_path: Path) -> None:
    uuid = make_conflict(store, tmp_path / "portables")
    (conflict,) = store.conflicts()
    kept = next(h for h in conflict.heads if h.answers["age"] == "23")
    with pytest.raises(CoordinatorRequired):
        require(store, Action.RESOLVE_CONFLICTS, _named(store, "Samira"))
    grant = require(store, Action.RESOLVE_CONFLICTS, _named(store, "Claire"))
    revision = resolve_conflict(store, grant, uuid, chosen_hash=kept.content_hash)
    assert revision.answers == {"age": "23"} and store.conflicts() == []
    assert store.revisions(uuid)[-1].operator_id == _named(store, "Claire").id


def test_nobody_chosen_resolves_nothing(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "neuve.sqlite")) as store:
        store.set_device_name("Coordination")
        store.add_operator("Premier de la liste")
        uuid = make_conflict(store, tmp_path / "portables")
        (conflict,) = store.conflicts()
        grant = require(store, Action.RESOLVE_CONFLICTS, None)
        with pytest.raises(AuthorMissing, match="personne n'est choisi"):
            resolve_conflict(store, grant, uuid, chosen_hash=conflict.heads[0].content_hash)
        assert [c.uuid for c in store.conflicts()] == [uuid]


# -- audited settings ---------------------------------------------------------------------------


def test_the_double_entry_share_is_recorded_with_its_author(store: Store) -> None:
    claire = _named(store, "Claire")
    with pytest.raises(CoordinatorRequired):
        require(store, Action.SETTINGS, _named(store, "Samira"))
    grant = require(store, Action.SETTINGS, claire)
    set_verification_share(store, grant, 0)
    assert store.get_setting(SETTING_SHARE) == "0"
    assert _settings_rows(store, SETTING_SHARE) == [
        ("Claire", "double saisie : aucun questionnaire (pas de double saisie)")
    ]
    with pytest.raises(StoreError, match="Part de double saisie inconnue : 3"):
        set_verification_share(store, grant, 3)
    assert store.get_setting(SETTING_SHARE) == "0"


def test_population_targets_are_recorded_with_their_author(store: Store) -> None:
    grant = require(store, Action.POPULATION_TARGETS, _named(store, "Claire"))
    with pytest.raises(PopulationTargetsError):
        save_population_targets(store, grant, TARGETS.replace("22051", "douze"))
    assert store.get_setting("population_targets") is None
    save_population_targets(store, grant, TARGETS)
    assert store.get_setting("population_targets") == TARGETS
    save_population_targets(store, grant, TARGETS, zone="maubeuge/sous_le_bois")
    authors = [author for author, _ in _settings_rows(store, "population_targets")]
    zone_authors = [author for author, _ in _settings_rows(store, "population_targets_zones")]
    assert authors == ["Claire"] and zone_authors == ["Claire"]


# -- dashboard ----------------------------------------------------------------------------------


def _estimate(domain: str, section: str, label: str, p: float, n: int, **extra: object) -> dict:  # type: ignore[type-arg]
    row: dict[str, object] = {
        "domain": domain,
        "cross": None,
        "section": section,
        "section_label_fr": f"Section {section}",
        "section_label_en": "",
        "label_fr": label,
        "label_en": f"{label} (en)",
        "p": p,
        "ci_low": p - 0.1,
        "ci_high": p + 0.1,
        "n": n,
        "flag": None,
        "comparison_value": None,
        "comparisons": None,
        "comparison_source": None,
    }
    row.update(extra)
    return row


def test_dashboard_zones_and_lines_without_a_widget() -> None:
    france = Comparison(0.84, "CREDOC 2021", label_fr="France", label_en="France")
    estimates = pd.DataFrame(
        [
            _estimate("ensemble", "equipement", "Smartphone", 0.63, 192),
            _estimate(
                "b/quartier",
                "equipement",
                "Smartphone",
                0.5,
                20,
                flag=FLAG_CAUTION,
                comparison_value=0.84,
                comparisons=(france,),
                comparison_source="CREDOC 2021",
            ),
            _estimate("b/quartier", "equipement", "Ordinateur", 0.4, 18),
            _estimate("b/quartier", "aisance", "Pas à l'aise", 0.3, 19),
            _estimate("b/quartier", "aisance", "Croisé", 0.3, 19, cross="sexe"),
            _estimate("inconnu", "aisance", "Pas à l'aise", 0.3, 6),
            _estimate("a/quartier", "aisance", "Pas à l'aise", 0.3, 7),
        ]
    )
    names = {"b/quartier": "B", "a/quartier": "A"}
    assert zone_codes(estimates, names) == ["b/quartier", "a/quartier", "inconnu"]
    zone = zone_dashboard(estimates, "b/quartier", "fr")
    assert [s.title for s in zone.sections] == ["Section equipement", "Section aisance"]
    assert [line.label for line in zone.sections[0].lines] == ["Smartphone", "Ordinateur"]
    # The crossed breakdown is left to the PDF sheets.
    assert [line.label for line in zone.sections[1].lines] == ["Pas à l'aise"]
    first = zone.sections[0].lines[0]
    assert first.value.endswith("*") and first.flag == FLAG_CAUTION
    assert first.comparison == "84\u202f% (France)" and first.comparison_source == "CREDOC 2021"
    assert zone.sources == {"France": "CREDOC 2021"} and zone.respondents == 20
    english = zone_dashboard(estimates, "b/quartier", "en")
    assert english.sections[0].lines[1].label == "Ordinateur (en)"
    assert english.sections[0].title == "Section equipement"  # no English title: the French one


def test_a_transaction_belongs_to_its_thread(tmp_path: Path) -> None:
    """Another thread reading meanwhile sees the store as it was, not the writes under way."""
    import threading

    with Store.open(str(tmp_path / "neuve.sqlite")) as store:
        seen: list[list[str]] = []
        with store.transaction():
            store.add_operator("Claire")
            reader = threading.Thread(
                target=lambda: seen.append([op.name for op in store.operators()])
            )
            reader.start()
            reader.join()
            assert [op.name for op in store.operators()] == ["Claire"]
        assert seen == [[]]
        assert [op.name for op in store.operators()] == ["Claire"]


def test_the_home_screens_setting_names_are_the_stores() -> None:
    from inclusion_desktop.services.home_settings import SETTING_FORM, SETTING_OPERATOR
    from inclusion_desktop.store.keys import SettingKey

    assert SETTING_OPERATOR == SettingKey.ACTIVE_OPERATOR.value
    assert SETTING_FORM == SettingKey.ACTIVE_FORM_VERSION.value
