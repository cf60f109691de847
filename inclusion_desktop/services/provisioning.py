"""First-run set-up of a laptop: its name, the coordination, the mediators, the questionnaire.

Everything is written in one store transaction: a refusal half-way (a name or a code the store
will not keep, a full disk) leaves the store as it was, and the set-up can simply be redone.
The GUI's first-run wizard and the `setup` command both call `provision`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from inclusion_desktop.catalogue import Code, Text, TextLines
from inclusion_desktop.services.access import SECRET_PROBLEM_TEXTS, secret_problem

# Re-exported: the home screen's names of the settings provisioning writes (SettingKey values).
from inclusion_desktop.services.home_settings import SETTING_FORM as SETTING_FORM
from inclusion_desktop.services.home_settings import SETTING_OPERATOR as SETTING_OPERATOR
from inclusion_desktop.store import (
    ROLE_COORDINATOR,
    ROLE_MEDIATOR,
    DeviceInfo,
    OperatorInfo,
    Store,
    StoreError,
)
from inclusion_desktop.store.keys import SettingKey


@dataclass(frozen=True, slots=True)
class MediatorPlan:
    """A mediator to add, with their PIN ("" for none)."""

    name: str
    pin: str = ""


@dataclass(frozen=True, slots=True)
class SetupPlan:
    """What the first run sets up (the wizard's pages, or the `setup` command's options)."""

    device_name: str
    coordinator_name: str
    coordinator_password: str = ""
    mediators: tuple[MediatorPlan, ...] = ()
    form_id: str = "habitants"

    def problems(self) -> list[Text]:
        """What cannot be kept, each naming the field; empty when all is right."""
        problems = []
        if not " ".join(self.device_name.split()):
            problems.append(Text(Code.SETUP_DEVICE_NAME_EMPTY))
        if not " ".join(self.coordinator_name.split()):
            problems.append(Text(Code.SETUP_COORDINATOR_NAME_EMPTY))
        if self.coordinator_password:
            problem = secret_problem(self.coordinator_password)
            if problem is not None:
                reason = SECRET_PROBLEM_TEXTS[problem]
                problems.append(Text(Code.SETUP_COORDINATOR_PASSWORD, {"problem": reason}))
        seen = {" ".join(self.coordinator_name.split()).casefold()}
        for mediator in self.mediators:
            name = " ".join(mediator.name.split())
            if not name:
                problems.append(Text(Code.SETUP_MEDIATOR_UNNAMED))
                continue
            if name.casefold() in seen:
                problems.append(Text(Code.SETUP_NAME_TWICE, {"name": name}))
            seen.add(name.casefold())
            if mediator.pin:
                problem = secret_problem(mediator.pin)
                if problem is not None:
                    problems.append(
                        Text(Code.SETUP_MEDIATOR_PIN,
                             {"name": name, "problem": SECRET_PROBLEM_TEXTS[problem]})
                    )
        return problems


@dataclass(frozen=True, slots=True)
class SetupResult:
    """What `provision` wrote."""

    device: DeviceInfo
    coordinator: OperatorInfo
    mediators: tuple[OperatorInfo, ...]
    default_operator_id: int
    form_version_id: int | None = None

    def as_dict(self) -> dict[str, Any]:
        """For --json."""
        return {
            "ok": True,
            "device": self.device.name,
            "coordinator": self.coordinator.name,
            "coordinator_has_password": self.coordinator.has_secret,
            "mediators": [
                {"name": m.name, "has_pin": m.has_secret} for m in self.mediators
            ],
            "default_operator_id": self.default_operator_id,
            "form_version_id": self.form_version_id,
        }


def needs_first_run(store: Store) -> bool:
    """True until this laptop has a name and an operator."""
    return store.device() is None or not store.operators()


def provision(store: Store, plan: SetupPlan) -> SetupResult:
    """Writes the whole set-up in one transaction; StoreError (nothing written) if refused."""
    problems = plan.problems()
    if problems:
        raise StoreError(
            code=Code.FIRST_RUN_REFUSED, problems=TextLines(tuple(problems), separator=" ; ")
        )
    with store.transaction():
        device = store.set_device_name(plan.device_name)
        coordinator = store.add_operator(plan.coordinator_name, ROLE_COORDINATOR)
        if coordinator.role != ROLE_COORDINATOR:  # the name was already known as a mediator
            coordinator = store.set_operator_role(
                coordinator.id, ROLE_COORDINATOR, by_operator_id=None
            )
        if plan.coordinator_password:
            coordinator = store.set_operator_secret(
                coordinator.id, plan.coordinator_password, by_operator_id=coordinator.id
            )
        mediators = []
        for item in plan.mediators:
            mediator = store.add_operator(item.name, ROLE_MEDIATOR, by_operator_id=coordinator.id)
            if item.pin:
                mediator = store.set_operator_secret(
                    mediator.id, item.pin, by_operator_id=coordinator.id
                )
            mediators.append(mediator)
        # The laptop is then used by the mediators: the first one is the default enquêteur·rice
        # (asked their PIN at start-up when they have one); without mediators, the coordinator.
        default_operator = mediators[0].id if mediators else coordinator.id
        store.set_setting(SettingKey.ACTIVE_OPERATOR, str(default_operator))
        latest = store.latest_form_version(plan.form_id)
        version = None if latest is None else latest.id
        if version is not None:
            store.set_setting(SettingKey.ACTIVE_FORM_VERSION, str(version))
    return SetupResult(device, coordinator, tuple(mediators), default_operator, version)
