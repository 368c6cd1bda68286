#!/usr/bin/env bash
# The exported HTML report checked by axe-core (WCAG 2.0/2.1 A and AA rules, plus best
# practices) in headless Chromium, offline: axe.min.js comes from the axe-playwright-python
# wheel, Chromium and its driver from Debian, Selenium from PyPI.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/../../Scripts/lib/setup.sh"
ensure_accessibility_tools || { fail "cannot install chromium, chromedriver, selenium or axe-core"; finish; exit; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Real content with every status, an overdue step and a hostile note, so every style is checked.
cat >"$work/progress.json" <<'JSON'
{"version": 1, "position": {}, "steps": {
  "connectivity.1.1": {"status": "done", "owner": "Head of IT", "changed": "2026-11-20T09:00:00Z"},
  "connectivity.1.2": {"status": "in-progress", "due": "2026-10-01", "owner": "Jo",
                       "note": "Clear \u001b[2J <script>x</script> | a\nline 2", "changed": "2026-11-20T09:00:00Z",
                       "evidence": [{"text": "https://council.example/minutes?a=1&copy=2", "label": "Board <script>x</script> minutes"},
                                    {"text": "javascript:alert(1)", "label": "click"}, {"text": "/shared/Cyber policy.pdf"},
                                    {"text": "mailto:dpo@council.example"}]},
  "connectivity.1.3": {"status": "not-applicable", "reason": "No rural \u202e areas", "changed": "2026-11-20T09:00:00Z"}}}
JSON
"$ALMANAC_BIN" export --progress "$work/progress.json" --today 2026-11-25 --format html --output "$work/report.html" \
    && pass || fail "export --format html"

# Action plans of N actions, each with an owner, a due date (some overdue) and, for most, a
# note of a committee paper's length; the other steps done, so the chart has bars of every length.
plan_progress() {
    python3 - "$(dirname "$0")/../../Resources/almanac.jsonl" "$1" <<'PY'
import json, sys
steps = [s["id"] for line in open(sys.argv[1]).read().splitlines()[2:]
         for t in json.loads(line)["themes"] for s in t["steps"]]
owners = ["Head of Digital", "Chief Information Officer", "Data Protection Officer", "Jo Smith", "Service Design Lead"]
notes = ["Business case drafted; awaiting sign-off from the corporate leadership team in January.",
         "Supplier workshop held 12 November; options paper to follow.",
         "Blocked on the procurement framework renewal; escalated to the Section 151 officer.", None]
n = int(sys.argv[2])
chosen = [i for i in range(len(steps)) if i * 7 % 18 < (5 if n <= 30 else 10)][:n]   # spread over the outcomes
progress = {}
for i, step in enumerate(steps):
    if i in chosen:
        progress[step] = {"status": "in-progress" if i % 2 else "not-started", "owner": owners[i % 5],
                          "due": "%d-%02d-%02d" % (2026 + (i % 6 > 2), 10 + i % 3, 1 + i % 28),
                          "changed": "2026-11-20T09:00:00Z"}
        if notes[i % 4]: progress[step]["note"] = notes[i % 4]
        if i % 3 == 0: progress[step]["evidence"] = [{"text": "https://intranet.council.example/digital/board-papers/2026-11/item-%d.pdf" % i,
                                                      "label": "Board paper"}]
    else:
        progress[step] = {"status": "done", "changed": "2026-11-20T09:00:00Z"}
print(json.dumps({"version": 1, "position": {}, "steps": progress}))
PY
}
for n in 16 30 60; do
    plan_progress $n >"$work/plan$n-progress.json"
    "$ALMANAC_BIN" plan --progress "$work/plan$n-progress.json" --today 2026-11-25 --format html --output "$work/plan$n.html" \
        && grep -q "$n actions" "$work/plan$n.html" && pass || fail "plan --format html with $n actions"
done

# A page with known violations: the check must be able to fail.
cat >"$work/bad.html" <<'HTML'
<!DOCTYPE html><html><head><title>bad</title></head><body>
<h1>Bad</h1><h4>skipped levels</h4><p style="color:#bbb;background:#fff">low contrast</p><img src="x.png">
</body></html>
HTML

axe() {
    python3 - "$1" <<'PY'
import importlib.util, json, os, sys
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

# Found, not imported: the package's own code needs Playwright, which is not installed.
package = importlib.util.find_spec("axe_playwright_python").submodule_search_locations[0]
axe_js = open(os.path.join(package, "axe.min.js")).read()
options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
    options.add_argument(arg)
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
try:
    driver.set_script_timeout(120)
    driver.get("file://" + os.path.abspath(sys.argv[1]))
    driver.execute_script(axe_js)
    result = driver.execute_async_script("""
        const done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: 'tag',
            values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})
          .then(r => done({version: axe.version, passes: r.passes.length,
                           incomplete: r.incomplete.map(v => v.id),
                           violations: r.violations.map(v => ({id: v.id, impact: v.impact,
                               help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))}))
          .catch(e => done({error: String(e)}));
    """)
finally:
    driver.quit()
print(json.dumps(result))
if "error" in result:
    sys.exit(2)
for v in result["violations"]:
    print("axe %s (%s): %s at %s" % (v["id"], v["impact"], v["help"], ", ".join(v["nodes"])), file=sys.stderr)
sys.exit(1 if result["violations"] else 0)
PY
}

SE_OFFLINE=true axe "$work/bad.html" >"$work/bad.json" 2>"$work/bad.err"
[ $? -eq 1 ] && grep -q image-alt "$work/bad.json" && grep -q color-contrast "$work/bad.json" \
    && pass || fail "axe finds the known violations in a bad page ($(tail -c 300 "$work/bad.err"))"

SE_OFFLINE=true axe "$work/report.html" >"$work/report.json" 2>"$work/report.err"
status=$?
if [ $status -eq 0 ]; then
    pass
    python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print("axe-core %s: %d rules pass, no violations; needs review: %s" % (r["version"], r["passes"], ", ".join(r["incomplete"]) or "none"))' "$work/report.json"
else
    fail "axe on the HTML report (status $status): $(cat "$work/report.err" | head -c 2000)"
fi

SE_OFFLINE=true axe "$work/plan30.html" >"$work/plan.json" 2>"$work/plan.err"
status=$?
[ $status -eq 0 ] && pass || fail "axe on the HTML action plan (status $status): $(head -c 2000 "$work/plan.err")"

# Printed to PDF on A4: 30 actions fit on one page with the chart (each is two lines: the
# step, then its facts); 60 take two. The report, a page per outcome, is many: the count can fail.
pages() {
    rm -f "$work/out.pdf"
    timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-pdf-header-footer \
        --print-to-pdf="$work/out.pdf" "file://$1" >/dev/null 2>&1
    # Page objects, not the /Pages tree nodes; Chromium writes them uncompressed.
    python3 -c 'import re,sys; print(len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", open(sys.argv[1],"rb").read())))' "$work/out.pdf"
}
if command -v chromium >/dev/null 2>&1; then
    report_pages=$(pages "$work/report.html")
    [ "${report_pages:-0}" -gt 12 ] && pass || fail "the report prints to more than 12 pages (got '${report_pages}')"
    pages16=$(pages "$work/plan16.html")
    [ "$pages16" = 1 ] && pass || fail "the 16-action plan prints to one A4 page (got '${pages16}')"
    pages30=$(pages "$work/plan30.html")
    [ "$pages30" = 1 ] && pass || fail "the 30-action plan prints to one A4 page (got '${pages30}')"
    pages60=$(pages "$work/plan60.html")
    [ "$pages60" = 2 ] && pass || fail "the 60-action plan prints to two A4 pages (got '${pages60}')"
    echo "printed to PDF: the report $report_pages pages; the plan of 16 actions $pages16, of 30 $pages30, of 60 $pages60"
else
    echo "SKIP: no chromium, so the plan's page count is not checked"
fi
finish
