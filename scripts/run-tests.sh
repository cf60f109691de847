#!/usr/bin/env bash
# Sets up the project if needed, then runs the whole suite: ruff, mypy on the core, pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
echo "== ruff"
.venv/bin/ruff check .
echo "== mypy (core)"
.venv/bin/mypy
echo "== pytest"
.venv/bin/pytest -q "$@"
