"""Files holding personal data (the store, its backups, exports) readable by their owner only."""

from __future__ import annotations

import os
from pathlib import Path

# Owner read and write, nothing for the group or others. On Windows only the read-only bit
# follows the mode: there the user's profile folder already keeps other accounts out.
PRIVATE_MODE = 0o600


def create_private_file(path: Path) -> bool:
    """Create an empty file with the private mode; False (and nothing changed) if it exists.

    Creating it ourselves before SQLite opens it gives the database its mode from the start;
    SQLite gives its -wal and -shm files the mode of the database file.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags, PRIVATE_MODE)
    except FileExistsError:
        return False
    os.close(fd)
    make_private(path)  # the umask may have removed bits, never added any: set it exactly
    return True


def make_private(path: Path) -> None:
    """Set the private mode on a file this application has just created."""
    if os.name != "nt":
        os.chmod(path, PRIVATE_MODE)


def fsync_directory(folder: Path) -> None:
    """Make a rename or a new file in `folder` survive a power cut (no-op where unsupported)."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - a folder we just wrote into
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
