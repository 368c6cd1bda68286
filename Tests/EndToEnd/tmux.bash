# Shared by the full-screen end-to-end scripts (sourced after lib.sh): runs a program in a
# private tmux server and polls its screen. Every session is killed on exit, pass or fail.
#
#   tui_start WIDTH HEIGHT COMMAND...   runs COMMAND in a fresh session; records its exit status
#                                       and the terminal modes before and after (stty -g)
#   tui_wait TEXT [SECONDS]             polls the screen until it shows TEXT (default 10 s)
#   tui_keys KEY...                     tmux send-keys (names like Down, NPage, C-c, or text)
#   tui_exited [SECONDS]                waits for COMMAND to end; sets tui_status
#   tui_modes_restored                  the terminal modes after COMMAND equal those before
command -v tmux >/dev/null || { echo "tmux is not installed (Scripts/test installs it)" >&2; exit 1; }
tui_dir=$(mktemp -d)
tui_socket="almanac-e2e-$$"
tui_session=""
# Nothing the guide writes may land in the real home folder.
export HOME="$tui_dir/home" XDG_DATA_HOME="$tui_dir/home/.local/share" XDG_CONFIG_HOME="$tui_dir/home/.config"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME"
export LANG=C.UTF-8 LC_ALL=C.UTF-8 ESCDELAY=25 SWIFT_BACKTRACE=enable=no
unset NO_COLOR
tui_cleanup() {
    tmux -L "$tui_socket" kill-server 2>/dev/null
    rm -rf "$tui_dir"
}
trap tui_cleanup EXIT

tmux_() { tmux -L "$tui_socket" -f /dev/null "$@"; }

tui_start() {
    local width=$1 height=$2; shift 2
    [ -n "$tui_session" ] && tmux_ kill-session -t "$tui_session" 2>/dev/null
    tui_session="s$RANDOM"
    rm -f "$tui_dir/status" "$tui_dir/modes.before" "$tui_dir/modes.after"
    printf '%q ' "$@" > "$tui_dir/command"
    # A plain sh (no readline) keeps the pane's modes exactly as the program leaves them;
    # it survives Ctrl-C (trap) to record what the program did with it.
    tmux_ new-session -d -s "$tui_session" -x "$width" -y "$height" \
        "trap : INT; stty -g > $tui_dir/modes.before; . $tui_dir/command; echo \$? > $tui_dir/status.tmp; stty -g > $tui_dir/modes.after; mv $tui_dir/status.tmp $tui_dir/status; sleep 3600"
    tmux_ set-option -t "$tui_session" status off >/dev/null
    tmux_ resize-window -t "$tui_session" -x "$width" -y "$height" 2>/dev/null
}

tui_screen() { tmux_ capture-pane -p -t "$tui_session"; }

tui_dump() { echo "--- screen ---" >&2; tui_screen >&2; echo "--------------" >&2; }

tui_wait() {
    local text=$1 seconds=${2:-10} deadline
    deadline=$(( $(date +%s%N) + seconds * 1000000000 ))
    while [ "$(date +%s%N)" -lt "$deadline" ]; do
        tui_screen | grep -qF -- "$text" && return 0
        sleep 0.05
    done
    echo "timed out after ${seconds}s waiting for: $text" >&2
    tui_dump
    return 1
}

tui_keys() { tmux_ send-keys -t "$tui_session" "$@"; }

tui_exited() {
    local seconds=${1:-10} deadline
    deadline=$(( $(date +%s%N) + seconds * 1000000000 ))
    while [ "$(date +%s%N)" -lt "$deadline" ]; do
        if [ -f "$tui_dir/status" ]; then tui_status=$(cat "$tui_dir/status"); return 0; fi
        sleep 0.05
    done
    echo "the program did not exit within ${seconds}s" >&2
    tui_dump
    return 1
}

tui_modes_restored() { cmp -s "$tui_dir/modes.before" "$tui_dir/modes.after"; }

# The process id of the program running in the pane (the pane's shell's child).
tui_pid() { pgrep -P "$(tmux_ display-message -p -t "$tui_session" '#{pane_pid}')" | head -1; }
