"""Fuzzing of the inputs that come from outside: XLSForms, bundles, expressions of real forms.

Random and mutated inputs may only raise the documented errors (FormError, BundleError,
ExpressionError), and every call must end quickly: a call still running after HANG_SECONDS
is reported as a hang. The suite runs a few hundred inputs per target; a longer campaign is
``FUZZ_EXAMPLES=20000 .venv/bin/pytest tests/core/test_fuzz.py``.
"""

from __future__ import annotations

import datetime
import os
import re
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inclusion_desktop.questionnaire.expressions import ExpressionError, parse_expression
from inclusion_desktop.questionnaire.loader import FormError, load_form_bytes
from inclusion_desktop.store import Store
from inclusion_desktop.sync.bundle import BundleError, _parse, export_bundle
from tests.core.sync_support import FORM_SHA, FORM_SOURCE, add_complete

REPO_ROOT = Path(__file__).resolve().parents[2]
QUESTIONNAIRES = REPO_ROOT / "resources" / "questionnaires"
HANG_SECONDS = 5.0
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "0"))
T = TypeVar("T")


def fuzz_settings(default: int) -> Any:
    """Hypothesis settings: `default` examples unless FUZZ_EXAMPLES asks for a campaign."""
    return settings(
        max_examples=EXAMPLES or default,
        deadline=datetime.timedelta(seconds=HANG_SECONDS),
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        derandomize=not EXAMPLES,  # the suite is reproducible; a campaign explores
        database=None,
    )


@contextmanager
def no_hang() -> Iterator[None]:
    """Fail a call that runs longer than HANG_SECONDS (hypothesis' deadline only measures)."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def alarm(_signum: int, _frame: Any) -> None:
        raise TimeoutError(f"still running after {HANG_SECONDS} s: a hang")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, HANG_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def mutations(seed: bytes, max_edits: int = 6) -> st.SearchStrategy[bytes]:
    """Bytes derived from `seed` by truncation, bit flips, insertions, deletions, duplications."""

    @st.composite
    def mutate(draw: st.DrawFn) -> bytes:
        data = bytearray(seed)
        for _ in range(draw(st.integers(1, max_edits))):
            size = len(data)
            kind = draw(st.sampled_from(["truncate", "flip", "set", "insert", "delete", "dup"]))
            at = draw(st.integers(0, max(size - 1, 0)))
            if kind == "truncate":
                del data[at:]
            elif kind == "flip" and size:
                data[at] ^= 1 << draw(st.integers(0, 7))
            elif kind == "set" and size:
                data[at] = draw(st.sampled_from([0, 0x7F, 0x80, 0xFF, ord("|"), ord("\n")]))
            elif kind == "insert":
                data[at:at] = draw(st.binary(min_size=1, max_size=16))
            elif kind == "delete":
                del data[at : at + draw(st.integers(1, 64))]
            elif kind == "dup":
                data[at:at] = data[at : at + draw(st.integers(1, 256))]
        return bytes(data)

    return mutate()


def _only(
    expected: type[BaseException] | tuple[type[BaseException], ...], call: Callable[[], T]
) -> None:
    with no_hang():
        try:
            call()
        except expected:
            pass


# -- XLSForm loader -------------------------------------------------------------------------

_TYPES = [
    "text",
    "integer",
    "decimal",
    "select_one oui_non",
    "select_multiple oui_non",
    "select_one absent",
    "note",
    "calculate",
    "begin group",
    "end group",
    "begin repeat",
    "end repeat",
    "date",
    "acknowledge",
    "geopoint",
    "range",
    "rank",
    "",
    "image",
]
_COLUMNS = [
    "type",
    "name",
    "label",
    "label::Français (fr)",
    "hint",
    "relevant",
    "constraint",
    "calculation",
    "required",
    "choice_filter",
    "appearance",
    "parameters",
    "default",
    "repeat_count",
    "trigger",
    "media::image",
    "",
]
_CELLS = [
    "",
    "q1",
    "q2",
    "age",
    "${q1}",
    "${q1} = 'oui'",
    ". > 3",
    "if(${q2}, 1, 2)",
    "yes",
    "oui_non",
    "Âge ?",
    "concat(${q1}, 'x')",
    "1 div 0",
    "${absent}",
    "selected(${q2}, 'oui')",
    "field-list",
    "start=1 end=5",
    "|",
    "\\|",
    "(",
    "'",
    "${",
    "count(${q1})",
    "now()",
]


@st.composite
def markdown_forms(draw: st.DrawFn) -> bytes:
    """Random markdown XLSForms: real sheet and column names, cells from XLSForm fragments."""
    lines = []
    for sheet in draw(
        st.lists(
            st.sampled_from(["survey", "choices", "settings", "other"]), min_size=1, max_size=3
        )
    ):
        lines.append(f"| {sheet} |")
        columns = draw(
            st.lists(
                st.sampled_from(_COLUMNS + ["list_name", "form_id", "version"]),
                min_size=1,
                max_size=6,
            )
        )
        lines.append("| | " + " | ".join(columns) + " |")
        for _ in range(draw(st.integers(0, 8))):
            cells = [
                draw(st.one_of(st.sampled_from(_TYPES + _CELLS), st.text(max_size=8)))
                for _ in range(draw(st.integers(0, len(columns) + 1)))
            ]
            lines.append("| | " + " | ".join(cells) + " |")
    return "\n".join(lines).encode("utf-8", "surrogatepass")


@cache
def _real(name: str) -> bytes:
    return (QUESTIONNAIRES / name).read_bytes()


@fuzz_settings(200)
@given(markdown_forms())
def test_loader_random_markdown_forms(source: bytes) -> None:
    _only(FormError, lambda: load_form_bytes(source, "fuzz.md"))


@fuzz_settings(120)
@given(st.sampled_from(["habitants.md", "structures.md"]).flatmap(lambda n: mutations(_real(n))))
def test_loader_mutated_bundled_markdown(source: bytes) -> None:
    _only(FormError, lambda: load_form_bytes(source, "fuzz.md"))


@fuzz_settings(60)
@given(
    st.sampled_from(["habitants.xlsx", "structures.xlsx"]).flatmap(lambda n: mutations(_real(n)))
)
def test_loader_mutated_bundled_workbook(source: bytes) -> None:
    _only(FormError, lambda: load_form_bytes(source, "fuzz.xlsx"))


@fuzz_settings(100)
@given(st.binary(max_size=300), st.sampled_from(["f.md", "f.csv", "f.xlsx", "f.xls", "f.txt"]))
def test_loader_random_bytes_under_any_name(source: bytes, name: str) -> None:
    _only(FormError, lambda: load_form_bytes(source, name))


# -- bundle reader --------------------------------------------------------------------------


@cache
def _bundles() -> tuple[bytes, bytes]:
    """A real clear bundle and a real encrypted one, made once (scrypt is slow on purpose)."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder, Store.open(":memory:") as store:
        store.set_device_name("Portable fuzz")
        form = store.register_form(
            source=FORM_SOURCE,
            filename="enquete.md",
            form_id="enquete",
            version="1",
            title="Enquête",
            sha256=FORM_SHA,
        )
        operator = store.add_operator("Samira")
        for age in (19, 34, 61):
            uuid = add_complete(store, form.id, operator.id, {"age": age})
        store.save_revision(uuid, {"age": 62}, operator.id)
        store.delete_submission(uuid, "Doublon", operator.id)
        clear = Path(folder) / "clair.idbundle"
        sealed = Path(folder) / "chiffre.idbundle"
        export_bundle(store, clear)
        export_bundle(store, sealed, passphrase="campagne")
        return clear.read_bytes(), sealed.read_bytes()


def _read(data: bytes, passphrase: str | None = None) -> None:
    _parse(data, Path("fuzz.idbundle"), passphrase)


@fuzz_settings(300)
@given(st.builds(lambda: _bundles()[0]).flatmap(mutations))
def test_bundle_reader_mutated_clear_bundle(data: bytes) -> None:
    _only(BundleError, lambda: _read(data))


@fuzz_settings(40)
@given(st.builds(lambda: _bundles()[1]).flatmap(lambda seed: mutations(seed, 2)))
def test_bundle_reader_mutated_encrypted_bundle(data: bytes) -> None:
    _only(BundleError, lambda: _read(data, "campagne"))


@fuzz_settings(100)
@given(st.binary(max_size=400).map(lambda tail: b"PK\x03\x04" + tail))
def test_bundle_reader_random_zip_like_bytes(data: bytes) -> None:
    _only(BundleError, lambda: _read(data))


# -- expressions of the bundled forms ---------------------------------------------------------

_EXPRESSION_COLUMNS = {"relevant", "constraint", "calculation", "choice_filter", "required"}


@cache
def _real_expressions() -> list[str]:
    """Every expression cell of the bundled markdown forms."""
    found: list[str] = []
    for path in sorted(QUESTIONNAIRES.glob("*.md")):
        header: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.startswith("| |"):
                header = []
                continue
            cells = [cell.strip() for cell in re.split(r"(?<!\\)\|", line)[2:-1]]
            if "type" in cells and "name" in cells:
                header = cells
                continue
            for column, cell in zip(header, cells, strict=False):
                if column in _EXPRESSION_COLUMNS and cell and cell not in ("yes", "no"):
                    found.append(cell)
    return found


class _Context:
    """Answers for any name: empty, a number, a choice list, or a date, chosen by the name."""

    def nodeset(self, name: str) -> list[Any]:
        return [["", "3", "oui non", datetime.date(2024, 1, 2)][len(name) % 4]]

    def current(self) -> str:
        return "2"

    def choice_label(self, _question: str, value: str) -> str:
        return value

    def position(self) -> int:
        return 1

    def now(self) -> datetime.datetime:
        return datetime.datetime(2024, 3, 15, 10, 30)

    def choice_field(self, name: str) -> str:
        return name


def test_bundled_forms_have_expressions_to_mutate() -> None:
    assert len(_real_expressions()) > 30


@fuzz_settings(300)
@given(
    st.builds(_real_expressions)
    .flatmap(st.sampled_from)
    .flatmap(lambda source: mutations(source.encode(), 4))
)
def test_mutated_real_expressions_parse_or_raise_expression_error(raw: bytes) -> None:
    source = raw.decode("utf-8", "replace")
    with no_hang():
        try:
            expression = parse_expression(source)
        except ExpressionError:
            return
        context = _Context()
        assert isinstance(expression.evaluate_str(context), str)
        assert isinstance(expression.evaluate_bool(context), bool)


@pytest.mark.parametrize("name", ["habitants.md", "structures.md"])
def test_real_expressions_parse(name: str) -> None:
    load_form_bytes(_real(name), name)  # the unmutated forms load: the seeds are valid
