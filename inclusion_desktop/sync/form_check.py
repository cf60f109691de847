"""Forms carried by an export file are checked at merge, as ``form check`` checks them.

A form in an export file is named by its manifest, which anyone can write: its identifier,
version and file name are taken from the form file itself (what ``form check`` shows), never
from the manifest. A form the loader refuses, or one nested too deep or with a regular
expression that could freeze the app (questionnaire.limits), is not registered, and every
questionnaire that uses it is refused, named, with the reason; the rest of the file merges.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection
from pathlib import PureWindowsPath

from inclusion_desktop.catalogue import Code, Said, Text
from inclusion_desktop.store.history import FormSource, IncomingBundle

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def safe_filename(name: str) -> str:
    """The last part of a file name from a manifest: no folder, no control character."""
    base = PureWindowsPath(name.replace("/", "\\")).name
    base = _CONTROL.sub("_", base).strip(" .") or "formulaire"
    stem, dot, suffix = base.rpartition(".")
    if dot and len(base) > 120:
        return stem[: 119 - len(suffix)] + "." + suffix
    return base[:120]


def check_form(form: FormSource) -> FormSource | str:
    """The form as its file describes it, or the reason it is refused (French, catalogued)."""
    from inclusion_desktop.questionnaire.loader import FormError, load_form_bytes

    filename = safe_filename(form.filename)
    try:
        loaded = load_form_bytes(form.source, filename, media=form.media)
    except FormError as error:
        first = error.problems[0] if error.problems else Text(Code.FORM_CHECK_UNREADABLE)
        more = len(error.problems) - 1
        if more <= 0:
            return Said(Text(Code.FORM_CHECK_REFUSED, {"file": filename, "problem": first}))
        code = Code.FORM_CHECK_REFUSED_MORE if more > 1 else Code.FORM_CHECK_REFUSED_MORE_ONE
        return Said(Text(code, {"file": filename, "problem": first, "count": more}))
    except (RecursionError, ValueError, MemoryError) as error:
        kind = type(error).__name__
        return Said(Text(Code.FORM_CHECK_REFUSED, {"file": filename, "problem": kind}))
    return FormSource(
        sha256=form.sha256,
        form_id=loaded.form_id,
        version=loaded.version,
        title=loaded.title,
        filename=filename,
        source=form.source,
        media=form.media,
    )


def vet_forms(
    bundle: IncomingBundle, *, known: Collection[str], cache: dict[str, FormSource | str]
) -> tuple[IncomingBundle, list[tuple[str, str]]]:
    """The bundle with only checked forms and their questionnaires, and the refused ones.

    ``known``: the SHA-256 of forms already registered in the store (checked when they were).
    ``cache`` keeps each verdict by SHA-256 across the files of one merge, so a form carried by
    fifty files is loaded once. Returns ``(bundle, [(uuid, reason), ...])``.
    """
    forms: list[FormSource] = []
    refused_forms: dict[str, str] = {}
    for form in bundle.forms:
        if form.sha256 in known:
            forms.append(form)  # already registered: the store keeps its own description
            continue
        verdict = cache.get(form.sha256)
        if verdict is None:
            verdict = cache[form.sha256] = check_form(form)
        if isinstance(verdict, str):
            refused_forms[form.sha256] = verdict
        else:
            forms.append(verdict)
    if not refused_forms and forms == bundle.forms:
        return bundle, []
    refused = [
        (rec["uuid"], refused_forms[rec["form"]])
        for rec in bundle.submissions
        if rec["form"] in refused_forms
    ]
    submissions = [rec for rec in bundle.submissions if rec["form"] not in refused_forms]
    return dataclasses.replace(bundle, forms=forms, submissions=submissions), refused
