#!/usr/bin/env python3
"""Per-run phase medians from `perf trace` of a loop of `airlock run` or
bwrap (docs/performance.md). Phases are measured between events of the
tool (its exec starts a run), the sandbox's init and the program (the
exec'd interpreter):

  perf trace -f -o t.txt \
    -e sched:sched_process_exec,sched:sched_process_fork,sched:sched_process_exit \
    -e mkdir,rmdir,pivot_root,mount,exit_group,wait4,write \
    -- sh -c 'for i in $(seq 20); do build/airlock run -l bash -c true; done'
  bench/phases.py t.txt airlock      # or: t.txt bwrap
"""
import re, sys, statistics as st
from collections import defaultdict
pat = re.compile(r'^\s*([\d.]+) \(\s*([\d.]*)\s*(?:ms)?\): (\S+)/(\d+) (.*)$')
ev = []
for line in open(sys.argv[1]):
    m = pat.match(line)
    if m:
        t, d, c, p, r = m.groups(); ev.append((float(t), float(d) if d else None, c, int(p), r))
tool = sys.argv[2]
runs, cur = [], None
for e in ev:
    if 'sched_process_exec' in e[4] and ('/%s"' % tool) in e[4]:
        cur = []; runs.append(cur)
    if cur is not None: cur.append(e)
P = defaultdict(list); D = defaultdict(list)
for r in runs:
    root = r[0][3]; t0 = r[0][0]; m = {}
    durs = defaultdict(float)
    def mark(k, t):
        m.setdefault(k, t - t0)
    kids = []
    for t, d, c, p, rest in r:
        if 'sched_process_fork' in rest and p == root:
            kids.append(int(re.search(r'child_pid: (\d+)', rest).group(1)))
        if 'sched_process_exec' in rest and p != root: mark('4 prog exec', t)
        if 'sched_process_exit' in rest and 'group_dead: 1' in rest and p not in kids and p != root and '4 prog exec' in m: mark('5 prog exit', t)
        if rest.startswith('exit_group') and (c == 'airlock-init' or (tool == 'bwrap' and len(kids) > 0 and p == kids[0])): mark('6 init exit_group', t)
        if 'sched_process_exit' in rest and p == root: mark('9 tool exit', t)
        if p == root and rest.startswith('mkdir') : mark('1 first cgroup mkdir', t)
        if p != root and rest.startswith('mount('): mark('2 child first mount', t)
        if rest.startswith('pivot_root'): mark('3 pivot_root', t)
        if p == root and rest.startswith('rmdir'): mark('7 supervisor rmdir', t)
        if d is not None:
            name = rest.split('(')[0].strip()
            if name.startswith('...'): name = 'cont'
            who = 'sup' if p == root else ('reaper' if kids and p == kids[0] and tool == 'airlock' else 'child')
            durs[who + ':' + name] += d
    for k, v in m.items(): P[k].append(v)
    for k, v in durs.items(): D[k].append(v)
print("%d runs of %s (ms from the tool's exec, median)" % (len(runs), tool))
for k in sorted(P): print("  %-24s %8.3f" % (k, st.median(P[k])))
print(" syscall time by process (sum per run, median; top):")
for k, v in sorted(D.items(), key=lambda kv: -st.median(kv[1]))[:25]:
    print("  %-34s %8.3f" % (k, st.median(v + [0] * (len(runs) - len(v)))))
