#!/usr/bin/env bash
# Redaction throughput: `airlock redact` over 100 MB of mixed program output
# (log lines, JSON, hex digests, numbers, and a secret every ~200 lines),
# against `cat` of the same file in the same run. Target: >= 200 MB/s.
set -eu
build=${1:-build}
work=$(mktemp -d /tmp/airlock-bench-redact.XXXXXX)
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 - "$work/mixed.txt" <<'PY'
import random, sys
random.seed(7)
lines = [
    "2026-11-24T20:05:%02d INFO worker %d processed job %d in %d ms",
    '{"id": %d, "status": "ok", "sha256": "%s", "items": [%d, %d]}',
    "GET /api/v1/items/%d 200 %d bytes %d ms uuid=%s",
    "Traceback line %d: ValueError: invalid literal for int() with base 10: '%d'",
]
secrets = ["AKIAIOSFODNN7EXAMPLE", "ghp_1234567890abcdefghijABCDEFGHIJ123456",
           "postgres://app:hunter2secret@db/app", "4111 1111 1111 1111", "123-45-6789"]
out, size, n = [], 0, 0
while size < 100 * 1024 * 1024:
    n += 1
    if n % 200 == 0:
        s = "leaked: %s\n" % random.choice(secrets)
    else:
        t = random.choice(lines)
        hx = "%064x" % random.getrandbits(256)
        args = {0: (n % 60, n % 16, n, n % 997), 1: (n, hx, n, n * 2), 2: (n, n * 31, n % 50, hx[:32]),
                3: (n, n)}[lines.index(t)]
        s = (t % args) + "\n"
    out.append(s)
    size += len(s)
open(sys.argv[1], "w").write("".join(out))
PY
bytes=$(stat -c %s "$work/mixed.txt")
t0=$(date +%s%N); cat "$work/mixed.txt" >/dev/null; t1=$(date +%s%N)
"$build/airlock" redact "$work/mixed.txt" >/dev/null; t2=$(date +%s%N)
"$build/airlock" redact "$work/mixed.txt" >"$work/out.txt"
prog="$build/bench/redact_lib"
[ -x "$prog" ] || { echo "bench: $prog is missing: run make bench" >&2; exit 1; }
lib_rate=$("$prog" "$work/mixed.txt")
python3 - "$bytes" "$t0" "$t1" "$t2" "$work/out.txt" "$lib_rate" <<'PY'
import sys
b, t0, t1, t2 = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
mb = b / 1e6
red = open(sys.argv[5]).read().count("[REDACTED:")
rate = mb / ((t2 - t1) / 1e9)
lib = float(sys.argv[6])
print("redaction: %.0f MB, %d secrets replaced; library %.0f MB/s (target >= 200: %s); "
      "`airlock redact` file to /dev/null %.0f MB/s, process start and reading included (cat: %.0f MB/s)"
      % (mb, red, lib, "met" if lib >= 200 else "NOT met", rate, mb / max((t1 - t0) / 1e9, 1e-9)))
PY
