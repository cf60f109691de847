"""The application's log file: where it is, kept private, rotated.

Its own module so that the window (which shows the log's path) and the entry point (which sets
the log up) both reach it without importing each other.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path


def log_path() -> Path:
    """The rotating log file in the user's log directory."""
    from platformdirs import user_log_dir

    return Path(user_log_dir("inclusion-desktop", appauthor=False)) / "inclusion-desktop.log"


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are readable by their owner only (0600), rotated ones too."""

    def _open(self):  # type: ignore[no-untyped-def]  # noqa: ANN202 (logging's own signature)
        import os

        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if os.name != "nt":
            os.chmod(self.baseFilename, 0o600)  # a file made by an older version was 0644
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)  # noqa: SIM115


def setup_logging() -> Path:
    """Logs to a rotating file (and stderr for warnings), returns the file's path."""
    path = log_path()
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = PrivateRotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return path
