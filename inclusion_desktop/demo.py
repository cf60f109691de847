"""Demo data: resident questionnaires answered at random but through the real skip logic and checks.

The same seed gives the same answers, so a newcomer, a test and a benchmark all see the same data.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from inclusion_desktop.catalogue import plural
from inclusion_desktop.questionnaire.bundled import RESIDENT_FORM
from inclusion_desktop.questionnaire.model import Form, Question, QuestionType
from inclusion_desktop.questionnaire.session import ACKNOWLEDGED, FormSession, Instance
from inclusion_desktop.services.collect import Collector, zone_answers
from inclusion_desktop.store import Store
from inclusion_desktop.store.fieldwork import ParadataRow
from inclusion_desktop.store.models import format_utc
from inclusion_desktop.territory import store_neighbourhoods

DEMO_OPERATORS = ("Samira B.", "Julien D.", "Nadia K.")

# A few answers made likelier so the demo looks like a real campaign (most people consent,
# most are met door to door); every other choice is drawn uniformly.
_PREFERRED = {"consentement": ("oui", 0.94), "mode_collecte": ("porte_a_porte", 0.6)}
_SAMPLE_TEXTS = (
    "Je voudrais apprendre à faire mes démarches seule.",
    "Pas d'ordinateur à la maison, seulement le téléphone.",
    "Les ateliers à la médiathèque sont trop loin.",
    "Mon fils m'aide quand il est là.",
    "Association du quartier",
    "Atelier le samedi matin",
)
# Questions about a structure (its name, its kind) get the name of a place, never a sentence.
_STRUCTURE_TEXTS = (
    "Association du quartier",
    "Centre social de Sous-le-Bois",
    "Espace France Services",
    "Médiathèque municipale",
    "Point numérique de la mairie",
    "Atelier du samedi matin",
)
_MAX_TRIES = 40


def random_answers(
    form: Form,
    rng: random.Random,
    *,
    prefilled: dict[str, str] | None = None,
    clock: Any = None,
    pages_seen: list[str] | None = None,
) -> dict[str, Any]:
    """Answers `form` like a respondent would: page by page, only valid answers.

    The keys of the pages shown are appended to `pages_seen`, in order, when it is given.
    """
    session = FormSession(form, clock=clock)
    for name, value in (prefilled or {}).items():
        session.set_answer(name, value)
    answered_pages: set[str] = set()
    while True:
        page = next((p for p in session.relevant_pages() if p.key not in answered_pages), None)
        if page is None:
            break
        answered_pages.add(page.key)
        if pages_seen is not None:
            pages_seen.append(page.key)
        if page.repeat_prompt is not None:
            prompt = page.repeat_prompt.name
            if len(session.instances(prompt, page.instance)) < rng.randint(0, 3):
                session.add_instance(prompt, page.instance)
                answered_pages.discard(page.key)
            continue
        for question in page.questions:
            if session.is_relevant(question.name, page.instance):
                if question.name not in (prefilled or {}):
                    _answer(session, question, page.instance, rng)
    return session.final_answers()


def _answer(
    session: FormSession, question: Question, instance: Instance, rng: random.Random
) -> None:
    optional = not question.required and question.required_if is None
    if question.type is QuestionType.NOTE:
        return
    if optional and question.type is QuestionType.TEXT and rng.random() < 0.8:
        return
    if optional and question.type is QuestionType.ACKNOWLEDGE and rng.random() < 0.95:
        return
    for _ in range(_MAX_TRIES):
        candidate = _candidate(session, question, instance, rng)
        session.set_answer(question.name, candidate, instance)
        if session.error_for(question, instance) is None:
            return
    session.set_answer(question.name, "", instance)


def _candidate(
    session: FormSession, question: Question, instance: Instance, rng: random.Random
) -> str:
    kind = question.type
    if kind in (QuestionType.SELECT_ONE, QuestionType.SELECT_MULTIPLE):
        names = [choice.name for choice in session.choices_for(question, instance)]
        if not names:
            return ""
        preferred = _PREFERRED.get(question.name)
        if preferred and preferred[0] in names and rng.random() < preferred[1]:
            return preferred[0]
        if kind is QuestionType.SELECT_ONE:
            return rng.choice(names)
        count = min(len(names), 1 + int(rng.expovariate(1.2)))
        return " ".join(sorted(rng.sample(names, count), key=names.index))
    if kind is QuestionType.INTEGER:
        if question.name == "age":
            return str(min(95, 15 + int(rng.expovariate(1 / 24))))
        return str(rng.randint(0, 12))
    if kind is QuestionType.DECIMAL:
        return f"{rng.uniform(0, 100):.1f}"
    if kind is QuestionType.DATE:
        return (dt.date.today() - dt.timedelta(days=rng.randint(0, 3650))).isoformat()
    if kind is QuestionType.TIME:
        return f"{rng.randint(8, 19):02d}:{rng.choice((0, 15, 30, 45)):02d}"
    if kind is QuestionType.ACKNOWLEDGE:
        return ACKNOWLEDGED
    if kind is QuestionType.RANGE:
        steps = int((question.range_end - question.range_start) / (question.range_step or 1))
        value = question.range_start + rng.randint(0, max(steps, 0)) * (question.range_step or 1)
        return str(int(value)) if value == int(value) else str(value)
    return rng.choice(_STRUCTURE_TEXTS if "structure" in question.name else _SAMPLE_TEXTS)


def fill_demo_store(
    store: Store,
    *,
    submissions: int,
    seed: int = 2021,
    device_name: str = "Démonstration",
    structures: bool = False,
    paradata: bool = False,
) -> int:
    """Adds `submissions` complete resident questionnaires to `store`; returns how many.

    With `structures`, the 66 structures of the 2021 study are added too (demo_structures); with
    `paradata`, each questionnaire gets page timings, so the fieldwork report has something to show.
    """
    rng = random.Random(seed)
    collector = Collector(store)
    versions = collector.register_bundled_forms()
    resident = next(v for v in versions if v.source_filename == RESIDENT_FORM)
    form = collector.form(resident.id)
    if store.device() is None:
        store.set_device_name(device_name)
    operators = [store.add_operator(name) for name in DEMO_OPERATORS]
    neighbourhoods = store_neighbourhoods(store)
    start = dt.datetime.now().astimezone() - dt.timedelta(days=30)
    for index in range(submissions):
        neighbourhood = rng.choice(neighbourhoods)
        operator = rng.choice(operators)
        moment = start + dt.timedelta(minutes=index * 30 * 24 * 60 // max(submissions, 1))
        pages: list[str] = []
        answers = random_answers(
            form,
            rng,
            prefilled=zone_answers(form, neighbourhood),
            clock=lambda m=moment: m,
            pages_seen=pages,
        )
        submission = store.create_submission(
            form_version_id=resident.id, zone=neighbourhood.code, operator_id=operator.id
        )
        store.finalize(submission.uuid, answers, operator.id)
        if paradata:
            store.record_paradata(
                _demo_paradata(store, form.form_id, submission.uuid, operator.name, answers,
                               pages, moment, rng)
            )
    if structures:
        from inclusion_desktop.demo_structures import fill_demo_structures

        fill_demo_structures(store)
    return submissions


def _demo_paradata(
    store: Store,
    form_id: str,
    uuid: str,
    operator: str,
    answers: dict[str, Any],
    pages: list[str],
    start: dt.datetime,
    rng: random.Random,
) -> ParadataRow:
    """Plausible page timings of one demo questionnaire (10 to 70 seconds a page)."""
    timed = []
    moment = start
    for page in pages:
        end = moment + dt.timedelta(seconds=rng.uniform(10, 70))
        timed.append((page, format_utc(moment), format_utc(end)))
        moment = end
    device = store.device()
    return ParadataRow(
        submission_uuid=uuid,
        form_id=form_id,
        zone=store.get_submission(uuid).zone,
        operator_name=operator,
        entry_mode="field",
        device_uuid=device.uuid if device else "",
        started_at=timed[0][1],
        ended_at=timed[-1][2],
        outcome="refused" if answers.get("consentement") == "non" else "complete",
        pages=timed,
    )


def demo_refusal(store: Store) -> str | None:
    """Why `demo` must not add fictitious questionnaires to this store; None when it may.

    Only an empty store or one holding demonstration data alone (its demo operators, nothing
    merged from another laptop) may receive them: fake complete questionnaires would otherwise
    mix with the real ones of a campaign.
    """
    submissions, foreign = store.submission_origins()
    if not submissions:
        return None
    names = {operator.name for operator in store.operators()}
    if foreign or not names <= set(DEMO_OPERATORS):
        return (
            f"cette base contient déjà {plural(submissions, 'questionnaire', 'questionnaires')} "
            "qui ne sont pas des données de démonstration : aucun questionnaire fictif n'y a été "
            "ajouté. Utilisez "
            "une base vide (--db demo.sqlite)."
        )
    return None
