"""Drives `almanac read` in a pseudo-terminal as a screen-reader user's terminal would.

Usage: python3 read_pty.py ALMANAC PROGRESS_FILE
Types commands, lets a second process tick a step meanwhile, and checks every byte the
program wrote: plain text, newlines (the terminal adds carriage returns), and the prompt;
never an escape sequence. Prints one line per failed check; exits 1 if any failed.
"""
import os
import pty
import select
import subprocess
import sys
import time

almanac, progress = sys.argv[1], sys.argv[2]
env = dict(os.environ, ALMANAC_PROGRESS=progress, TERM="xterm-256color", COLUMNS="80", LINES="24")
pid, fd = pty.fork()
if pid == 0:
    os.execve(almanac, [almanac, "read"], env)

seen = b""
failures = []


def pump(until, timeout=10.0, since=0):
    """Reads the terminal until `until` (bytes) has appeared after byte `since`; False on timeout."""
    global seen
    end = time.time() + timeout
    while until not in seen[since:] and time.time() < end:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    return until in seen[since:]


def check(ok, what):
    if not ok:
        failures.append(what)


def type_line(text):
    os.write(fd, text.encode() + b"\r")


check(pump(b"> "), "a prompt after the contents")
type_line("10")
check(pump(b"Outcome 10 of 12: Security and resilience"), "10 opens outcome 10")
type_line("6")
check(pump(b"1. Step 10.1.1, not started"), "6 opens the checklist")
type_line("tick 1")
check(pump(b"Security and resilience: 1 of 9 applicable steps done."), "tick 1 is confirmed")
mark = len(seen)
subprocess.run([almanac, "tick", "data.1.1"], env=env, check=True, capture_output=True)
check(pump(b"Changed elsewhere: Step 2.1.1", since=mark), "another process's tick is announced with no key typed")
news = seen.index(b"Changed elsewhere: Step 2.1.1", mark)
check(pump(b"> ", timeout=3, since=news), "the prompt comes back after the news")
type_line("where")
check(pump(b"You are at Security and resilience, Put into practice."), "where says where")
type_line("quit")
check(pump(b"Goodbye."), "quit says goodbye")
_, status = os.waitpid(pid, 0)
check(os.WEXITSTATUS(status) == 0, "exit status 0")

# Every byte: printable, newline, carriage return (the terminal's), or UTF-8 text.
bad = [b for b in seen if (b < 0x20 and b not in (0x0A, 0x0D)) or b == 0x7F]
check(not bad, "control bytes in the output: %r" % bad[:10])
text = seen.decode("utf-8", "replace")
check(not any(0x80 <= ord(c) <= 0x9F for c in text), "no C1 controls")
check("\x1b" not in text, "no escape sequence at all")

with open(progress) as f:
    body = f.read()
check('"security-and-resilience.1.1"' in body and '"data.1.1"' in body, "both ticks are in the progress file")

for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
