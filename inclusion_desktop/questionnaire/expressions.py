"""Evaluator of the ODK XPath subset used in XLSForm relevant, constraint and calculation columns.

An expression is parsed once, when the form is loaded, into a tree of closures; evaluating it on
each keystroke then only calls those closures. Values follow XPath 1.0 as JavaRosa (ODK Collect)
applies it: an empty answer is the empty string, not zero; a reference is a node-set and
comparisons on it are existential; dates compare and subtract as days since 1970-01-01.
Anything outside the subset is refused at parse time with a French message, so that a form using
it is rejected when loaded rather than misbehaving while an interviewer fills it in.
"""

from __future__ import annotations

import datetime
import math
import operator
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any, NamedTuple, Protocol

from inclusion_desktop.catalogue import Code, Text
from inclusion_desktop.questionnaire.limits import (
    Pattern,
    compile_linear,
    unsupported_pattern_code,
)
from inclusion_desktop.questionnaire.odk_functions import ODK_FUNCTIONS
from inclusion_desktop.questionnaire.xpath import (
    _INF,
    _NAN,
    _REFERENCE_RE,
    EvaluationContext,
    Evaluator,
    Node,
    Scalar,
    Value,
    _all_nodes,
    _Argument,
    _build_choice_name,
    _choice_question,
    _date_number,
    _first,
    _format_date,
    _to_bool,
    _to_date,
    _to_number,
    _to_string,
)
from inclusion_desktop.questionnaire.xpath import (
    ExpressionError as ExpressionError,
)


class ChoiceFilterContext(EvaluationContext, Protocol):
    """The context of a choice_filter, evaluated once per choice of the list."""

    def choice_field(self, name: str) -> str:
        """Value of column `name` (name, label or any extra column) of the choice being filtered."""
        ...


@dataclass(frozen=True)
class Expression:
    """A parsed expression, with what it depends on, ready to be evaluated many times.

    `choice_columns` lists the choices-sheet columns a choice_filter reads (see parse_expression).
    """

    source: str
    references: frozenset[str]
    functions: frozenset[str]
    uses_current: bool
    _evaluator: Evaluator = field(repr=False, compare=False)
    choice_columns: frozenset[str] = frozenset()
    #: Bare names outside a choice_filter (`null`, a forgotten ${}): read as empty, as JavaRosa.
    bare_names: frozenset[str] = frozenset()

    def evaluate(self, context: EvaluationContext) -> Value:
        """Returns the raw XPath value: a scalar, or a list of node values for a bare reference."""
        return self._evaluator(context)

    def evaluate_bool(self, context: EvaluationContext) -> bool:
        """Returns the value converted by XPath boolean(), for relevant, constraint and required."""
        return _to_bool(self._evaluator(context))

    def evaluate_number(self, context: EvaluationContext) -> float:
        """Returns the value converted by XPath number(): NaN when it is not a number."""
        return _to_number(self._evaluator(context))

    def evaluate_str(self, context: EvaluationContext) -> str:
        """Returns the value as ODK stores it: 3.0 gives "3", a date "YYYY-MM-DD"."""
        return _to_string(self._evaluator(context))


# --------------------------------------------------------------------------------------------
# Conversions


def _is_date(value: Value) -> bool:
    """Whether the value (or the first node of a node-set) is a date or date-time."""
    return isinstance(_first(value), datetime.date)


# --------------------------------------------------------------------------------------------
# Operators

Comparison = Callable[[Any, Any], bool]


def _compare_scalars(op: Comparison, equality: bool, left: Scalar, right: Scalar) -> bool:
    """XPath comparison of two non-node-set values (a date on either side compares as days)."""
    if type(left) is str and type(right) is str:
        return op(left, right) if equality else op(_to_number(left), _to_number(right))
    if equality and (isinstance(left, bool) or isinstance(right, bool)):
        return op(_to_bool(left), _to_bool(right))
    if isinstance(left, datetime.date) or isinstance(right, datetime.date):
        return op(_date_number(left), _date_number(right))
    return op(_to_number(left), _to_number(right))


def _compare(op: Comparison, equality: bool, left: Value, right: Value) -> bool:
    """XPath comparison: true when any node of a node-set operand satisfies it."""
    if isinstance(left, list):
        if isinstance(right, list):
            return any(_compare_scalars(op, equality, a, b) for a in left for b in right)
        if isinstance(right, bool):
            return op(_to_bool(left), right)
        for node in left:
            if _compare_scalars(op, equality, node, right):
                return True
        return False
    if isinstance(right, list):
        if isinstance(left, bool):
            return op(left, _to_bool(right))
        for node in right:
            if _compare_scalars(op, equality, left, node):
                return True
        return False
    return _compare_scalars(op, equality, left, right)


def _operands(left: Value, right: Value) -> tuple[float, float]:
    """Both operands as numbers; as days when either is a date (an ISO string then counts too)."""
    a, b = _first(left), _first(right)
    if isinstance(a, datetime.date) or isinstance(b, datetime.date):
        return _date_number(a), _date_number(b)
    return _to_number(a), _to_number(b)


def _add(left: Value, right: Value) -> float:
    """XPath +, where a date plus a number of days is a number of days."""
    a, b = _operands(left, right)
    return a + b


def _subtract(left: Value, right: Value) -> float:
    """XPath -, so that today() - ${dob} is an age in days."""
    a, b = _operands(left, right)
    return a - b


def _multiply(left: Value, right: Value) -> float:
    """XPath *."""
    return _to_number(left) * _to_number(right)


def _divide(left: Value, right: Value) -> float:
    """XPath div: dividing by zero gives an infinity or NaN, never an error."""
    a, b = _to_number(left), _to_number(right)
    if b == 0.0:
        if a != a or a == 0.0:
            return _NAN
        return math.copysign(_INF, a) * math.copysign(1.0, b)
    return a / b


def _modulo(left: Value, right: Value) -> float:
    """XPath mod: the remainder takes the dividend's sign; NaN for mod 0."""
    try:
        return math.fmod(_to_number(left), _to_number(right))
    except ValueError:
        return _NAN


_COMPARISONS: dict[str, tuple[Comparison, bool]] = {
    "=": (operator.eq, True),
    "!=": (operator.ne, True),
    "<": (operator.lt, False),
    "<=": (operator.le, False),
    ">": (operator.gt, False),
    ">=": (operator.ge, False),
}
_ARITHMETIC: dict[str, Callable[[Value, Value], float]] = {
    "+": _add,
    "-": _subtract,
    "*": _multiply,
    "div": _divide,
    "mod": _modulo,
}
# Binding strength of each binary operator, from XPath 1.0's grammar.
_PRECEDENCE = {
    "or": 1, "and": 2, "=": 3, "!=": 3, "<": 4, "<=": 4, ">": 4, ">=": 4,
    "+": 5, "-": 5, "*": 6, "div": 6, "mod": 6,
}  # fmt: skip
_KEYWORD_OPERATORS = frozenset({"or", "and", "div", "mod"})


def _chain(level: int, ops: list[str], operands: list[Evaluator]) -> Evaluator:
    """One closure for a run of operators of the same precedence, evaluated left to right."""
    if level == 1 or level == 2:
        stop = level == 1
        if len(operands) == 2:
            first, second = operands
            if stop:
                return lambda ctx: _to_bool(first(ctx)) or _to_bool(second(ctx))
            return lambda ctx: _to_bool(first(ctx)) and _to_bool(second(ctx))

        def logical(ctx: EvaluationContext) -> Value:
            for operand in operands:
                if _to_bool(operand(ctx)) is stop:
                    return stop
            return not stop

        return logical
    if level <= 4:
        steps_c = [(*_COMPARISONS[op], f) for op, f in zip(ops, operands[1:], strict=True)]
        head = operands[0]
        if len(steps_c) == 1:
            cmp, equality, tail = steps_c[0]
            return lambda ctx: _compare(cmp, equality, head(ctx), tail(ctx))

        def comparisons(ctx: EvaluationContext) -> Value:
            value = head(ctx)
            for cmp, equality, operand in steps_c:
                value = _compare(cmp, equality, value, operand(ctx))
            return value

        return comparisons
    steps_a = [(_ARITHMETIC[op], f) for op, f in zip(ops, operands[1:], strict=True)]
    head = operands[0]
    if len(steps_a) == 1:
        apply, tail = steps_a[0]
        return lambda ctx: apply(head(ctx), tail(ctx))

    def arithmetic(ctx: EvaluationContext) -> Value:
        value = head(ctx)
        for apply, operand in steps_a:
            value = apply(value, operand(ctx))
        return value

    return arithmetic


# --------------------------------------------------------------------------------------------
# Functions


def _round(value: Value, digits: Value = 0.0) -> float:
    """round() with halves away from zero, on the number's shortest decimal form."""
    number, places = _to_number(value), _to_number(digits)
    if not math.isfinite(number) or places != places:
        return number if places == places else _NAN
    scale = int(max(-400.0, min(400.0, places)))
    try:
        exact = Decimal(repr(number)).scaleb(scale)
        return float(exact.to_integral_value(rounding=ROUND_HALF_UP).scaleb(-scale))
    except (InvalidOperation, OverflowError):
        return number


def _int(value: Value) -> float:
    """int(): truncates toward zero; NaN and infinities are kept."""
    number = _to_number(value)
    return float(math.trunc(number)) if math.isfinite(number) else number


def _selected_at(values: Value, index: Value) -> str:
    """selected-at(): the 0-based item of a space-separated list, "" when out of range."""
    parts = _to_string(values).split()
    number = _to_number(index)
    if not math.isfinite(number):
        return ""
    position = math.trunc(number)
    return parts[position] if 0 <= position < len(parts) else ""


def _concat(ctx: EvaluationContext, args: Sequence[Evaluator]) -> str:
    """concat(): a node-set argument contributes all its nodes, as in JavaRosa."""
    parts: list[str] = []
    for arg in args:
        value = arg(ctx)
        if isinstance(value, list):
            parts.extend(_to_string(node) for node in value)
        else:
            parts.append(_to_string(value))
    return "".join(parts)


def _compile_pattern(pattern: str) -> Pattern | None:
    """The compiled pattern (linear-time RE2, see limits), or None when it is refused."""
    return compile_linear(pattern)


def _sum(nodes: list[Node]) -> float:
    """sum(): NaN as soon as one node is not a number, as XPath says."""
    total = 0.0
    for node in nodes:
        total += _to_number(node)
    return total


Builder = Callable[[list[_Argument]], Evaluator]


def _unary(convert: Callable[[Value], Value]) -> Builder:
    """A builder for a function of one argument that only converts it."""

    def build(args: list[_Argument]) -> Evaluator:
        arg = args[0].evaluate
        return lambda ctx: convert(arg(ctx))

    return build


def _binary(combine: Callable[[Value, Value], Value]) -> Builder:
    """A builder for a function of two arguments."""

    def build(args: list[_Argument]) -> Evaluator:
        first, second = args[0].evaluate, args[1].evaluate
        return lambda ctx: combine(first(ctx), second(ctx))

    return build


def _build_if(args: list[_Argument]) -> Evaluator:
    """if(): only the chosen branch is evaluated."""
    test, then, otherwise = (arg.evaluate for arg in args)
    return lambda ctx: then(ctx) if _to_bool(test(ctx)) else otherwise(ctx)


def _build_coalesce(args: list[_Argument]) -> Evaluator:
    """coalesce(): the first argument unless it is empty."""
    first, second = args[0].evaluate, args[1].evaluate

    def coalesce(ctx: EvaluationContext) -> Value:
        value = first(ctx)
        return value if _to_string(value) != "" else second(ctx)

    return coalesce


def _build_concat(args: list[_Argument]) -> Evaluator:
    """concat() with any number of arguments."""
    evaluators = [arg.evaluate for arg in args]
    return lambda ctx: _concat(ctx, evaluators)


def _build_round(args: list[_Argument]) -> Evaluator:
    """round() with or without a number of digits."""
    if len(args) == 1:
        return _unary(_round)(args)
    return _binary(_round)(args)


def _build_regex(args: list[_Argument]) -> Evaluator:
    """regex(): a literal pattern is compiled, and checked, at parse time."""
    subject, pattern_arg = args[0].evaluate, args[1]
    if pattern_arg.literal is not None:
        compiled = _compile_pattern(pattern_arg.literal)
        if compiled is None:
            raise ExpressionError(
                unsupported_pattern_code(pattern_arg.literal),
                pattern_arg.position,
                pattern=pattern_arg.literal,
            )
        return lambda ctx: compiled.search(_to_string(subject(ctx))) is not None
    dynamic = pattern_arg.evaluate

    def regex(ctx: EvaluationContext) -> Value:
        found = _compile_pattern(_to_string(dynamic(ctx)))
        return found is not None and found.search(_to_string(subject(ctx))) is not None

    return regex


def _reference_argument(name: str, arg: _Argument) -> str:
    """The ${name} a node-set function needs as argument; anything else is refused."""
    if arg.reference is None:
        raise ExpressionError(Code.EXPRESSION_NEEDS_REFERENCE, arg.position, function=name)
    return arg.reference


def _build_count(args: list[_Argument]) -> Evaluator:
    """count(): the number of nodes, e.g. of repeat instances."""
    reference = _reference_argument("count", args[0])
    return lambda ctx: float(len(ctx.nodeset(reference)))


def _build_sum(args: list[_Argument]) -> Evaluator:
    """sum() of the nodes of a reference."""
    reference = _reference_argument("sum", args[0])
    return lambda ctx: _sum(ctx.nodeset(reference))


def _choice_field(name: str) -> Evaluator:
    """A bare name in a choice_filter: a column of the choice, "" for a context without choices."""

    def choice_field(ctx: EvaluationContext) -> Value:
        read = getattr(ctx, "choice_field", None)
        return "" if read is None else str(read(name))

    return choice_field


def _build_position(args: list[_Argument]) -> Evaluator:
    """position(..): the index of the current repeat instance."""
    return lambda ctx: float(ctx.position())


def _date_or_empty(value: Value) -> Value:
    """date(): a date, or "" when the value is not one (so that number() gives NaN)."""
    moment = _to_date(value)
    if isinstance(moment, datetime.datetime):
        return moment.date()
    return "" if moment is None else moment


def _constant(build: Callable[[EvaluationContext], Value]) -> Builder:
    """A builder for a function without arguments."""
    return lambda args: build


# name -> (fewest arguments, most arguments or None for any number, builder)
_FUNCTIONS: dict[str, tuple[int, int | None, Builder]] = {
    "not": (1, 1, _unary(lambda v: not _to_bool(v))),
    "true": (0, 0, _constant(lambda ctx: True)),
    "false": (0, 0, _constant(lambda ctx: False)),
    "boolean": (1, 1, _unary(_to_bool)),
    "number": (1, 1, _unary(_to_number)),
    "string": (1, 1, _unary(_to_string)),
    "int": (1, 1, _unary(_int)),
    "round": (1, 2, _build_round),
    "selected": (2, 2, _binary(lambda a, b: _to_string(b).strip() in _to_string(a).split())),
    "count-selected": (1, 1, _unary(lambda v: float(len(_to_string(v).split())))),
    "selected-at": (2, 2, _binary(_selected_at)),
    "jr:choice-name": (2, 2, _build_choice_name),
    "if": (3, 3, _build_if),
    "coalesce": (2, 2, _build_coalesce),
    "concat": (0, None, _build_concat),
    "string-length": (1, 1, _unary(lambda v: float(len(_to_string(v))))),
    "contains": (2, 2, _binary(lambda a, b: _to_string(b) in _to_string(a))),
    "starts-with": (2, 2, _binary(lambda a, b: _to_string(a).startswith(_to_string(b)))),
    "regex": (2, 2, _build_regex),
    "today": (0, 0, _constant(lambda ctx: ctx.now().date())),
    "now": (0, 0, _constant(lambda ctx: ctx.now())),
    "date": (1, 1, _unary(_date_or_empty)),
    "format-date": (2, 2, _binary(lambda d, f: _format_date(d, _to_string(f)))),
    "count": (1, 1, _build_count),
    "sum": (1, 1, _build_sum),
    "position": (1, 1, _build_position),
}

_FUNCTIONS.update(ODK_FUNCTIONS)

SUPPORTED_FUNCTIONS: frozenset[str] = frozenset(_FUNCTIONS)


# --------------------------------------------------------------------------------------------
# Tokenizer


class _Token(NamedTuple):
    kind: str  # "number", "string", "ref", "name", "op" or "end"
    text: str
    position: int


_NAME_RE = re.compile(r"[^\W\d][\w.\-]*(?::[^\W\d][\w.\-]*)?")
_NUMBER_TOKEN_RE = re.compile(r"[0-9]+(?:\.[0-9]*)?|\.[0-9]+")
_SPACE_RE = re.compile(r"\s+")
_OPERATORS = ("!=", "<=", ">=", "..", "//", "::", "=", "<", ">", "+", "-", "*", "/", "|", "(",
              ")", ",", ".", "[", "]", "@")  # fmt: skip
_PATH_RE = re.compile(r"[^\s(),=<>!+|'\"]+")


def _tokenize(source: str) -> list[_Token]:
    """Splits the source into tokens, refusing characters that have no place in the subset."""
    tokens: list[_Token] = []
    index, length = 0, len(source)
    while index < length:
        char = source[index]
        space = _SPACE_RE.match(source, index)
        if space:
            index = space.end()
            continue
        number = _NUMBER_TOKEN_RE.match(source, index)
        if number:
            tokens.append(_Token("number", number.group(), index))
            index = number.end()
            continue
        if char in "'\"":
            end = source.find(char, index + 1)
            if end < 0:
                raise ExpressionError(Code.EXPRESSION_UNTERMINATED_STRING, index)
            tokens.append(_Token("string", source[index + 1 : end], index))
            index = end + 1
            continue
        if char == "$":
            index = _reference_token(source, index, tokens)
            continue
        name = _NAME_RE.match(source, index)
        if name:
            tokens.append(_Token("name", name.group(), index))
            index = name.end()
            continue
        for op in _OPERATORS:
            if source.startswith(op, index):
                tokens.append(_Token("op", op, index))
                index += len(op)
                break
        else:
            raise ExpressionError(Code.EXPRESSION_UNEXPECTED_CHARACTER, index, character=char)
    tokens.append(_Token("end", "", length))
    return tokens


def _reference_token(source: str, index: int, tokens: list[_Token]) -> int:
    """Reads a ${name} reference starting at `index`; returns the index after it."""
    if not source.startswith("${", index):
        raise ExpressionError(Code.EXPRESSION_REFERENCE_AT, index)
    end = source.find("}", index)
    if end < 0:
        raise ExpressionError(Code.EXPRESSION_UNTERMINATED_REFERENCE, index)
    match = _REFERENCE_RE.fullmatch(source, index, end + 1)
    if match is None:
        raise ExpressionError(
            Code.EXPRESSION_INVALID_REFERENCE, index, reference=source[index : end + 1]
        )
    tokens.append(_Token("ref", match.group(1), index))
    return end + 1


# --------------------------------------------------------------------------------------------
# Parser

_MAX_DEPTH = 100


class _Parser:
    """Recursive-descent parser (precedence climbing) producing closures."""

    def __init__(self, source: str, choice_filter: bool) -> None:
        self.source = source
        self.choice_filter = choice_filter
        self.choice_columns: set[str] = set()
        self.tokens = _tokenize(source)
        self.index = 0
        self.depth = 0
        self.references: set[str] = set()
        self.functions: set[str] = set()
        self.uses_current = False
        self.bare_names: set[str] = set()

    def peek(self) -> _Token:
        return self.tokens[self.index]

    def advance(self) -> _Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def parse(self) -> Evaluator:
        if self.peek().kind == "end":
            raise ExpressionError(Code.EXPRESSION_EMPTY, 0)
        evaluator = self.binary(1).evaluate
        token = self.peek()
        if token.kind != "end":
            if token.text == ")":
                raise ExpressionError(Code.EXPRESSION_EXTRA_PARENTHESIS, token.position)
            raise self.unexpected(token)
        return evaluator

    def unexpected(self, token: _Token) -> ExpressionError:
        if token.kind == "end":
            return ExpressionError(Code.EXPRESSION_INCOMPLETE, token.position)
        if token.text in ("/", "//", "::", "@", ".."):
            return self.path_error(token.position)
        if token.text == "[":
            return ExpressionError(Code.EXPRESSION_PREDICATE, token.position)
        if token.text == "|":
            return ExpressionError(Code.EXPRESSION_UNION, token.position)
        shown = self.source[token.position : self.tokens[self.index + 1].position].strip()
        return ExpressionError(
            Code.EXPRESSION_UNEXPECTED, token.position, element=shown or token.text
        )

    def path_error(self, start: int) -> ExpressionError:
        match = _PATH_RE.match(self.source, start)
        path = match.group() if match else self.source[start]
        return ExpressionError(Code.EXPRESSION_PATH, start, path=path)

    def binary_operator(self) -> str | None:
        token = self.peek()
        if token.kind == "op" and token.text in _PRECEDENCE:
            return token.text
        if token.kind == "name" and token.text in _KEYWORD_OPERATORS:
            return token.text
        return None

    def binary(self, min_level: int) -> _Argument:
        self.depth += 1
        if self.depth > _MAX_DEPTH:
            raise ExpressionError(Code.EXPRESSION_TOO_DEEP, self.peek().position)
        left = self.unary()
        while (op := self.binary_operator()) is not None and _PRECEDENCE[op] >= min_level:
            level = _PRECEDENCE[op]
            ops: list[str] = []
            operands = [left.evaluate]
            while (op := self.binary_operator()) is not None and _PRECEDENCE[op] == level:
                self.advance()
                ops.append(op)
                operands.append(self.binary(level + 1).evaluate)
            left = _Argument(_chain(level, ops, operands), left.position)
        self.depth -= 1
        return left

    def unary(self) -> _Argument:
        start = self.peek().position
        negations = 0
        while self.peek().kind == "op" and self.peek().text == "-":
            self.advance()
            negations += 1
        operand = self.postfix()
        if negations == 0:
            return operand
        inner = operand.evaluate
        if negations % 2:
            return _Argument(lambda ctx: -_to_number(inner(ctx)), start)
        return _Argument(lambda ctx: _to_number(inner(ctx)), start)

    def postfix(self) -> _Argument:
        primary = self.primary()
        token = self.peek()
        if token.kind == "op" and token.text in ("/", "//", "["):
            return self.location_path(primary, [])
        return primary

    def location_path(self, start: _Argument | None, steps: list[str]) -> _Argument:
        """An XPath location path (`../q`, `/data/g/q`, `current()/../q`, `${r}[2]/q`).

        As JavaRosa does for the paths pyxform writes, the path designates the question named
        by its last step; a numeric predicate picks one repeat instance. A path into a secondary
        instance (`instance('x')/root/item`) gives the empty string.
        """
        position = start.position if start is not None else self.peek().position
        index: _Argument | None = None
        if start is not None and start.reference is not None:
            steps.append(start.reference)
        while True:
            token = self.peek()
            if token.kind == "op" and token.text == "[":
                self.advance()
                index = self.binary(1)
                closing = self.peek()
                if not (closing.kind == "op" and closing.text == "]"):
                    raise self.unexpected(closing)
                self.advance()
                continue
            if not (token.kind == "op" and token.text in ("/", "//")):
                break
            self.advance()
            step = self.advance()
            if step.kind == "name" or step.kind == "ref":
                steps.append(step.text)
            elif step.kind == "op" and step.text == "@" and self.peek().kind == "name":
                steps.append("@" + self.advance().text)
            elif not (step.kind == "op" and step.text in ("..", ".", "*")):
                raise ExpressionError(Code.EXPRESSION_PATH_STEP, step.position)
        from_instance = start is not None and start.literal == "\x00instance"
        names = [step for step in steps if not step.startswith("@")]
        if from_instance or not names:
            return _Argument(lambda ctx: "", position)
        name = names[-1]
        self.references.add(name)
        if index is None:
            return _Argument(lambda ctx: ctx.nodeset(name), position, reference=name)
        picker = index.evaluate

        def indexed(ctx: EvaluationContext) -> Value:
            number = _to_number(picker(ctx))
            nodes = _all_nodes(ctx, name)
            if number != number or not 1 <= number <= len(nodes):
                return ""
            return nodes[int(number) - 1]

        return _Argument(indexed, position)

    def primary(self) -> _Argument:
        token = self.advance()
        if token.kind == "number":
            number = float(token.text)
            return _Argument(lambda ctx: number, token.position)
        if token.kind == "string":
            text = token.text
            return _Argument(lambda ctx: text, token.position, literal=text)
        if token.kind == "ref":
            name = token.text
            self.references.add(name)
            return _Argument(lambda ctx: ctx.nodeset(name), token.position, reference=name)
        if token.kind == "name":
            if self.peek().text == "(" and self.peek().kind == "op":
                return self.function_call(token)
            if token.text in _KEYWORD_OPERATORS:
                raise self.path_error(token.position)
            if self.peek().kind == "op" and self.peek().text in ("/", "["):
                return self.location_path(None, [token.text])
            if self.choice_filter and ":" not in token.text:
                self.choice_columns.add(token.text)
                return _Argument(_choice_field(token.text), token.position)
            # JavaRosa reads a bare name (`null`, a misspelt word) as a child of the current
            # question: an empty node-set, so the empty string.
            self.bare_names.add(token.text)
            return _Argument(lambda ctx: "", token.position)
        if token.kind == "op" and token.text in ("..", "/", "//"):
            if token.text == ".." and not (
                self.peek().kind == "op" and self.peek().text in ("/", "//")
            ):
                return _Argument(lambda ctx: "", token.position)
            if token.text != "..":
                self.index -= 1  # the path starts with this "/"
            return self.location_path(None, [])
        if token.text == "(":
            inner = self.binary(1)
            self.expect_closing(token)
            return _Argument(inner.evaluate, token.position)
        if token.text == ".":
            self.uses_current = True
            if self.peek().kind == "op" and self.peek().text in ("/", "//"):
                return self.location_path(None, [])
            return _Argument(lambda ctx: ctx.current(), token.position)
        if token.text == "*":
            raise self.path_error(token.position)
        self.index -= 1
        raise self.unexpected(token)

    def expect_closing(self, opening: _Token) -> None:
        token = self.peek()
        if token.kind == "op" and token.text == ")":
            self.advance()
            return
        if token.kind == "end":
            raise ExpressionError(Code.EXPRESSION_MISSING_PARENTHESIS, opening.position)
        raise self.unexpected(token)

    def function_call(self, name_token: _Token) -> _Argument:
        name = name_token.text
        if name in ("current", "instance"):
            opening = self.advance()
            self.functions.add(name)
            if not (self.peek().kind == "op" and self.peek().text == ")"):
                self.binary(1)
            self.expect_closing(opening)
            if name == "instance":
                return _Argument(lambda ctx: "", name_token.position, literal="\x00instance")
            self.uses_current = True
            return _Argument(lambda ctx: ctx.current(), name_token.position)
        if name not in _FUNCTIONS:
            raise ExpressionError(
                Code.EXPRESSION_UNKNOWN_FUNCTION, name_token.position, function=name
            )
        opening = self.advance()
        self.functions.add(name)
        fewest, most, build = _FUNCTIONS[name]
        args: list[_Argument] = []
        if name == "position":
            if self.peek()[:2] != ("op", ".."):
                raise ExpressionError(Code.EXPRESSION_POSITION_ARGUMENT, self.peek().position)
            self.advance()
            self.expect_closing(opening)
            return _Argument(build(args), name_token.position)
        if not (self.peek().kind == "op" and self.peek().text == ")"):
            args.append(self.binary(1))
            while self.peek().kind == "op" and self.peek().text == ",":
                self.advance()
                args.append(self.binary(1))
        self.expect_closing(opening)
        if len(args) < fewest or (most is not None and len(args) > most):
            expected: int | Text = (
                fewest
                if fewest == most
                else Text(Code.EXPRESSION_AT_LEAST, {"count": fewest})
                if most is None
                else Text(Code.EXPRESSION_BETWEEN, {"fewest": fewest, "most": most})
            )
            raise ExpressionError(
                Code.EXPRESSION_ARGUMENT_COUNT,
                name_token.position,
                function=name,
                expected=expected,
                given=len(args),
            )
        if name == "jr:choice-name":
            self.references.add(_choice_question(args[1]))
        return _Argument(build(args), name_token.position)


def parse_expression(source: str, *, choice_filter: bool = False) -> Expression:
    """Parses an XLSForm expression once, so that it can then be evaluated quickly many times.

    With `choice_filter`, a bare name such as `commune` in `commune = ${commune}` is a column of
    the choices sheet, read through ChoiceFilterContext.choice_field(); elsewhere it is refused as
    an XPath path.
    """
    parser = _Parser(source, choice_filter)
    try:
        evaluator = parser.parse()
    except RecursionError:
        raise ExpressionError(Code.EXPRESSION_TOO_DEEP, None) from None
    return Expression(
        source=source,
        references=frozenset(parser.references),
        functions=frozenset(parser.functions),
        uses_current=parser.uses_current,
        _evaluator=evaluator,
        choice_columns=frozenset(parser.choice_columns),
        bare_names=frozenset(parser.bare_names),
    )
