#!/usr/bin/env bash
# The terminal driver, run with the demo app beside the almanac binary: drawing, keys, resize.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/tmux.bash"
demo="$(dirname "$ALMANAC_BIN")/almanac-terminal-demo"

tui_start 100 30 "$demo"
tui_wait "Terminal demo 100x30 utf8:yes" && pass || fail "demo draws its first screen"
tui_wait "漢字テスト" && pass || fail "wide characters are drawn"
tui_screen | grep -q "│ café  *│" && pass || fail "text after wide characters keeps the box aligned"
last=$(tui_screen | tail -1)
[ "${#last}" -eq 100 ] && [ "${last: -1}" = Z ] && pass || fail "bottom-right cell is drawn without scrolling ('$last')"
tui_screen | head -1 | grep -q "^Terminal demo" && pass || fail "the first row stays at the top"

# Each key as the terminal sends it, and what the app must be told.
check_key() {
    tui_keys "$1"
    tui_wait "last: $2" 5 && pass || fail "key $1 arrives as '$2'"
}
check_key NPage "key pageDown"
check_key PPage "key pageUp"
check_key Up "key up"
check_key Down "key down"
check_key Left "key left"
check_key Right "key right"
check_key Home "key home"
check_key End "key end"
check_key BTab "key backTab"
check_key Tab "key tab"
check_key F5 "key function(5)"
check_key DC "key delete"
check_key BSpace "key backspace"
check_key x "char x"
check_key C-a "key control(\"a\")"
check_key Escape "key escape"
check_key C-m "key enter"
check_key x "char x"
check_key C-j "key enter"
check_key C-h "key backspace"
check_key é "char é"

# Mouse reports (X10 encoding: ESC [ M, then 32 + button, 32 + 1 + column, 32 + 1 + row):
# a left press at column 5, row 4 (its release is ignored), then the wheel.
tui_keys -l $'\e[M &%' && tui_keys -l $'\e[M#&%'
tui_wait "last: mouse left 5,4" 5 && tui_screen | grep -q "events: 23 " && pass || fail "left press arrives once, release ignored"
tui_keys -l $'\e[M`*)'
tui_wait "last: mouse wheelUp 9,8" 5 && pass || fail "wheel up arrives"
tui_keys -l $'\e[Ma*)'
tui_wait "last: mouse wheelDown 9,8" 5 && pass || fail "wheel down arrives"

# Resizes: big, tiny, back.
for size in 120x40 40x10 3x2 1x1 100x30; do
    tmux_ resize-window -t "$tui_session" -x "${size%x*}" -y "${size#*x}"
    [ "$size" = 1x1 ] || [ "$size" = 3x2 ] || { tui_wait "resize $size" 5 && pass || fail "resize to $size is drawn"; }
done
tui_wait "Terminal demo 100x30" 5 && pass || fail "still drawing after tiny sizes"

tui_keys q
tui_exited && [ "$tui_status" -eq 0 ] && pass || fail "q quits with status 0 (got ${tui_status:-none})"
tui_modes_restored && pass || fail "terminal modes restored after quit"

# Ticks arrive while no key is pressed, for apps that ask for them.
tui_start 80 24 "$demo" --tick
tui_wait "ticks: 3" 10 && pass || fail "ticks arrive without input"

# Themes: colours (SGR 30-47, or 38;5;N and 48;5;N) in the row of role samples, or attributes only for mono and NO_COLOR.
role_row() { tmux_ capture-pane -e -p -t "$tui_session" | sed -n 4p; }
colour='\[(3|4)[0-7]m|[34]8;5;[0-9]+m'
for theme in default high-contrast mono; do
    tui_start 80 24 "$demo" "$theme"
    tui_wait "Terminal demo 80x24" && pass || fail "theme $theme draws"
    if [ "$theme" = mono ]; then
        ! role_row | grep -qE "$colour" && role_row | grep -q $'\e\\[7m' && pass || fail "mono uses reverse video and no colour"
    else
        role_row | grep -qE "$colour" && pass || fail "theme $theme uses colour"
    fi
done
tui_start 80 24 env NO_COLOR=1 "$demo"
tui_wait "Terminal demo 80x24 utf8:yes theme:mono" && pass || fail "NO_COLOR draws in mono"
! role_row | grep -qE "$colour" && pass || fail "NO_COLOR draws without colour"
tui_start 80 24 env NO_COLOR=1 "$demo" high-contrast
tui_wait "Terminal demo 80x24" && role_row | grep -qE "$colour" && pass || fail "a theme asked for wins over NO_COLOR"
# Switching theme while running redraws in the new colours: high-contrast -> mono -> default.
tui_keys t && tui_wait "theme:mono" && ! role_row | grep -qE "$colour" && pass || fail "switching to mono drops colour"
tui_keys t && tui_wait "theme:default" && role_row | grep -qE "$colour" && pass || fail "switching back brings colour"

finish
