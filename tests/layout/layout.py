#!/usr/bin/env python3
"""The layout of src/, checked: run by tests/layout/run.sh (`make layout`).

  1. No call cycle between files: a file depends on another when one of its
     objects (build/obj/src/...) leaves a symbol undefined that the other
     defines; every strongly connected component of more than one file is a
     failure.
  2. No include cycle among src/ headers and sources.
  3. No .c or .h file under src/ over MAX_LINES lines.
  4. Each room (a top-level directory of src/) includes only from the rooms
     the table below admits; src/lang includes nothing from src/engine.

usage: layout.py [--rooms] BUILD   (the build directory, after `make all`)
Prints one line per violation (with indented details) and a summary; exits 1
when there is a violation, 2 when the check cannot run. --rooms first prints
the includes found between rooms and whether the table admits them.
"""

# --- The table: which rooms each room may include from. ---------------------
# A room is a top-level directory of src/; "top" holds the files directly in
# src/ (cmd_*.c, main.c, commands.h). A room always includes from itself. An
# entry is a room ("engine") or one header ("engine/result.h"); "*" admits
# everything.
ALLOWED = {
    "common": [],
    "lang": ["common"],
    "diag": ["common", "lang"],  # pure text parsing: stderr -> diagnostics
    "net": ["common"],  # egress: host names, addresses, the proxy (no sandbox)
    "engine": ["common", "lang", "diag", "net"],
    # a warm template: the engine's sandbox plus one language's runtime
    "warm": ["common", "engine", "lang"],
    "policy": ["common"],
    "image": ["common"],  # images: root file systems made with skopeo and umoci
    "store": ["common"],
    "cli": ["common", "engine", "lang", "policy", "store", "image", "net"],  # store: data_dir.c opens it
    "service": ["common", "engine", "lang", "policy", "store", "image", "net"],
    # a front end sees the service's interface (service/service.h) only
    "mcp": ["common", "service"],  # MCP's protocol core, no transport
    "http": ["common", "service", "mcp"],  # /mcp feeds the MCP core
    "top": ["*"],
}

# Includes admitted although the table refuses them: (file, included, why).
EXCEPTIONS = [
    ("policy/apply.h", "engine/engine.h",
     "redact_result redacts the engine's struct run_result in place"),
]

# Never admitted, whatever the table says: (room, room).
FORBIDDEN = [("lang", "engine")]

# Call cycles admitted by design: sets of files under src/, such as
# {"engine/cgroup.c", "engine/cgroup_v1.c", "engine/cgroup_v2.c"}; a cycle
# made of exactly one of these sets is not reported, a larger one is.
CYCLES_ADMITTED = []

MAX_LINES = 1200
# -----------------------------------------------------------------------------

import os
import re
import subprocess
import sys

SRC = "src"
DEFINED = set("TDBRGSVW")  # global symbol types of nm that define a symbol
INCLUDE_RE = re.compile(r'^\s*#\s*include\s*"([^"]+)"')


def room_of(path):
    """The room of a path relative to src/."""
    parts = path.split("/")
    return parts[0] if len(parts) > 1 else "top"


def sources():
    """Every .c and .h file under src/, relative to src/, sorted."""
    out = []
    for d, dirs, files in os.walk(SRC):
        dirs.sort()
        for f in files:
            if f.endswith((".c", ".h")):
                out.append(os.path.relpath(os.path.join(d, f), SRC))
    return sorted(out)


def sccs(nodes, edges):
    """Strongly connected components (Tarjan), each a sorted list."""
    index, low, on, stack, out = {}, {}, set(), [], []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            out.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in sorted(nodes):
        if v not in index:
            visit(v)
    return out


def object_sources(build):
    """{object: source relative to src/} for the objects of src/ files. The
    source is the first prerequisite in the object's .d file (main-service.o
    is src/main.c built again); objects whose source is gone are stale and
    skipped."""
    top = os.path.join(build, "obj", SRC)
    objs = {}
    for d, dirs, files in os.walk(top):
        dirs.sort()
        for f in sorted(files):
            if not f.endswith(".o"):
                continue
            obj = os.path.join(d, f)
            src = None
            dep = obj[:-2] + ".d"
            if os.path.exists(dep):
                with open(dep) as fh:
                    rule = fh.read().replace("\\\n", " ").split(":", 1)
                if len(rule) == 2 and rule[1].split():
                    src = rule[1].split()[0]
            if src is None:
                src = os.path.join(SRC, os.path.relpath(obj, top))[:-2] + ".c"
            if not src.startswith(SRC + "/") or not os.path.exists(src):
                continue  # stale, or not built from src/
            objs[obj] = os.path.relpath(src, SRC)
    return objs


def call_graph(build, files):
    """{file: {file: symbol}}: the first symbol (by name) that makes each
    edge. Also returns the .c files that have no object."""
    objs = object_sources(build)
    built = set(objs.values())
    unbuilt = [f for f in files if f.endswith(".c") and f not in built]
    defs, undefs = {}, {}
    if objs:
        out = subprocess.run(["nm", "-A", "-P"] + sorted(objs), check=True,
                             capture_output=True, text=True).stdout
        for line in out.splitlines():
            obj, _, rest = line.partition(": ")
            fields = rest.split()
            if len(fields) < 2 or obj not in objs:
                continue
            name, kind = fields[0], fields[1]
            src = objs[obj]
            if kind == "U":
                undefs.setdefault(src, set()).add(name)
            elif kind in DEFINED:
                defs.setdefault(name, set()).add(src)
    edges = {}
    for src, names in undefs.items():
        for name in sorted(names):
            for dst in defs.get(name, ()):
                if dst != src:
                    edges.setdefault(src, {}).setdefault(dst, name)
    return edges, unbuilt


def include_graph(files):
    """{file: {file: line}}: #include "..." resolved as the compiler does
    (the including file's directory, then src/); includes that resolve
    outside src/ (generated headers) are left out."""
    edges = {}
    for f in files:
        with open(os.path.join(SRC, f), errors="replace") as fh:
            for n, line in enumerate(fh, 1):
                m = INCLUDE_RE.match(line)
                if not m:
                    continue
                for base in (os.path.dirname(f), ""):
                    cand = os.path.normpath(os.path.join(base, m.group(1)))
                    if not cand.startswith("..") and os.path.isfile(os.path.join(SRC, cand)):
                        edges.setdefault(f, {}).setdefault(cand, n)
                        break
    return edges


def admitted(src, dst):
    """Whether the table admits src including dst (paths under src/)."""
    a, b = room_of(src), room_of(dst)
    if a == b:
        return True
    allowed = ALLOWED[a]
    return "*" in allowed or b in allowed or dst in allowed


PLURALS = {"call cycle": "call cycles", "include cycle": "include cycles",
           "long file": "long files", "include refused": "includes refused",
           "file not built": "files not built", "violation": "violations"}


def plural(n, what):
    return f"{n} {what if n == 1 else PLURALS[what]}"


def print_rooms(files, incs):
    """The includes between rooms, as found: room -> room (how many), and
    whether the table admits each."""
    pairs = {}
    for f in files:
        for dst in incs.get(f, {}):
            a, b = room_of(f), room_of(dst)
            if a != b:
                pairs.setdefault((a, b), []).append((f, dst))
    exceptions = {(a, b) for a, b, _ in EXCEPTIONS}
    for (a, b), edges in sorted(pairs.items()):
        bad = [e for e in edges if a not in ALLOWED or not admitted(*e)]
        excused = [e for e in bad if e in exceptions]
        if (a, b) in FORBIDDEN:
            note = "FORBIDDEN"
        elif len(bad) > len(excused):
            note = "REFUSED"
        elif excused:
            note = "admitted by exception: " + ", ".join(f"{x} -> {y}" for x, y in excused)
        else:
            note = "admitted"
        n = len(edges)
        print(f"rooms: {a} -> {b} ({n} include{'' if n == 1 else 's'}): {note}")


def main():
    args = sys.argv[1:]
    rooms = "--rooms" in args
    args = [a for a in args if a != "--rooms"]
    if len(args) != 1:
        print("usage: layout.py [--rooms] BUILD", file=sys.stderr)
        return 2
    shown, build = args[0], os.path.abspath(args[0])
    here = os.path.dirname(os.path.abspath(__file__))
    os.chdir(os.path.dirname(os.path.dirname(here)))  # the checkout
    if not os.path.isdir(os.path.join(build, "obj", SRC)):
        print(f"layout: no objects in {shown}/obj/{SRC}: run make first", file=sys.stderr)
        return 2

    files = sources()
    found = {"call cycle": [], "include cycle": [], "long file": [], "include refused": [],
             "file not built": []}

    calls, unbuilt = call_graph(build, files)
    for f in unbuilt:
        found["file not built"].append(f"src/{f} has no object in {shown}/obj: the call "
                                       "check cannot see it")
    admitted_cycles = [sorted(c) for c in CYCLES_ADMITTED]
    for comp in sccs(files, calls):
        if len(comp) < 2 or comp in admitted_cycles:
            continue
        lines = [f"call cycle between {len(comp)} files: "
                 + " ".join(f"src/{f}" for f in comp)]
        for a in comp:
            for b, sym in sorted(calls.get(a, {}).items()):
                if b in comp:
                    lines.append(f"    src/{a} -> src/{b} ({sym})")
        found["call cycle"].append("\n".join(lines))

    incs = include_graph(files)
    for comp in sccs(files, incs):
        if len(comp) < 2 and comp[0] not in incs.get(comp[0], {}):
            continue
        lines = [f"include cycle between {len(comp)} files: "
                 + " ".join(f"src/{f}" for f in comp)]
        for a in comp:
            for b, n in sorted(incs.get(a, {}).items()):
                if b in comp:
                    lines.append(f"    src/{a}:{n} includes src/{b}")
        found["include cycle"].append("\n".join(lines))

    for f in files:
        with open(os.path.join(SRC, f), "rb") as fh:
            n = fh.read().count(b"\n")
        if n > MAX_LINES:
            found["long file"].append(f"src/{f} has {n} lines (at most {MAX_LINES})")

    exceptions = {(a, b) for a, b, _ in EXCEPTIONS}
    refused = found["include refused"]
    for f in files:
        room = room_of(f)
        if room not in ALLOWED:
            refused.append(f"src/{f}: room src/{room}/ is not in the table "
                           "(tests/layout/layout.py)")
            continue
        for dst, n in sorted(incs.get(f, {}).items()):
            pair = (room, room_of(dst))
            if pair in FORBIDDEN:
                refused.append(f"src/{f}:{n} includes src/{dst}: src/{pair[0]}/ never "
                               f"includes from src/{pair[1]}/")
            elif not admitted(f, dst) and (f, dst) not in exceptions:
                allowed = ", ".join(ALLOWED[room]) or "nothing outside itself"
                refused.append(f"src/{f}:{n} includes src/{dst}: src/{room}/ may include "
                               f"{allowed}")

    if rooms:
        print_rooms(files, incs)
    total = 0
    for kind, items in found.items():
        for item in items:
            print(f"layout: {item}")
        total += len(items)
    if total:
        summary = ", ".join(plural(len(v), k) for k, v in found.items() if v)
        print(f"layout: {plural(total, 'violation')} ({summary})")
        return 1
    print(f"layout: ok ({len(files)} files, {sum(len(v) for v in calls.values())} call "
          f"edges, {sum(len(v) for v in incs.values())} includes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
