"""Entry point: headless commands run without Qt; with no command the window opens."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from inclusion_desktop.app_log import setup_logging


def main(argv: Sequence[str] | None = None) -> int:
    """Runs the command given on the command line, or opens the application."""
    from inclusion_desktop import cli

    args = cli.build_parser().parse_args(argv)
    if args.command is not None:
        return cli.main(argv)
    log_file = setup_logging()
    from inclusion_desktop.gui.shell.app import run_app

    return run_app(database=args.db, demo_if_empty=args.demo_if_empty, log_file=log_file)


if __name__ == "__main__":
    sys.exit(main())
