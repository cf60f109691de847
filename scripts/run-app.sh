#!/usr/bin/env bash
# Sets up the project if needed, then opens the application (a demo store is created on first run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# Without --db or INCLUSION_DB, a demo store in the project folder, so real data is never mixed in.
if [ -z "${INCLUSION_DB:-}" ] && [[ " $* " != *" --db "* ]]; then
    mkdir -p demo
    export INCLUSION_DB="$PWD/demo/inclusion-demo.sqlite"
fi
exec .venv/bin/inclusion-desktop --demo-if-empty "$@"
