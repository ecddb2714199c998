#!/usr/bin/env bash
# The diagnostics corpus: each <lang>/<case>.<ext> here is a program, and
# next to it what the real interpreter or compiler of this machine wrote
# when airlock ran it:
#   <case>.stderr           the run's stderr
#   <case>.compile.stderr   the compile step's stderr, when that step failed
#   <case>.expected.json    {"status", "diagnostics"}: what airlock must say
#
# usage: tests/data/diagnostics/capture.sh [BUILD] [CASE-FILE...]
# Runs the programs (all by default) through BUILD/airlock run --json and
# rewrites their .stderr files. A case without .expected.json gets one made
# from this run: read it before committing it; it is the test's answer.
# tests/unit/diagnostics.c parses the .stderr files; tests/e2e/diagnostics.c
# runs the programs again, so a new interpreter version fails a test.
set -eu
top=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$top"
build=${1:-build}
[ $# -gt 0 ] && shift
dir=tests/data/diagnostics
if [ $# -eq 0 ]; then
	set -- $(ls $dir/*/*.py $dir/*/*.js $dir/*/*.sh $dir/*/*.c $dir/*/*.cpp 2>/dev/null)
fi
for prog in "$@"; do
	base=${prog%.*}
	"$build/airlock" run --json "$prog" >"$base.result.tmp" || true
	python3 - "$base" <<'PY'
import json, os, sys
base = sys.argv[1]
with open(base + ".result.tmp") as f:
    r = json.load(f)
os.unlink(base + ".result.tmp")
with open(base + ".stderr", "w") as f:
    f.write(r["stderr"])
c = r.get("compile")
if r["status"] == "compile_error" and c is not None:
    with open(base + ".compile.stderr", "w") as f:
        f.write(c["stderr"])
elif os.path.exists(base + ".compile.stderr"):
    os.unlink(base + ".compile.stderr")
if not os.path.exists(base + ".expected.json"):
    e = {"status": r["status"]}
    if "diagnostics" in r:
        e["diagnostics"] = r["diagnostics"]
    with open(base + ".expected.json", "w") as f:
        json.dump(e, f, indent=2, ensure_ascii=False)
        f.write("\n")
print(base, r["status"], len(r.get("diagnostics", [])))
PY
done
