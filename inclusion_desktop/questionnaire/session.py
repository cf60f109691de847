"""One questionnaire being entered: answers, skip logic, calculations and checks, kept current.

Relevance and calculations outside repeats are cached and, when an answer changes, only the
expressions that reference it (directly or through a calculation or a group) are evaluated again.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from inclusion_desktop.catalogue import Code, Said, Text, Translate
from inclusion_desktop.questionnaire.expressions import Expression, parse_expression
from inclusion_desktop.questionnaire.geo import geo_error
from inclusion_desktop.questionnaire.model import (
    GEO_TYPES,
    TEXT_REFERENCE,
    Choice,
    Form,
    Group,
    Question,
    QuestionType,
)

Answers = dict[str, Any]

#: Where an answer of a repeat lives: the instance index (a repeat of the main sheet) or the
#: indices from the outermost repeat down (`(1, 2)`: person 3 of household 2); None outside.
Instance = int | tuple[int, ...] | None


def instance_path(instance: Instance) -> tuple[int, ...]:
    """The indices of an instance from the outermost repeat down (() outside repeats)."""
    if instance is None:
        return ()
    if isinstance(instance, int):
        return (instance,)
    return tuple(instance)


def instance_of(path: tuple[int, ...]) -> Instance:
    """The Instance designated by `path`: None, an index, or the nested indices."""
    if not path:
        return None
    return path[0] if len(path) == 1 else path


def instance_suffix(instance: Instance) -> str:
    """`[2]` or `[1][3]`: how error keys and page keys write an instance."""
    return "".join(f"[{index}]" for index in instance_path(instance))


_INTEGER = re.compile(r"-?\d+")
_DECIMAL = re.compile(r"-?\d+(\.\d+)?")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?")
ACKNOWLEDGED = "OK"

# Messages of the engine itself, for forms that give none (required_message, constraint_message):
# catalogued, so the interface shows them in its own language (FormSession.translate).
_CODES = {
    "required": Code.SESSION_REQUIRED,
    "constraint": Code.SESSION_CONSTRAINT,
    "integer": Code.SESSION_INTEGER,
    "decimal": Code.SESSION_DECIMAL,
    "date": Code.SESSION_DATE,
    "date_month-year": Code.SESSION_DATE_MONTH_YEAR,
    "date_year": Code.SESSION_DATE_YEAR,
    "time": Code.SESSION_TIME,
    "number": Code.SESSION_NUMBER,
    "range": Code.SESSION_RANGE,
    "unknown_choice": Code.SESSION_UNKNOWN_CHOICE,
    "datetime": Code.SESSION_DATETIME,
    "geopoint": Code.SESSION_GEOPOINT,
    "geo_range": Code.SESSION_GEO_RANGE,
    "geotrace": Code.SESSION_GEOTRACE,
    "repeat_count": Code.SESSION_REPEAT_COUNT,
    "repeat_count_one": Code.SESSION_REPEAT_COUNT_ONE,
    "in_instance": Code.SESSION_IN_INSTANCE,
}
# Without an interface (command line, imports), a form in English gets them in English.
_MESSAGES_EN = {
    "required": "This question is required.",
    "constraint": "This answer is not accepted.",
    "integer": "Enter a whole number.",
    "decimal": "Enter a number (for example 12.5).",
    "date": "Enter a date as DD/MM/YYYY.",
    "date_month-year": "Enter a month and a year as MM/YYYY.",
    "date_year": "Enter a four-digit year (YYYY).",
    "time": "Enter a time as HH:MM.",
    "number": "Enter a number.",
    "range": "Enter a number between {low} and {high}.",
    "unknown_choice": "This choice is not in the list: {choices}.",
    "datetime": "Enter a date and time as YYYY-MM-DDTHH:MM.",
    "geopoint": 'Enter "latitude longitude" (for example 50.27 3.97), '
    "optionally followed by altitude and accuracy.",
    "geo_range": "Latitude between -90 and 90, longitude between -180 and 180.",
    "geotrace": 'Enter at least {count} "latitude longitude" points separated by ";".',
    "repeat_count": "{extra} more repetitions than expected ({count}): remove the extra ones.",
    "repeat_count_one": "{extra} more repetition than expected ({count}): remove it.",
    "in_instance": "{group} no. {number}: {message}",
}


@dataclass(frozen=True, slots=True)
class Page:
    """What the field mode shows at once: one question, a field-list group, or a repeat prompt."""

    questions: tuple[Question, ...]
    group: Group | None = None
    instance: Instance = None
    repeat_prompt: Group | None = None

    @property
    def key(self) -> str:
        """A stable identifier of the page, saved with drafts to reopen at the same place."""
        if self.repeat_prompt is not None:
            return f"+{self.repeat_prompt.name}{instance_suffix(self.instance)}"
        on_one_page = self.group is not None and self.group.is_field_list
        first = self.group.name if on_one_page and self.group else self.questions[0].name
        return f"{first}{instance_suffix(self.instance)}"


class _Context:
    """Resolves ${name}, '.' and choice columns for one evaluation."""

    __slots__ = ("session", "repeat", "instance", "current_value", "choice")

    def __init__(
        self,
        session: FormSession,
        repeat: str | None = None,
        instance: Instance = None,
        current_value: str = "",
        choice: Choice | None = None,
    ) -> None:
        self.session = session
        self.repeat = repeat
        # The instance of `repeat` and of each repeat around it, from the outermost.
        self.instance = instance_path(instance)[: len(session.repeat_chain(repeat))]
        self.current_value = current_value
        self.choice = choice

    def nodeset(self, name: str) -> list[str | dt.date | dt.datetime]:
        session = self.session
        item = session.form.by_name.get(name)
        if item is None:
            return []  # a path to nothing (pyxform checks ${name}; JavaRosa reads it as empty)
        if isinstance(item, Group):
            if item.is_repeat:
                outer = self._shared_path(session.repeat_chain(item.repeat))
                return [""] * len(session.instance_paths(name, outer))
            return [""]
        if item.repeat is None:
            return [session.typed_value(item, None)]
        if item.repeat == self.repeat and self.instance:  # the instance being evaluated
            return [session.typed_value(item, self.instance)]
        # The instances shared with the context are fixed (../ in the XForm), the others
        # enumerated: from inside household 2, ${age} of a person is household 2's persons.
        outer = self._shared_path(session.repeat_chain(item.repeat))
        paths = session.instance_paths(item.repeat, outer)
        return [session.typed_value(item, path) for path in paths]

    def _shared_path(self, chain: tuple[str, ...]) -> tuple[int, ...]:
        """The context's indices for the repeats it shares with `chain`, from the outermost."""
        mine = self.session.repeat_chain(self.repeat)
        shared = 0
        while shared < min(len(chain), len(mine), len(self.instance)):
            if chain[shared] != mine[shared]:
                break
            shared += 1
        return self.instance[:shared]

    def current(self) -> str:
        return self.current_value

    def all_nodes(self, name: str) -> list[str | dt.date | dt.datetime]:
        """Every value of `name` across the instances of its repeat (indexed-repeat)."""
        session = self.session
        item = session.form.by_name.get(name)
        if not isinstance(item, Question) or item.repeat is None:
            return self.nodeset(name)
        outer = self._shared_path(session.repeat_chain(item.repeat)[:-1])
        paths = session.instance_paths(item.repeat, outer)
        return [session.typed_value(item, path) for path in paths]

    def indexed_node(self, name: str, numbers: list[float]) -> str | dt.date | dt.datetime:
        """indexed-repeat() with one 1-based index per repeat level, the innermost last."""
        session = self.session
        item = session.form.by_name.get(name)
        if not isinstance(item, Question) or item.repeat is None:
            return ""
        chain = session.repeat_chain(item.repeat)
        if any(number != number or number < 1 for number in numbers) or len(numbers) > len(chain):
            return ""
        outer = self._shared_path(chain[: len(chain) - len(numbers)])
        path = outer + tuple(int(number) - 1 for number in numbers)
        if len(path) != len(chain) or session.row(item.repeat, path) is None:
            return ""
        return session.typed_value(item, path)

    def pulldata(self, file: str, column: str, key_column: str, key: str) -> str:
        """pulldata(): `column` of the row of the form's CSV `file` whose `key_column` is key."""
        return self.session.form.lookup(file, column, key_column, key)

    def choice_label(self, question: str, value: str) -> str:
        item = self.session.form.by_name.get(question)
        if isinstance(item, Question) and item.choices is not None:
            return item.choices.label_of(
                value, self.session.language, self.session.form.default_language
            )
        return value

    def choice_field(self, name: str) -> str:
        if self.choice is None:
            return ""
        if name == "name":
            return self.choice.name
        if name == "label":
            return self.choice.label.get(self.session.language, self.session.form.default_language)
        return self.choice.extra.get(name, "")

    def position(self) -> int:
        return self.instance[-1] + 1 if self.instance else 0

    def now(self) -> dt.datetime:
        return self.session.now()


class FormSession:
    """The answers to one form, with relevance, calculations and validation kept up to date."""

    def __init__(
        self,
        form: Form,
        answers: Mapping[str, Any] | None = None,
        *,
        language: str | None = None,
        device_id: str = "",
        username: str = "",
        clock: Any = None,
    ) -> None:
        self.form = form
        self.language = form.label_language(language)
        #: The interface's translator of the engine's own messages (a front end sets it); None:
        #: French, or English for a form in English.
        self.translate: Translate | None = None
        self._clock = clock or (lambda: dt.datetime.now().astimezone())
        self.answers: Answers = {}
        self._relevant: dict[str, bool] = {}
        self._static = _form_static(form)
        self._dependents = self._static.dependents
        self._filtered_by = self._static.filtered_by
        self._order = self._static.order
        self._pages_built: tuple[tuple[object, ...], tuple[Page, ...]] | None = None
        self._counted_by: set[str] = set()
        for group in form.groups:
            if group.repeat_count is not None:
                self._counted_by |= set(group.repeat_count.references) | {group.name}
                self._counted_by |= {name for name in group.repeat_count.references}
        if answers:
            self.answers.update(_copy_answers(answers))
        else:
            self._fill_new(device_id, username)
            # Defaults written as expressions come before calculations, as in ODK (once()).
            for question in form.questions:
                if question.dynamic_default is not None and question.repeat is None:
                    value = question.dynamic_default.evaluate_str(_Context(self))
                    if value != "":
                        self.answers[question.name] = value
        self._recompute_all()
        self._sync_repeat_counts()

    # -- clock and metadata ------------------------------------------------------------------

    def now(self) -> dt.datetime:
        """The current time (a clock can be given for reproducible demo data and tests)."""
        value: dt.datetime = self._clock()
        return value

    def _fill_new(self, device_id: str, username: str) -> None:
        now = self.now()
        for question in self.form.questions:
            if question.repeat is not None:
                continue
            if question.default is not None:
                self.answers[question.name] = question.default
            elif question.type is QuestionType.START:
                self.answers[question.name] = now.isoformat(timespec="seconds")
            elif question.type is QuestionType.TODAY:
                self.answers[question.name] = now.date().isoformat()
            elif question.type is QuestionType.DEVICEID:
                self.answers[question.name] = device_id
            elif question.type is QuestionType.USERNAME:
                self.answers[question.name] = username

    # -- values ------------------------------------------------------------------------------

    def _apply_dynamic_defaults(self, repeat: str | None, index: Instance) -> None:
        """Defaults written as expressions (`${q}`, `today()`), evaluated once, as ODK does."""
        for question in self.form.questions:
            if question.dynamic_default is None or question.repeat != repeat:
                continue
            if self.value(question.name, index) != "":
                continue
            value = question.dynamic_default.evaluate_str(_Context(self, repeat, index))
            if value != "":
                self.set_answer(question.name, value, index)

    def expected_instances(self, repeat: str, outer: Instance = None) -> int | None:
        """The number of instances repeat_count asks for, or None (added one by one).

        For a repeat in a repeat: in instance `outer` of the repeat around it, or added up.
        """
        group = self.form.by_name.get(repeat)
        if not isinstance(group, Group) or group.repeat_count is None:
            return None
        depth = len(self.repeat_chain(group.repeat))
        path = instance_path(outer)[:depth]
        if len(path) < depth:
            return sum(
                self.expected_instances(repeat, instance_of(each)) or 0
                for each in self.instance_paths(group.repeat or "", path)
            )
        if not self.is_relevant(repeat, instance_of(path)):
            return 0
        return _count(group.repeat_count.evaluate_number(_Context(self, group.repeat, path)))

    def _outer_paths(self, group: Group) -> list[tuple[int, ...]]:
        """The instances of the repeat around `group` ([()] for a repeat of the main sheet)."""
        return [()] if group.repeat is None else self.instance_paths(group.repeat)

    def _sync_repeat_counts(self) -> None:
        """Adds the instances repeat_count asks for; drops surplus instances only when empty."""
        # Sheet order: an outer repeat's new instances get their own inner instances next.
        for group in self.form.groups:
            if not group.is_repeat or group.repeat_count is None:
                continue
            for outer in self._outer_paths(group):
                expected = self.expected_instances(group.name, instance_of(outer))
                if expected is None:
                    continue
                instances = self.instances(group.name, instance_of(outer))
                if len(instances) < expected:
                    # All the missing instances first, then one propagation: adding them one by
                    # one re-evaluated every dependent once per instance.
                    while len(instances) < expected:
                        self._append_instance(group, outer)
                    self._propagate(self._repeat_names(group))
                while len(instances) > expected and not self._filled(group, instances[-1]):
                    self.remove_instance(group.name, instance_of((*outer, len(instances) - 1)))

    def _surplus(self, group: Group) -> list[tuple[tuple[int, ...], int]]:
        """(outer instance, extra) for each instance of the outer repeat holding too many."""
        found = []
        for outer in self._outer_paths(group):
            expected = self.expected_instances(group.name, instance_of(outer))
            held = len(self.instances(group.name, instance_of(outer)))
            if expected is not None and held > expected:
                found.append((outer, held - expected))
        return found

    def surplus_by_instance(self) -> list[tuple[str, tuple[int, ...], int]]:
        """(repeat, outer instance, extra) for each instance of an outer repeat holding too many.

        The outer instance is () for a repeat of the main sheet.
        """
        return [
            (group.name, outer, extra)
            for group in self.form.groups
            if group.is_repeat and group.repeat_count is not None
            for outer, extra in self._surplus(group)
        ]

    def surplus_instances(self) -> dict[str, int]:
        """Repeats holding more filled instances than their repeat_count now asks for."""
        surplus: dict[str, int] = {}
        for name, _outer, extra in self.surplus_by_instance():
            surplus[name] = surplus.get(name, 0) + extra
        return surplus

    def drop_surplus(self, repeat: str) -> None:
        """Removes the last instances of `repeat` beyond its repeat_count (the person agreed)."""
        group = self.form.by_name[repeat]
        assert isinstance(group, Group)
        for outer, extra in self._surplus(group):
            instances = self.instances(repeat, instance_of(outer))
            for _ in range(extra):
                self.remove_instance(repeat, instance_of((*outer, len(instances) - 1)))

    def is_filled(self, repeat: str, index: Instance) -> bool:
        """True when a person answered something in instance `index` of `repeat`."""
        group = self.form.by_name[repeat]
        assert isinstance(group, Group)
        values = self.row(repeat, instance_path(index))
        return values is not None and self._filled(group, values)

    def _filled(self, group: Group, values: Mapping[str, Any]) -> bool:
        """True when a person answered in this instance (defaults and calculations aside)."""
        for question in _questions_in(group):
            if question.calculation is None and values.get(question.name, "") not in (
                "",
                question.default or "",
            ):
                return True
        return any(
            self._filled(inner, row)
            for inner in _inner_repeats(group)
            for row in values.get(inner.name, ())
            if isinstance(row, dict)
        )

    def repeat_chain(self, repeat: str | None) -> tuple[str, ...]:
        """`repeat` and the repeats around it, from the outermost (() for None)."""
        return () if repeat is None else self._static.chains.get(repeat, ())

    def instances(self, repeat: str, outer: Instance = None) -> list[dict[str, Any]]:
        """The answer dicts of the instances of `repeat` (a live list).

        A repeat inside a repeat has instances in each instance of the outer one, `outer`
        (an empty, unattached list when `outer` does not designate one).
        """
        container: dict[str, Any] | None = self.answers
        chain = self.repeat_chain(repeat)
        if len(chain) <= 1:  # a repeat of the main sheet, by far the most common
            value = self.answers.setdefault(repeat, [])
            if not isinstance(value, list):
                value = self.answers[repeat] = []
            return value
        path = instance_path(outer)
        if len(path) < len(chain) - 1:
            return []
        for name, index in zip(chain[:-1], path, strict=False):
            rows = container.get(name) if container is not None else None
            container = rows[index] if isinstance(rows, list) and index < len(rows) else None
        if container is None:
            return []
        value = container.setdefault(repeat, [])
        if not isinstance(value, list):
            value = container[repeat] = []
        return value

    def instance_paths(self, repeat: str, outer: tuple[int, ...] = ()) -> list[tuple[int, ...]]:
        """Every instance of `repeat` (within the instances `outer` of the repeats around it)."""
        chain = self.repeat_chain(repeat)
        outer = outer[: len(chain)]
        if outer and self.row(chain[len(outer) - 1], outer) is None:
            return []  # no such instance
        if len(chain) == 1:
            return [outer] if outer else [(i,) for i in range(len(self.instances(repeat)))]
        paths: list[tuple[int, ...]] = [()]
        for depth, name in enumerate(chain):
            if depth < len(outer):
                paths = [(*path, outer[depth]) for path in paths]
                continue
            paths = [
                (*path, index)
                for path in paths
                for index in range(len(self.instances(name, instance_of(path))))
            ]
        return paths

    def row(self, repeat: str, path: tuple[int, ...]) -> dict[str, Any] | None:
        """The answers of one instance of `repeat`, or None when there is no such instance."""
        if not path:
            return None
        rows = self.instances(repeat, instance_of(path[:-1]))
        return rows[path[-1]] if 0 <= path[-1] < len(rows) else None

    def _instance_row(self, name: str, instance: Instance) -> dict[str, Any] | None:
        """The instance that holds question `name`'s answer (None outside repeats or absent)."""
        question = self.form.by_name[name]
        if question.repeat is None:
            return None
        depth = len(self.repeat_chain(question.repeat))
        if depth == 1:  # a repeat of the main sheet: one index, or the first of a path
            index = instance if isinstance(instance, int) else instance[0] if instance else -1
            rows = self.instances(question.repeat)
            return rows[index] if 0 <= index < len(rows) else None
        path = instance_path(instance)[:depth]
        return self.row(question.repeat, path) if len(path) == depth else None

    def value(self, name: str, instance: Instance = None) -> str:
        """The stored answer of `name` ("" when none), whether or not it is relevant."""
        question = self.form.by_name[name]
        repeat = question.repeat
        if isinstance(question, Question) and repeat is not None:
            if isinstance(instance, int) and len(self._static.chains[repeat]) == 1:
                rows = self.answers.get(repeat)  # the most common case, read directly
                if isinstance(rows, list) and 0 <= instance < len(rows):
                    return str(rows[instance].get(name, ""))
                return ""
            values = self._instance_row(name, instance)
            return "" if values is None else str(values.get(name, ""))
        return str(self.answers.get(name, ""))

    def typed_value(self, question: Question, instance: Instance) -> str | dt.date:
        """The value expressions see: "" when not relevant, a date for date questions."""
        if not self.is_relevant(question.name, instance):
            return ""
        value = self.value(question.name, instance)
        if question.type is QuestionType.DATE and _DATE.fullmatch(value):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                return value
        return value

    def set_answer(self, name: str, value: str, instance: Instance = None) -> set[str]:
        """Stores an answer, updates what depends on it and returns the names that changed."""
        question = self.form.question(name)
        if question.repeat is not None:
            values = self._instance_row(name, instance)
            if values is None:
                raise IndexError(f"{name}: instance {instance} absente")
            if values.get(name, "") == value:
                return set()
            values[name] = value
            depth = len(self.repeat_chain(question.repeat))
            self._recompute_instance(question.repeat, instance_path(instance)[:depth])
        else:
            if self.answers.get(name, "") == value:
                return set()
            self.answers[name] = value
        changed = {name} | self._propagate([name])
        changed |= self._drop_filtered_out(changed, instance)
        if self._counted_by.intersection(changed):
            self._sync_repeat_counts()
        return changed

    def _drop_filtered_out(self, changed: set[str], instance: Instance) -> set[str]:
        """Clears choices that a changed answer filtered out (a quartier of another commune)."""
        dropped: set[str] = set()
        for name in changed:
            for question in self._filtered_by.get(name, ()):
                target = instance if question.repeat is not None else None
                value = self.value(question.name, target)
                if not value:
                    continue
                allowed = {choice.name for choice in self.choices_for(question, target)}
                kept = " ".join(item for item in value.split() if item in allowed)
                if question.type is QuestionType.SELECT_ONE and value not in allowed:
                    kept = ""
                if kept != value:
                    dropped |= self.set_answer(question.name, kept, target)
        return dropped

    def add_instance(self, repeat: str, outer: Instance = None) -> int:
        """Appends an empty instance to `repeat` and returns its index.

        A repeat in a repeat gets it in instance `outer` of the repeat around it.
        """
        group = self.form.by_name[repeat]
        assert isinstance(group, Group)
        path = instance_path(outer)[: len(self.repeat_chain(group.repeat))]
        index = self._append_instance(group, path, defaults_later=True)
        self._propagate(self._repeat_names(group))
        self._apply_dynamic_defaults(repeat, instance_of((*path, index)))
        return index

    def _append_instance(
        self, group: Group, outer: tuple[int, ...] = (), *, defaults_later: bool = False
    ) -> int:
        """Appends an instance with its defaults and calculations; the caller propagates."""
        instances = self.instances(group.name, instance_of(outer))
        instance: dict[str, Any] = {}
        for question in _questions_in(group):
            if question.default is not None:
                instance[question.name] = question.default
        instances.append(instance)
        index = len(instances) - 1
        self._recompute_instance(group.name, (*outer, index))
        if not defaults_later:
            self._apply_dynamic_defaults(group.name, instance_of((*outer, index)))
        return index

    def remove_instance(self, repeat: str, index: Instance) -> None:
        """Removes one instance of `repeat`, with the instances of the repeats inside it."""
        path = instance_path(index)
        del self.instances(repeat, instance_of(path[:-1]))[path[-1]]
        group = self.form.by_name[repeat]
        assert isinstance(group, Group)
        self._propagate(self._repeat_names(group))

    @staticmethod
    def _repeat_names(group: Group) -> list[str]:
        """The repeat and its questions: count() reads the one, sum() and the like the others."""
        return [group.name, *(question.name for question in _questions_in(group))]

    # -- relevance and calculations ---------------------------------------------------------------

    def is_relevant(self, name: str, instance: Instance = None) -> bool:
        """True when the item and all its enclosing groups are relevant."""
        item = self.form.by_name[name]
        if item.repeat is None:
            return self._relevant.get(name, True)
        # Inside a repeat, relevance depends on the instance: evaluated when asked.
        if item.relevant is not None and not item.relevant.evaluate_bool(
            _Context(self, item.repeat, instance)
        ):
            return False
        return True if item.parent is None else self.is_relevant(item.parent, instance)

    def _evaluate_relevance(self, item: Question | Group) -> bool:
        if item.parent is not None and not self._relevant.get(item.parent, True):
            return False
        if item.relevant is None:
            return True
        return item.relevant.evaluate_bool(_Context(self))

    def _recompute_all(self) -> None:
        # Two passes settle calculations that reference questions further down the sheet; a
        # form without such references is settled by one.
        static = self._static
        for _ in range(2 if static.forward else 1):
            for item in static.top_items:
                self._relevant[item.name] = self._evaluate_relevance(item)
                if isinstance(item, Question) and item.calculation is not None:
                    self.answers[item.name] = self._calculate(item, None)
        for group in static.repeats:
            for path in self.instance_paths(group.name):
                self._recompute_instance(group.name, path)

    def _calculate(self, question: Question, instance: Instance) -> str:
        assert question.calculation is not None
        if not self.is_relevant(question.name, instance):
            return ""
        current = self.value(question.name, instance)  # once() keeps it
        return question.calculation.evaluate_str(
            _Context(self, question.repeat, instance, current_value=current)
        )

    def _recompute_instance(self, repeat: str, path: tuple[int, ...]) -> bool:
        """Recalculates one instance of `repeat`; True when a calculated value changed."""
        group = self.form.by_name[repeat]
        assert isinstance(group, Group)
        values = self.row(repeat, path)
        if values is None:
            return False
        changed = False
        for _ in range(2):
            for question in _questions_in(group):
                if question.calculation is not None:
                    value = self._calculate(question, instance_of(path))
                    changed = changed or values.get(question.name) != value
                    values[question.name] = value
        return changed

    def _propagate(self, changed: Iterable[str]) -> set[str]:
        """Re-evaluates the items that depend on `changed`, and on what they change in turn."""
        touched: set[str] = set()
        pending: deque[str] = deque()
        evaluations: dict[str, int] = {}
        # Repeats recalculated since the last change of any value: recalculating one again
        # would give the same values (a large form pops dozens of items of the same repeat).
        settled: set[str] = set()
        for name in changed:
            pending.extend(self._dependents.get(name, ()))
        while pending:
            name = pending.popleft()
            evaluations[name] = evaluations.get(name, 0) + 1
            if evaluations[name] > 50:
                continue  # a circular calculation; pyxform refuses most, this bounds the rest
            item = self.form.by_name[name]
            if item.repeat is not None:
                if item.repeat not in settled:
                    recomputed = [
                        self._recompute_instance(item.repeat, path)
                        for path in self.instance_paths(item.repeat)
                    ]
                    if any(recomputed):
                        settled.clear()
                    settled.add(item.repeat)
                # What reads this item from outside the repeat (sum(), count()…) follows it; the
                # instance may have been recomputed already, so no change can be seen here.
                if name not in touched:
                    pending.extend(self._dependents.get(name, ()))
                touched.add(name)
                continue
            value_changed = False
            relevant = self._evaluate_relevance(item)
            if relevant != self._relevant.get(name, True):
                self._relevant[name] = relevant
                value_changed = True
                if isinstance(item, Group):
                    # Children's relevance follows their group's.
                    pending.extend(_child_names(item))
            if isinstance(item, Question) and item.calculation is not None:
                new_value = self._calculate(item, None)
                if new_value != self.answers.get(name, ""):
                    self.answers[name] = new_value
                    value_changed = True
            if value_changed:
                settled.clear()
                touched.add(name)
                pending.extend(self._dependents.get(name, ()))
        return touched

    # -- choices and validation ----------------------------------------------------------------

    def choices_for(self, question: Question, instance: Instance = None) -> list[Choice]:
        """The choices to show, after the question's choice_filter."""
        if question.choices is None:
            return []
        if question.choice_filter is None:
            return list(question.choices.choices)
        context = _Context(self, question.repeat, instance)
        kept = []
        for choice in question.choices.choices:
            context.choice = choice
            if question.choice_filter.evaluate_bool(context):
                kept.append(choice)
        return kept

    def label(
        self,
        item: Question | Group | Choice,
        instance: Instance = None,
        *,
        within: str | None = None,
    ) -> str:
        """The label of an item in the session's language, its ${name} references answered.

        `instance` is the repeat instance the item is shown in; a choice is read in the repeat
        `within` (its question's).
        """
        text = item.label.get(self.language, self.form.default_language)
        if isinstance(item, Group):
            within = item.name if item.is_repeat else item.repeat
        elif isinstance(item, Question):
            within = item.repeat
        return self.with_answers(text, within, instance)

    def hint(self, question: Question, instance: Instance = None) -> str:
        """The hint of a question in the session's language, its ${name} references answered."""
        text = question.hint.get(self.language, self.form.default_language)
        return self.with_answers(text, question.repeat, instance)

    def quoted_answers(self, question: Question) -> frozenset[str]:
        """The answers a question's label, hint or choices quote: shown again when they change."""
        return self._static.quoted.get(question.name, frozenset())

    def with_answers(self, text: str, repeat: str | None, instance: Instance) -> str:
        """`text` with each ${name} replaced by that answer, as ODK shows an <output>.

        Inside a repeat, a reference to a question of the same repeat (or of a repeat around
        it) reads the instance shown. A name the form does not have stays as written (the
        loader has already reported it).
        """
        if "${" not in text:
            return text
        context = _Context(self, repeat, instance)

        def answer(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in self.form.by_name:
                return match.group(0)
            return _reference(name).evaluate_str(context)

        return TEXT_REFERENCE.sub(answer, text)

    def error_for(self, question: Question, instance: Instance = None) -> str | None:
        """Why the current answer cannot be accepted, in the session's language, or None."""
        problem = self.check(question, instance)
        return None if problem is None else problem[1]

    def check(self, question: Question, instance: Instance = None) -> tuple[str, str] | None:
        """The rule the current answer breaks and why, or None.

        Rules: ``required``, ``type`` (not a number, a date…), ``choice`` (a code not in the
        list), ``constraint``. The same checks as the screen, for rows imported from elsewhere.
        """
        if question.is_silent or question.type is QuestionType.NOTE:
            return None
        if not self.is_relevant(question.name, instance):
            return None
        value = self.value(question.name, instance)
        if value == "":
            required = question.required
            if question.required_if is not None:
                required = question.required_if.evaluate_bool(
                    _Context(self, question.repeat, instance)
                )
            if required:
                message = question.required_message.get(self.language, self.form.default_language)
                return "required", (
                    self.with_answers(message, question.repeat, instance)
                    or self._message("required")
                )
            return None
        problem = self._type_error(question, value, instance)
        if problem:
            selects = (QuestionType.SELECT_ONE, QuestionType.SELECT_MULTIPLE)
            return ("choice" if question.type in selects else "type"), problem
        if question.constraint is not None:
            context = _Context(self, question.repeat, instance, current_value=value)
            if not question.constraint.evaluate_bool(context):
                message = question.constraint_message.get(self.language, self.form.default_language)
                return "constraint", (
                    self.with_answers(message, question.repeat, instance)
                    or self._message("constraint")
                )
        return None

    def _message(self, key: str, **values: str) -> str:
        """The engine's own message `key`, in the language of `translate` when set.

        Without it: in English for an English form language, else in French.
        """
        if self.translate is None:
            language = (self.language or "").lower()
            if language.startswith("english") or language.rstrip(")").endswith("(en"):
                return _MESSAGES_EN[key].format(**values)
        text = Text(_CODES[key], values)
        # Without a translator: the French, which a report can still show in another language.
        return Said(text) if self.translate is None else text.render(self.translate)

    def _type_error(self, question: Question, value: str, instance: Instance) -> str | None:
        kind = question.type
        if kind is QuestionType.INTEGER and not _INTEGER.fullmatch(value):
            return self._message("integer")
        if kind is QuestionType.DECIMAL and not _DECIMAL.fullmatch(value):
            return self._message("decimal")
        if kind is QuestionType.DATE:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                precision = question.date_precision
                return self._message("date" if precision == "day" else f"date_{precision}")
        if kind is QuestionType.TIME and not _TIME.fullmatch(value):
            return self._message("time")
        if kind is QuestionType.RANGE:
            try:
                number = float(value)
            except ValueError:
                return self._message("number")
            low, high = sorted((question.range_start, question.range_end))
            if not low <= number <= high:
                return self._message("range", low=_plain(low), high=_plain(high))
        if kind is QuestionType.DATETIME:
            try:
                dt.datetime.fromisoformat(value)
            except ValueError:
                return self._message("datetime")
        if kind in GEO_TYPES:
            problem = geo_error(kind.value, value)
            if problem is not None:
                key, values = problem
                return self._message(key, **values)
        if kind in (QuestionType.SELECT_ONE, QuestionType.SELECT_MULTIPLE):
            allowed = (
                self._static.choice_names[question.name]
                if question.choice_filter is None and question.choices is not None
                else {choice.name for choice in self.choices_for(question, instance)}
            )
            picked = value.split() if kind is QuestionType.SELECT_MULTIPLE else [value]
            unknown = [item for item in picked if item not in allowed]
            if unknown:
                assert question.choices is not None
                labels = ", ".join(
                    question.choices.label_of(item, self.language, self.form.default_language)
                    for item in unknown
                )
                return self._message("unknown_choice", choices=labels)
        return None

    def errors(self) -> dict[str, str]:
        """Every question whose answer cannot be accepted, with the reason (key name or name[i])."""
        problems: dict[str, str] = {}
        for question in self.form.questions:
            if question.repeat is None:
                message = self.error_for(question)
                if message:
                    problems[question.name] = message
            else:
                for path in self.instance_paths(question.repeat):
                    message = self.error_for(question, instance_of(path))
                    if message:
                        problems[f"{question.name}{instance_suffix(path)}"] = message
        for name, outer, extra in self.surplus_by_instance():
            expected = len(self.instances(name, instance_of(outer))) - extra
            key = "repeat_count" if extra > 1 else "repeat_count_one"
            message = self._message(key, extra=str(extra), count=str(expected))
            problems[f"{name}{instance_suffix(instance_of(outer))}"] = self._in_outer_instances(
                message, name, outer
            )
        return problems

    def _in_outer_instances(self, message: str, repeat: str, outer: tuple[int, ...]) -> str:
        """`message` preceded by the instance it concerns: « Ménage n° 2 : … »."""
        chain = self.repeat_chain(repeat)
        for depth in range(len(outer) - 1, -1, -1):
            group = self.form.by_name[chain[depth]]
            label = self.label(group, instance_of(outer[: depth + 1])) or group.name
            message = self._message(
                "in_instance", group=label, number=str(outer[depth] + 1), message=message
            )
        return message

    # -- pages (field mode) ----------------------------------------------------------------------

    def pages(self) -> list[Page]:
        """Every page of the form in order, relevant or not (repeats expanded per instance).

        The instances of a repeat in a repeat follow the outer instance they belong to.
        """
        # Pages depend only on the instances of the repeats: built again when those change.
        shape = tuple(tuple(self.instance_paths(group.name)) for group in self._static.repeats)
        if self._pages_built is None or self._pages_built[0] != shape:
            self._pages_built = (shape, tuple(self._pages(self.form.children, None, ())))
        return list(self._pages_built[1])

    def _pages(
        self, items: Iterable[Question | Group], group: Group | None, path: tuple[int, ...]
    ) -> Iterator[Page]:
        for item in items:
            if isinstance(item, Question):
                if not item.is_silent:
                    yield Page((item,), group, instance_of(path))
            elif item.is_repeat:
                for index in range(len(self.instances(item.name, instance_of(path)))):
                    yield from self._group_pages(item, (*path, index))
                if item.repeat_count is None:  # a counted repeat has its instances already
                    yield Page((), item, instance_of(path), repeat_prompt=item)
            else:
                yield from self._group_pages(item, path)

    def _group_pages(self, group: Group, path: tuple[int, ...]) -> Iterator[Page]:
        if group.is_field_list:
            visible = tuple(q for q in _questions_in(group) if not q.is_silent)
            if visible:
                yield Page(visible, group, instance_of(path))
            yield from self._pages(_inner_repeats(group), group, path)
        else:
            yield from self._pages(group.children, group, path)

    def page_is_relevant(self, page: Page) -> bool:
        """True when the page has a relevant question (or is a relevant repeat prompt)."""
        if page.repeat_prompt is not None:
            return self.is_relevant(page.repeat_prompt.name, page.instance)
        return any(self.is_relevant(q.name, page.instance) for q in page.questions)

    def relevant_pages(self) -> list[Page]:
        """The pages the field mode goes through, given the current answers."""
        return [page for page in self.pages() if self.page_is_relevant(page)]

    # -- result ------------------------------------------------------------------------------------

    def final_answers(self) -> Answers:
        """The answers of a complete questionnaire: non-relevant ones dropped, `end` set."""
        result: Answers = {}
        now = self.now()
        for item in self.form.children:
            self._collect(item, None, result, now)
        return result

    def _collect(
        self, item: Question | Group, instance: Instance, into: Answers, now: dt.datetime
    ) -> None:
        if isinstance(item, Group):
            if item.is_repeat:
                path = instance_path(instance)
                rows = []
                for index in range(len(self.instances(item.name, instance))):
                    row: Answers = {}
                    for child in item.children:
                        self._collect(child, instance_of((*path, index)), row, now)
                    rows.append(row)
                if rows and self.is_relevant(item.name, instance):
                    into[item.name] = rows
            else:
                for child in item.children:
                    self._collect(child, instance, into, now)
            return
        if item.type is QuestionType.END:
            into[item.name] = now.isoformat(timespec="seconds")
            return
        if not self.is_relevant(item.name, instance):
            return
        value = self.value(item.name, instance)
        if value != "":
            into[item.name] = value


@functools.lru_cache(maxsize=1024)
def _reference(name: str) -> Expression:
    """The expression `${name}`, parsed once for every label that shows that answer."""
    return parse_expression(f"${{{name}}}")


_TYPED_DATE = re.compile(r"(\d{1,2})/?(\d{1,2})/?(\d{4})")
_TYPED_YEAR = re.compile(r"(\d{4})")
_TYPED_MONTH = re.compile(r"(\d{1,2})/?(\d{4})")


def date_as_typed(value: str, precision: str = "day", separator: str = "/") -> str:
    """A stored date as it is typed again: 15/03/2021, 03/2021 (month-year) or 2021 (year).

    A value that is not an ISO date is given back as it is.
    """
    if not _DATE.fullmatch(value):
        return value
    year, month, day = value[:4], value[5:7], value[8:10]
    parts = {"year": [year], "month-year": [month, year]}.get(precision, [day, month, year])
    return separator.join(parts)


def stored_from_typed(kind: QuestionType, typed: str, precision: str = "day") -> str:
    """What a person typed, in the form answers are stored in.

    Dates typed JJ/MM/AAAA or JJMMAAAA become ISO dates, decimals typed "12,5" become "12.5"
    (spaces dropped); anything else is kept as typed. A date of `precision` "year" is typed
    AAAA, one of "month-year" MM/AAAA or MMAAAA: stored on the first day, as ODK does.
    """
    text = typed.strip()
    if kind is QuestionType.DECIMAL:
        return text.replace(",", ".").replace(" ", "").replace("\u202f", "")
    if kind is QuestionType.DATE and precision != "day":
        full = stored_from_typed(kind, text)
        month_year = (full[5:7], full[:4]) if _DATE.fullmatch(full) else ("", "")
        if precision == "year" and (match := _TYPED_YEAR.fullmatch(text)):
            month_year = ("01", match.group(1))
        elif precision == "month-year" and (match := _TYPED_MONTH.fullmatch(text)):
            month_year = (match.group(1).zfill(2), match.group(2))
        if not month_year[1] or not 1 <= int(month_year[0]) <= 12:
            return text
        return f"{month_year[1]}-{'01' if precision == 'year' else month_year[0]}-01"
    if kind is QuestionType.DATE:
        match = _TYPED_DATE.fullmatch(text)
        if match:
            day, month, year = (int(part) for part in match.groups())
            try:
                return dt.date(year, month, day).isoformat()
            except ValueError:
                return text
    return text


def recalculated(form: Form, answers: Mapping[str, Any]) -> Answers:
    """`answers` with every calculation outside repeats evaluated again (e.g. after a merge)."""
    session = FormSession(form, answers)
    result = _copy_answers(answers)
    for question in form.questions:
        if question.calculation is not None and question.repeat is None:
            value = session.value(question.name)
            if value:
                result[question.name] = value
            else:
                result.pop(question.name, None)
    return result


@dataclass(frozen=True, slots=True)
class _FormStatic:
    """What every session of one form shares, computed once per form."""

    dependents: dict[str, list[str]]
    filtered_by: dict[str, list[Question]]
    order: dict[str, int]
    top_items: tuple[Question | Group, ...]  # items outside repeats, in sheet order
    repeats: tuple[Group, ...]
    chains: dict[str, tuple[str, ...]]  # each repeat and the repeats around it, outermost first
    forward: bool  # some relevance or calculation reads an item further down the sheet
    choice_names: dict[str, frozenset[str]]  # of each select question
    quoted: dict[str, frozenset[str]]  # answers quoted by a question's label, hint or choices


_STATIC: dict[int, tuple[Form, _FormStatic]] = {}


def _form_static(form: Form) -> _FormStatic:
    cached = _STATIC.get(id(form))
    if cached is not None and cached[0] is form:
        return cached[1]
    filtered_by: dict[str, list[Question]] = {}
    for question in form.questions:
        if question.choice_filter is not None:
            for reference in question.choice_filter.references:
                filtered_by.setdefault(reference, []).append(question)
    items = list(form.walk())
    order = {item.name: index for index, item in enumerate(items)}
    forward = False
    for index, item in enumerate(items):
        expressions = [item.relevant]
        if isinstance(item, Question):
            expressions.append(item.calculation)
        for expression in expressions:
            if expression is not None and any(
                order.get(name, len(items)) >= index for name in expression.references
            ):
                forward = True
    static = _FormStatic(
        dependents=_dependents(form),
        filtered_by=filtered_by,
        order=order,
        top_items=tuple(item for item in items if item.repeat is None),
        repeats=tuple(group for group in form.groups if group.is_repeat),
        chains=_repeat_chains(form),
        forward=forward,
        choice_names={
            q.name: frozenset(choice.name for choice in q.choices.choices)
            for q in form.questions
            if q.choices is not None
        },
        quoted={
            q.name: quoted
            for q in form.questions
            if (
                quoted := q.label.references
                | q.hint.references
                | frozenset(
                    name
                    for choice in (q.choices.choices if q.choices is not None else ())
                    for name in choice.label.references
                )
            )
        },
    )
    if len(_STATIC) >= 16:
        _STATIC.clear()
    _STATIC[id(form)] = (form, static)
    return static


def _questions_in(group: Group) -> Iterator[Question]:
    """Questions inside a group, nested non-repeat groups included."""
    for child in group.children:
        if isinstance(child, Question):
            yield child
        elif not child.is_repeat:
            yield from _questions_in(child)


def _count(number: float) -> int:
    """A repeat_count as a number of instances (0 when not a number, at most 1000)."""
    if number != number or number in (float("inf"), float("-inf")):
        return 0
    return max(0, min(int(number), 1000))


def _inner_repeats(group: Group) -> list[Group]:
    """The repeats directly inside `group` (through plain groups, not through repeats)."""
    found: list[Group] = []
    for child in group.children:
        if isinstance(child, Group):
            found += [child] if child.is_repeat else _inner_repeats(child)
    return found


def _repeat_chains(form: Form) -> dict[str, tuple[str, ...]]:
    chains: dict[str, tuple[str, ...]] = {}
    for group in form.groups:  # sheet order: an outer repeat comes before its inner ones
        if group.is_repeat:
            outer = chains.get(group.repeat, ()) if group.repeat is not None else ()
            chains[group.name] = (*outer, group.name)
    return chains


def _child_names(group: Group) -> list[str]:
    return [child.name for child in group.children]


def _dependents(form: Form) -> dict[str, list[str]]:
    """Maps each name to the items whose relevance or calculation reference it, in sheet order."""
    dependents: dict[str, list[str]] = {}
    for item in form.walk():
        expressions = [item.relevant]
        if isinstance(item, Question):
            expressions.append(item.calculation)
        for expression in expressions:
            if expression is None:
                continue
            for reference in expression.references:
                names = dependents.setdefault(reference, [])
                if item.name not in names:
                    names.append(item.name)
    return dependents


def _copy_answers(answers: Mapping[str, Any]) -> Answers:
    copied: Answers = {}
    for key, value in answers.items():
        if isinstance(value, list):
            copied[key] = [_copy_answers(row) if isinstance(row, Mapping) else row for row in value]
        else:
            copied[key] = value
    return copied


def _plain(number: float) -> str:
    return str(int(number)) if number == int(number) else str(number).replace(".", ",")
