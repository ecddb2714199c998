#!/usr/bin/env python3
"""The warm path's goals (issue 12), against baselines measured in this run;
driven by bench/warm.sh.

usage: warm.py WARM_URL WARM_KEY COLD_URL COLD_KEY WARM_PID ROUNDS PER_ROUND TPUT_COUNT TPUT_ROUNDS
               [SYNC_URL SYNC_KEY [ALL_URL ALL_KEY]]

WARM_URL is `airlock serve` with `pool: {python: 1, node: 1}` (WARM_PID: its pid, the
parent of its templates), COLD_URL the same server with `pool: {python: 0}`, SYNC_URL (optional)
the warm server started with AIRLOCK_TEARDOWN=sync: it tears each run down
before it answers (service/teardown.c), for reference; ALL_URL (optional) the
warm server started with AIRLOCK_WARM_POPULATE=1 (its ready programs copy
every writable page ahead, as before they copied only the pages a run
writes), for reference. BENCH_WARM_PIDS="NAME=PID ..." (optional): the
servers' pids, for their CPU per run in the throughput rounds.
Every run goes through POST /v1/executions?wait=true with a keep-alive
connection (bench/http_load.py).

1. Latency, one at a time: ROUNDS rounds, each running PER_ROUND of every
   kind in turn (the order changes from round to round): python hello
   through the warm and the cold server and bare `python3 -c 'print(1)'`
   started by this process; node hello through the warm server (each run
   forked from its node template, an initialised node) and the cold server,
   and bare `node -e 'console.log(1)'`. p50 of all runs of a kind.
   1b. The same hellos alone: one of each kind in turn, 0.25 s apart
   (BENCH_WARM_SPACED_GAP), 20 of each (BENCH_WARM_SPACED), as an
   agent's runs come: p50 of each.
2. Throughput, 2 at a time, TPUT_ROUNDS rounds (order alternating): TPUT_COUNT
   python hellos through each server with 2 clients, and a bare loop with 2
   workers (2 shells, each running python3 -c 'print(1)' TPUT_COUNT/2 times).
   Median rate of the rounds. The CPU per run of each server (user and
   system time of the server, its templates and every child they reaped,
   from /proc/PID/stat, over its rounds) against the bare loop's (its
   children's rusage).
3. Memory: the PSS of each idle template of the warm server and of each
   sandbox it keeps built (init and program -- for node, the node waiting
   in it; /proc/PID/smaps_rollup), and
   the memory_peak_kb its warm runs reported
   against the cold server's runs.

Each goal prints the figure, its baseline, the ratio and the target with
met / not met; a missed target does not fail the bench. A run that does not
exit 0 printing "1" fails it (exit 1), and so does a python or node run of
the warm server that did not start warm.
"""
import http.client
import json
import os
import statistics
import subprocess
import sys
import time
from urllib.parse import urlparse

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from http_load import pct, post_each  # noqa: E402

warm_url, warm_key, cold_url, cold_key, warm_pid = sys.argv[1:6]
rounds, per_round, tput_count, tput_rounds = (int(x) for x in sys.argv[6:10])
warm_pid = int(warm_pid)
CLIENTS = 2
PATH = "/v1/executions?wait=true"
# A bare run gets the environment airlock gives a program (as in
# bench/evalset.py), and a session of its own like a sandbox (the
# scheduler's autogroups then give both the same share of a busy machine).
BARE_ENV = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": "/tmp", "TMPDIR": "/tmp",
            "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "dumb"}
BARE = {"python": ["/usr/bin/python3", "-c", "print(1)"],
        "node": ["/usr/bin/node", "-e", "console.log(1)"]}
CODE = {"python": "print(1)", "node": "console.log(1)"}
SERVERS = {"warm": (warm_url, warm_key), "cold": (cold_url, cold_key)}
if len(sys.argv) > 11:
    SERVERS["sync"] = (sys.argv[10], sys.argv[11])
if len(sys.argv) > 13:
    SERVERS["all"] = (sys.argv[12], sys.argv[13])
PIDS = dict(kv.split("=", 1) for kv in os.environ.get("BENCH_WARM_PIDS", "").split() if "=" in kv)
PIDS = {k: int(v) for k, v in PIDS.items() if v.isdigit()}
HZ = os.sysconf("SC_CLK_TCK")
failures = []
starts = {}   # (server, language) -> {"warm": n, "cold": n}
peak_kb = {}  # (server, language) -> [memory_peak_kb]
run_ms = {}   # (server, language) -> [time.wall_ms]: the sandbox's part of a latency
cpu_ms = {}   # (server, language) -> [time.cpu_ms]


def body(lang):
    return json.dumps({"language": lang, "code": CODE[lang], "wait": True}).encode()


def headers(server):
    return {"Authorization": "Bearer " + SERVERS[server][1], "Content-Type": "application/json"}


def service(server, lang, count, clients):
    """count hellos through a server; returns (seconds, [latency ms])."""
    s, results = post_each(SERVERS[server][0], PATH, [body(lang)] * count, headers(server), clients)
    lat = []
    st = starts.setdefault((server, lang), {})
    for ms, status, data in results:
        try:
            o = json.loads(data) if status is not None else {}
        except ValueError:
            o = {}
        if status != 201 or o.get("status") != "ok" or o.get("stdout") != "1\n":
            failures.append("%s server, %s: HTTP %s, %s" % (server, lang, status, data[:300]))
            continue
        lat.append(ms)
        st[o.get("start")] = st.get(o.get("start"), 0) + 1
        if isinstance(o.get("time"), dict) and isinstance(o["time"].get("wall_ms"), int):
            run_ms.setdefault((server, lang), []).append(o["time"]["wall_ms"])
        if isinstance(o.get("time"), dict) and isinstance(o["time"].get("cpu_ms"), int):
            cpu_ms.setdefault((server, lang), []).append(o["time"]["cpu_ms"])
        if isinstance(o.get("memory_peak_kb"), int):
            peak_kb.setdefault((server, lang), []).append(o["memory_peak_kb"])
    return s, lat


def bare(lang):
    t0 = time.monotonic()
    r = subprocess.run(BARE[lang], stdin=subprocess.DEVNULL, capture_output=True, env=BARE_ENV,
                       start_new_session=True)
    ms = (time.monotonic() - t0) * 1000
    if r.returncode != 0 or r.stdout != b"1\n":
        failures.append("bare %s: exit %d, stdout %r, stderr %r"
                        % (lang, r.returncode, r.stdout[:100], r.stderr[-300:]))
    return ms


def bare_loop(n):
    """CLIENTS shells each running bare python3 n times; returns seconds."""
    loop = ('i=0; while [ $i -lt %d ]; do "$@" >/dev/null || exit 1; i=$((i+1)); done' % n)
    t0 = time.monotonic()
    ps = [subprocess.Popen(["/bin/sh", "-c", loop, "sh"] + BARE["python"], env=BARE_ENV,
                           stdin=subprocess.DEVNULL, start_new_session=True)
          for _ in range(CLIENTS)]
    rcs = [p.wait() for p in ps]
    s = time.monotonic() - t0
    if any(rcs):
        failures.append("bare python3 loop: exit %r" % rcs)
    return s


def verdict(ok):
    return "met" if ok else "NOT met"


def line(label, fig, base_label, base, unit, ratio, target):
    op, bound = target
    ok = ratio <= bound if op == "<=" else ratio >= bound
    print("  %-40s %7.1f %-4s vs %-27s %7.1f %-4s = %5.2fx  (target %s %.2fx: %s)"
          % (label, fig, unit, base_label, base, unit, ratio, op, bound, verdict(ok)))


def reference(label, fig, base_label, base, unit):
    print("  %-40s %7.1f %-4s vs %-27s %7.1f %-4s = %5.2fx  (for reference)"
          % (label, fig, unit, base_label, base, unit, fig / base))


# Warm-up (not counted): interpreters, page cache, both servers' first runs.
for lang in ("python", "node"):
    bare(lang)
    service("warm", lang, 3, 1)
service("cold", "python", 3, 1)
service("cold", "node", 3, 1)
for extra in ("sync", "all"):
    if extra in SERVERS:
        service(extra, "python", 3, 1)
starts.clear()
peak_kb.clear()
run_ms.clear()
cpu_ms.clear()

# 1. Latency, one at a time, interleaved.
KINDS = {"warm python": lambda: service("warm", "python", per_round, 1)[1],
         "cold python": lambda: service("cold", "python", per_round, 1)[1],
         "bare python": lambda: [bare("python") for _ in range(per_round)],
         "warm node": lambda: service("warm", "node", per_round, 1)[1],
         "cold node": lambda: service("cold", "node", per_round, 1)[1],
         "bare node": lambda: [bare("node") for _ in range(per_round)]}
SLOTS = [("warm", "python"), ("cold", "python"), None, ("warm", "node"), ("cold", "node"), None]
if "sync" in SERVERS:
    KINDS["warm, sync td"] = lambda: service("sync", "python", per_round, 1)[1]
    SLOTS.append(("sync", "python"))
if "all" in SERVERS:
    KINDS["warm, all pgs"] = lambda: service("all", "python", per_round, 1)[1]
    SLOTS.append(("all", "python"))
lat = {k: [] for k in KINDS}
names = list(KINDS)
t_lat = time.monotonic()
for rnd in range(rounds):
    order = names[rnd % len(names):] + names[:rnd % len(names)]
    for k in (order if rnd % 2 == 0 else list(reversed(order))):
        lat[k].extend(KINDS[k]())
t_lat = time.monotonic() - t_lat
p50 = {k: pct(v, 0.5) for k, v in lat.items()}
p90 = {k: pct(v, 0.9) for k, v in lat.items()}

print("warm: hello one at a time, %d rounds of %d runs of each kind, interleaved (%.0f s):"
      % (rounds, per_round, t_lat))
wall_p50 = {k: pct(v, 0.5) for k, v in run_ms.items()}
for k, sl in zip(KINDS, SLOTS):
    print("  %-13s p50 %6.1f ms  p90 %6.1f ms  (%d runs)%s"
          % (k, p50[k], p90[k], len(lat[k]),
             "  the result's time.wall_ms p50 %.0f" % wall_p50[sl] if sl in wall_p50 else ""))
print("warm: goals (issue 12), figure vs baseline measured in this run:")
line("1. python hello p50, warm server", p50["warm python"], "bare python3 -c", p50["bare python"],
     "ms", p50["warm python"] / p50["bare python"], ("<=", 0.5))
reference("   python hello p50, cold server", p50["cold python"], "bare python3 -c",
          p50["bare python"], "ms")
if "sync" in SERVERS:
    reference("   python hello p50, warm server", p50["warm python"],
              "same, teardown before answer", p50["warm, sync td"], "ms")
if "all" in SERVERS:
    reference("   python hello p50, warm server", p50["warm python"],
              "same, every page copied ahead", p50["warm, all pgs"], "ms")
line("2. node hello p50, warm server", p50["warm node"], "bare node -e", p50["bare node"], "ms",
     p50["warm node"] / p50["bare node"], ("<=", 0.5))
reference("   node hello p50, cold server", p50["cold node"], "bare node -e", p50["bare node"], "ms")
wn, cn = cpu_ms.get(("warm", "node"), []), cpu_ms.get(("cold", "node"), [])
if wn and cn:
    reference("   node hello cpu_ms p50, warm server", statistics.median(wn), "cold server",
              statistics.median(cn), "ms")
    print("     (a warm node run is forked from an initialised node: its cpu_ms is its"
          " own: docs/warm.md)")

# 1b. Runs that come alone: one hello of each kind in turn, in a new order
# every round, SPACED_GAP s apart, as an agent's runs come. A run right
# after one of its own kind finds kernel state warm that a run alone does
# not (docs/performance.md, finding 7: the cgroup core's lock once waited
# 10-15 ms for an RCU grace period, and back-to-back runs hid it).
SPACED_GAP = float(os.environ.get("BENCH_WARM_SPACED_GAP", "0.25"))
SPACED_N = int(os.environ.get("BENCH_WARM_SPACED", "20"))
SPACED = {"warm python": lambda: service("warm", "python", 1, 1)[1],
          "cold python": lambda: service("cold", "python", 1, 1)[1],
          "bare python": lambda: [bare("python")]}
spaced = {k: [] for k in SPACED}
for rnd in range(SPACED_N):
    order = list(SPACED)
    order = order[rnd % len(order):] + order[:rnd % len(order)]
    for k in order:
        time.sleep(SPACED_GAP)
        spaced[k].extend(SPACED[k]())
sp50 = {k: pct(v, 0.5) for k, v in spaced.items()}
print("warm: hello alone, %d of each kind %.2f s apart:" % (SPACED_N, SPACED_GAP))
line("1b. python hello p50 alone, warm server", sp50["warm python"], "bare python3 -c alone",
     sp50["bare python"], "ms", sp50["warm python"] / sp50["bare python"], ("<=", 0.5))
reference("    python hello p50 alone, cold server", sp50["cold python"], "bare python3 -c alone",
          sp50["bare python"], "ms")


# 2. Throughput, 2 at a time.
def tree_cpu_ms(pid):
    """User and system ms of pid and its descendants, with the children
    each has reaped (cutime, cstime)."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open("/proc/%d/stat" % p) as f:
                total += sum(int(x) for x in f.read().rsplit(")", 1)[1].split()[11:15])
            for t in os.listdir("/proc/%d/task" % p):
                with open("/proc/%d/task/%s/children" % (p, t)) as f:
                    todo.extend(int(x) for x in f.read().split())
        except OSError:
            pass
    return total * 1000.0 / HZ


def bare_cpu_ms():
    r = os.times()
    return (r.children_user + r.children_system) * 1000.0


server_cpu = {}   # server -> [total ms, runs]


def measured(k, fn):
    """fn(), with the CPU its server (or the bare loop) spent added to server_cpu[k]."""
    if k == "bare":
        c0 = bare_cpu_ms()
    elif k in PIDS:
        c0 = tree_cpu_ms(PIDS[k])
    s = fn()
    if k == "bare" or k in PIDS:
        time.sleep(0.3)  # the last teardowns done
        c1 = bare_cpu_ms() if k == "bare" else tree_cpu_ms(PIDS[k])
        acc = server_cpu.setdefault(k, [0.0, 0])
        acc[0] += c1 - c0
        acc[1] += tput_count // CLIENTS * CLIENTS if k == "bare" else tput_count
    return s


TPUT = {"warm": lambda: service("warm", "python", tput_count, CLIENTS)[0],
        "cold": lambda: service("cold", "python", tput_count, CLIENTS)[0],
        "bare": lambda: bare_loop(tput_count // CLIENTS)}
if "sync" in SERVERS:
    TPUT["sync"] = lambda: service("sync", "python", tput_count, CLIENTS)[0]
if "all" in SERVERS:
    TPUT["all"] = lambda: service("all", "python", tput_count, CLIENTS)[0]
rates = {k: [] for k in TPUT}
t_tput = time.monotonic()
for rnd in range(tput_rounds):
    for k in (list(TPUT) if rnd % 2 == 0 else list(reversed(TPUT))):
        n = tput_count // CLIENTS * CLIENTS if k == "bare" else tput_count
        rates[k].append(n / measured(k, TPUT[k]))
t_tput = time.monotonic() - t_tput
rate = {k: statistics.median(v) for k, v in rates.items()}
line("3. python hello/s, 2 clients, warm server", rate["warm"], "bare loop, 2 workers",
     rate["bare"], "/s", rate["warm"] / rate["bare"], (">=", 1.5))
reference("   python hello/s, 2 clients, cold server", rate["cold"], "bare loop, 2 workers",
          rate["bare"], "/s")
if "sync" in SERVERS:
    reference("   python hello/s, 2 clients, warm server", rate["warm"],
              "same, teardown before answer", rate["sync"], "/s")
if "all" in SERVERS:
    reference("   python hello/s, 2 clients, warm server", rate["warm"],
              "same, every page copied ahead", rate["all"], "/s")
print("     (%d runs a round, median of %d rounds, %.0f s; each round's rates: %s)"
      % (tput_count, tput_rounds, t_tput,
         ", ".join("%s %s" % (k, "/".join("%.0f" % x for x in rates[k])) for k in TPUT)))
cpu = {k: v[0] / v[1] for k, v in server_cpu.items() if v[1]}
if "bare" in cpu:
    for k, label in (("warm", "warm server"), ("all", "warm, every page copied ahead"),
                     ("sync", "warm, teardown before answer"), ("cold", "cold server")):
        if k in cpu:
            reference("   CPU per python hello, " + label, cpu[k], "bare python3 -c", cpu["bare"],
                      "ms")


# 3. Memory of the idle templates, and of warm runs against cold ones.
def templates(parent):
    out = []
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % d) as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            with open("/proc/%s/cmdline" % d, "rb") as f:
                argv = f.read().split(b"\0")
        except (OSError, IndexError, ValueError):
            continue
        # a template listens at POOL/warm-LANG.sock (node's is node itself)
        sock = argv[argv.index(b"--listen") + 1] if b"--listen" in argv[:-1] else b""
        name = os.path.basename(sock)
        if ppid == parent and name in (b"warm-python.sock", b"warm-node.sock"):
            out.append((int(d), "airlock-" + name[:-len(".sock")].decode()))
    return sorted(out)


def rollup(p):
    kb = {}
    with open("/proc/%d/smaps_rollup" % p) as f:
        for ln in f:
            parts = ln.split()
            if len(parts) == 3 and parts[2] == "kB":
                kb[parts[0].rstrip(":")] = int(parts[1])
    return kb


time.sleep(0.2)  # the last run's sandbox gone: the templates idle
tps = templates(warm_pid)
for name in ("airlock-warm-python", "airlock-warm-node"):
    if name not in (n for _, n in tps):
        failures.append("no %s process is a child of the warm server (pid %d)" % (name, warm_pid))
def children(pid):
    try:
        with open("/proc/%d/task/%d/children" % (pid, pid)) as f:
            return [int(x) for x in f.read().split()]
    except OSError:
        return []


for p, name in tps:
    m = rollup(p)
    pss = m.get("Pss", 0) / 1024
    print("  %-40s %7.1f MB   (Pss_Anon %.1f MB, Pss_File %.1f MB, Rss %.1f MB; pid %d)"
          % ("4. PSS of an idle %s" % name, pss, m.get("Pss_Anon", 0) / 1024,
             m.get("Pss_File", 0) / 1024, m.get("Rss", 0) / 1024, p))
    # the sandboxes it keeps built (--ready): an init and its program each
    for init in children(p):
        procs = [init] + children(init)
        try:
            box = sum(rollup(q).get("Pss", 0) for q in procs) / 1024
        except OSError:
            continue
        print("  %-40s %7.1f MB   (init and program, pids %s)"
              % ("   PSS of an idle ready %s sandbox" % name[len("airlock-warm-"):], box,
                 " ".join(map(str, procs))))
        print("     target <= 10 MB PSS per idle warm sandbox: %s" % verdict(box <= 10))
wk, ck = peak_kb.get(("warm", "python"), []), peak_kb.get(("cold", "python"), [])
if wk and ck:
    reference("   peak memory of a python hello, warm", statistics.median(wk) / 1024, "cold",
              statistics.median(ck) / 1024, "MB")
    print("     (memory_peak_kb of the results, median of %d warm and %d cold runs)"
          % (len(wk), len(ck)))

print("warm: how the servers' runs started (result \"start\"):")
for (server, lang), st in sorted(starts.items()):
    print("  %s server, %-6s %s" % (server, lang, ", ".join("%s %d" % kv for kv in sorted(st.items()))))
for server, (url, _) in SERVERS.items():
    u = urlparse(url)
    try:
        c = http.client.HTTPConnection(u.hostname, u.port, timeout=10)
        c.request("GET", "/metrics")
        text = c.getresponse().read().decode()
    except (OSError, http.client.HTTPException) as e:
        text = "unreadable: %r" % e
    wanted = [ln for ln in text.splitlines()
              if ln.startswith(("airlock_starts_total", "airlock_warm_templates"))]
    print("  %s server /metrics: %s" % (server, "; ".join(wanted) or "no warm-path metrics"))
if starts.get(("warm", "python"), {}).get("cold"):
    failures.append("%d python runs of the warm server started cold"
                    % starts[("warm", "python")]["cold"])
if starts.get(("warm", "node"), {}).get("cold"):
    failures.append("%d node runs of the warm server started cold"
                    % starts[("warm", "node")]["cold"])
if starts.get(("sync", "python"), {}).get("cold"):
    failures.append("%d python runs of the warm server with AIRLOCK_TEARDOWN=sync started cold"
                    % starts[("sync", "python")]["cold"])
if starts.get(("cold", "python"), {}).get("warm"):
    failures.append("%d python runs of the server with pool python: 0 started warm"
                    % starts[("cold", "python")]["warm"])

if failures:
    print("warm: FAILED: %d runs went wrong:" % len(failures))
    for f in failures[:20]:
        print("  " + f)
    sys.exit(1)
