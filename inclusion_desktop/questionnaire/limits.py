"""Limits that keep any form, even a crafted one, from freezing or crashing the application.

A form travels in export files, so it may come from someone who wants to harm the coordinator's
laptop. Two things could: a regular expression whose evaluation takes exponential time with a
backtracking engine (``(a+)+$`` on a long answer froze the questionnaire for 36 s), and groups
nested so deep that reading the form exhausts Python's stack (``RecursionError``). Regular
expressions are therefore evaluated by RE2 (``google-re2``), whose time is linear in the text,
and a form nested deeper than :data:`MAX_GROUP_DEPTH` is refused with a French message.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from inclusion_desktop.questionnaire.model import Form

#: Groups and repeats inside one another; real forms stay below ten.
MAX_GROUP_DEPTH = 32


class Pattern(Protocol):
    """The part of a compiled regular expression the evaluator uses."""

    def search(self, text: str) -> Any:
        """The first match in `text`, or None."""


@lru_cache(maxsize=1)
def _options() -> Any:
    import re2

    options = re2.Options()
    options.log_errors = False  # an invalid pattern is reported by us, located, not on stderr
    return options


@lru_cache(maxsize=256)
def compile_linear(pattern: str) -> Pattern | None:
    """The pattern compiled by RE2 (linear-time matching), or None when RE2 refuses it."""
    import re2

    try:
        compiled: Pattern = re2.compile(pattern, _options())
    except (re2.error, TypeError, ValueError, OverflowError):
        return None
    return compiled


def unsupported_pattern_reason(pattern: str) -> str:
    """Why a pattern RE2 refuses is refused: invalid, or valid only for a backtracking engine."""
    import re
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            re.compile(pattern)
        except (re.error, OverflowError, RecursionError):
            return f"expression régulière invalide : « {pattern} »"
    return (
        f"expression régulière non prise en charge : « {pattern} » (les références arrière "
        "et les assertions avant/arrière ne peuvent pas être évaluées en un temps borné)"
    )


def group_depth(form: Form) -> int:
    """The deepest nesting of groups and repeats in the form (0 when it has none)."""
    from inclusion_desktop.questionnaire.model import Group

    deepest = 0
    stack: list[tuple[tuple[Any, ...], int]] = [(form.children, 0)]
    while stack:
        items, depth = stack.pop()
        for item in items:
            if isinstance(item, Group):
                deepest = max(deepest, depth + 1)
                stack.append((item.children, depth + 1))
    return deepest


def _too_deep(filename: str) -> Exception:
    from inclusion_desktop.questionnaire.loader import FormError, FormProblem

    return FormError(
        [
            FormProblem(
                filename,
                f"groupes et répétitions imbriqués sur plus de {MAX_GROUP_DEPTH} niveaux",
                sheet="survey",
                advice="un questionnaire réel en compte moins de dix : vérifiez les lignes "
                "« begin group » / « end group »",
            )
        ]
    )


def guarded_build(build: Callable[[], Form], filename: str) -> Form:
    """Run a form build; nesting too deep (or a stack exhausted) becomes a located FormError."""
    try:
        form = build()
    except RecursionError:
        raise _too_deep(filename) from None
    if group_depth(form) > MAX_GROUP_DEPTH:
        raise _too_deep(filename)
    return form
