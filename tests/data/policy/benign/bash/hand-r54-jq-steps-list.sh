#!/usr/bin/env bash
# List the pipeline's step names.
set -eu
pipeline='{"steps":[{"name":"build"},{"name":"test"}]}'
mapfile -t names < <(jq -r '.steps[].name' <<<"$pipeline")
printf 'step: %s\n' "${names[@]}"
