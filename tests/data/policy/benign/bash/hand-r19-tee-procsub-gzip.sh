#!/bin/bash
# Run the test suite, showing output and keeping a compressed copy.
set -eu
log=logs/test-$(date +%Y%m%d).log.gz
mkdir -p logs
make test 2>&1 | tee >(gzip -c > "$log")
