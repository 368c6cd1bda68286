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
                       "note": "Clear \u001b[2J <script>x</script> | a\nline 2", "changed": "2026-11-20T09:00:00Z"},
  "connectivity.1.3": {"status": "not-applicable", "changed": "2026-11-20T09:00:00Z"}}}
JSON
"$ALMANAC_BIN" export --progress "$work/progress.json" --today 2026-11-25 --format html --output "$work/report.html" \
    && pass || fail "export --format html"

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
finish
