#!/usr/bin/env bash
# The terminal is given back on every way out of the driver (demo app): quit, Ctrl-C, signals,
# a crash, an error; and a missing or unknown terminal is refused with exit status 2.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/tmux.bash"
demo="$(dirname "$ALMANAC_BIN")/almanac-terminal-demo"

# exits_restored HOW WANTED-STATUS: after the way out, the program ended and modes are as before.
exits_restored() {
    if tui_exited && [ "$tui_status" -eq "$2" ]; then pass; else fail "$1: exit status ${tui_status:-none}, wanted $2"; fi
    tui_modes_restored && pass || fail "$1: terminal modes restored"
}

# An app that takes Ctrl-C as a key and stays (as the guide does in its editor) keeps running;
# a third Ctrl-C in a row ends it anyway.
tui_start 80 24 "$demo" --failures
tui_wait "Terminal demo" && tui_keys C-c
tui_wait 'last: key control("c")' 5 && pass || fail "Ctrl-C reaches the app as a key"
tui_keys x && tui_wait "last: char x" 5 && tui_keys C-c && tui_keys C-c
tui_wait 'events: 5 ' 5 && pass || fail "the app keeps running after two Ctrl-Cs it does not quit on"
tui_keys C-c
exits_restored "a third Ctrl-C in a row" 130

tui_start 80 24 "$demo" --ctrl-c-quits
tui_wait "Terminal demo" && tui_keys C-c
exits_restored "Ctrl-C, which the app takes as its quit key" 0
tui_screen | grep -q "finished after 2 events" && pass || fail "Ctrl-C reached the app as a key"

for sig in TERM HUP; do
    tui_start 80 24 "$demo" --failures
    tui_wait "Terminal demo"
    pid=$(tui_pid)
    [ -n "$pid" ] && kill -s "$sig" "$pid"
    case $sig in TERM) want=143;; HUP) want=129;; esac
    exits_restored "SIG$sig" $want
done

# Every other terminating signal: the terminal is given back (modes, the normal screen, no
# mouse reporting), then the process ends as that signal ends it.
for sig in QUIT PIPE USR1 USR2 ALRM XCPU XFSZ VTALRM PROF SYS; do
    tui_start 80 24 "$demo" --failures
    tui_wait "Terminal demo" >/dev/null
    pid=$(tui_pid)
    [ -n "$pid" ] && kill -s "$sig" "$pid"
    want=$((128 + $(kill -l "$sig")))
    exits_restored "SIG$sig" $want
    flags=$(tmux_ display-message -p -t "$tui_session" '#{alternate_on} #{mouse_any_flag}')
    [ "$flags" = "0 0" ] && pass || fail "SIG$sig: the normal screen is back and mouse reporting is off ($flags)"
done
tui_start 80 24 "$demo" --failures
tui_wait "Terminal demo" && tui_keys X
exits_restored "an error thrown while carrying out an effect" 1

tui_start 80 24 "$demo" --failures
tui_wait "Terminal demo" && tui_keys '!'
tui_exited 20 && [ "$tui_status" -ne 0 ] && pass || fail "a crash ends the program (status ${tui_status:-none})"
tui_modes_restored && pass || fail "a crash: terminal modes restored"

# A terminal that cannot move its cursor is refused like a pipe, with the plain commands named.
tui_start 80 24 env TERM=dumb "$ALMANAC_BIN"
exits_restored "the guide with TERM=dumb" 2
tui_screen | grep -q "cannot move its cursor" && pass || fail "TERM=dumb: the message says why"
# Ctrl-Z suspends and `fg` redraws: needs a shell with job control.
tui_start 80 24 env PS1='ready> ' bash --norc --noprofile -i
tui_wait 'ready>' 5 >/dev/null
tui_keys "$demo" Enter
tui_wait "Terminal demo 80x24" && tui_keys x && tui_wait "last: char x" && tui_keys C-z
tui_wait "Stopped" 5 && pass || fail "Ctrl-Z suspends"
tui_keys "clear; fg" Enter
tui_wait "last: char x" 5 && pass || fail "fg redraws the screen"
# Resized while stopped: the next fg lays out at the new size without a key.
tui_keys C-z
tui_wait "Stopped" 5 >/dev/null
tmux_ resize-window -t "$tui_session" -x 100 -y 30
tui_keys "clear; fg" Enter
tui_wait "Terminal demo 100x30" 5 && pass || fail "fg after a resize while stopped draws at the new size"
tmux_ resize-window -t "$tui_session" -x 80 -y 24
tui_wait "Terminal demo 80x24" 5 >/dev/null
tui_keys y && tui_wait "last: char y" 5 && pass || fail "keys work after fg"
tui_keys q
tui_wait "demo: finished" 5 && pass || fail "quits after fg"

# The terminal disappears without a hangup signal: the program leaves instead of spinning.
python3 - "$demo" > "$tui_dir/gone.txt" <<'PY'
import os, select, subprocess, sys, time
master, slave = os.openpty()
# Not a new session: the pty is not the program's controlling terminal, so closing it sends
# no SIGHUP; reads just fail, as when a terminal disappears without a hangup.
p = subprocess.Popen([sys.argv[1]], stdin=slave, stdout=slave, stderr=slave,
                     env=dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8"))
os.close(slave)
seen, deadline = b"", time.time() + 10
while b"Terminal demo" not in seen and time.time() < deadline:
    if select.select([master], [], [], 0.1)[0]:
        seen += os.read(master, 65536)
os.close(master)
try:
    p.wait(timeout=5)
    print("exited", p.returncode)
except subprocess.TimeoutExpired:
    p.kill()
    print("still running after the terminal went")
    sys.exit(1)
PY
grep -q "^exited" "$tui_dir/gone.txt" && pass || fail "leaves when its terminal goes ($(cat "$tui_dir/gone.txt"))"

# Not a terminal: one line on stderr naming the plain commands, status 2.
expect_status 2 "not a terminal" -- "$demo" </dev/null
expect_error "almanac show" "not a terminal points to the plain commands"
[ "$(wc -l < /tmp/e2e.err)" -eq 1 ] && pass || fail "not a terminal: one line"

# An unknown TERM: the same, inside a real terminal.
tui_start 80 24 sh -c "TERM=no-such-terminal $demo 2>$tui_dir/err"
tui_exited && [ "$tui_status" -eq 2 ] && pass || fail "unknown TERM exits 2 (got ${tui_status:-none})"
grep -q 'no-such-terminal.*almanac show' "$tui_dir/err" && pass || fail "unknown TERM is named ($(cat "$tui_dir/err"))"

finish
