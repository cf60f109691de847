"""Caches of loaded forms, keyed by the SHA-256 of the XLSForm file, so it is never stale.

Reading a large workbook and validating it with pyxform takes most of a load. What pyxform makes
of a file depends only on the file's bytes and pyxform's version, so it is kept on disk (JSON in
the user's cache folder) under a name made of both: the next start reads it instead of the
workbook. A changed file has another hash, hence another entry; a damaged or foreign entry is
ignored and rewritten. Within one run, the built Form itself is reused while the attached files
it looked up (choice CSVs, pulldata files) are unchanged: files given as bytes (a form read from
the store) are part of the key by their hashes, files read from folders by size and time.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from inclusion_desktop.questionnaire.model import Form

#: Bumped whenever what is cached changes shape.
CACHE_FORMAT = 1
#: Environment variable naming another cache folder (tests, portable installs).
CACHE_DIR_VARIABLE = "INCLUSION_DESKTOP_CACHE_DIR"
_MEMORY_SIZE = 8

_Key = tuple[str, str, tuple[str, ...]]
_memory: OrderedDict[_Key, tuple[Form, tuple[str, ...], tuple[str, ...]]] = OrderedDict()


def cache_dir() -> Path:
    """The folder of the form cache (created when first written)."""
    configured = os.environ.get(CACHE_DIR_VARIABLE)
    if configured:
        return Path(configured)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("inclusion-desktop", appauthor=False)) / "forms"


def parser_fingerprint() -> str:
    """Identifies the expression parser: cached facts about expressions hold for it only."""
    from inclusion_desktop.questionnaire import expressions, odk_functions, xpath

    digest = hashlib.sha256()
    for module in (xpath, expressions, odk_functions):
        try:
            digest.update(Path(str(module.__file__)).read_bytes())
        except OSError:  # a frozen build without sources: its version stands for them
            from inclusion_desktop import __version__

            digest.update(__version__.encode())
    return digest.hexdigest()


def _entry(sha256: str) -> Path:
    from pyxform import __version__ as pyxform_version

    return cache_dir() / f"{sha256}-pyxform{pyxform_version}-v{CACHE_FORMAT}.json"


def read_pyxform_result(sha256: str) -> dict[str, Any] | None:
    """What pyxform made of the file with this hash, or None when not cached (or unreadable)."""
    try:
        data = json.loads(_entry(sha256).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("sha256") != sha256:
        return None
    return data


def write_pyxform_result(sha256: str, data: dict[str, Any]) -> None:
    """Keeps pyxform's result for the next start; a cache that cannot be written is skipped."""
    path = _entry(sha256)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump({**data, "sha256": sha256}, stream, ensure_ascii=False)
        os.replace(temporary, path)
    except (OSError, TypeError, ValueError):
        return


def media_signature(names: Sequence[str], folders: Sequence[Path]) -> tuple[str, ...]:
    """Size and modification time of each attached file looked up, wherever it was found."""
    parts = []
    for name in names:
        for folder in folders:
            try:
                stat = (folder / name).stat()
            except OSError:
                continue
            parts.append(f"{folder / name}:{stat.st_size}:{stat.st_mtime_ns}")
            break
        else:
            parts.append(f"{name}:absent")
    return tuple(parts)


def given_media_key(media: Mapping[str, bytes]) -> tuple[str, ...]:
    """Names the attached files given as bytes by their hashes: part of the in-run key."""
    return tuple(
        f"{name}:{hashlib.sha256(data).hexdigest()}" for name, data in sorted(media.items())
    )


def _key(sha256: str, filename: str, folders: Sequence[Path], given: tuple[str, ...]) -> _Key:
    return (sha256, filename, (*(str(folder) for folder in folders), *given))


def remembered(
    sha256: str, filename: str, folders: Sequence[Path], given: tuple[str, ...] = ()
) -> Form | None:
    """The Form built earlier in this run from the same bytes and the same attached files."""
    key = _key(sha256, filename, folders, given)
    found = _memory.get(key)
    if found is None:
        return None
    form, names, signature = found
    if media_signature(names, folders) != signature:
        return None
    _memory.move_to_end(key)
    return form


def remember(
    form: Form, folders: Sequence[Path], looked_up: Sequence[str], given: tuple[str, ...] = ()
) -> None:
    """Keeps `form` for the next load of the same file in this run."""
    key = _key(form.sha256, form.source_filename, folders, given)
    _memory[key] = (form, tuple(looked_up), media_signature(looked_up, folders))
    _memory.move_to_end(key)
    while len(_memory) > _MEMORY_SIZE:
        _memory.popitem(last=False)


def forget() -> None:
    """Empties the in-memory cache (the disk cache stays)."""
    _memory.clear()
