"""Fills any loaded form through FormSession with random valid answers, as an interviewer would.

Pages are taken in order as the session computes them (relevance, repeats and choice filters
follow each answer); each question gets the first of a few random candidates that the session
accepts (type, constraint, choice filter). Shared by the core round-trip tests and the GUI tests.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator

from inclusion_desktop.questionnaire.model import GEO_TYPES, MEDIA_TYPES, Question, QuestionType
from inclusion_desktop.questionnaire.session import ACKNOWLEDGED, FormSession, Page

#: Instances added to a repeat without repeat_count (0 to this many).
MAX_FREE_INSTANCES = 2


def candidates(session: FormSession, question: Question, instance: int | None,
               rng: random.Random) -> Iterator[str]:  # fmt: skip
    """Values to try for `question`, most likely valid first."""
    kind = question.type
    if kind in (QuestionType.SELECT_ONE, QuestionType.SELECT_MULTIPLE):
        names = [choice.name for choice in session.choices_for(question, instance)]
        first = names[:1] if rng.random() < 0.6 else []  # often "yes": deeper into the form
        rng.shuffle(names)
        names = first + [name for name in names if name not in first]
        yield from names[:12]
        if kind is QuestionType.SELECT_MULTIPLE and len(names) > 1:
            yield " ".join(sorted(names[:2]))
        return
    if kind is QuestionType.INTEGER:
        numbers = [rng.randint(0, 3), 1, 2, 0, rng.randint(4, 40), 18, 25, 45, 60, 100]
        numbers += [500, 1500, 2000, 3000, 5000, 20000]
        yield from (str(number) for number in numbers)
        return
    if kind is QuestionType.DECIMAL:
        yield from (f"{rng.uniform(0, 10):.2f}", "1.5", "0", "12.25", "100", "45.5")
        return
    if kind is QuestionType.RANGE:
        steps = int((question.range_end - question.range_start) / question.range_step)
        value = question.range_start + question.range_step * rng.randint(0, max(steps, 0))
        yield str(int(value)) if value == int(value) else str(value)
        return
    if kind is QuestionType.DATE:
        today = dt.date(2024, 5, 2)
        for days in (rng.randint(1, 300), 0, 400, 3650, 7300, 12000):
            yield (today - dt.timedelta(days=days)).isoformat()
        return
    if kind is QuestionType.TIME:
        yield from (f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}", "10:30")
        return
    if kind is QuestionType.DATETIME:
        yield f"2024-05-0{rng.randint(1, 9)}T{rng.randint(8, 18):02d}:15:00"
        return
    if kind in GEO_TYPES:
        lat, lon = 50.27 + rng.random() / 100, 3.97 + rng.random() / 100
        points = {QuestionType.GEOPOINT: 1, QuestionType.GEOTRACE: 2, QuestionType.GEOSHAPE: 4}
        count = points[kind]
        coordinates = [
            f"{lat + i / 1000:.6f} {lon + (i % 2) / 1000:.6f} 120 5" for i in range(count)
        ]
        if kind is QuestionType.GEOSHAPE:
            coordinates[-1] = coordinates[0]
        yield "; ".join(coordinates)
        return
    if kind in MEDIA_TYPES:
        yield f"{question.name}-{rng.randint(1, 99)}.jpg"
        return
    if kind is QuestionType.ACKNOWLEDGE:
        yield ACKNOWLEDGED
        return
    yield from (f"texte{rng.randint(1, 99)}", "1", "Ana", "0612345678", "12345678901", "abc")


def answer(session: FormSession, question: Question, instance: int | None,
           rng: random.Random, apply: Callable[[str], None] | None = None) -> bool:  # fmt: skip
    """Gives `question` a valid answer (through `apply`, else set_answer); False if none found.

    An optional question is left empty one time in four.
    """
    required = question.required or question.required_if is not None
    if not required and rng.random() < 0.25:
        return True
    store = apply or (lambda value: session.set_answer(question.name, value, instance))
    for value in candidates(session, question, instance, rng):
        store(value)
        if session.error_for(question, instance) is None:
            return True
    store("")
    return session.error_for(question, instance) is None


def fill(session: FormSession, seed: int) -> list[str]:
    """Answers every relevant page in order; returns the questions left invalid (ideally none)."""
    rng = random.Random(seed)
    stuck: list[str] = []
    wanted: dict[str, int] = {}
    for page in walk_pages(session):
        if page.repeat_prompt is not None:
            name = page.repeat_prompt.name
            target = wanted.setdefault(name, rng.randint(0, MAX_FREE_INSTANCES))
            if len(session.instances(name)) < target:
                session.add_instance(name)
            continue
        for question in page.questions:
            if question.read_only or question.type is QuestionType.NOTE:
                continue
            if not session.is_relevant(question.name, page.instance):
                continue
            if not answer(session, question, page.instance, rng):
                stuck.append(question.name)
    return stuck


def walk_pages(session: FormSession) -> Iterator[Page]:
    """The relevant pages in order, each once, following repeats as instances come and go.

    A repeat prompt is given again after each instance added from it.
    """
    done: set[str] = set()
    repeats = [group.name for group in session.form.groups if group.is_repeat]
    for _ in range(100_000):
        shape = tuple(len(session.instances(name)) for name in repeats)
        pages = session.pages()
        for page in pages:
            if page.key in done or not session.page_is_relevant(page):
                continue
            done.add(page.key)
            yield page
            if page.repeat_prompt is not None and shape != tuple(
                len(session.instances(name)) for name in repeats
            ):
                done.discard(page.key)
            if shape != tuple(len(session.instances(name)) for name in repeats):
                break
        else:
            return
    raise AssertionError("the form never ends")
