"""The team benchmark for Scripts/bench: 50 members' files of 108 steps, each with notes.

Usage: python3 team_bench.py TUI_PY ALMANAC SCRATCH
Measures, beside less in the same run: the guide's first screen on the team's progress; how
long a member's change takes to show in an open guide (no key pressed); `team status`; and
`team sync` against a local bare remote. Prints a table; exits 0 (figures, not a test).
"""
import importlib.util
import json
import os
import re
import statistics
import subprocess
import sys
import time

tui_path, almanac, scratch = sys.argv[1:4]
spec = importlib.util.spec_from_file_location("tui", tui_path)
tui = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tui)

home = os.path.join(scratch, "team-home")
folder = os.path.join(scratch, "team")
remote = os.path.join(scratch, "team-remote.git")
members = os.path.join(folder, "almanac-team", "members")
env = dict(os.environ, HOME=home, XDG_DATA_HOME=os.path.join(home, "data"), LANG="C.UTF-8", ESCDELAY="25")
env.pop("ALMANAC_PROGRESS", None)
steps = [s["id"] for s in json.loads(subprocess.check_output([almanac, "steps", "--json"], env=env))]
statuses = ["done", "in-progress", "not-started", "not-applicable"]


def stamp(seconds):
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds)) + ".000Z"


def member_file(i, base, extra=None):
    mid = "member-%02d.m%05d" % (i, i)
    prog, hist = {}, []
    for k, sid in enumerate(steps):
        # The first ten steps are never done, so a later tick always changes the count.
        st = "in-progress" if k < 10 else statuses[(i + k) % 4]
        t = stamp(base + k)
        note = "Member %d on %s: %s" % (i, sid, "evidence and next actions " * 4)
        prog[sid] = {"status": st, "note": note, "changed": t, "times": {"status": t, "note": t}}
        hist += [{"step": sid, "field": "status", "value": st, "at": t}, {"step": sid, "field": "note", "value": note, "at": t}]
    for sid, t in extra or []:
        prog[sid]["status"] = "done"
        prog[sid]["times"]["status"] = prog[sid]["changed"] = t
        hist.append({"step": sid, "field": "status", "value": "done", "at": t})
    body = {"almanacTeamMember": 1, "member": {"id": mid, "name": "Member %d" % i, "role": "officer",
            "machine": "m%d" % i, "joined": "2026-01-01"}, "history": hist,
            "progress": {"version": 2, "position": {}, "steps": prog}}
    return mid, json.dumps(body)


def write_atomically(path, text):
    tmp = os.path.join(os.path.dirname(path), "." + os.path.basename(path) + ".tmp")
    with open(tmp, "w") as f:
        f.write(text)
    os.rename(tmp, path)


subprocess.run(["git", "init", "-q", "--bare", remote], check=True)
subprocess.run(["git", "clone", "-q", remote, folder], check=True, stderr=subprocess.DEVNULL)
os.makedirs(members, exist_ok=True)
base = 1_780_000_000
for i in range(50):
    mid, text = member_file(i, base)
    write_atomically(os.path.join(members, mid + ".json"), text)
subprocess.run([almanac, "team", "join", folder, "--name", "Bench"], env=env, check=True, stdout=subprocess.DEVNULL)
git = ["git", "-C", folder, "-c", "user.name=bench", "-c", "user.email=b@x"]
subprocess.run(git + ["add", "-A"], check=True)
subprocess.run(git + ["commit", "-qm", "fifty members"], check=True)
subprocess.run(git + ["push", "-q", "origin", "HEAD"], check=True, stderr=subprocess.DEVNULL)
size = sum(os.path.getsize(os.path.join(members, n)) for n in os.listdir(members))


def startup(argv, runs=10):
    """The harness's own start-up measurement: median ms to the first complete screen."""
    args = ["python3", tui_path, "startup", "-n", str(runs), "--warmup", "2", "--size", "100x30", "--json"]
    for k in ("HOME", "XDG_DATA_HOME", "LANG", "ESCDELAY"):
        args += ["--env", f"{k}={env[k]}"]
    r = json.loads(subprocess.run(args + ["--"] + argv, capture_output=True, text=True).stdout)
    return r["settle"]["median"]


guide_ms = startup([almanac])
less_ms = startup(["less", os.path.join(os.path.dirname(almanac), "../../Resources/almanac-2023.txt")])

# A member's change, arriving as a sync engine delivers it (a renamed file), shown with no key.
s = tui.Session([almanac], 100, 30, env=[f"{k}={env[k]}" for k in ("HOME", "XDG_DATA_HOME", "LANG", "ESCDELAY")]).start()
s.settle(200, 10, after_ns=s.t0, nonblank=True)
pickups = []
for n in range(5):
    m = re.search(r"(\d+)/108 steps done", s.text())
    before = int(m.group(1)) if m else None
    # Member 0 ticks one more of the never-done steps each time.
    mid, text = member_file(0, base, extra=[(steps[k], stamp(base + 10_000 + k)) for k in range(n + 1)])
    t0 = time.perf_counter()
    write_atomically(os.path.join(members, mid + ".json"), text)
    ok = before is not None and s.wait_text("%d/108 steps done" % (before + 1), 5)
    pickups.append((time.perf_counter() - t0) * 1000 if ok else float("inf"))
s.quit(b"q")
s.close()


def timed(argv, runs=5):
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


status_ms = timed([almanac, "team", "status"])
syncs = []
for n in range(3):
    subprocess.run([almanac, "tick", steps[20 + n]], env=env, stdout=subprocess.DEVNULL, check=True)
    syncs.append(timed([almanac, "team", "sync"], runs=1))
sync_ms = statistics.median(syncs)

print(f"50 members x 108 steps with notes ({size / 1e6:.1f} MB of member files):")
rows = [
    ("first complete screen (median)", f"{guide_ms:.2f} ms", f"{less_ms:.2f} ms", "<= 3x less", guide_ms <= 3 * less_ms),
    ("a member's change shown (median of 5)", f"{statistics.median(pickups):.0f} ms", "", "< 1 s", statistics.median(pickups) < 1000),
    ("  slowest of the 5", f"{max(pickups):.0f} ms", "", "", True),
    ("team status (median of 5)", f"{status_ms:.0f} ms", "", "< 2 s", status_ms < 2000),
    ("team sync, local bare remote (median of 3)", f"{sync_ms:.0f} ms", "", "< 2 s", sync_ms < 2000),
]
w = max(len(r[0]) for r in rows)
for r in rows:
    print(f"  {r[0]:{w}}  {r[1]:>10}  {r[2]:>10}  {r[3]:>10}  {'ok' if r[4] else 'MISSED'}")
