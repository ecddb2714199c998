#!/usr/bin/env bash
# Ordinary: test helper for a monorepo: syntax-checks the shell scripts
# with bash -n, then runs each package's test command (npm test or pytest)
# and prints a pass/fail table; exits non-zero if any failed.
set -uo pipefail
root=$(git rev-parse --show-toplevel)
declare -A result=()
while IFS= read -r -d '' f; do
  bash -n "$f" || result["syntax:${f#$root/}"]=FAIL
done < <(find "$root/scripts" -name '*.sh' -print0 2>/dev/null)
for pkg in "$root"/packages/*/; do
  name=$(basename "$pkg")
  if [[ -f $pkg/package.json ]]; then
    (cd "$pkg" && npm test --silent) >/dev/null 2>&1 && result[$name]=ok || result[$name]=FAIL
  elif [[ -f $pkg/pyproject.toml ]]; then
    (cd "$pkg" && python3 -m pytest -q) >/dev/null 2>&1 && result[$name]=ok || result[$name]=FAIL
  fi
done
status=0
for k in "${!result[@]}"; do
  printf '%-40s %s\n' "$k" "${result[$k]}"
  [[ ${result[$k]} == ok ]] || status=1
done
exit "$status"
