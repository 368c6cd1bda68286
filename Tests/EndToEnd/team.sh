#!/usr/bin/env bash
# A team over a shared folder, as people use it: a guide open on one member's machine shows
# a colleague's change within a second or two with no key pressed, the members' files are
# the only ones written, a colleague's damaged file and an unmounted folder get the banner,
# and changes made while the folder is away are written when it is back.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/tmux.bash"
shared="$tui_dir/shared"
mkdir -p "$shared" "$tui_dir/bo"
ann() { "$ALMANAC_BIN" "$@"; }
bo() { HOME="$tui_dir/bo" XDG_DATA_HOME="$tui_dir/bo/data" "$ALMANAC_BIN" "$@"; }
ms_until() {
    local start=$(date +%s%N)
    tui_wait "$1" 5 >/dev/null 2>&1 || { echo 99999; return; }
    echo $(( ($(date +%s%N) - start) / 1000000 ))
}

ann team join "$shared" --name "Ann Lee" >/dev/null && pass || fail "Ann joins"
bo team join "$shared" --name "Bo" --role councillor >/dev/null && pass || fail "Bo joins"
tui_start 100 30 "$ALMANAC_BIN"
tui_wait "0/108 steps done" || fail "Ann's guide opens on the team's progress"
before=$(cd "$shared/almanac-team/members" && sha1sum ./* | sort)
bo tick connectivity.1.1 >/dev/null
took=$(ms_until "1/108 steps done")
[ "$took" -le 2000 ] && pass || fail "Bo's tick showed in Ann's open guide after ${took} ms (want <= 2000)"
echo "team: a colleague's tick showed after ${took} ms"
after=$(cd "$shared/almanac-team/members" && sha1sum ./* | sort)
[ "$(comm -3 <(echo "$before") <(echo "$after") | awk '{print $2}' | sort -u | wc -l)" -eq 1 ] \
    && comm -3 <(echo "$before") <(echo "$after") | grep -q "./bo\." && pass || fail "only Bo's file changed"

# Ann ticks in the guide; Bo's command sees it, and Ann's step detail says who did what.
tui_keys Tab G Tab
tui_wait "connectivity.1.1" || fail "the checklist opens"
tui_keys j Space
for _ in $(seq 50); do bo status connectivity | grep -q "\[x\] connectivity.1.2" && break; sleep 0.1; done
bo status connectivity | grep -q "\[x\] connectivity.1.2" && pass || fail "Ann's tick in the guide reached Bo"
tui_keys k e
tui_wait "Last changed: status by Bo" 3 && pass || fail "the step detail says Bo ticked 1.1"
tui_keys Escape

# A colleague's half-synced file: named in the banner, the rest still shown.
printf '{"almanacTeamMember": 1, "progr' > "$shared/almanac-team/members/jo.abcdef.json"
tui_wait "jo.abcdef.json" 3 && pass || fail "the banner names the damaged member file"
tui_screen | grep -q "2/108 steps done" && pass || fail "the others' progress still shows"
rm "$shared/almanac-team/members/jo.abcdef.json"

# The share goes away: the banner says so, a tick waits on this machine, and is written when it is back.
mv "$shared" "$tui_dir/unmounted"
tui_wait "Team folder out of reach" 3 && pass || fail "the banner says the team folder is out of reach"
tui_keys j j Space
tui_wait "3/108 steps done" 3 && pass || fail "a tick while the folder is away shows at once"
mv "$tui_dir/unmounted" "$shared"
for _ in $(seq 50); do bo status connectivity | grep -q "\[x\] connectivity.1.3" && break; sleep 0.1; done
bo status connectivity | grep -q "\[x\] connectivity.1.3" && pass || fail "the waiting tick was written when the folder came back"
tui_keys q
tui_exited 5 && pass || fail "the guide quits"
ann team status | grep -q "Members (2):" && pass || fail "team status lists both"
finish
