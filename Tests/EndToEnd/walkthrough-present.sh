#!/usr/bin/env bash
# The walkthrough and the presentation in a real terminal: walk three screens, leave, come back
# to the same screen; present, jump to outcome 7, blank and return, tick a step in tick mode.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/tmux.bash"
progress="$tui_dir/progress.json"
export ALMANAC_PROGRESS="$progress"

tui_start 80 24 "$ALMANAC_BIN" walkthrough
tui_wait "Welcome" && pass || fail "the walkthrough opens on its welcome"
tui_keys Enter && tui_keys Enter && tui_keys Enter
tui_wait "screen 2 of" && pass || fail "three Enters walk to outcome 1, screen 2"
before=$(tui_screen | grep -o "Outcome [0-9]* of 12 · screen [0-9]* of [0-9]*")
tui_keys q
tui_exited 10 && [ "$tui_status" -eq 0 ] && pass || fail "q leaves the walkthrough"

tui_start 80 24 "$ALMANAC_BIN" walkthrough
tui_wait "$before" && pass || fail "reopening resumes at '$before'"
tui_keys q
tui_exited 10

tui_start 100 30 "$ALMANAC_BIN" present
tui_wait "1/" && pass || fail "present opens on a slide"
tui_keys g 7
tui_wait "Leadership" && pass || fail "g 7 jumps to Leadership"
tui_keys b
sleep 0.5
[ -z "$(tui_screen | tr -d ' \n')" ] && pass || fail "b blanks the screen"
tui_keys Space
tui_wait "Leadership" && pass || fail "any key returns from the blank screen"
tui_keys q
tui_exited 10 && pass || fail "q leaves the presentation"

# Tick mode on Leadership's last practice theme: its first step is recorded for the room.
tui_start 100 30 "$ALMANAC_BIN" present leadership
tui_wait "1/" || fail "present leadership opens"
tui_keys End
tui_wait "Decisions in this session" && pass || fail "End goes to the last slide, the room's decisions"
tui_keys Left
tui_wait "Leading by example" && pass || fail "the slide before it is the third practice theme"
tui_keys Tab && tui_keys 1
for _ in $(seq 50); do
    grep -q '"leadership.3.1"' "$progress" 2>/dev/null && break
    sleep 0.2
done
python3 -c 'import json,sys; assert json.load(open(sys.argv[1]))["steps"]["leadership.3.1"]["status"] == "done"' "$progress" \
    && pass || fail "tick mode recorded leadership.3.1 as done in the progress file"
tui_keys q
tui_exited 10

# A broken outcome line (outcome 5, line 7). The first screens need no outcome, so they show;
# the rest is read straight after, and the run ends as for any bad content file: terminal
# restored, the file and line named, status 2. Opened on that outcome, it fails before drawing.
bad="$tui_dir/bad.jsonl"
awk 'NR == 7 { print substr($0, 1, 300); next } { print }' "$(dirname "$0")/../../Resources/almanac.jsonl" > "$bad"
for screen in walkthrough present; do
    tui_start 100 30 "$ALMANAC_BIN" "$screen" --content "$bad"
    tui_exited 10 && [ "$tui_status" -eq 2 ] && pass || fail "$screen on a broken outcome line ends with status 2 (got ${tui_status:-none})"
    tui_wait "cannot use content file $bad: line 7 is malformed" 2 && pass || fail "$screen names the bad line"
    tui_modes_restored && pass || fail "$screen restores the terminal after the bad line"
done
tui_start 100 30 "$ALMANAC_BIN" present --content "$bad" 5
tui_exited 10 && [ "$tui_status" -eq 2 ] && pass || fail "present of the broken outcome ends with status 2"
tui_wait "line 7 is malformed" 2 && pass || fail "present of the broken outcome names the line"

finish
