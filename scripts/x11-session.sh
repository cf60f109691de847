#!/usr/bin/env bash
# Runs a command on a real X server: a throw-away Xvfb screen of the given size with the openbox
# window manager, Qt on its xcb platform. Keyboard focus behaves there as on a laptop, which the
# offscreen platform does not show.
# usage: bash scripts/x11-session.sh WIDTHxHEIGHT command [args...]
set -euo pipefail
geometry=$1
shift
for tool in Xvfb openbox xdotool; do
    command -v "$tool" >/dev/null || { echo "x11-session: $tool manque (bash scripts/setup.sh l'installe)" >&2; exit 1; }
done
runtime=$(mktemp -d)
# -displayfd lets Xvfb pick a free display number itself, so parallel sessions never collide.
Xvfb -displayfd 3 -screen 0 "${geometry}x24" -nolisten tcp 3>"$runtime/display" >"$runtime/xvfb.log" 2>&1 &
xvfb_pid=$!
cleanup() {
    [ -n "${wm_pid:-}" ] && kill "$wm_pid" 2>/dev/null
    kill "$xvfb_pid" 2>/dev/null
    wait 2>/dev/null
    rm -rf "$runtime"
}
trap cleanup EXIT
for _ in $(seq 1 200); do
    [ -s "$runtime/display" ] && break
    kill -0 "$xvfb_pid" 2>/dev/null || { cat "$runtime/xvfb.log" >&2; exit 1; }
    sleep 0.05
done
export DISPLAY=":$(head -n 1 "$runtime/display")"
export XDG_RUNTIME_DIR="$runtime"
# An empty but valid configuration: openbox's defaults, and no « syntax error » window on the
# screen (an empty file opens one, which takes the keyboard from whatever is being tested).
echo '<openbox_config xmlns="http://openbox.org/3.4/rc"/>' >"$runtime/openbox.xml"
openbox --sm-disable --config-file "$runtime/openbox.xml" >"$runtime/openbox.log" 2>&1 &
wm_pid=$!
# The window manager owns the screen once it has set _NET_SUPPORTING_WM_CHECK on the root window.
for _ in $(seq 1 200); do
    xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q "window id" && break
    sleep 0.05
done
export QT_QPA_PLATFORM=xcb INCLUSION_X11_TESTS=1
"$@"
