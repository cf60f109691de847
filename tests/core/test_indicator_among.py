"""Sub-rows of a choice list say who they are counted among (« parmi les non-équipé·es »)."""

from __future__ import annotations

import pytest

from inclusion_desktop.analysis.indicators import (
    IndicatorFileError,
    load_indicators,
    parse_indicators,
)
from inclusion_desktop.questionnaire.bundled import load_bundled_form


def test_reasons_without_equipment_say_among_whom() -> None:
    sheet = load_indicators("habitants")
    by_id = {i.id: i for i in sheet.indicators}
    reasons = [i for i in sheet.indicators if i.id.startswith("raison_sans_equipement.")]
    assert len(reasons) >= 3
    assert all(i.label_fr.endswith(", parmi les non-équipé·es") for i in reasons)
    assert all(i.label_en.endswith(", among people with no device") for i in reasons)
    assert by_id["raison_sans_equipement.moyens"].label_fr.startswith("Par manque de moyens")
    # Indicators without `among` keep their labels as they are.
    assert by_id["critere_principal.gratuit"].label_fr.count("parmi") == 0


def test_a_malformed_among_is_refused_with_its_place() -> None:
    form = load_bundled_form()
    text = (
        '[[section]]\nid = "s"\nlabel = "S"\n[[section.indicator]]\n'
        'choices_of = "raison_sans_equipement"\namong = 5\n'
    )
    with pytest.raises(IndicatorFileError, match="libellé"):
        parse_indicators(text, form)
