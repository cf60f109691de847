"""The rest of the ODK XPath function list, added to the evaluator of `expressions`.

Kept apart from the parser so that the list can grow without touching it; what it shares with the
parser (values, conversions, the evaluation context) comes from `xpath`. Each entry is
`name -> (fewest arguments, most arguments or None, builder)`, as in `expressions._FUNCTIONS`.
Functions that need something only the form session has (the form's media files for
`pulldata()`, every repeat instance for `indexed-repeat()`) ask the evaluation context for it and
fall back to the empty string when the context does not provide it.
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import math
import random
import uuid
from collections.abc import Callable

from inclusion_desktop.catalogue import Code
from inclusion_desktop.questionnaire import xpath
from inclusion_desktop.questionnaire.xpath import (
    EvaluationContext,
    Evaluator,
    Node,
    Value,
    _Argument,
)

Builder = Callable[[list[_Argument]], Evaluator]


def _number(value: Value) -> float:
    result: float = xpath._to_number(value)
    return result


def _string(value: Value) -> str:
    result: str = xpath._to_string(value)
    return result


def _nodes(value: Value) -> list[Node]:
    return list(value) if isinstance(value, list) else [value]  # type: ignore[list-item]


def _math(function: Callable[..., float], count: int = 1) -> tuple[int, int, Builder]:
    """A numeric function of `count` arguments; NaN when the result does not exist."""

    def build(args: list[_Argument]) -> Evaluator:
        evaluators = [arg.evaluate for arg in args]

        def evaluate(ctx: EvaluationContext) -> Value:
            try:
                return float(function(*(_number(e(ctx)) for e in evaluators)))
            except (ValueError, OverflowError, ZeroDivisionError):
                return math.nan

        return evaluate

    return count, count, build


def _strings(
    function: Callable[..., Value], fewest: int, most: int | None
) -> tuple[int, int | None, Builder]:
    """A function of string arguments."""

    def build(args: list[_Argument]) -> Evaluator:
        evaluators = [arg.evaluate for arg in args]
        return lambda ctx: function(*(_string(e(ctx)) for e in evaluators))

    return fewest, most, build


def _aggregate(function: Callable[[list[float]], float]) -> tuple[int, None, Builder]:
    """min()/max() over node-sets and plain values, NaN for an empty or non-numeric set."""

    def build(args: list[_Argument]) -> Evaluator:
        evaluators = [arg.evaluate for arg in args]

        def evaluate(ctx: EvaluationContext) -> Value:
            numbers = [_number(node) for e in evaluators for node in _nodes(e(ctx))]
            if not numbers or any(n != n for n in numbers):
                return math.nan
            return function(numbers)

        return evaluate

    return 1, None, build


def _build_once(args: list[_Argument]) -> Evaluator:
    """once(): keeps the value already stored, else evaluates its argument."""
    inner = args[0].evaluate

    def once(ctx: EvaluationContext) -> Value:
        current = ctx.current()
        return current if current != "" else inner(ctx)

    return once


def _build_indexed_repeat(args: list[_Argument]) -> Evaluator:
    """indexed-repeat(${q}, ${repeat}, n): the value of q in the n-th instance (1-based)."""
    target = args[0].reference
    if target is None:
        raise xpath.ExpressionError(
            Code.EXPRESSION_NEEDS_REFERENCE_FIRST, args[0].position, function="indexed-repeat"
        )
    index = args[-1].evaluate
    indices = [arg.evaluate for arg in args[2::2]]

    def indexed(ctx: EvaluationContext) -> Value:
        nested = getattr(ctx, "indexed_node", None)
        if nested is not None:  # one index per repeat level: household 2, person 3
            found: Node = nested(target, [_number(each(ctx)) for each in indices])
            return found
        number = _number(index(ctx))
        nodes = xpath._all_nodes(ctx, target)
        if number != number or not 1 <= number <= len(nodes):
            return ""
        node: Node = nodes[int(number) - 1]
        return node

    return indexed


def _build_pulldata(args: list[_Argument]) -> Evaluator:
    """pulldata('file', 'column', 'key column', key): a lookup in the form's CSV file."""
    evaluators = [arg.evaluate for arg in args]

    def pulldata(ctx: EvaluationContext) -> Value:
        lookup = getattr(ctx, "pulldata", None)
        if lookup is None:
            return ""
        file, column, key_column, key = (_string(e(ctx)) for e in evaluators)
        return str(lookup(file, column, key_column, key))

    return pulldata


def _count_non_empty(args: list[_Argument]) -> Evaluator:
    inner = args[0].evaluate
    return lambda ctx: float(sum(1 for node in _nodes(inner(ctx)) if _string(node) != ""))


def _checklist(weighted: bool) -> Builder:
    """checklist(min, max, v…) and weighted-checklist(min, max, v, w, …)."""

    def build(args: list[_Argument]) -> Evaluator:
        low, high = args[0].evaluate, args[1].evaluate
        rest = [arg.evaluate for arg in args[2:]]

        def evaluate(ctx: EvaluationContext) -> Value:
            values = [xpath._to_bool(e(ctx)) for e in (rest[::2] if weighted else rest)]
            weights = [_number(e(ctx)) for e in rest[1::2]] if weighted else [1.0] * len(values)
            total = sum(w for v, w in zip(values, weights, strict=False) if v)
            lowest, highest = _number(low(ctx)), _number(high(ctx))
            return (lowest < 0 or total >= lowest) and (highest < 0 or total <= highest)

        return evaluate

    return build


def _join(args: list[_Argument]) -> Evaluator:
    separator, rest = args[0].evaluate, [arg.evaluate for arg in args[1:]]
    return lambda ctx: _string(separator(ctx)).join(
        _string(node) for e in rest for node in _nodes(e(ctx))
    )


def _substr(text: str, start: str, end: str = "") -> str:
    """substr(s, start[, end]): 0-based, as JavaRosa."""
    try:
        first = int(float(start))
        return text[first:] if end == "" else text[first : int(float(end))]
    except ValueError:
        return ""


def _translate(text: str, source: str, target: str) -> str:
    table = {ord(c): (target[i] if i < len(target) else None) for i, c in enumerate(source)}
    return text.translate(table)


def _points(value: str) -> list[tuple[float, float]]:
    points = []
    for part in value.split(";"):
        numbers = part.split()
        if len(numbers) >= 2:
            try:
                points.append((float(numbers[0]), float(numbers[1])))
            except ValueError:
                continue
    return points


def _distance(value: str) -> float:
    """distance(): the length in metres of a geotrace (haversine on a sphere of WGS84's radius)."""
    points = _points(value)
    total = 0.0
    for (lat1, lon1), (lat2, lon2) in zip(points, points[1:], strict=False):
        p1, p2 = math.radians(lat1), math.radians(lat2)
        dp, dl = p2 - p1, math.radians(lon2 - lon1)
        a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
        total += 2 * 6378137.0 * math.asin(math.sqrt(min(1.0, a)))
    return total


def _area(value: str) -> float:
    """area(): the area in square metres of a geoshape (spherical excess approximation)."""
    points = _points(value)
    if len(points) < 3:
        return 0.0
    total = 0.0
    for (lat1, lon1), (lat2, lon2) in zip(points, points[1:] + points[:1], strict=False):
        total += math.radians(lon2 - lon1) * (
            2 + math.sin(math.radians(lat1)) + math.sin(math.radians(lat2))
        )
    return abs(total * 6378137.0**2 / 2)


def _date_time(value: Value) -> Value:
    """date-time(): a number of days since 1970-01-01, or a date text, as a date-time."""
    if isinstance(value, datetime.datetime):
        return value
    number = _number(value)
    if number == number and not isinstance(value, str | datetime.date):
        return datetime.datetime(1970, 1, 1) + datetime.timedelta(days=number)
    moment = xpath._to_date(value)
    if isinstance(moment, datetime.date) and not isinstance(moment, datetime.datetime):
        return datetime.datetime(moment.year, moment.month, moment.day)
    return moment if moment is not None else ""


def _decimal_date_time(value: Value) -> Value:
    moment = xpath._to_date(value)
    if moment is None:
        return math.nan
    result: float = xpath._date_number(moment)
    return result


def _months_between(first: Value, second: Value) -> Value:
    """difference-in-months(a, b): whole months from a to b."""
    start, end = xpath._to_date(first), xpath._to_date(second)
    if start is None or end is None:
        return math.nan
    months = (end.year - start.year) * 12 + end.month - start.month
    if end.day < start.day:
        months -= 1
    return float(months)


def _binary_values(function: Callable[[Value, Value], Value]) -> tuple[int, int, Builder]:
    def build(args: list[_Argument]) -> Evaluator:
        first, second = args[0].evaluate, args[1].evaluate
        return lambda ctx: function(first(ctx), second(ctx))

    return 2, 2, build


def _unary_value(function: Callable[[Value], Value]) -> tuple[int, int, Builder]:
    def build(args: list[_Argument]) -> Evaluator:
        inner = args[0].evaluate
        return lambda ctx: function(inner(ctx))

    return 1, 1, build


def _constant(value: Callable[[], Value]) -> tuple[int, int, Builder]:
    return 0, 0, lambda args: lambda ctx: value()


def _digest(text: str, algorithm: str, encoding: str = "base64") -> str:
    name = algorithm.lower().replace("-", "")
    try:
        digest = hashlib.new(name, text.encode()).digest()
    except ValueError:
        return ""
    return digest.hex() if encoding.lower() == "hex" else base64.b64encode(digest).decode()


def _base64_decode(text: str) -> str:
    try:
        return base64.b64decode(text).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return ""


ODK_FUNCTIONS: dict[str, tuple[int, int | None, Builder]] = {
    "sqrt": _math(math.sqrt),
    "exp": _math(math.exp),
    "exp10": _math(lambda x: 10.0**x),
    "log": _math(math.log),
    "log10": _math(math.log10),
    "abs": _math(abs),
    "sin": _math(math.sin),
    "cos": _math(math.cos),
    "tan": _math(math.tan),
    "asin": _math(math.asin),
    "acos": _math(math.acos),
    "atan": _math(math.atan),
    "atan2": _math(math.atan2, 2),
    "pow": _math(lambda x, y: math.pow(x, y), 2),
    "floor": _math(math.floor),
    "ceiling": _math(math.ceil),
    "pi": _math(lambda: math.pi, 0),
    "random": _constant(random.random),
    "uuid": (0, 1, lambda args: lambda ctx: str(uuid.uuid4())),
    "min": _aggregate(min),
    "max": _aggregate(max),
    "once": (1, 1, _build_once),
    "indexed-repeat": (3, None, _build_indexed_repeat),
    "pulldata": (4, 4, _build_pulldata),
    "count-non-empty": (1, 1, _count_non_empty),
    "checklist": (2, None, _checklist(False)),
    "weighted-checklist": (2, None, _checklist(True)),
    "join": (1, None, _join),
    "substr": _strings(_substr, 2, 3),
    "substring": _strings(
        lambda t, s, e="": _substr(
            t, str(float(s) - 1), "" if e == "" else str(float(s) - 1 + float(e))
        ),
        2,
        3,
    ),  # fmt: skip
    "substring-before": _strings(lambda t, s: t.split(s, 1)[0] if s in t else "", 2, 2),
    "substring-after": _strings(lambda t, s: t.split(s, 1)[1] if s in t else "", 2, 2),
    "translate": _strings(_translate, 3, 3),
    "normalize-space": _strings(lambda t: " ".join(t.split()), 1, 1),
    "ends-with": _strings(lambda t, s: t.endswith(s), 2, 2),
    "lower-case": _strings(str.lower, 1, 1),
    "upper-case": _strings(str.upper, 1, 1),
    "boolean-from-string": _strings(lambda t: t.strip().lower() in ("true", "1"), 1, 1),
    "digest": _strings(_digest, 2, 3),
    "base64-decode": _strings(_base64_decode, 1, 1),
    "distance": _strings(_distance, 1, 1),
    "area": _strings(_area, 1, 1),
    "date-time": _unary_value(_date_time),
    "decimal-date-time": _unary_value(_decimal_date_time),
    "decimal-time": _unary_value(lambda v: _number(v)),
    "format-date-time": _binary_values(lambda d, f: xpath._format_date(d, _string(f))),
    "difference-in-months": _binary_values(_months_between),
    "jr:itext": _strings(lambda t: t, 1, 1),
    "choice-name": (2, 2, lambda args: xpath._build_choice_name(args)),
}
