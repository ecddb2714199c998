#!/usr/bin/env bash
# Run each test script under the same bash that runs this runner.
set -eu
fail=0
for t in tests/*.sh; do
  if "$BASH" "$t"; then
    echo "ok   $t"
  else
    echo "FAIL $t"; fail=1
  fi
done
"$BASH" -c 'echo "bash $BASH_VERSION"'
exit $fail
