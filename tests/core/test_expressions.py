"""Tests of the XLSForm expression evaluator: operators, functions, coercions and parse errors."""

from __future__ import annotations

import datetime
import math
from collections.abc import Mapping, Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inclusion_desktop.questionnaire.expressions import (
    SUPPORTED_FUNCTIONS,
    Expression,
    ExpressionError,
    parse_expression,
)
from inclusion_desktop.questionnaire.odk_functions import ODK_FUNCTIONS

NodeValue = str | datetime.date | datetime.datetime
NOW = datetime.datetime(2024, 3, 15, 10, 30, 5, 250000)


class FakeContext:
    """A form's answers as a dict; a list value stands for a question inside a repeat."""

    def __init__(
        self,
        values: Mapping[str, NodeValue | Sequence[NodeValue]] | None = None,
        current: str = "",
        position: int = 0,
        labels: Mapping[tuple[str, str], str] | None = None,
    ) -> None:
        self.values = dict(values or {})
        self._current = current
        self._position = position
        self.labels = dict(labels or {})
        self.label_calls: list[tuple[str, str]] = []

    def nodeset(self, name: str) -> list[NodeValue]:
        value = self.values.get(name, "")
        if isinstance(value, str | datetime.date):
            return [value]
        return list(value)

    def current(self) -> str:
        return self._current

    def choice_label(self, question: str, value: str) -> str:
        self.label_calls.append((question, value))
        return self.labels.get((question, value), value)

    def position(self) -> int:
        return self._position

    def now(self) -> datetime.datetime:
        return NOW


class FakeChoiceContext(FakeContext):
    """A context positioned on one choice of a list, for choice_filter."""

    def __init__(self, choice: Mapping[str, str], **answers: NodeValue) -> None:
        super().__init__(answers)
        self.choice = choice

    def choice_field(self, name: str) -> str:
        return self.choice.get(name, "")


def value(source: str, **answers: NodeValue | Sequence[NodeValue]) -> object:
    return parse_expression(source).evaluate(FakeContext(answers))


def text(source: str, **answers: NodeValue | Sequence[NodeValue]) -> str:
    return parse_expression(source).evaluate_str(FakeContext(answers))


def number(source: str, **answers: NodeValue | Sequence[NodeValue]) -> float:
    return parse_expression(source).evaluate_number(FakeContext(answers))


def truth(source: str, **answers: NodeValue | Sequence[NodeValue]) -> bool:
    return parse_expression(source).evaluate_bool(FakeContext(answers))


def parse_error(source: str) -> ExpressionError:
    with pytest.raises(ExpressionError) as caught:
        parse_expression(source)
    return caught.value


# ---------------------------------------------------------------------------------------------
# Literals, references, operators


def test_literals_and_reference_values() -> None:
    assert value("3") == 3.0
    assert value("3.25") == 3.25
    assert value(".5") == 0.5
    assert value("'simple'") == "simple"
    assert value('"double"') == "double"
    assert value('"l\'apostrophe"') == "l'apostrophe"
    assert value("${a}", a="x") == ["x"]
    assert value("${missing}") == [""]
    assert parse_expression(".").evaluate(FakeContext(current="12")) == "12"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("1 + 2", 3.0),
        ("5 - 7", -2.0),
        ("6 * 7", 42.0),
        ("7 div 2", 3.5),
        ("7 mod 3", 1.0),
        ("-7 mod 3", -1.0),
        ("7 mod -3", 1.0),
        ("5.5 mod 2", 1.5),
        ("1 + 2 * 3", 7.0),
        ("(1 + 2) * 3", 9.0),
        ("10 - 4 - 3", 3.0),
        ("16 div 4 div 2", 2.0),
        ("2 * 3 mod 4", 2.0),
        ("-3", -3.0),
        ("--3", 3.0),
        ("- - -3", -3.0),
        ("1 - -3", 4.0),
        ("-(2 + 3) * 2", -10.0),
        ("'4' + ${a}", 6.0),
        ("true() + true()", 2.0),
    ],
)
def test_arithmetic(source: str, expected: float) -> None:
    assert number(source, a="2") == expected


def test_division_and_modulo_by_zero_follow_ieee() -> None:
    assert number("1 div 0") == math.inf
    assert number("-1 div 0") == -math.inf
    assert math.isnan(number("0 div 0"))
    assert math.isnan(number("5 mod 0"))
    assert text("1 div 0") == "Infinity"
    assert text("-1 div 0") == "-Infinity"
    assert text("0 div 0") == "NaN"


def test_arithmetic_on_empty_answer_is_nan() -> None:
    assert math.isnan(number("${age} + 1", age=""))
    assert text("${age} * 2", age="") == "NaN"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("1 = 1", True),
        ("1 != 1", False),
        ("1 < 2", True),
        ("2 <= 2", True),
        ("3 > 2", True),
        ("2 >= 3", False),
        ("'a' = 'a'", True),
        ("'a' != 'b'", True),
        ("'10' > '9'", True),
        ("'abc' < 'abd'", False),
        ("1 = 1 and 2 = 2", True),
        ("1 = 1 and 2 = 3", False),
        ("1 = 2 or 2 = 2", True),
        ("1 = 2 or 2 = 3", False),
        ("1 = 2 and 1 = 1 or 1 = 1", True),
        ("1 = 1 or 1 = 1 and 1 = 2", True),
        ("(1 = 1 or 1 = 1) and 1 = 2", False),
        ("1 < 2 = true()", True),
        ("0 = 1 < 3", False),
        ("3 > 2 > 1", False),
        ("1 + 1 = 2", True),
    ],
)
def test_comparisons_and_logic(source: str, expected: bool) -> None:
    assert value(source) is expected


def test_and_or_short_circuit() -> None:
    context = FakeContext(labels={("q", "x"): "X"})
    parse_expression("false() and jr:choice-name('x', '${q}') = 'X'").evaluate(context)
    parse_expression("true() or jr:choice-name('x', '${q}') = 'X'").evaluate(context)
    assert context.label_calls == []
    assert parse_expression("1 and 'a' and ${q}").evaluate(FakeContext({"q": "y"})) is True


def test_keywords_are_operators_only_in_operator_position() -> None:
    assert number("6 div 3 mod 2") == 0.0
    assert "« div »" in parse_error("div").message
    assert "« and »" in parse_error("and = 1").message


def test_chains_of_many_operators_evaluate() -> None:
    assert number(" + ".join(["1"] * 3000)) == 3000.0
    assert truth(" and ".join(["${a} = 'x'"] * 500), a="x") is True
    assert truth(" or ".join(["${a} = 'y'"] * 500), a="x") is False


def test_deeply_nested_ifs_evaluate() -> None:
    source = "'fin'"
    for level in range(60):
        source = f"if(${{n}} = {level}, 'niveau {level}', {source})"
    assert text(source, n="59") == "niveau 59"
    assert text(source, n="99") == "fin"


# ---------------------------------------------------------------------------------------------
# XPath coercions


def test_empty_answer_is_not_zero() -> None:
    assert truth("${age} > 15", age="") is False
    assert truth("${age} < 15", age="") is False
    assert truth("${age} = 0", age="") is False
    assert truth("${age} != 0", age="") is True
    assert truth("${x} = ''", x="") is True
    assert truth("${x} != ''", x="") is False
    assert truth("${age} > 15", age="16") is True
    assert math.isnan(number("number(${age})", age=""))


def test_number_and_string_equality_compares_numbers() -> None:
    assert truth("${a} = 3", a="3.0") is True
    assert truth("${a} = '3'", a="3.0") is False
    assert truth("${a} = 3", a=" 3 ") is True
    assert truth("'abc' = 0") is False
    assert truth("'abc' != 0") is True


def test_number_conversion_is_strict_xpath() -> None:
    assert number("number('12.5')") == 12.5
    assert number("number('-4')") == -4.0
    for not_a_number in ("1e3", "inf", "nan", "1_000", "+3", "0x10", "3,5", "٣"):
        assert math.isnan(number(f"number('{not_a_number}')")), not_a_number


def test_boolean_comparisons() -> None:
    assert truth("true() = 'false'") is True
    assert truth("false() = ''") is True
    assert truth("true() = 1") is True
    assert truth("false() = 0") is True
    assert truth("${a} = true()", a="oui") is True
    assert truth("${a} = false()", a="") is True
    assert truth("true() > false()") is True


def test_nodeset_comparisons_are_existential() -> None:
    members = ["12", "40", "7"]
    assert truth("${age} > 30", age=members) is True
    assert truth("${age} > 50", age=members) is False
    assert truth("${age} = 7", age=members) is True
    assert truth("${age} != 7", age=members) is True
    assert truth("${age} = '40'", age=members) is True
    assert truth("${age} = ${other}", age=members, other=["1", "40"]) is True
    assert truth("${age} = ${other}", age=members, other=["1", "2"]) is False
    assert truth("${age} < ${other}", age=members, other=["8"]) is True
    assert truth("${age} = 1", age=[]) is False
    assert truth("${age} != 1", age=[]) is False


def test_boolean_of_values() -> None:
    assert truth("${a}", a="") is False
    assert truth("${a}", a="x") is True
    assert truth("${a}", a=[]) is False
    assert truth("${a}", a=["", ""]) is True
    assert truth("${d}", d=datetime.date(2020, 1, 1)) is True
    assert truth("0") is False
    assert truth("0 div 0") is False
    assert truth("-0.5") is True
    assert truth("''") is False
    assert truth("'false'") is True
    assert truth(".") is False
    assert parse_expression(".").evaluate_bool(FakeContext(current="a")) is True


def test_string_of_values_as_odk_stores_them() -> None:
    assert text("3.0 + 0") == "3"
    assert text("-0") == "0"
    assert text("1 div 4") == "0.25"
    assert text("1 div 3") == "0.3333333333333333"
    assert text("0.1 + 0.2") == "0.30000000000000004"
    assert text("0.0000001 * 1") == "0.0000001"
    assert text("100000000000000000000 * 1") == "100000000000000000000"
    assert text("1 = 1") == "true"
    assert text("1 = 2") == "false"
    assert text("${d}", d=datetime.date(2024, 2, 29)) == "2024-02-29"
    assert text("now()") == "2024-03-15T10:30:05.250"
    assert text("${a}", a=["first", "second"]) == "first"
    assert text("${a}", a=[]) == ""


def test_date_comparison_and_arithmetic() -> None:
    dob = datetime.date(2000, 1, 1)
    assert truth("${dob} < today()", dob=dob) is True
    assert truth("${dob} > today()", dob=dob) is False
    assert truth("${dob} < today()", dob="") is False
    assert number("today() - ${dob}", dob=dob) == (NOW.date() - dob).days
    assert number("int((today() - ${dob}) div 365.25)", dob=dob) == 24.0
    assert truth("${dob} = '2000-01-01'", dob=dob) is True
    assert truth("'2000-01-02' > ${dob}", dob=dob) is True
    assert number("today() - '2024-03-10'") == 5.0
    assert number("${dob} + 1", dob=dob) == 10958.0
    assert truth("${dob} = 10957", dob=dob) is True
    assert truth("${dob} = 'pas une date'", dob=dob) is False
    assert math.isnan(number("today() - 'pas une date'"))
    assert truth("'2000-01-01' < '2001-01-01'") is False


def test_datetime_arithmetic_uses_fractional_days() -> None:
    moment = datetime.datetime(1970, 1, 2, 12, 0)
    assert number("${t} + 0", t=moment) == 1.5
    aware = datetime.datetime(
        1970, 1, 2, 1, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=1))
    )
    assert number("${t} + 0", t=aware) == 1.0
    assert number("now() - today()") == pytest.approx((10 * 3600 + 30 * 60 + 5.25) / 86400)
    assert truth("${t} > '1970-01-02'", t=moment) is True


# ---------------------------------------------------------------------------------------------
# Functions


def test_boolean_functions() -> None:
    assert value("true()") is True
    assert value("false()") is False
    assert value("not(1 = 2)") is True
    assert value("not('')") is True
    assert value("boolean('x')") is True
    assert value("boolean(0)") is False
    assert value("boolean(${a})", a="") is False


def test_selected_and_multiple_choice_functions() -> None:
    answers = {"m": "tv radio internet"}
    assert truth("selected(${m}, 'radio')", **answers) is True
    assert truth("selected(${m}, 'rad')", **answers) is False
    assert truth("selected(${m}, ' internet ')", **answers) is True
    assert truth("selected(${m}, 'x')", m="") is False
    assert number("count-selected(${m})", **answers) == 3.0
    assert number("count-selected(${m})", m="") == 0.0
    assert text("selected-at(${m}, 0)", **answers) == "tv"
    assert text("selected-at(${m}, 2)", **answers) == "internet"
    assert text("selected-at(${m}, 1.9)", **answers) == "radio"
    assert text("selected-at(${m}, 3)", **answers) == ""
    assert text("selected-at(${m}, -1)", **answers) == ""
    assert text("selected-at(${m}, 'x')", **answers) == ""


def test_choice_name_calls_the_context_with_the_question_name() -> None:
    context = FakeContext({"commune": "lyon"}, labels={("commune", "lyon"): "Lyon"})
    expression = parse_expression("jr:choice-name(${commune}, '${commune}')")
    assert expression.evaluate(context) == "Lyon"
    assert context.label_calls == [("commune", "lyon")]
    other = parse_expression("concat('Vous vivez à ', jr:choice-name(${c}, \" ${commune} \"))")
    assert other.references == frozenset({"c", "commune"})
    assert other.evaluate_str(FakeContext({"c": "lyon"}, labels={("commune", "lyon"): "Lyon"})) == (
        "Vous vivez à Lyon"
    )


def test_if_and_coalesce() -> None:
    assert text("if(${a} = 'x', 'oui', 'non')", a="x") == "oui"
    assert text("if(${a} = 'x', 'oui', 'non')", a="y") == "non"
    assert number("if(${a} > 3, ${a} * 2, 0)", a="5") == 10.0
    assert text("coalesce(${a}, 'défaut')", a="") == "défaut"
    assert text("coalesce(${a}, 'défaut')", a="valeur") == "valeur"
    assert text("coalesce(${a}, ${b})", a="", b="b") == "b"


def test_string_functions() -> None:
    assert text("concat('a', 1, true(), ${x})", x="z") == "a1truez"
    assert text("concat()") == ""
    assert text("concat(${names}, '!')", names=["Ana", "Bo"]) == "AnaBo!"
    assert number("string-length('été')") == 3.0
    assert number("string-length(${a})", a="") == 0.0
    assert number("string-length(.)") == 0.0
    assert truth("contains('bonjour', 'jour')") is True
    assert truth("contains('bonjour', 'soir')") is False
    assert truth("starts-with('bonjour', 'bon')") is True
    assert truth("starts-with('bonjour', 'jour')") is False
    assert text("string(12)") == "12"
    assert text("string(1 = 1)") == "true"


def test_regex_uses_search_semantics() -> None:
    assert truth("regex('06 12 34 56 78', '^0[1-9]( ?[0-9]{2}){4}$')") is True
    assert truth("regex('abc123', '[0-9]+')") is True
    assert truth("regex('abc', '^[0-9]+$')") is False
    phone = parse_expression("regex(., '^[0-9]{10}$')")
    assert phone.evaluate_bool(FakeContext(current="0612345678")) is True
    assert phone.evaluate_bool(FakeContext(current="06123")) is False
    assert phone.uses_current


def test_regex_with_computed_pattern_never_raises() -> None:
    assert truth("regex('a1', ${p})", p="[0-9]") is True
    assert truth("regex('a1', ${p})", p="[") is False


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("int(3.7)", 3.0),
        ("int(-3.7)", -3.0),
        ("int('12.9')", 12.0),
        ("number('  42 ')", 42.0),
        ("number(true())", 1.0),
        ("round(2.5)", 3.0),
        ("round(-2.5)", -3.0),
        ("round(2.4)", 2.0),
        ("round(2.675, 2)", 2.68),
        ("round(-1.005, 2)", -1.01),
        ("round(1234.5, -2)", 1200.0),
        ("round(1.23456, 3)", 1.235),
    ],
)
def test_numeric_functions(source: str, expected: float) -> None:
    assert number(source) == expected


def test_numeric_functions_keep_nan_and_infinity() -> None:
    assert math.isnan(number("int('x')"))
    assert number("int(1 div 0)") == math.inf
    assert math.isnan(number("round('x')"))
    assert math.isnan(number("round(2.5, 'x')"))
    assert number("round(1 div 0, 2)") == math.inf
    assert number("round(123.456, 1000)") == 123.456
    assert number("round(123.456, -1000)") == 0.0


def test_date_functions() -> None:
    assert value("today()") == datetime.date(2024, 3, 15)
    assert value("now()") == NOW
    assert value("date('2024-02-29')") == datetime.date(2024, 2, 29)
    assert value("date(0)") == datetime.date(1970, 1, 1)
    assert value("date(19797.8)") == datetime.date(2024, 3, 15)
    assert value("date(today() + 1)") == datetime.date(2024, 3, 16)
    assert value("date('2024-03-15T23:10:00.000+02:00')") == datetime.date(2024, 3, 15)
    assert value("date(${d})", d=datetime.date(2001, 2, 3)) == datetime.date(2001, 2, 3)
    assert text("date('2024-02-30')") == ""
    assert text("date('pas une date')") == ""
    assert text("date(${d})", d="") == ""
    assert text("date(1 div 0)") == ""
    assert text("date(100000000)") == ""
    assert math.isnan(number("date('pas une date')"))


def test_format_date_codes() -> None:
    assert text("format-date(now(), '%Y-%m-%d %H:%M:%S.%3')") == "2024-03-15 10:30:05.250"
    assert text("format-date(now(), '%y %n %e %h %a %b')") == "24 3 15 10 Fri Mar"
    assert text("format-date(${d}, '%e/%n/%Y à %H:%M')", d=datetime.date(2024, 1, 5)) == (
        "5/1/2024 à 00:00"
    )
    assert text("format-date('2024-12-25', '%d %b, 100%, %q')") == "25 Dec, 100%, %q"
    assert text("format-date(19797, '%Y-%m-%d')") == "2024-03-15"
    assert text("format-date(${d}, '%Y')", d="") == ""
    assert text("format-date('bof', '%Y')") == ""


def test_count_and_sum_over_repeat() -> None:
    members = {"membre": ["", "", ""], "age": ["34", "30", "8"]}
    assert number("count(${membre})", **members) == 3.0
    assert number("count(${membre})", membre=[]) == 0.0
    assert number("sum(${age})", **members) == 72.0
    assert number("sum(${age})", age=[]) == 0.0
    assert math.isnan(number("sum(${age})", age=["34", ""]))
    assert truth("count(${membre}) > 2 and sum(${age}) div count(${age}) > 20", **members)


def test_position_reads_the_repeat_index() -> None:
    expression = parse_expression("position(..) = 1")
    assert expression.evaluate_bool(FakeContext(position=1)) is True
    assert expression.evaluate_bool(FakeContext(position=2)) is False
    assert parse_expression("position( .. )").evaluate_number(FakeContext(position=3)) == 3.0
    assert expression.functions == frozenset({"position"})


def test_supported_functions_are_all_parseable() -> None:
    samples = {
        "not": "not(1)", "true": "true()", "false": "false()", "boolean": "boolean(1)",
        "number": "number(1)", "string": "string(1)", "int": "int(1)", "round": "round(1)",
        "selected": "selected('a', 'a')", "count-selected": "count-selected('a')",
        "selected-at": "selected-at('a', 0)", "jr:choice-name": "jr:choice-name('a', '${q}')",
        "if": "if(1, 2, 3)", "coalesce": "coalesce(1, 2)", "concat": "concat(1, 2)",
        "string-length": "string-length('a')", "contains": "contains('a', 'a')",
        "starts-with": "starts-with('a', 'a')", "regex": "regex('a', 'a')",
        "today": "today()", "now": "now()", "date": "date(1)",
        "format-date": "format-date(1, '%Y')", "count": "count(${q})", "sum": "sum(${q})",
        "position": "position(..)",
    }  # fmt: skip
    for name, (fewest, _, _) in ODK_FUNCTIONS.items():
        arguments = {"indexed-repeat": ["${q}", "${r}", "1"], "choice-name": ["1", "'${q}'"]}.get(
            name, ["'1'"] * fewest
        )
        samples[name] = f"{name}({', '.join(arguments)})"
    assert set(samples) == SUPPORTED_FUNCTIONS
    for name, source in samples.items():
        assert parse_expression(source).functions == frozenset({name})


def test_choice_filter_reads_choice_columns_by_bare_name() -> None:
    expression = parse_expression("commune = ${commune} or name = 'autre'", choice_filter=True)
    assert expression.choice_columns == frozenset({"commune", "name"})
    assert expression.references == frozenset({"commune"})
    lyon = {"name": "croix_rousse", "commune": "lyon"}
    assert expression.evaluate_bool(FakeChoiceContext(lyon, commune="lyon")) is True
    assert expression.evaluate_bool(FakeChoiceContext(lyon, commune="vienne")) is False
    assert expression.evaluate_bool(FakeChoiceContext({"name": "autre"}, commune="x")) is True
    assert expression.evaluate_bool(FakeContext({"commune": "lyon"})) is False
    assert parse_expression("${commune} = 'lyon'").choice_columns == frozenset()
    # Outside a choice_filter a bare name is, as in JavaRosa, an empty child node-set.
    outside = parse_expression("commune = ${commune}")
    assert outside.bare_names == frozenset({"commune"})
    assert outside.evaluate_bool(FakeContext({"commune": ""})) is True


def test_paths_designate_the_question_of_their_last_step() -> None:
    for source in ("/data/g/commune = 'a'", "../commune = 'a'", "current()/../commune = 'a'",
                   "./commune = 'a'"):  # fmt: skip
        expression = parse_expression(source)
        assert expression.references == frozenset({"commune"}), source
        assert expression.evaluate_bool(FakeContext({"commune": "a"})) is True
    assert parse_expression("/data/commune = ${commune}", choice_filter=True).references == {
        "commune"
    }
    assert text("instance('x')/root/item[name = 'a']/label") == ""
    assert text("..") == ""


def test_numeric_predicate_and_indexed_repeat_pick_one_instance() -> None:
    assert text("${a}[2]", a=["x", "y", "z"]) == "y"
    assert text("${a}[9]", a=["x"]) == ""
    assert text("indexed-repeat(${a}, ${r}, 3)", a=["x", "y", "z"]) == "z"
    assert text("indexed-repeat(${a}, ${r}, 0)", a=["x"]) == ""


def test_odk_functions_give_odk_results() -> None:
    assert number("sqrt(16) + pow(2, 3) + abs(-1)") == 13.0
    assert number("round(cos(0) + sin(0), 2)") == 1.0
    assert number("max(${a}, 7)", a=["3", "9"]) == 9.0
    assert number("min(${a})", a=["3", "9"]) == 3.0
    assert math.isnan(number("min(${a})", a=["3", "x"]))
    assert text("substr('abcdef', 1, 3)") == "bc"
    assert text("substring-before('a-b', '-')") == "a"
    assert text("substring-after('a-b', '-')") == "b"
    assert text("translate('abc', 'ab', 'AB')") == "ABc"
    assert text("normalize-space('  a   b ')") == "a b"
    assert text("join(' ', ${a})", a=["x", "y"]) == "x y"
    assert truth("ends-with('abc', 'bc')") is True
    assert truth("checklist(1, 2, 'yes', '', 'x')") is True
    assert number("count-non-empty(${a})", a=["x", "", "y"]) == 2.0
    assert number("floor(2.7) + ceiling(2.1)") == 5.0
    assert number("difference-in-months('2024-01-31', '2024-03-30')") == 1.0
    assert text("format-date-time('2024-03-15T10:30:00', '%Y %H')") == "2024 10"
    assert round(number("distance('0 0; 0 1')")) == 111319
    assert text("pulldata('f', 'c', 'k', 'v')") == ""  # a context without the form's files


def test_once_keeps_the_stored_value() -> None:
    expression = parse_expression("once(concat('a', 'b'))")
    assert expression.evaluate_str(FakeContext(current="déjà")) == "déjà"
    assert expression.evaluate_str(FakeContext(current="")) == "ab"


def test_keyword_operators_are_not_bare_names() -> None:
    assert "« or »" in parse_error("or").message


# ---------------------------------------------------------------------------------------------
# What an expression tells about itself


def test_references_functions_and_current_are_extracted() -> None:
    expression = parse_expression(
        "if(selected(${m}, 'x') and . > ${age}, concat(${nom}, jr:choice-name(${c}, '${c2}')), '')"
    )
    assert expression.references == frozenset({"m", "age", "nom", "c", "c2"})
    assert expression.functions == frozenset({"if", "selected", "concat", "jr:choice-name"})
    assert expression.uses_current is True
    plain = parse_expression("${a} = 'x' and ${b} > 3")
    assert plain.references == frozenset({"a", "b"})
    assert plain.functions == frozenset()
    assert plain.uses_current is False
    assert plain.source == "${a} = 'x' and ${b} > 3"


def test_reference_names_allow_xml_name_characters() -> None:
    expression = parse_expression("${nb_enfants.2} + ${âge-déclaré}")
    assert expression.references == frozenset({"nb_enfants.2", "âge-déclaré"})


def test_expressions_compare_by_source() -> None:
    first, second = parse_expression("1 + 1"), parse_expression("1 + 1")
    assert first == second
    assert hash(first) == hash(second)
    assert isinstance(first, Expression)


# ---------------------------------------------------------------------------------------------
# Parse errors


@pytest.mark.parametrize(
    ("source", "message", "position"),
    [
        ("frobnicate(1)", "fonction non prise en charge : frobnicate()", 0),
        ("1 + /", "étape de chemin XPath invalide à la position 5", 5),
        ("*", "chemin XPath non pris en charge : « * » — utilisez ${nom}", 0),
        ("@id", "chemin XPath non pris en charge : « @id » — utilisez ${nom}", 0),
        ("${a} =", "expression incomplète", 6),
        ("not(", "expression incomplète", 4),
        ("", "expression vide", 0),
        ("   ", "expression vide", 0),
        ("(1 + 2", "parenthèse fermante manquante", 0),
        ("concat('a', 'b'", "parenthèse fermante manquante", 6),
        ("1 + 2)", "parenthèse fermante en trop à la position 5", 5),
        ("${age} # 2", "caractère inattendu « # » à la position 7", 7),
        ("${a} = 'x' et ${b} = 'y'", "élément inattendu « et » à la position 11", 11),
        ("1 2", "élément inattendu « 2 » à la position 2", 2),
        ("1e3", "élément inattendu « e3 » à la position 1", 1),
        ("${a} | ${b}", "opérateur non pris en charge : « | »", 5),
        ("'abc", "chaîne non terminée : guillemet ouvert à la position 0", 0),
        ("${abc", "référence non terminée à la position 0 : « } » manquant", 0),
        ("$abc", "référence invalide à la position 0 : écrivez ${nom}", 0),
        ("${1abc}", "référence invalide : « ${1abc} »", 0),
        ("${a b}", "référence invalide : « ${a b} »", 0),
        ("if(1, 2)", "nombre d'arguments incorrect pour if() : 2 au lieu de 3", 0),
        ("today(1)", "nombre d'arguments incorrect pour today() : 1 au lieu de 0", 0),
        (
            "round(1, 2, 3)",
            "nombre d'arguments incorrect pour round() : 3 au lieu de 1 à 2",
            0,
        ),
        ("position()", "position() n'accepte que l'argument « .. »", 9),
        ("position('..')", "position() n'accepte que l'argument « .. »", 9),
        ("count('a')", "count() attend une référence ${nom} en argument", 6),
        ("sum(1 + 2)", "sum() attend une référence ${nom} en argument", 4),
        ("regex(., '[a-')", "expression régulière invalide : « [a- »", 9),
        (
            "jr:choice-name(${a}, 'a')",
            "jr:choice-name() attend en second argument le nom de la question entre "
            "guillemets, par exemple '${question}'",
            21,
        ),
        ("(" * 300 + "1" + ")" * 300, "expression trop imbriquée", 100),
    ],
)
def test_parse_errors(source: str, message: str, position: int) -> None:
    error = parse_error(source)
    assert error.message == message
    assert str(error) == message
    assert error.position == position


# ---------------------------------------------------------------------------------------------
# Robustness


_FRAGMENTS = list("${}()'\".,/[]-+*=<>!|#@:0123456789 ") + [
    "${a}", "div", "and", "or", "mod", "if(", "concat(", "position(", "..", "jr:choice-name(",
    "'${a}'", "regex(", "today()", "count(", "é",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(
    st.one_of(
        st.text(st.characters(codec="utf-8", categories=("L", "N", "P", "S", "Zs")), max_size=60),
        st.lists(st.sampled_from(_FRAGMENTS), max_size=40).map("".join),
    )
)
def test_random_text_parses_or_raises_expression_error(source: str) -> None:
    try:
        expression = parse_expression(source)
    except ExpressionError as error:
        assert error.message
        assert error.position is None or 0 <= error.position <= len(source)
    else:
        assert expression.source == source


_ANSWERS = st.one_of(
    st.sampled_from(["", "0", "3", "-2.5", "abc", "a b", "2024-02-29", "1e400", "٣"]),
    st.dates(min_value=datetime.date(1, 1, 1)),
    st.text(max_size=5),
)
_ATOMS = st.sampled_from(
    ["${a}", "${b}", ".", "0", "1.5", "''", "'2020-01-01'", "today()", "now()", "${r}"]
)
_UNARY = ["not({})", "int({})", "round({})", "date({})", "string-length({})", "number({})",
          "count-selected({})", "-{}", "boolean({})", "format-date({}, '%Y %b %a %3')"]  # fmt: skip
_BINARY = ["({} + {})", "({} - {})", "({} * {})", "({} div {})", "({} mod {})", "({} = {})",
           "({} != {})", "({} < {})", "({} >= {})", "({} and {})", "({} or {})",
           "selected({}, {})", "selected-at({}, {})", "round({}, {})", "coalesce({}, {})",
           "concat({}, {})", "contains({}, {})", "regex({}, {})", "jr:choice-name({}, '${{a}}')",
           "if({}, {}, sum(${{r}}))"]  # fmt: skip


def _compose(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    unary = st.tuples(st.sampled_from(_UNARY), children).map(lambda t: t[0].format(t[1]))
    binary = st.tuples(st.sampled_from(_BINARY), children, children).map(
        lambda t: t[0].format(t[1], t[2])
    )
    return unary | binary


@settings(max_examples=300, deadline=None)
@given(
    st.recursive(_ATOMS, _compose, max_leaves=12),
    _ANSWERS,
    _ANSWERS,
    st.lists(_ANSWERS, max_size=3),
)
def test_evaluation_never_raises_on_bad_data(
    source: str, a: NodeValue, b: NodeValue, r: list[NodeValue]
) -> None:
    expression = parse_expression(source)
    context = FakeContext({"a": a, "b": b, "r": r}, current=str(a))
    assert isinstance(expression.evaluate_str(context), str)
    assert isinstance(expression.evaluate_bool(context), bool)
    assert isinstance(expression.evaluate_number(context), float)
