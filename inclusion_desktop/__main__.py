"""Entry point: headless commands run without Qt; with no command the window opens.

Opening the window does not import the command line, whose report command brings pandas,
reportlab and SQLAlchemy with it: the window is on screen before any of them loads.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn

from inclusion_desktop.app_log import setup_logging


class _WindowOptionsOnly(argparse.ArgumentParser):
    """The window's own options (those of cli.build_parser), refusing anything else quietly."""

    def error(self, message: str) -> NoReturn:
        raise ValueError(message)


def window_options(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options of the window when `argv` has nothing else; None for the command line."""
    parser = _WindowOptionsOnly(add_help=False, exit_on_error=False)
    parser.add_argument("--db")
    parser.add_argument("--demo-if-empty", action="store_true")
    try:
        options, rest = parser.parse_known_args(argv)
    except (argparse.ArgumentError, ValueError):
        return None
    return None if rest else options


def main(argv: Sequence[str] | None = None) -> int:
    """Runs the command given on the command line, or opens the application."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = window_options(arguments)
    if args is None:  # a command, help, the version or a mistake: the command line answers
        from inclusion_desktop import cli

        args = cli.build_parser().parse_args(arguments)
        if args.command is not None:
            return cli.main(arguments)
    log_file = setup_logging()
    from inclusion_desktop.gui.shell.app import run_app

    return run_app(database=args.db, demo_if_empty=args.demo_if_empty, log_file=log_file)


if __name__ == "__main__":
    sys.exit(main())
