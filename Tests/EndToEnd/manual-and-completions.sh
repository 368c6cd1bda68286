#!/usr/bin/env bash
# The manual page and completions are generated from the argument parser and current; each
# completion script loads in its shell and completes subcommands; Scripts/install puts the
# binary, content, manual page and completions under a prefix, and the installed almanac runs.
source "$(dirname "$0")/lib.sh"
root=$(cd "$(dirname "$0")/../.." && pwd)
source "$root/Scripts/lib/setup.sh"
missing=(); for shell in zsh fish; do command -v $shell >/dev/null || missing+=($shell); done
if [ ${#missing[@]} -gt 0 ]; then
    as_root apt-get update -qq >&2; DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >&2
fi
command -v man >/dev/null || DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq man-db >&2

"$root/Scripts/generate-manual" --check >/tmp/e2e.out 2>/tmp/e2e.err && pass || fail "manual page or completions out of date: $(tail -3 /tmp/e2e.err)"
grep -q '^\.Dt ALMANAC 1' "$root/docs/almanac.1" && pass || fail "docs/almanac.1 is a section 1 manual page"
page=$(MANWIDTH=80 man -l "$root/docs/almanac.1" 2>/dev/null)
for word in "Write a progress report" "--progress" "walkthrough" "--background"; do
    grep -qF -- "$word" <<<"$page" && pass || fail "the manual page mentions $word"
done

bash -n "$root/docs/completions/almanac.bash" && pass || fail "bash completion parses"
words=$(bash -c "source '$root/docs/completions/almanac.bash'; COMP_WORDS=(almanac ex); COMP_CWORD=1; COMP_LINE='almanac ex'; COMP_POINT=10; _almanac; echo \"\${COMPREPLY[*]}\"" 2>/dev/null)
grep -qw export <<<"$words" && pass || fail "bash completes 'almanac ex' to export (got: $words)"
zsh -n "$root/docs/completions/almanac.zsh" && pass || fail "zsh completion parses"
fish -n "$root/docs/completions/almanac.fish" && pass || fail "fish completion parses"
fishwords=$(fish -c "source '$root/docs/completions/almanac.fish'; complete -C 'almanac wal'" 2>/dev/null)
grep -q walkthrough <<<"$fishwords" && pass || fail "fish completes 'almanac wal' (got: $fishwords)"

prefix=$(mktemp -d)
"$root/Scripts/install" "$prefix" >/tmp/e2e.out 2>/tmp/e2e.err && pass || fail "Scripts/install: $(tail -3 /tmp/e2e.err)"
for f in bin/almanac share/almanac/almanac.jsonl share/man/man1/almanac.1 share/bash-completion/completions/almanac \
         share/zsh/site-functions/_almanac share/fish/vendor_completions.d/almanac.fish; do
    [ -s "$prefix/$f" ] && grep -qF "$prefix/$f" /tmp/e2e.out && pass || fail "install put $f and said so"
done
# The installed binary finds its installed content, wherever the clone is.
(cd / && env -u ALMANAC_CONTENT "$prefix/bin/almanac" outcomes >/tmp/e2e.out 2>&1) && grep -q "Connectivity" /tmp/e2e.out \
    && pass || fail "the installed almanac runs and finds its content: $(head -c 300 /tmp/e2e.out)"
MANPATH="$prefix/share/man" man -w almanac >/dev/null 2>&1 && pass || fail "man finds the installed page"
rm -rf "$prefix"
finish
