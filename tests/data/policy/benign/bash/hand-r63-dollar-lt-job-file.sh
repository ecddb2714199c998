#!/usr/bin/env bash
# Read the job's name and target from files written by the scheduler.
set -eu
jobdir=${JOBDIR:-/var/spool/jobs/current}
name=$(<"$jobdir/name")
target=$(<"$jobdir/target")
printf 'make -C %s\n' "$target" > "$jobdir/step"
echo "job $name: $(<"$jobdir/step")"
make -C "$target"
