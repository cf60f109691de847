"""Demo data: free texts that fit the question they answer."""

from __future__ import annotations

import random

from inclusion_desktop.demo import random_answers
from inclusion_desktop.questionnaire.bundled import load_bundled_form


def test_structure_questions_get_names_of_places_not_sentences() -> None:
    form = load_bundled_form()
    rng = random.Random(2021)
    seen: dict[str, set[str]] = {"accomp_structure_nom": set(), "commentaire": set()}
    for _ in range(400):
        answers = random_answers(form, rng, prefilled={"consentement": "oui", "accompagne": "oui"})
        for name, values in seen.items():
            if answers.get(name):
                values.add(str(answers[name]))
    assert seen["accomp_structure_nom"], "no structure name drawn in 400 questionnaires"
    assert "Mon fils m'aide quand il est là." not in seen["accomp_structure_nom"]
    assert all(not text.endswith(".") for text in seen["accomp_structure_nom"])
    assert seen["commentaire"]  # sentences still go to the free comment
