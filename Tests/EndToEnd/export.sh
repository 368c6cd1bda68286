#!/usr/bin/env bash
# almanac export as a user runs it: each format, --output, and the bad inputs.
source "$(dirname "$0")/lib.sh"
work=$(mktemp -d)
cd "$work"
trap 'rm -rf "$work"' EXIT

# A progress file with a hostile note: an escape sequence, markup, CSV and table syntax.
cat >progress.json <<'JSON'
{"version": 1, "position": {}, "steps": {
  "connectivity.1.1": {"status": "done", "owner": "Head of IT", "changed": "2026-11-20T09:00:00.123Z"},
  "connectivity.1.2": {"status": "in-progress", "due": "2026-10-01", "owner": "Jo | Ops",
                       "note": "Clear \u001b[2J, <script>x</script>, \"q\", a|b\nline 2", "changed": "2026-11-20T09:00:00Z"},
  "data.1.1": {"status": "not-applicable", "changed": "2026-11-20T09:00:00Z"}}}
JSON
run() { "$ALMANAC_BIN" export --progress progress.json --today 2026-11-25 "$@"; }

for format in markdown csv html json ics; do
    expect_status 0 "export $format" -- run --format "$format"
    if grep -q $'\x1b' /tmp/e2e.out; then fail "$format output holds a raw ESC"; else pass; fi
done

expect_status 0 "export markdown" -- run
expect_output "| 1. Connectivity | 1 of 9 | 1 | 1 | 0 |" "summary counts done of applicable"
expect_output "| 2. Data | 0 of 8 | 0 | 0 | 1 |" "not applicable leaves the count"

expect_status 0 "export csv" -- run --format csv
python3 -c '
import csv
rows = list(csv.reader(open("/tmp/e2e.out", newline="", encoding="utf-8")))
assert len(rows) == 109, len(rows)
note = [r for r in rows if r[3] == "connectivity.1.2"][0][11]
assert note == "Clear ^[[2J, <script>x</script>, \"q\", a|b\nline 2", repr(note)' && pass || fail "CSV has a header and 108 rows, note intact"

expect_status 0 "export html to a file" -- run --format html --output report.html
[ -s report.html ] && [ ! -s /tmp/e2e.out ] && pass || fail "--output writes the file, not stdout"
[ "$(ls -A | grep -c tmp)" -eq 0 ] && pass || fail "no temporary file left beside the report"
if python3 -c 'import html5lib' 2>/dev/null; then
    python3 -c 'import html5lib,sys; html5lib.HTMLParser(strict=True).parse(open("report.html","rb").read())' \
        && pass || fail "the HTML report parses as strict HTML5"
else
    fail "python3 html5lib is missing (pip install html5lib; Scripts/test installs it)"
fi
expect_status 0 "export ics to a file" -- run --format ics --output due.ics
python3 -c '
import icalendar
cal = icalendar.Calendar.from_ical(open("due.ics", "rb").read())
events = cal.walk("VEVENT")
assert [str(e["uid"]).split("@")[0] for e in events] == ["connectivity.1.2"], events
e = events[0]
assert e.decoded("dtstart").isoformat() == "2026-10-01", e.decoded("dtstart")
assert "Note: Clear ^[[2J, <script>x</script>, \"q\", a|b\nline 2\n" in str(e["description"]), str(e["description"])' \
    && pass || fail "the calendar reads back in icalendar: one event, its date and note"
echo old >report.md
expect_status 0 "export over an existing file" -- run --output report.md
grep -q '^# Progress report' report.md && pass || fail "--output replaces an existing file"

expect_status 2 "unknown format" -- run --format pdf
expect_error "markdown, csv, html, json" "unknown format lists the accepted ones"
expect_status 2 "bad --today" -- run --today 25/11/2026
expect_error "YYYY-MM-DD" "bad --today says how to write a date"
expect_status 2 "missing progress file" -- "$ALMANAC_BIN" export --progress nowhere.json
expect_error "no such file" "missing progress file says so"
echo '{"steps": 3}' >bad.json
expect_status 1 "malformed progress file (as the other progress commands)" -- "$ALMANAC_BIN" export --progress bad.json
expect_error "bad.json" "malformed progress file is named"
expect_status 0 "no progress recorded yet at the default location" -- \
    env -u ALMANAC_PROGRESS XDG_DATA_HOME="$work/xdg" "$ALMANAC_BIN" export --format csv
expect_error "no progress recorded yet" "an empty report says why"
expect_status 0 "progress from \$ALMANAC_PROGRESS" -- env ALMANAC_PROGRESS="$work/progress.json" "$ALMANAC_BIN" export
expect_output "| 1. Connectivity | 1 of 9 | 1 |" "the default file is used"
expect_status 1 "output folder missing" -- run --output no/such/folder/report.md
expect_error "there is no folder" "missing output folder is named"
mkdir adir
expect_status 1 "output is a folder" -- run --output adir
expect_error "it is a folder" "output folder is refused"

finish
