# Shared by the end-to-end scripts: assertions that count passes and failures.
# Each script sources this, calls the checks, then `finish`.
: "${ALMANAC_BIN:?set ALMANAC_BIN to the almanac binary}"
passed=0
failed=0

pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $*" >&2; }

# expect_status CODE DESCRIPTION -- COMMAND...
expect_status() {
    local want=$1 what=$2; shift 3
    "$@" >/tmp/e2e.out 2>/tmp/e2e.err
    local got=$?
    if [ "$got" -eq "$want" ]; then pass; else fail "$what: exit $got, wanted $want ($(head -c 300 /tmp/e2e.err))"; fi
}

# expect_output TEXT DESCRIPTION: the last command's stdout contains TEXT
expect_output() {
    if grep -qF -- "$1" /tmp/e2e.out; then pass; else fail "$2: output lacks '$1'"; fi
}

# expect_error TEXT DESCRIPTION: the last command's stderr contains TEXT
expect_error() {
    if grep -qF -- "$1" /tmp/e2e.err; then pass; else fail "$2: stderr lacks '$1' (got: $(head -c 300 /tmp/e2e.err))"; fi
}

finish() {
    echo "$(basename "$0"): $passed passed, $failed failed"
    [ "$failed" -eq 0 ]
}
