#!/usr/bin/env bash
# Seeded random keys and resizes (20,000 for the guide): the program must stay alive, drawing,
# and not hang. A shell loop restarts it after a normal quit (q), so a quit among the last
# events does not read as "not alive"; any other exit ends the loop with SIGABRT, which the
# harness reports as a crash with the screen (and the program's message) on it.
source "$(dirname "$0")/lib.sh"
# The harness is the team's shared tool beside the repository (ALMANAC_TUIHARNESS overrides).
# A clone elsewhere (a mktemp folder) has no shared/: say so and skip, rather than fail the
# README's test command for a tool that is not part of the repository.
tui="${ALMANAC_TUIHARNESS:-$(cd "$(dirname "$0")/../../.." && pwd)/shared/tools/tuiharness/tui.py}"
if [ ! -f "$tui" ]; then
    echo "terminal-storm: SKIPPED: no terminal harness at $tui (shared/ sits beside the repository; set ALMANAC_TUIHARNESS to run it)"
    exit 0
fi
python3 -c 'import pyte' 2>/dev/null || { echo "pyte is missing: python3 -m pip install pyte" >&2; exit 1; }
demo="$(dirname "$ALMANAC_BIN")/almanac-terminal-demo"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

storm() {
    local what=$1 events=$2; shift 2
    if python3 "$(dirname "$0")/tui_storm.py" "$tui" storm -n "$events" --seed 1 --respawn --interval-ms 1 \
        --classes printable,arrows,tab,enter,esc,resize,nav,bs,unicode,ctrl \
        --min-size 1x1 --max-size 200x60 --cwd "$scratch" \
        --env ESCDELAY=25 --env SWIFT_BACKTRACE=enable=no --env HOME="$scratch" --env XDG_DATA_HOME="$scratch/data" \
        --env ALMANAC_PROGRESS="$scratch/progress.json" \
        -- sh -c 'while "$@"; do :; done; kill -ABRT $$' sh "$@" > "$scratch/storm.txt" 2>&1; then
        pass
    else
        fail "$what: storm failed"; tail -40 "$scratch/storm.txt" >&2
    fi
    grep -E "events [0-9]+/|respawned|final:|RESULT" "$scratch/storm.txt"
}

storm "the guide" 20000 "$ALMANAC_BIN"
storm "driver demo" 2000 "$demo"
finish
