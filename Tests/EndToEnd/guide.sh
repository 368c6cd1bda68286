#!/usr/bin/env bash
# The guide (`almanac` with no command) in a real terminal: drawing, resizing, ticking steps
# into the progress file, search, a broken progress file, save failures, and every way out.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/tmux.bash"
progress="$tui_dir/progress.json"
export ALMANAC_PROGRESS="$progress"

# status_of ID: the step's status in the progress file, or "none".
status_of() {
    python3 -c 'import json,sys
try: print(json.load(open(sys.argv[1]))["steps"].get(sys.argv[2], {}).get("status", "none"))
except FileNotFoundError: print("none")' "$progress" "$1"
}

tui_start 100 30 "$ALMANAC_BIN"
tui_wait "0/108 steps done" && pass || fail "the guide opens with no command"
tui_wait "1 Connectivity" && tui_wait "q quit" && pass || fail "outcomes and key hints are drawn"

# Reading: Tab, Tab reaches the content, which takes the whole width and scrolls a line per
# Down (the place shows as first-last/total); scrolling on into the next part moves the parts
# selection with it (the status bar names the part at the top).
tui_keys Tab Tab
tui_wait " 1-26/" 5 && pass || fail "Tab, Tab reads the outcome at full width, lines 1-26"
tui_keys Down && tui_wait " 2-27/" 5 && tui_keys Up && tui_wait " 1-26/" 5 && pass || fail "Down and Up scroll one line"
for _ in $(seq 1 30); do tui_keys Down; done
tui_wait "Connectivity › Ways of" 5 && pass || fail "scrolling into the next part selects it"
tui_keys Escape && tui_wait "┌ Outcomes" 5 && pass || fail "Esc goes back to the lists"
tui_keys Escape

# Resizes: large, below the minimum, back.
tmux_ resize-window -t "$tui_session" -x 120 -y 40
tui_wait "12 Value" 5 && pass || fail "redrawn at 120x40"
tmux_ resize-window -t "$tui_session" -x 40 -y 10
tui_wait "Enlarge the window" 5 && pass || fail "at 40x10 it asks for room"
tmux_ resize-window -t "$tui_session" -x 100 -y 30
tui_wait "0/108 steps done" 5 && tui_wait "1 Connectivity" 5 && pass || fail "redrawn at 100x30 after 40x10"

# Security and resilience (outcome 10, key 0) > Put into practice (last part) > tick the first step.
tui_keys 0 && tui_wait "10 Security and resilience" 5
tui_keys Tab G Enter
tui_wait "security-and-resilience.1.1" 5 && tui_keys Space
tui_wait "1/108 steps done" 5 && tui_wait "saved" 5 && pass || fail "Space ticks a step and says saved"
[ "$(status_of security-and-resilience.1.1)" = done ] && pass || fail "the tick is in the progress file at once"
tui_keys q
tui_exited && [ "$tui_status" -eq 0 ] && pass || fail "q quits with status 0 (got ${tui_status:-none})"
tui_modes_restored && pass || fail "terminal modes restored after q"
[ "$(status_of security-and-resilience.1.1)" = done ] && pass || fail "the tick is still there after quitting"
python3 -c 'import json,sys; p=json.load(open(sys.argv[1]))["position"]; assert p["outcome"]=="security-and-resilience", p' "$progress" \
    && pass || fail "quitting saves where the user was"

# Search, go to the hit, tick it.
tui_start 100 30 "$ALMANAC_BIN"
tui_wait "1/108 steps done" && tui_keys /
tui_keys -l LoRaWAN && tui_wait "LoRaWAN" 5 && tui_keys Enter
tui_wait "connectivity.3.3" 5 && tui_keys Space
tui_wait "2/108 steps done" 5 && pass || fail "search LoRaWAN, Enter, Space ticks a step"
[ "$(status_of connectivity.3.3)" = done ] && pass || fail "connectivity.3.3 is done in the file"
# Ctrl-C is the guide's own quit: clean exit, place saved.
tui_keys C-c
tui_exited && [ "$tui_status" -eq 0 ] && pass || fail "Ctrl-C quits with status 0 (got ${tui_status:-none})"
tui_modes_restored && pass || fail "terminal modes restored after Ctrl-C"
python3 -c 'import json,sys; p=json.load(open(sys.argv[1]))["position"]; assert p["outcome"]=="connectivity", p' "$progress" \
    && pass || fail "Ctrl-C saves where the user was"

# SIGTERM: ends at once, terminal restored, progress intact.
tui_start 100 30 "$ALMANAC_BIN"
tui_wait "2/108 steps done" && kill -TERM "$(tui_pid)"
tui_exited && [ "$tui_status" -eq 143 ] && pass || fail "SIGTERM exits 143 (got ${tui_status:-none})"
tui_modes_restored && pass || fail "terminal modes restored after SIGTERM"
[ "$(status_of connectivity.3.3)" = done ] && pass || fail "progress intact after SIGTERM"

# A progress file that cannot be read: read-only with a banner, never overwritten.
broken="$tui_dir/broken.json"
printf '{"version": 1, "steps": {"data.1.1": {"status": "done"' > "$broken"
cp "$broken" "$broken.orig"
tui_start 100 30 "$ALMANAC_BIN" --progress "$broken"
tui_wait "cannot be read" && pass || fail "a broken progress file shows a banner"
tui_keys 2 Tab G Enter && tui_wait "data.1.1" 5 && tui_keys Space && tui_wait "progress is read-only" 5 \
    && pass || fail "ticking in read-only mode says why nothing changed"
tui_keys q
tui_exited && [ "$tui_status" -eq 0 ] && pass || fail "read-only session quits cleanly"
cmp -s "$broken" "$broken.orig" && pass || fail "the broken file was not touched"

# A save that fails (its lock file cannot be made: a folder is in the way; root ignores
# permissions): the guide says so, keeps running, and saves the step with the next change.
failing="$tui_dir/failing.json"
mkdir "$failing.lock"
tui_start 100 30 "$ALMANAC_BIN" --progress "$failing"
tui_wait "0/108 steps done" && tui_keys Tab G Enter && tui_wait "connectivity.1.1" 5 && tui_keys Space
tui_wait "NOT SAVED" 5 && pass || fail "a failed save is reported in the status bar"
rmdir "$failing.lock"
tui_keys j && tui_wait "connectivity.1.2" 5 && tui_keys Space
tui_wait "saved" 5 && pass || fail "the guide keeps running and saves again once it can"
python3 -c 'import json,sys; s=json.load(open(sys.argv[1]))["steps"]; assert s["connectivity.1.1"]["status"]=="done" and s["connectivity.1.2"]["status"]=="done", s' "$failing" \
    && pass || fail "the step whose save failed is saved with the next change"
tui_keys q
tui_exited && [ "$tui_status" -eq 0 ] && pass || fail "quits after a failed save"

# Not a terminal, bad theme: one line, status 2.
expect_status 2 "not a terminal" -- "$ALMANAC_BIN" </dev/null
expect_error "almanac show" "not a terminal points to the plain commands"
[ "$(wc -l < /tmp/e2e.err)" -eq 1 ] && pass || fail "not a terminal: one line"
expect_status 2 "unknown theme" -- "$ALMANAC_BIN" --theme purple
expect_error "high-contrast" "unknown theme names the choices"

# Themes and NO_COLOR open.
for theme in high-contrast mono; do
    tui_start 80 24 "$ALMANAC_BIN" --theme "$theme"
    tui_wait "steps done" && pass || fail "--theme $theme opens"
done

finish
