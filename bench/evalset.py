#!/usr/bin/env python3
"""The HumanEval-like set (bench/evalgen.py) bare, under `airlock run` and
through `airlock serve`, in one run; driven by bench/evalset.sh.

usage: evalset.py AIRLOCK PROGDIR URL KEY ROUNDS PAR_ROUNDS POOLDIR

1. One at a time: for each program, `python3 FILE` / `node FILE` (in the
   environment airlock gives a program, not the caller's, in a session of
   its own like a sandbox),
   `AIRLOCK run FILE` (cold) and `AIRLOCK run --start warm FILE` (cloned
   from the running server's template of the language, in POOLDIR) one
   after the other (the order turning between programs and passes), for
   ROUNDS passes over the set; then each program once more with --start
   warm --json, counting how its run started.
2. Two at a time, PAR_ROUNDS rounds (the order alternating between rounds):
   the set by a bare loop with 2 workers, by `AIRLOCK run` 2 at once, and
   through POST /v1/executions at URL with 2 clients (printing how many of
   the service's runs started warm and cold).

Every run must exit 0 and print "<name> ok" and nothing else, bare and
sandboxed alike; any other outcome is listed and the exit status is 1.
The wall-time target (airlock <= 0.7 x bare) is printed with its verdict
for `airlock run` cold and warm; it does not change the exit status.
"""
import json
import os
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from http_load import pct, post_each  # noqa: E402

airlock, progdir, url, key = sys.argv[1:5]
rounds, par_rounds = int(sys.argv[5]), int(sys.argv[6])
pooldir = sys.argv[7]
TARGET = 0.7
CLIENTS = 2
LANGS = {".py": ("python", "/usr/bin/python3"), ".js": ("node", "/usr/bin/node")}
# A bare run gets the environment airlock gives a program (src/engine/inputs.c
# and the profiles' own variables), not the caller's: one variable such as
# NODE_EXTRA_CA_CERTS makes every bare node start read a CA bundle.
BASE_ENV = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": progdir, "PWD": progdir, "TMPDIR": "/tmp",
            "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "dumb"}
BARE_ENV = {"python": dict(BASE_ENV, PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8"),
            "node": dict(BASE_ENV, NODE_DISABLE_COLORS="1")}
progs = sorted(f for f in os.listdir(progdir) if os.path.splitext(f)[1] in LANGS)
lang = {p: LANGS[os.path.splitext(p)[1]][0] for p in progs}
failures = []


def want(p):
    return (os.path.splitext(p)[0] + " ok\n").encode()


def template(p):
    return os.path.join(pooldir, "warm-%s.sock" % lang[p])


def cmd(p, how):
    path = os.path.join(progdir, p)
    if how == "bare":
        return [LANGS[os.path.splitext(p)[1]][1], path]
    if how == "warm":
        return [airlock, "run", "--start", "warm", "--template", template(p), path]
    return [airlock, "run", path]


def run(p, how):
    """Runs one program; returns its wall time in ms, and notes a failure."""
    t0 = time.monotonic()
    # A bare run starts a session of its own, as a sandbox does: with the
    # scheduler's autogroups (sched_autogroup_enabled) each session is one
    # group with its share of the CPU, and on a busy machine bare runs
    # sharing the caller's would get less of it than sandboxes.
    r = subprocess.run(cmd(p, how), stdin=subprocess.DEVNULL, capture_output=True, cwd=progdir,
                       env=BARE_ENV[lang[p]] if how == "bare" else None,
                       start_new_session=how == "bare")
    ms = (time.monotonic() - t0) * 1000
    if r.returncode != 0 or r.stdout != want(p):
        failures.append("%s %s: exit %d, stdout %r, stderr %r"
                        % (how, p, r.returncode, r.stdout[:200], r.stderr[-300:]))
    return ms


def fmt_ratio(x):
    return "%.2fx" % x


# Warm-up: the interpreters, airlock and the page cache (not counted).
SEQ = ("bare", "airlock", "warm")
for p in progs[:3] + progs[-3:]:
    for how in SEQ:
        run(p, how)

# 1. One at a time, interleaved.
t = {how: {p: [] for p in progs} for how in SEQ}
for rnd in range(rounds):
    for i, p in enumerate(progs):
        k = (i + rnd) % len(SEQ)
        for how in SEQ[k:] + SEQ[:k]:
            t[how][p].append(run(p, how))
# how `airlock run --start warm` started each program (a run that could
# not start warm starts cold, silently without --json)
warm_starts = {}
for p in progs:
    r = subprocess.run(cmd(p, "warm")[:2] + ["--json"] + cmd(p, "warm")[2:],
                       stdin=subprocess.DEVNULL, capture_output=True, cwd=progdir)
    try:
        st = json.loads(r.stdout).get("start", "?")
    except ValueError:
        st = "failed"
    warm_starts[(lang[p], st)] = warm_starts.get((lang[p], st), 0) + 1

n_py = sum(1 for p in progs if lang[p] == "python")
print("evalset: %d Python + %d JavaScript programs with asserts (bench/evalgen.py), %d pass%s,"
      % (n_py, len(progs) - n_py, rounds, "" if rounds == 1 else "es"))
print("  each program bare, under `airlock run` (cold) and `airlock run --start warm` (the running")
print("  server's templates) in turn; wall time of one pass over the set:")
print("  %-12s %7s %7s %7s %11s %11s %24s" % ("", "bare", "cold", "warm", "cold/bare", "warm/bare",
                                          "added/program p50, cold/warm"))
seq_ratio = {}
for name, sel in (("python", "python"), ("javascript", "node"), ("all", None)):
    ps = [p for p in progs if sel is None or lang[p] == sel]
    bare = sum(sum(t["bare"][p]) for p in ps) / rounds / 1000
    air = sum(sum(t["airlock"][p]) for p in ps) / rounds / 1000
    warm = sum(sum(t["warm"][p]) for p in ps) / rounds / 1000
    added = {how: [statistics.median(a - b for a, b in zip(t[how][p], t["bare"][p])) for p in ps]
             for how in ("airlock", "warm")}
    seq_ratio[name] = (air / bare, warm / bare)
    print("  %-12s %6.2fs %6.2fs %6.2fs %11s %11s %12.1f / %.1f ms"
          % (name, bare, air, warm, fmt_ratio(air / bare), fmt_ratio(warm / bare),
             pct(added["airlock"], 0.5), pct(added["warm"], 0.5)))
bare_p50 = {sel: pct([statistics.median(t["bare"][p]) for p in progs if lang[p] == sel], 0.5)
            for sel in ("python", "node")}
print("  bare per program p50: python3 %.1f ms, node %.1f ms" % (bare_p50["python"], bare_p50["node"]))
print("  how `airlock run --start warm` started them: %s"
      % "; ".join("%s %s" % (lg, ", ".join("%d %s" % (warm_starts[(l, st)], st)
                                             for l, st in sorted(warm_starts) if l == lg))
                  for lg in sorted({l for l, _ in warm_starts})))
cold_r, warm_r = seq_ratio["all"]
print("  target: airlock <= %.2fx bare wall time for the set: `airlock run --start warm` %s (%s);"
      " cold %s (%s: a cold start per program cannot beat bare)"
      % (TARGET, "met" if warm_r <= TARGET else "not met", fmt_ratio(warm_r),
         "met" if cold_r <= TARGET else "not met", fmt_ratio(cold_r)))

# 2. Two at a time: a bare loop with 2 workers, `airlock run` 2 at once,
# the service with 2 clients.
bodies = [json.dumps({"language": lang[p], "code": open(os.path.join(progdir, p)).read()}).encode()
          for p in progs]
headers = {"Authorization": "Bearer " + key, "Content-Type": "application/json"}
service_lat = []
service_starts = {}  # (language, "warm" | "cold") -> runs


def par_local(how):
    t0 = time.monotonic()
    with ThreadPoolExecutor(CLIENTS) as ex:
        list(ex.map(lambda p: run(p, how), progs))
    return time.monotonic() - t0


def par_service():
    s, results = post_each(url, "/v1/executions", bodies, headers, CLIENTS)
    for p, (ms, status, data) in zip(progs, results):
        try:
            o = json.loads(data) if status is not None else {}
        except ValueError:
            o = {}
        if status != 201 or o.get("status") != "ok" or o.get("exit_code") != 0 \
                or o.get("stdout", "").encode() != want(p):
            failures.append("service %s: HTTP %s, %s" % (p, status, data[:300]))
        else:
            service_lat.append(ms)
            k = (lang[p], o.get("start", "?"))
            service_starts[k] = service_starts.get(k, 0) + 1
    return s


KINDS = {"bare": lambda: par_local("bare"), "airlock run": lambda: par_local("airlock"),
         "service": par_service}
post_each(url, "/v1/executions", bodies[:4], headers, CLIENTS)  # warm-up
par = {k: [] for k in KINDS}
for rnd in range(par_rounds):
    order = list(KINDS) if rnd % 2 == 0 else list(reversed(KINDS))
    for k in order:
        par[k].append(KINDS[k]())
print("evalset: the same %d programs %d at a time, %d round%s (median of the rounds):"
      % (len(progs), CLIENTS, par_rounds, "" if par_rounds == 1 else "s"))
med = {k: statistics.median(v) for k, v in par.items()}
labels = {"bare": "bare loop, %d workers" % CLIENTS,
          "airlock run": "`airlock run`, %d at once" % CLIENTS,
          "service": "POST /v1/executions, %d clients, %d workers" % (CLIENTS, CLIENTS)}
for k in KINDS:
    extra = "" if k == "bare" else "  %s bare" % fmt_ratio(med[k] / med["bare"])
    if k == "service":
        extra += "  (p50 %.1f ms, p99 %.1f ms)" % (pct(service_lat, 0.5), pct(service_lat, 0.99))
    print("  %-44s %6.2fs %6.1f/s%s" % (labels[k], med[k], len(progs) / med[k], extra))
print("  target: service <= %.2fx bare wall time: %s (%s)"
      % (TARGET, "met" if med["service"] / med["bare"] <= TARGET else "not met",
         fmt_ratio(med["service"] / med["bare"])))
print("  how the service's runs started (result \"start\", all rounds): %s"
      % "; ".join("%s %s" % (lg, ", ".join("%d %s" % (service_starts[(l, st)], st)
                                             for l, st in sorted(service_starts) if l == lg))
                  for lg in sorted({l for l, _ in service_starts})))

if failures:
    print("evalset: FAILED: %d runs did not exit 0 with the expected output:" % len(failures))
    for f in failures[:20]:
        print("  " + f)
    sys.exit(1)
print("evalset: all %d programs passed (exit 0, expected output) bare, under `airlock run` (cold"
      " and warm) and through the service, in every run" % len(progs))
