# Sourced by the scripts: installs what a fresh Debian machine with Swift lacks.
# Usage: ensure_packages  (libncursesw headers, tmux and pyte for end-to-end tests, jsonschema for the schema test)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_packages() {
    local missing=()
    pkg-config --exists ncursesw 2>/dev/null || missing+=(libncursesw5-dev pkg-config)
    command -v tmux >/dev/null 2>&1 || missing+=(tmux)
    command -v python3 >/dev/null 2>&1 || missing+=(python3)
    # `almanac team sync` drives git; its tests use local bare repositories.
    command -v git >/dev/null 2>&1 || missing+=(git)
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing ${missing[*]} ..." >&2
        as_root apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >&2
    fi
    # The export tests read reports back with html5lib's strict parser, markdown-it and icalendar: pip, or
    # Debian's packages where pip may not install into the system Python.
    # The progress schema test validates written files with jsonschema.
    # The terminal harness (../shared/tools/tuiharness: storm test, Scripts/bench) emulates the screen with pyte.
    if ! python3 -c 'import html5lib, markdown_it, icalendar, jsonschema, pyte' 2>/dev/null; then
        python3 -m pip install -q html5lib markdown-it-py icalendar jsonschema pyte >&2 2>/dev/null ||
            DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq python3-html5lib python3-markdown-it python3-icalendar python3-jsonschema python3-pyte >&2
    fi
    if ! command -v swift >/dev/null 2>&1; then
        echo "swift is not on PATH: install the Swift toolchain (swift.org) first." >&2
        exit 2
    fi
}

# For Tests/EndToEnd/html-accessibility.sh only (Chromium is large): axe-core in headless
# Chromium. axe.min.js is taken from the axe-playwright-python wheel, without Playwright.
ensure_accessibility_tools() {
    if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
        echo "Installing chromium chromium-driver ..." >&2
        as_root apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium chromium-driver >&2 || return 1
    fi
    python3 -c 'import selenium' 2>/dev/null || python3 -m pip install -q selenium >&2 || return 1
    python3 -c 'import importlib.util as u; assert u.find_spec("axe_playwright_python")' 2>/dev/null ||
        python3 -m pip install -q --no-deps axe-playwright-python >&2 || return 1
}

# For Scripts/screenshot and Tests/EndToEnd/screens-in-xterm.sh: a real xterm under Xvfb.
ensure_screenshot_tools() {
    local tool missing=0
    for tool in Xvfb xterm xwd xwininfo convert xdotool; do command -v "$tool" >/dev/null 2>&1 || missing=1; done
    fc-list 2>/dev/null | grep "DejaVu Sans Mono" >/dev/null || missing=1
    if [ $missing -eq 1 ]; then
        echo "Installing xvfb xterm x11-apps x11-utils imagemagick fonts-dejavu-core xdotool ..." >&2
        as_root apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq xvfb xterm x11-apps x11-utils imagemagick fonts-dejavu-core xdotool >&2
    fi
}

project_root() {
    cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd
}
