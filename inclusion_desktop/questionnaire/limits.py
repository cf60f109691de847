"""Limits that keep any form, even a crafted one, from freezing or crashing the application.

A form travels in export files, so it may come from someone who wants to harm the coordinator's
laptop. Two things could: a regular expression whose evaluation takes exponential time with a
backtracking engine (``(a+)+$`` on a long answer froze the questionnaire for 36 s), and groups
nested so deep that reading the form exhausts Python's stack (``RecursionError``). Regular
expressions are therefore evaluated by RE2 (``google-re2``), whose time is linear in the text,
and a form nested deeper than :data:`MAX_GROUP_DEPTH` is refused with a French message (by the
loader, which knows the form's groups).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Protocol

from inclusion_desktop.catalogue import Code

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


def unsupported_pattern_code(pattern: str) -> Code:
    """Why a pattern RE2 refuses is refused: invalid, or valid only for a backtracking engine."""
    import re
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            re.compile(pattern)
        except (re.error, OverflowError, RecursionError):
            return Code.EXPRESSION_INVALID_PATTERN
    return Code.EXPRESSION_UNSUPPORTED_PATTERN
