# Sourced by the scripts: installs what a fresh Debian machine with Swift lacks.
# Usage: ensure_packages  (libncursesw headers, tmux for end-to-end tests, jsonschema for the schema test)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_packages() {
    local missing=()
    pkg-config --exists ncursesw 2>/dev/null || missing+=(libncursesw5-dev pkg-config)
    command -v tmux >/dev/null 2>&1 || missing+=(tmux)
    command -v python3 >/dev/null 2>&1 || missing+=(python3)
    # The progress schema test validates written files with Python's jsonschema.
    python3 -c 'import jsonschema' >/dev/null 2>&1 || missing+=(python3-jsonschema)
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing ${missing[*]} ..." >&2
        as_root apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >&2
    fi
    if ! command -v swift >/dev/null 2>&1; then
        echo "swift is not on PATH: install the Swift toolchain (swift.org) first." >&2
        exit 2
    fi
}

project_root() {
    cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd
}
