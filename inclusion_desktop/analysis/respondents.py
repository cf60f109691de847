"""Who is a respondent: a questionnaire whose person agreed to answer (consent not « non »).

A door-to-door refusal is saved as a complete questionnaire with ``consentement = non`` and
nothing else; it counts in the fieldwork figures (refusal rates) but never as a respondent, in
no denominator and in no weighting.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

#: The consent question of the resident questionnaire and the answer of a refusal.
CONSENT_VARIABLE = "consentement"
REFUSAL_ANSWER = "non"


@dataclass(frozen=True)
class Respondents:
    """The respondents' frame, and the refusals left out of it (in total and per zone)."""

    frame: pd.DataFrame
    refusals: int
    refusals_by_zone: dict[str, int]


def refusal_mask(frame: pd.DataFrame) -> pd.Series:
    """True for each row of `frame` whose person declined to answer."""
    if CONSENT_VARIABLE not in frame:
        return pd.Series(False, index=frame.index)
    answers = frame[CONSENT_VARIABLE].astype("string")
    return (answers == REFUSAL_ANSWER).fillna(False).astype(bool)


def split_refusals(frame: pd.DataFrame, *, consume: bool = False) -> Respondents:
    """The respondents of `frame` (index renumbered) and the count of refusals set apart.

    With `consume`, the respondents' columns are taken out of `frame` one at a time (it is left
    with no column), so memory never holds two copies of a million-row frame.
    """
    refused = refusal_mask(frame).to_numpy()
    by_zone: dict[str, int] = {}
    if "_zone" in frame:
        zones = frame.loc[refused, "_zone"].astype(str)
        by_zone = {str(zone): int(count) for zone, count in zones.value_counts().items()}
    if consume:
        kept = _without_rows(frame, refused)
    else:
        kept = frame.loc[~refused].reset_index(drop=True)
    if "_zone" in kept and isinstance(kept["_zone"].dtype, pd.CategoricalDtype):
        kept["_zone"] = kept["_zone"].cat.remove_unused_categories()
    return Respondents(kept, int(refused.sum()), by_zone)


def _without_rows(frame: pd.DataFrame, dropped: np.ndarray[Any, Any]) -> pd.DataFrame:
    """`frame` less the `dropped` rows, its columns moved out of it one at a time."""
    if not dropped.any():
        kept = frame.copy(deep=False)  # the same columns, not a copy of them
        kept.index = pd.RangeIndex(len(kept))
    else:
        keep = ~dropped
        kept = pd.DataFrame(
            {name: _rows(frame.pop(name), keep) for name in list(frame.columns)}, copy=False
        )
    for name in list(frame.columns):
        del frame[name]
    return kept


def _rows(column: pd.Series, keep: np.ndarray[Any, Any]) -> pd.Series:
    """The `keep` rows of `column`, numbered from 0, in its own dtype."""
    return pd.Series(column.array[keep], dtype=column.dtype, copy=False)
