"""Content hashes of revisions: the identity every laptop computes identically for a revision."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from json.encoder import encode_basestring
from typing import Any


def canonical_json(value: Any) -> str:
    """Serialise to the one JSON text that every laptop computes identically for hashing."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )


def content_hash(
    *,
    submission: str,
    form: str,
    status: str,
    answers: Mapping[str, Any],
    parent: str | None,
    reason: str | None,
    parent2: str | None = None,
) -> str:
    """Return the SHA-256 that identifies a revision and chains it to its parent(s).

    ``parent2`` (a coordinator's merged version) enters the payload only when set, so that the
    hash of every single-parent revision stays what it was before merges existed.
    """
    payload: dict[str, Any] = {
        "submission": submission,
        "form": form,
        "status": status,
        "answers": answers,
        "parent": parent,
        "reason": reason,
    }
    if parent2 is not None:
        payload["parent2"] = parent2
    return hashlib.sha256(canonical_json(payload).encode("utf-8")).hexdigest()


def content_hash_of_text(
    *,
    submission: str,
    form: str,
    status: str,
    answers_text: str,
    parent: str | None,
    reason: str | None,
    parent2: str | None = None,
) -> str:
    """Same hash as content_hash, from answers already in canonical JSON text (merge fast path).

    The canonical payload is assembled by hand in sorted key order, which avoids decoding and
    re-encoding every answer of every revision of a bundle.
    """
    parts = [
        '{"answers":',
        answers_text,
        ',"form":',
        _string(form),
        ',"parent":',
        _string(parent),
    ]
    if parent2 is not None:
        parts += [',"parent2":', _string(parent2)]
    parts += [
        ',"reason":',
        _string(reason),
        ',"status":',
        _string(status),
        ',"submission":',
        _string(submission),
        "}",
    ]
    return hashlib.sha256("".join(parts).encode("utf-8")).hexdigest()


def _string(value: str | None) -> str:
    """Encode a string or None exactly as canonical_json does (C-accelerated, no ASCII escaping)."""
    return "null" if value is None else str(encode_basestring(value))
