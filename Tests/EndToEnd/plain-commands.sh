#!/usr/bin/env bash
# The plain commands, run as a user or a script would: from another folder, through a pipe.
source "$(dirname "$0")/lib.sh"
cd "$(mktemp -d)"   # content must be found from any working folder
export COLUMNS=80

expect_status 0 "outcomes" -- "$ALMANAC_BIN" outcomes
expect_output "10. Security and resilience [security-and-resilience]" "outcomes lists number, title and id"
[ "$(grep -c '^[0-9]*\. ' /tmp/e2e.out)" -eq 12 ] && pass || fail "outcomes lists 12"

expect_status 0 "outcomes --json" -- "$ALMANAC_BIN" outcomes --json
python3 -c 'import json,sys; d=json.load(open("/tmp/e2e.out")); assert len(d)==12 and d[1]["id"]=="data" and d[1]["statement"]' && pass || fail "outcomes --json"

expect_status 0 "show data" -- "$ALMANAC_BIN" show data
expect_output "What we mean by data" "show data has its parts"
expect_output "| Essential" "show data draws its tables"
expect_output "[data.3.3] Invest in advanced data capabilities" "show data lists steps with ids"
awk 'length > 80 { exit 1 }' /tmp/e2e.out && pass || fail "show data fits 80 columns"

for part in introduction annex-a annex-b 12 secur; do
    expect_status 0 "show $part" -- "$ALMANAC_BIN" show "$part"
done
expect_status 0 "show annex-b" -- "$ALMANAC_BIN" show annex-b
expect_output "Wolverhampton" "annex B lists councils"

expect_status 2 "unknown outcome" -- "$ALMANAC_BIN" show nowhere
expect_error "unknown outcome 'nowhere'" "unknown outcome names what was typed"
expect_error "connectivity" "unknown outcome lists what would work"
expect_status 2 "ambiguous outcome" -- "$ALMANAC_BIN" show d
expect_error "data or democracy-and-participation" "ambiguous prefix names the candidates"

expect_status 0 "steps" -- "$ALMANAC_BIN" steps --json
python3 -c '
import json; d=json.load(open("/tmp/e2e.out"))
assert len(d)==108, len(d)
assert all(k in d[0] for k in ("id","outcome","theme","text"))
assert any(s["id"]=="inclusion.2.3" for s in d)' && pass || fail "steps --json has 108 steps with id, outcome, theme, text"
expect_status 0 "steps for one outcome" -- "$ALMANAC_BIN" steps 10
[ "$(grep -c 'security-and-resilience\.[1-3]\.[1-3]' /tmp/e2e.out)" -eq 9 ] && pass || fail "steps 10 lists 9 steps"

expect_status 0 "cases" -- "$ALMANAC_BIN" cases --json
python3 -c 'import json; d=json.load(open("/tmp/e2e.out")); assert len(d)==35, len(d)' && pass || fail "35 case studies"
expect_status 0 "cases by category" -- "$ALMANAC_BIN" cases --category "digital inclusion"
expect_output "Hackney: London Borough, Greater London" "cases show type and region from annex B"
expect_status 0 "cases by council" -- "$ALMANAC_BIN" cases --council kirklees --json
python3 -c 'import json; d=json.load(open("/tmp/e2e.out")); assert len(d)==2, len(d)' && pass || fail "Kirklees has 2 case studies"
expect_status 2 "cases with a bad outcome" -- "$ALMANAC_BIN" cases --outcome 99

expect_status 0 "search LoRaWAN" -- "$ALMANAC_BIN" search LoRaWAN
expect_output "step connectivity.3.3" "search finds the connectivity step"
expect_status 0 "search --json" -- "$ALMANAC_BIN" search '"open data"' --json
python3 -c '
import json; d=json.load(open("/tmp/e2e.out"))
assert d and all(k in d[0] for k in ("outcome","place","text"))' && pass || fail "search --json carries outcome, place, text"
expect_status 2 "empty search" -- "$ALMANAC_BIN" search
expect_error "nothing to search for" "empty search says what would work"
expect_status 2 "bad option" -- "$ALMANAC_BIN" outcomes --colour

expect_status 2 "missing content file" -- "$ALMANAC_BIN" outcomes --content /nonexistent/almanac.jsonl
expect_error "/nonexistent/almanac.jsonl: no such file" "missing content names the path"
echo '{"format":"almanac-content"' > broken.jsonl
expect_status 2 "malformed content file" -- "$ALMANAC_BIN" outcomes --content broken.jsonl
expect_error "broken.jsonl" "malformed content names the path"
ALMANAC_CONTENT=/nowhere/x.jsonl expect_status 2 "ALMANAC_CONTENT pointing nowhere" -- "$ALMANAC_BIN" outcomes

finish
