#!/usr/bin/env bash
# Sets up the project if needed, then runs the whole suite: ruff, mypy on the core, the import
# contract, pytest offscreen, then the keyboard-flow tests on a real X server.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
echo "== ruff"
.venv/bin/ruff check .
echo "== mypy (core)"
.venv/bin/mypy
echo "== import contract (layers, Qt in gui only)"
.venv/bin/lint-imports --no-cache
echo "== pytest (offscreen)"
# -m overrides the fast lane of pyproject.toml (addopts: not slow): this command runs everything.
.venv/bin/pytest -q -m "slow or not slow" "$@"
echo "== pytest (X11: Xvfb, openbox, xcb)"
# One pytest process per file: a window or a crash left by one file cannot take the keyboard
# from the next; every file still runs and any failure fails the run.
bash scripts/x11-session.sh 1024x600 bash -c '
    status=0
    for file in tests/gui/x11/test_*.py; do
        .venv/bin/pytest -q -m "slow or not slow" -p no:cacheprovider "$file" || status=1
    done
    exit $status'
