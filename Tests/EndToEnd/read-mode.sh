#!/usr/bin/env bash
# `almanac read` in a real pseudo-terminal: prompts, confirmations, news from another process,
# and not one escape sequence in what it writes.
source "$(dirname "$0")/lib.sh"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
if python3 "$(dirname "$0")/read_pty.py" "$ALMANAC_BIN" "$dir/progress.json" >"$dir/out" 2>&1; then
    pass
else
    fail "almanac read in a pty: $(cat "$dir/out")"
fi
# Through a pipe, as a script: the same commands, status 0, nothing but text and newlines.
printf '10\n6\ntick 2\nquit\n' | ALMANAC_PROGRESS="$dir/progress.json" "$ALMANAC_BIN" read >"$dir/piped" 2>&1 \
    && pass || fail "almanac read through a pipe: $(tail -3 "$dir/piped")"
grep -q "Step 10.1.2, Spread awareness" "$dir/piped" && pass || fail "the piped tick is confirmed"
LC_ALL=C grep -q $'[\x01-\x09\x0b-\x1f\x7f]' "$dir/piped" && fail "control bytes in piped output" || pass
finish
