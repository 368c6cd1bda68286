#!/usr/bin/env bash
# Colours as a person sees them. In tmux: the terminal's answer about its background (OSC 11)
# switches the palette without acting as keys; --background and ALMANAC_BACKGROUND choose it;
# slides hide the cursor. In a real xterm under Xvfb (Scripts/screenshot, dark and light): the
# title bar, the selected row, the status bar and the slides' text measured against WCAG's 4.5:1.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/tmux.bash"
root=$(cd "$(dirname "$0")/../.." && pwd)
export ALMANAC_PROGRESS="$tui_dir/progress.json"
unset ALMANAC_BACKGROUND COLORFGBG NO_COLOR
title_row() { tmux_ capture-pane -e -p -t "$tui_session" | sed -n 1p; }

# The default theme's title bar: colour 44 on a dark terminal, 24 on a light one.
tui_start 100 30 "$ALMANAC_BIN"
tui_wait "0/108 steps done" && title_row | grep -q '38;5;44' && pass || fail "the guide starts with dark colours"
before=$(tui_screen)
tui_keys -l $'\e]11;rgb:ffff/ffff/ffff\e\\'
for _ in $(seq 20); do title_row | grep -q '38;5;24' && break; sleep 0.1; done
title_row | grep -q '38;5;24' && pass || fail "the terminal's answer (a white background) switches to light colours"
[ "$(tui_screen)" = "$before" ] && pass || fail "the answer is not taken as keys: $(tui_screen | head -3)"
tui_keys j
tui_wait "2 Data" && pass || fail "keys still work after the answer"
[ "$(tmux_ display -p -t "$tui_session" '#{cursor_flag}')" = 1 ] && pass || fail "the guide shows the cursor on the selection"
tui_keys q
tui_exited 10

# While the answer is awaited, Esc followed at once by an arrow is still Esc and the arrow.
tui_start 100 30 "$ALMANAC_BIN"
tui_wait "0/108 steps done" && tui_keys Escape Down
tui_wait "2 Data" && pass || fail "Esc then Down, sent together at start, moves to outcome 2"
tui_keys q
tui_exited 10

tui_start 100 30 "$ALMANAC_BIN" --background light
tui_wait "0/108 steps done" && title_row | grep -q '38;5;24' && pass || fail "--background light chooses light colours"
tui_keys q
tui_exited 10
tui_start 100 30 env ALMANAC_BACKGROUND=light "$ALMANAC_BIN" walkthrough
tui_wait "Welcome" && tmux_ capture-pane -e -p -t "$tui_session" | grep -q '38;5;24' && pass || fail "ALMANAC_BACKGROUND=light reaches the walkthrough"
tui_keys q
tui_exited 10

expect_status 2 "an unknown --background is refused" -- "$ALMANAC_BIN" present --background grey
expect_error "unknown background 'grey'; use auto, dark or light" "the message says what works"
ALMANAC_BACKGROUND=grey script -qec "$ALMANAC_BIN --progress $tui_dir/p.json" /dev/null >/tmp/e2e.err 2>&1
grep -q "ALMANAC_BACKGROUND is 'grey'; set it to auto, dark or light" /tmp/e2e.err && pass || fail "a bad ALMANAC_BACKGROUND is named: $(head -c 300 /tmp/e2e.err)"

tui_start 100 30 "$ALMANAC_BIN" present
tui_wait "1/" && [ "$(tmux_ display -p -t "$tui_session" '#{cursor_flag}')" = 0 ] && pass || fail "a projected slide hides the cursor"
tui_keys g 1 Enter
for _ in 1 2 3 4 5 6; do tui_keys Space; sleep 0.15; done
tui_wait "putting it into practice 1 of 3" && tui_keys Tab && tui_wait "TICK MODE" \
    && [ "$(tmux_ display -p -t "$tui_session" '#{cursor_flag}')" = 1 ] && pass || fail "tick mode shows the cursor on its step"
tui_keys q
tui_exited 10

# What a person sees: screenshots in xterm, measured. (SCREENS_DIR keeps them, e.g. docs/screens.)
shots=${SCREENS_DIR:-$tui_dir}
mkdir -p "$shots"
measure() { python3 "$root/Tests/EndToEnd/screen_contrast.py" "$@" >>"$tui_dir/measures.txt"; }
for profile in dark light; do
    flag=""; [ $profile = light ] && flag=--light
    mkdir -p "$tui_dir/$profile"
    export ALMANAC_PROGRESS="$tui_dir/$profile/progress.json"   # fresh: the slides open on the first
    "$root/Scripts/screenshot" $flag "$shots/guide-$profile.png" -- "$ALMANAC_BIN" >/dev/null 2>"$tui_dir/shot.err" \
        || { fail "no screenshot in xterm: $(head -c 300 "$tui_dir/shot.err")"; continue; }
    echo "guide, $profile:" >>"$tui_dir/measures.txt"
    measure "$shots/guide-$profile.png" text 0 && pass || fail "guide $profile: the title bar reads"
    measure "$shots/guide-$profile.png" text 2 1 28 && pass || fail "guide $profile: the selected outcome reads"
    measure "$shots/guide-$profile.png" bar 2 3 27 $profile && pass || fail "guide $profile: the selection bar shows"
    measure "$shots/guide-$profile.png" text 29 && pass || fail "guide $profile: the status bar reads"
    measure "$shots/guide-$profile.png" text 7 31 98 && pass || fail "guide $profile: a heading in the content reads"
    "$root/Scripts/screenshot" $flag "$shots/walkthrough-$profile.png" -- "$ALMANAC_BIN" walkthrough >/dev/null 2>&1
    echo "walkthrough, $profile:" >>"$tui_dir/measures.txt"
    measure "$shots/walkthrough-$profile.png" text 0 && pass || fail "walkthrough $profile: the heading reads"
    measure "$shots/walkthrough-$profile.png" text 4 && pass || fail "walkthrough $profile: the subtitle reads"
    measure "$shots/walkthrough-$profile.png" text 28 && pass || fail "walkthrough $profile: the key hints read"
    # Past the title slide, onto the overview: the bars are what the room reads.
    "$root/Scripts/screenshot" $flag --keys space "$shots/slide-$profile.png" -- "$ALMANAC_BIN" present >/dev/null 2>&1
    echo "slide, $profile:" >>"$tui_dir/measures.txt"
    measure "$shots/slide-$profile.png" text 2 && pass || fail "slide $profile: the title reads"
    measure "$shots/slide-$profile.png" text 4 && pass || fail "slide $profile: a row reads"
    measure "$shots/slide-$profile.png" text 29 && pass || fail "slide $profile: the footer reads"
    measure "$shots/slide-$profile.png" blank 0 0 && pass || fail "slide $profile: no cursor in the corner"
done
cat "$tui_dir/measures.txt"
finish
