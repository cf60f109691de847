"""The entry point opens the window without the command line, and leaves everything else to it."""

from __future__ import annotations

import pytest

from inclusion_desktop.__main__ import main, window_options


@pytest.mark.parametrize(
    ("argv", "database", "demo"),
    [
        ([], None, False),
        (["--db", "terrain.sqlite"], "terrain.sqlite", False),
        (["--db=terrain.sqlite", "--demo-if-empty"], "terrain.sqlite", True),
    ],
)
def test_the_window_options_alone_open_the_window(
    argv: list[str], database: str | None, demo: bool
) -> None:
    options = window_options(argv)
    assert options is not None
    assert (options.db, options.demo_if_empty) == (database, demo)


@pytest.mark.parametrize(
    "argv",
    [
        ["report", "--db", "terrain.sqlite"],
        ["--db", "terrain.sqlite", "conflicts"],
        ["-h"],
        ["--version"],
        ["--db"],
        ["--d"],
        ["--inconnue"],
    ],
)
def test_anything_else_goes_to_the_command_line(argv: list[str]) -> None:
    assert window_options(argv) is None


def test_a_mistake_gets_the_command_line_s_french_message(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--db"])
    assert exit_.value.code == 2
    assert "argument --db : une valeur est attendue" in capsys.readouterr().err
