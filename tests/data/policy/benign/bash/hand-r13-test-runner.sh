#!/usr/bin/env bash
# Ordinary: run the project's shell tests (tests/*.sh) each in its own
# temporary directory, collect pass/fail and print a summary.
set -uo pipefail
root=$(pwd)
pass=0
fail=0
failed=()
for t in "$root"/tests/*.sh; do
    [ -f "$t" ] || continue
    work=$(mktemp -d)
    if (cd "$work" && bash "$t") > "$work.log" 2>&1; then
        pass=$((pass + 1))
        rm -f "$work.log"
    else
        fail=$((fail + 1))
        failed+=("$(basename "$t") (log: $work.log)")
    fi
    rm -rf "$work"
done
echo "passed: $pass, failed: $fail"
for f in "${failed[@]}"; do
    echo "  FAIL $f"
done
[ "$fail" -eq 0 ]
