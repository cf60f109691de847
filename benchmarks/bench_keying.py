"""Keystrokes and time per keystroke to key resident questionnaires, keying mode vs field mode.

For the same answers (demo questionnaires), counts the keys pressed beyond the answers' own
characters (codes, digits, text), per answered question, in each mode; and times every key
press in keying mode (goal: at most 1.2 extra keys per answered question, p95 ≤ 16 ms).

Run: .venv/bin/python benchmarks/bench_keying.py [--questionnaires N]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from inclusion_desktop.demo import random_answers  # noqa: E402
from inclusion_desktop.gui.field.form_view import REVIEW_KEY  # noqa: E402
from inclusion_desktop.gui.field.question_widgets import (  # noqa: E402
    ChoiceButtons,
    ChoiceCombo,
    choice_key,
)
from inclusion_desktop.gui.shell.app import create_application, open_main_window  # noqa: E402
from inclusion_desktop.keying import code_of  # noqa: E402
from inclusion_desktop.questionnaire.model import QuestionType  # noqa: E402
from inclusion_desktop.store import Store  # noqa: E402


class Keyboard:
    """Sends keys to the focused widget, counting them and timing each one."""

    def __init__(self, settle: bool = False) -> None:
        self.total = 0
        self.timings: list[float] = []
        # With `settle`, a key's time runs until the events it posted (layouts, scrolls) are
        # handled, so a page built at once and one laid out a moment later compare fairly.
        self.settle = settle

    def _settled(self) -> None:
        if self.settle:
            QApplication.processEvents()

    def key(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        """One key press."""
        start = time.perf_counter()
        QTest.keyClick(QApplication.focusWidget(), key, modifier)
        self._settled()
        self.timings.append(time.perf_counter() - start)
        self.total += 1

    def text(self, text: str) -> None:
        """ASCII text, one key per character."""
        for char in text:
            start = time.perf_counter()
            QTest.keyClicks(QApplication.focusWidget(), char)
            self._settled()
            self.timings.append(time.perf_counter() - start)
            self.total += 1


def keyed_text(question, value: str, choices) -> str:  # type: ignore[no-untyped-def]
    """What the operator types for a stored answer in keying mode (codes without spaces)."""
    if question.choices is not None:
        codes = [code_of(choices, name) for name in value.split()]
        # Codes run together only when every code of the list is one digit, as parse_codes reads.
        return "".join(codes) if len(choices) <= 9 else " ".join(codes)
    if question.type is QuestionType.ACKNOWLEDGE:
        return "1"
    return value


def key_in_keying_mode(window, answers: dict[str, str], keyboard: Keyboard) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """Keys one questionnaire; returns (own characters, answered questions)."""
    view = window.keying_view
    own = answered = 0
    for _ in range(300):
        focus = QApplication.focusWidget()
        row = next((r for r in view.rows if r.edit is focus), None)
        if row is None:
            break
        value = answers.get(row.question.name, "")
        typed = keyed_text(row.question, value, view.session.choices_for(row.question))
        if row.edit.text() == typed and typed:
            keyboard.key(Qt.Key.Key_Return)  # prefilled from the neighbourhood
            answered += 1
            continue
        if typed:
            keyboard.text(typed)
            own += len(typed)
            answered += 1
        if QApplication.focusWidget() is row.edit:
            keyboard.key(Qt.Key.Key_Return)
        if QApplication.focusWidget() is row.edit:
            raise RuntimeError(f"{row.question.name} ({typed!r}) : {row.error.text()}")
    keyboard.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    return own, answered


def key_in_field_mode(window, answers: dict[str, str], keyboard: Keyboard) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """Enters one questionnaire in field mode with the keyboard; returns (own chars, answered)."""
    view = window.form_view
    own = answered = 0
    for _ in range(400):
        if view.current_key == REVIEW_KEY:
            break
        focus = QApplication.focusWidget()
        editor = view._editor_with_focus(focus) if focus is not None else None
        if editor is not None:
            question = editor.question
            value = answers.get(question.name, "")
            if isinstance(editor, ChoiceButtons):
                for name in value.split():
                    index = next(i for i, (n, _) in enumerate(editor.buttons) if n == name)
                    before = (view.current_key, view.page_widget)
                    keyboard.text(choice_key(index + 1))
                    _classify(view, before, keyboard)
                    own += 1
                answered += bool(value)
            elif isinstance(editor, ChoiceCombo):
                answered += bool(value)
            elif value and not view.session.value(question.name):
                text = value if question.type is not QuestionType.DATE else value
                keyboard.text(text)
                own += len(text)
                answered += 1
            elif value:
                answered += 1
        # Enter adds a line in a multi-line answer: Tab leaves it.
        multiline = type(QApplication.focusWidget()).__name__ == "QPlainTextEdit"
        before = (view.current_key, view.page_widget)
        keyboard.key(Qt.Key.Key_Tab if multiline else Qt.Key.Key_Return)
        _classify(view, before, keyboard)
    QTest.qWait(350)  # the review ignores an Enter pressed at once
    keyboard.key(Qt.Key.Key_Return)
    return own, answered


#: Field-mode key timings: an answer that re-renders its page (it revealed or hid a question)
#: and a key that shows the next page, the bare page swap it is compared with.
FIELD_TIMINGS: dict[str, list[float]] = {"reveal": [], "swap": []}


def _classify(view, before, keyboard: Keyboard) -> None:  # type: ignore[no-untyped-def]
    """Files the last key's time under "swap" (new page) or "reveal" (same page re-rendered)."""
    if view.current_key == REVIEW_KEY:
        return
    if view.current_key != before[0]:
        FIELD_TIMINGS["swap"].append(keyboard.timings[-1])
    elif view.page_widget is not before[1]:
        FIELD_TIMINGS["reveal"].append(keyboard.timings[-1])


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[int(0.95 * (len(ordered) - 1))] * 1000 if ordered else float("nan")


def main() -> int:
    """Prints keystrokes per answered question in both modes and the keying p95."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questionnaires", type=int, default=10)
    args = parser.parse_args()
    app = create_application()
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(str(Path(folder) / "bench.sqlite"))
        store.set_device_name("Banc")
        store.add_operator("Saisie")
        window = open_main_window(store, first_run=False)
        assert window is not None
        window.resize(1366, 768)
        window.show()
        window.activateWindow()
        app.processEvents()
        form = window.collector.form(int(window.home.form_combo.currentData()))
        rng = random.Random(8)
        neighbourhood = window.current_neighbourhood()
        prefilled = {"commune": neighbourhood.commune, "quartier": neighbourhood.quartier}
        questionnaires = []
        for index in range(args.questionnaires):
            answers = random_answers(form, rng, prefilled=prefilled)
            answers["numero_papier"] = f"B{index:04d}"
            answers.pop("commentaire", None)
            # QTest types ASCII only; accents are folded away for the measure.
            for name, value in answers.items():
                if isinstance(value, str):
                    folded = unicodedata.normalize("NFKD", value).encode("ascii", "ignore")
                    answers[name] = folded.decode("ascii")
            questionnaires.append(answers)

        results = {}
        for mode, enter in (("keying", key_in_keying_mode), ("field", key_in_field_mode)):
            window.mode_combo.setCurrentIndex(window.mode_combo.findData(mode))
            keyboard = Keyboard(settle=mode == "field")
            own_total = answered_total = 0
            for answers in questionnaires:
                if window.stack.currentWidget() is window.home:
                    window.new_questionnaire()
                own, answered = enter(window, answers, keyboard)
                own_total += own
                answered_total += answered
            if window.stack.currentWidget() is window.keying_view:
                window.keying_view.close_questionnaire()
            extra = (keyboard.total - own_total) / answered_total
            results[mode] = (extra, keyboard)
            print(
                f"{'Saisie papier' if mode == 'keying' else 'Mode terrain '} : "
                f"{keyboard.total} touches, {own_total} pour les réponses elles-mêmes, "
                f"{answered_total} questions répondues → {extra:.2f} touche(s) en plus par "
                "question"
            )
        timings = sorted(results["keying"][1].timings)
        p95 = timings[int(0.95 * (len(timings) - 1))] * 1000
        print(
            f"Temps par touche en saisie papier : médiane "
            f"{statistics.median(timings) * 1000:.2f} ms, p95 {p95:.2f} ms (objectif ≤ 16 ms)"
        )
        print(
            f"Rapport touches en plus saisie papier / terrain : "
            f"{results['keying'][0] / results['field'][0]:.2f} (objectif : ≤ 1,2 touche en plus "
            "par question en saisie papier)"
        )
        reveal, swap = FIELD_TIMINGS["reveal"], FIELD_TIMINGS["swap"]
        print(
            f"Mode terrain, réponse qui fait apparaître une question sur la page : "
            f"p95 {_p95(reveal):.2f} ms sur {len(reveal)} touches ; page suivante : "
            f"p95 {_p95(swap):.2f} ms sur {len(swap)} touches → rapport "
            f"{_p95(reveal) / _p95(swap):.2f} (objectif ≤ 1,0 : pas plus lent qu'un changement "
            "de page)"
        )
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, 0)
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
