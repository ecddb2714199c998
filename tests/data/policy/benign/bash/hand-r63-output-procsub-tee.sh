#!/usr/bin/env bash
# Run the test suite, keeping a log and a count of failures.
set -euo pipefail
LOG=build/test.log
mkdir -p build
make test > >(tee "$LOG") 2> >(tee build/test.err >&2)
wait
grep -c '^FAIL' "$LOG" || true
curl -fsSL https://example.org/status.json > >(jq -r .state)
