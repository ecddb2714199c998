#!/usr/bin/env bash
# Ordinary: test runner for a monorepo. Detects the kind of each package
# directory and runs its test command, taken from a table of runners in an
# associative array filled by a loop over a constant list; prints a summary.
set -uo pipefail

declare -A RUNNERS=()
for kv in py="python3 -m pytest -q" js="npm test --silent" go="go test ./..." rs="cargo test --quiet"; do
    RUNNERS[${kv%%=*}]=${kv#*=}
done

kind_of() {
    local d=$1
    if [[ -f $d/pyproject.toml || -f $d/setup.py ]]; then echo py
    elif [[ -f $d/package.json ]]; then echo js
    elif [[ -f $d/go.mod ]]; then echo go
    elif [[ -f $d/Cargo.toml ]]; then echo rs
    fi
}

passed=() failed=()
for dir in packages/*/; do
    dir=${dir%/}
    kind=$(kind_of "$dir")
    [[ -n $kind ]] || continue
    read -ra cmd <<<"${RUNNERS[$kind]}"
    echo "== $dir ($kind)"
    if (cd "$dir" && "${cmd[@]}"); then
        passed+=("$dir")
    else
        failed+=("$dir")
    fi
done

echo "passed: ${#passed[@]}, failed: ${#failed[@]}"
((${#failed[@]} == 0)) || { printf '  failed: %s\n' "${failed[@]}"; exit 1; }
