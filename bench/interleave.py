#!/usr/bin/env python3
"""Interleaved start-up benchmark (docs/performance.md): each round runs
every command once, in a shuffled order; wall time per run from fork to
reap, and the CPU time of the command's process tree as wait4 reports it
(descendants it did not wait for, such as bubblewrap's pid 1, are not
counted). Prints median, mean and p90 per command and the added median
against the command named as its base.

  bench/interleave.py SPEC.json [ROUNDS] [OUT.json]

SPEC: {"commands": {"name": [argv...], ...}, "base": {"name": "bare-name"}}
"""
import os, random, subprocess, sys, time, statistics as st, json

CPU = {}
def run(cmd):
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    _, status, ru = os.wait4(p.pid, 0)
    dt = (time.perf_counter() - t) * 1000
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        raise SystemExit("failed: %r rc=%d" % (cmd, p.returncode))
    CPU.setdefault(tuple(cmd), []).append((ru.ru_utime + ru.ru_stime) * 1000)
    return dt

def main():
    spec = json.load(open(sys.argv[1]))
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    cmds = spec['commands']  # name -> argv
    for n, c in cmds.items():
        for _ in range(3): run(c)
    times = {n: [] for n in cmds}
    names = list(cmds)
    for r in range(rounds):
        random.shuffle(names)
        for n in names:
            times[n].append(run(cmds[n]))
    cpu = {n: st.median(CPU[tuple(cmds[n])]) for n in cmds}
    res = {}
    print("%-22s %8s %8s %8s %8s %9s" % ("command", "median", "mean", "p90", "+median", "rusage cpu"))
    for n in cmds:
        v = sorted(times[n]); med = st.median(v); mean = st.mean(v); p90 = v[int(len(v) * 0.9)]
        base = spec.get('base', {}).get(n)
        add = med - st.median(times[base]) if base else float('nan')
        res[n] = dict(median=med, mean=mean, p90=p90, added=add, cpu=cpu.get(n))
        print("%-22s %8.2f %8.2f %8.2f %8.2f %9s" % (n, med, mean, p90, add, "%.2f" % cpu[n] if n in cpu else "-"))
    if len(sys.argv) > 3:
        json.dump(dict(times=times, res=res), open(sys.argv[3], 'w'))
main()
