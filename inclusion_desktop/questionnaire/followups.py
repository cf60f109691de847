"""Follow-up questions: a « Précisez : » asked only after a given answer to a choice question."""

from __future__ import annotations

from inclusion_desktop.questionnaire.model import Form, Question


def followed_question(form: Form, question: Question) -> Question | None:
    """The choice question `question` follows up, or None.

    A follow-up's relevance names one question only, a question with choices (e.g.
    `selected(${raison}, 'autre')`); shown alone on its page, the follow-up needs that question
    and its answer recalled, since its own label (« Précisez : ») says nothing by itself.
    """
    if question.relevant is None or len(question.relevant.references) != 1:
        return None
    parent = form.by_name.get(next(iter(question.relevant.references)))
    if isinstance(parent, Question) and parent.choices is not None and parent is not question:
        return parent
    return None
