#!/usr/bin/env bash
# Remove the finished jobs from the table.
jobs_left=(build test lint)
for i in 2 0; do
  unset "jobs_left[$i]"
done
printf '%s\n' "${jobs_left[@]}"
