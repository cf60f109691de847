#!/usr/bin/env bash
# Sets up the project if needed, then opens the application (a demo store is created on first run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# Without --db or INCLUSION_DB the app opens a demo store in the project folder, filled with
# demo questionnaires the first time; a store given by the user is never filled with demo data.
if [ -z "${INCLUSION_DB:-}" ] && [[ " $* " != *" --db "* ]] && [[ " $* " != *" --db="* ]]; then
    mkdir -p demo
    exec .venv/bin/inclusion-desktop --db "$PWD/demo/inclusion-demo.sqlite" --demo-if-empty "$@"
fi
exec .venv/bin/inclusion-desktop "$@"
