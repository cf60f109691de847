"""XPath values as ODK evaluates them, and what both the parser and the ODK function list use.

Values, their conversions (number, string, boolean, date), the evaluation context a form session
gives, and the few helpers the functions of `odk_functions` share with those of `expressions`.
Kept below both, so that neither imports the other's module while it is being built.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Protocol

from inclusion_desktop.catalogue import Code
from inclusion_desktop.errors import AppError

Scalar = str | float | bool | datetime.date | datetime.datetime
Node = str | datetime.date | datetime.datetime
Value = Scalar | list[Node]


class ExpressionError(AppError):
    """A syntax error, an unsupported function or construct, found while parsing an expression."""

    area_code = Code.EXPRESSION

    def __init__(self, code: Code, position: int | None = None, **params: Any) -> None:
        super().__init__(code=code, position=position, **params)
        self.position = position


class EvaluationContext(Protocol):
    """What an expression reads from the form being filled in."""

    def nodeset(self, name: str) -> list[str | datetime.date | datetime.datetime]:
        """Values of ${name}: [""] when unanswered, one entry per repeat instance when repeated."""
        ...

    def current(self) -> str:
        """Value of "." (the question being validated)."""
        ...

    def choice_label(self, question: str, value: str) -> str:
        """Label of choice `value` of question `question`, for jr:choice-name()."""
        ...

    def position(self) -> int:
        """1-based index of the current repeat instance, 0 outside a repeat."""
        ...

    def now(self) -> datetime.datetime:
        """The current date and time, for today() and now()."""
        ...


Evaluator = Callable[[EvaluationContext], Value]

_EPOCH_DATE = datetime.date(1970, 1, 1)
_EPOCH_NAIVE = datetime.datetime(1970, 1, 1)
_EPOCH_AWARE = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
_NAN = float("nan")
_INF = float("inf")
_NUMBER_RE = re.compile(r"\s*-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)\s*")
_ISO_DATE_RE = re.compile(r"\s*[0-9]{4}-[0-9]{2}-[0-9]{2}\s*")
_ISO_DATETIME_RE = re.compile(r"\s*[0-9]{4}-[0-9]{2}-[0-9]{2}T\S+\s*")


def _to_bool(value: Value) -> bool:
    """XPath boolean(); a single node is judged by its value, as JavaRosa does."""
    kind = type(value)
    if kind is bool:
        return value is True
    if kind is str:
        return value != ""
    if kind is float:
        return value != 0.0 and value == value
    if isinstance(value, list):
        if len(value) == 1:
            return _to_bool(value[0])
        return len(value) > 1
    return True


def _to_number(value: Value) -> float:
    """XPath number(), with dates as days since 1970-01-01 (ODK's decimal date)."""
    if type(value) is float:
        return value
    if isinstance(value, str):
        return float(value) if _NUMBER_RE.fullmatch(value) else _NAN
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, list):
        return _to_number(value[0]) if value else _NAN
    if isinstance(value, datetime.datetime):
        epoch = _EPOCH_NAIVE if value.tzinfo is None else _EPOCH_AWARE
        return (value - epoch).total_seconds() / 86400.0
    if isinstance(value, datetime.date):
        return float((value - _EPOCH_DATE).days)
    return _NAN


def _format_number(number: float) -> str:
    """XPath string() of a number: no decimals when integral, else the shortest exact form."""
    if number != number:
        return "NaN"
    if number in (_INF, -_INF):
        return "Infinity" if number > 0 else "-Infinity"
    if number.is_integer():
        return str(int(number))
    text = repr(number)
    if "e" in text:
        text = format(Decimal(text), "f")
    return text


def _to_string(value: Value) -> str:
    """XPath string(), formatted as ODK stores answers."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return _format_number(value)
    if isinstance(value, list):
        return _to_string(value[0]) if value else ""
    if isinstance(value, datetime.datetime):
        return value.isoformat(timespec="milliseconds")
    return value.isoformat()


def _first(value: Value) -> Scalar:
    """The value itself, or the first node of a node-set ("" when it is empty)."""
    if isinstance(value, list):
        return value[0] if value else ""
    return value


def _parse_date(text: str) -> datetime.date | None:
    """A date or date-time from an ISO string as ODK stores them, or None."""
    try:
        if _ISO_DATE_RE.fullmatch(text):
            return datetime.date.fromisoformat(text.strip())
        if _ISO_DATETIME_RE.fullmatch(text):
            return datetime.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return None


def _to_date(value: Value) -> datetime.date | None:
    """A date or date-time from a date, an ISO string or a number of days, or None."""
    scalar = _first(value)
    if isinstance(scalar, datetime.date):
        return scalar
    if isinstance(scalar, str):
        return _parse_date(scalar)
    if isinstance(scalar, float) and math.isfinite(scalar):
        try:
            return _EPOCH_DATE + datetime.timedelta(days=math.floor(scalar))
        except OverflowError:
            return None
    return None


def _date_number(value: Scalar) -> float:
    """Days since 1970-01-01 of a date, or of a string holding an ISO date; else number()."""
    if isinstance(value, str):
        parsed = _parse_date(value)
        return _to_number(parsed) if parsed is not None else _to_number(value)
    return _to_number(value)


@dataclass(frozen=True)
class _Argument:
    """A parsed argument: its evaluator, plus what some functions check at parse time."""

    evaluate: Evaluator
    position: int
    literal: str | None = None
    reference: str | None = None


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_REFERENCE_RE = re.compile(r"\$\{([^\W\d][\w.\-]*)\}")


def _format_date(value: Value, pattern: str) -> str:
    """format-date() with ODK's codes; "" when the value is not a date."""
    moment = _to_date(value)
    if moment is None:
        return ""
    hour = minute = second = milli = 0
    if isinstance(moment, datetime.datetime):
        hour, minute, second = moment.hour, moment.minute, moment.second
        milli = moment.microsecond // 1000
    codes = {
        "Y": f"{moment.year:04d}", "y": f"{moment.year % 100:02d}",
        "m": f"{moment.month:02d}", "n": str(moment.month), "b": _MONTHS[moment.month - 1],
        "d": f"{moment.day:02d}", "e": str(moment.day), "a": _DAYS[moment.weekday()],
        "H": f"{hour:02d}", "h": str(hour), "M": f"{minute:02d}", "S": f"{second:02d}",
        "3": f"{milli:03d}",
    }  # fmt: skip
    parts: list[str] = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "%" and index + 1 < len(pattern) and pattern[index + 1] in codes:
            parts.append(codes[pattern[index + 1]])
            index += 2
        else:
            parts.append(char)
            index += 1
    return "".join(parts)


def _choice_question(arg: _Argument) -> str:
    """The question named by jr:choice-name()'s second argument, a literal such as '${q}'."""
    match = _REFERENCE_RE.fullmatch((arg.literal or "").strip())
    if match is None:
        raise ExpressionError(Code.EXPRESSION_CHOICE_NAME_ARGUMENT, arg.position)
    return match.group(1)


def _build_choice_name(args: list[_Argument]) -> Evaluator:
    """jr:choice-name(): the label of a choice, found by the context."""
    value, question = args[0].evaluate, _choice_question(args[1])
    return lambda ctx: ctx.choice_label(question, _to_string(value(ctx)))


def _all_nodes(ctx: EvaluationContext, name: str) -> list[Node]:
    """Every node of `name`, across all repeat instances (indexed-repeat, path predicates)."""
    every = getattr(ctx, "all_nodes", None)
    return list(every(name)) if every is not None else ctx.nodeset(name)
