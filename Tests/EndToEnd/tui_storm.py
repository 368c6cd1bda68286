"""tui.py (../shared/tools/tuiharness) with one fix for storms: reading the emulated screen.

pyte leaves the right half of a wide character behind (an empty cell) when a narrow one is
written over its left half; xterm blanks it, and ncurses relies on that. pyte's `display`
then fails with IndexError. Here such a cell reads as a space, as on a real terminal.
Usage: python3 tui_storm.py TUI_PY storm ARGS...
"""
import importlib.util
import sys

from pyte.screens import wcwidth

path = sys.argv[1]
spec = importlib.util.spec_from_file_location("tui", path)
tui = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tui)


def lines(self):
    self.flush()
    screen = self.screen
    out = []
    for y in range(screen.lines):
        row, text, skip = screen.buffer[y], [], False
        for x in range(screen.columns):
            if skip:
                skip = False
                continue
            data = row[x].data or " "
            skip = wcwidth(data[0]) == 2
            text.append(data)
        out.append("".join(text).rstrip())
    return out


tui.Session.lines = lines
sys.argv = [path] + sys.argv[2:]
sys.exit(tui.main())
