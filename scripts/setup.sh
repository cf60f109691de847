#!/usr/bin/env bash
# Sets up everything the app and its tests need on a Debian machine: system libraries, a virtual
# environment in .venv and the project installed in it (editable). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

# Qt's libraries (offscreen and X11), the DejaVu fonts of the sheets, pdftotext/pdftoppm for tests,
# a virtual X server with a window manager and xdotool for the keyboard-flow tests, and the
# PostgreSQL server of which the store tests start a throw-away cluster (tests/postgres.py), and
# what Qt Multimedia (the camera of image questions, extra « camera ») loads: PulseAudio's client
# library, X and DRM libraries of its FFmpeg plugin.
debian_packages=(
    xvfb openbox xdotool x11-utils
    libgl1 libegl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
    libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
    libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core poppler-utils
    postgresql
    libpulse0 libxext6 libxrandr2 libxrender1 libdrm2
)
if command -v dpkg-query >/dev/null 2>&1; then
    missing=()
    for package in "${debian_packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        echo "Installation des paquets Debian : ${missing[*]}"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
fi

python=${PYTHON:-python3.11}
command -v "$python" >/dev/null 2>&1 || python=python3
if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv
fi
# Reinstall only when the project's declaration changed since the last setup.
stamp=.venv/.installed-pyproject
if ! cmp -s pyproject.toml "$stamp" 2>/dev/null; then
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e '.[dev,camera]'
    cp pyproject.toml "$stamp"
fi
# Interface translations: resources/translations/*.ts compiled to .qm (built, not committed).
.venv/bin/python scripts/build_translations.py
